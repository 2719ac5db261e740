"""Import and export, both ways, and all-or-nothing on bad input."""
import csv
import io
import json

import pytest
from sqlalchemy import func, select

from directory.db import transaction
from directory.exchange import CSV_COLUMNS, ImportRejected, export_services, import_services
from directory.models import ChangeLogEntry, Service


def export(app, fmt):
    with app.extensions["directory"].session_factory() as session:
        return export_services(session, fmt)


def import_into(app, data, fmt):
    with transaction(app.extensions["directory"].session_factory) as session:
        session.info["actor"] = "test import"
        return import_services(session, data, fmt)


def count(app, model=Service):
    with app.extensions["directory"].session_factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def without_timestamps(data: bytes) -> list[dict]:
    services = json.loads(data)
    for service in services:
        service.pop("last_modified")
    return services


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_into_an_empty_directory_round_trips(seeded_app, empty_app, fmt):
    data = export(seeded_app, fmt)
    assert import_into(empty_app, data, fmt) == count(seeded_app)
    again = export(empty_app, fmt)
    if fmt == "json":
        assert without_timestamps(again) == without_timestamps(data)
    else:
        assert again == data
    # Importing the same file again is a no-op: nothing changes, so nothing is logged.
    logged = count(empty_app, ChangeLogEntry)
    import_into(empty_app, data, fmt)
    assert count(empty_app, ChangeLogEntry) == logged


def csv_file(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in CSV_COLUMNS})
    return out.getvalue().encode()


GOOD_ROW = {
    "name": "Lantern Advocacy Project", "organisation": "Lantern Trust",
    "phones": "020 7946 0002", "areas": "haringey", "abuse_types": "domestic_abuse",
    "service_types": "advocacy", "audiences": "women", "verification": "verified",
    "sources": "https://example.org/lantern | Contact page | 2026",
}


def test_a_clean_csv_is_imported_and_searchable(empty_app):
    assert import_into(empty_app, csv_file([GOOD_ROW]), "csv") == 1
    search = empty_app.extensions["directory"].search
    from directory.search import SearchRequest
    assert len(search.search(SearchRequest(text="lantern")).service_ids) == 1


def test_a_csv_with_one_bad_row_is_rejected_whole_with_row_numbers(empty_app):
    bad = dict(GOOD_ROW, name="Second", abuse_types="witchcraft", verification="maybe")
    unsourced = dict(GOOD_ROW, name="Third", sources="")
    logged = count(empty_app, ChangeLogEntry)
    with pytest.raises(ImportRejected) as rejected:
        import_into(empty_app, csv_file([GOOD_ROW, bad, unsourced]), "csv")
    problems = rejected.value.problems
    assert any(p.startswith("Row 3, abuse-type: unknown code 'witchcraft'") for p in problems)
    assert any(p.startswith("Row 3, verification:") for p in problems)
    assert any(p.startswith("Row 4, sources:") for p in problems)
    assert count(empty_app) == 0 and count(empty_app, ChangeLogEntry) == logged


def test_a_not_verified_row_may_not_carry_a_number(empty_app):
    row = dict(GOOD_ROW, verification="not-verified")
    with pytest.raises(ImportRejected, match="Row 2, verification"):
        import_into(empty_app, csv_file([row]), "csv")


@pytest.mark.parametrize("data, message", [
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b"name,organisation\nA,B\n", "missing column"),
    (b"name,organisation,verification,sources,colour\n", "unknown column"),
])
def test_malformed_csv_files_are_explained(empty_app, data, message):
    with pytest.raises(ImportRejected, match=message):
        import_into(empty_app, data, "csv")


@pytest.mark.parametrize("data, message", [
    (b"{not json", "not valid JSON"),
    (b"42", "Expected a list"),
    (b"[]", "no services"),
    (json.dumps([{"id": "nope", "name": "x", "status": "active"}]).encode(), "not a UUID"),
])
def test_malformed_json_is_explained(empty_app, data, message):
    with pytest.raises(ImportRejected, match=message):
        import_into(empty_app, data, "json")
    assert count(empty_app) == 0


def test_json_import_rejects_the_whole_file_if_one_service_is_bad(seeded_app, empty_app):
    services = json.loads(export(seeded_app, "json"))
    services[1]["phones"] = [{"id": services[1]["id"], "number": "ring us maybe"}]
    with pytest.raises(ImportRejected, match="Service 2, phone"):
        import_into(empty_app, json.dumps(services).encode(), "json")
    assert count(empty_app) == 0
