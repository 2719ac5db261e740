"""Import and export, both ways, and all-or-nothing on bad input."""
import csv
import io
import json

import pytest
from sqlalchemy import func, select

from directory.db import transaction
from directory.exchange import CSV_COLUMNS, ImportRejected, export_services, import_services
from directory.models import ChangeLogEntry, Service
from tests.directory.directory_state import directory_state
from tests.support.public_site import load_everything


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


def state(app):
    return directory_state(app.extensions["directory"].session_factory)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_gives_back_every_field_of_every_record(seeded_app, empty_app, fmt):
    """Not just the same file: the same sources, phone descriptions, notes and flags."""
    original = state(seeded_app)
    assert any(s["notes"] for s in original.values())
    assert any(s["hours_disputed"] for s in original.values())
    assert any(p["description"] for s in original.values() for p in s["phones"])
    assert any(src.get("date") and not src.get("section")
               for s in original.values() for src in s["sources"])
    import_into(empty_app, export(seeded_app, fmt), fmt)
    assert state(empty_app) == original


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_importing_a_directory_s_own_export_changes_nothing(empty_app, fmt):
    load_everything(empty_app)
    before = state(empty_app)
    logged = count(empty_app, ChangeLogEntry)
    import_into(empty_app, export(empty_app, fmt), fmt)
    assert count(empty_app, ChangeLogEntry) == logged
    assert state(empty_app) == before


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
    (csv_file([GOOD_ROW, dict(GOOD_ROW, name="Second")]).replace(b"Second", b'"Second'),
     "not readable as CSV after line 2: unexpected end of data"),
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


def json_service(**changes) -> dict:
    service = {"id": "0b9f3c1e-4a0e-4c1e-9a7e-3f1e2b8c9d00", "name": "Lantern Advocacy Project",
               "status": "active", "organization": {"name": "Lantern Trust"},
               "attributes": [{"link_type": "verification_status", "value": "verified"},
                              {"link_type": "source", "value": "https://example.org | Contact"}]}
    service.update(changes)
    return service


# Each file has one good row and one bad one; the bad one must be named, and nothing written.
BAD_CSV_ROWS = [
    (dict(GOOD_ROW, name="x" * 256), "Row 3, name: is 256 characters long"),
    (dict(GOOD_ROW, name="Nul\x00byte"), "Row 3, name: holds a control character"),
    (dict(GOOD_ROW, description="Bell\x07"), "Row 3, description: holds a control character"),
    (dict(GOOD_ROW, postal_code="N17 0AA 0AA 0AA", address_1="1 High Road"),
     "Row 3, postal_code: is 15 characters long"),
    (dict(GOOD_ROW, notes="n" * 10_001), "Row 3, notes: is 10,001 characters long"),
    (dict(GOOD_ROW, phones="020 7946 0002\n020 7946 0002"), "Row 3, phone: the same number"),
    (dict(GOOD_ROW, phones="020 7946 0002 (pager)"), "Row 3, phone: type 'pager'"),
    (dict(GOOD_ROW, sources="a | b | c | d"), "Row 3, sources: a source's document"),
    (dict(GOOD_ROW, assured_date="yesterday"), "Row 3, assured_date: 'yesterday' is not a date"),
    (dict(GOOD_ROW, id="not-a-uuid"), "Row 3, id: 'not-a-uuid' is not a UUID"),
    (dict(GOOD_ROW, website="x" * 600), "Row 3, website: is 600 characters long"),
]


@pytest.mark.parametrize("bad_row, message", BAD_CSV_ROWS)
def test_every_bad_csv_row_is_named_and_nothing_is_written(empty_app, bad_row, message):
    good = dict(GOOD_ROW, name="A good service")
    logged = count(empty_app, ChangeLogEntry)
    with pytest.raises(ImportRejected) as rejected:
        import_into(empty_app, csv_file([good, bad_row]), "csv")
    assert any(p.startswith(message) for p in rejected.value.problems), rejected.value.problems
    assert count(empty_app) == 0 and count(empty_app, ChangeLogEntry) == logged


BAD_JSON_SERVICES = [
    (json_service(name=42.5, description=["a"]), "Service 2, description: must be text, not list"),
    (json_service(name="x\x00y"), "Service 2, name: holds a control character"),
    (json_service(phones={"number": "1"}), "Service 2, phones: must be a list of objects"),
    (json_service(phones=[{"number": "020 7946 0002", "type": ["voice"]}]),
     "Service 2, type: must be text"),
    (json_service(organization="Lantern"), "Service 2, organization: must be an object"),
    (json_service(attributes=[{"link_type": "abuse-type", "taxonomy_term_id": {"a": 1}}]),
     "Service 2, taxonomy_term_id: must be text"),
    (json_service(assured_date="21/11/2026"), "Service 2, assured_date: '21/11/2026' is not a date"),
    (json_service(assured_date=True), "Service 2, assured_date: must be text, not bool"),
    (json_service(name="n" * 300), "Service 2, name: is 300 characters long"),
]


@pytest.mark.parametrize("bad_service, message", BAD_JSON_SERVICES)
def test_every_bad_json_service_is_named_and_nothing_is_written(empty_app, bad_service, message):
    good = json_service(id="3c1e4a0e-0b9f-4c1e-9a7e-3f1e2b8c9d11", name="A good service")
    with pytest.raises(ImportRejected) as rejected:
        import_into(empty_app, json.dumps([good, bad_service]).encode(), "json")
    assert any(p.startswith(message) for p in rejected.value.problems), rejected.value.problems
    assert count(empty_app) == 0


def test_deeply_nested_json_is_explained(empty_app):
    with pytest.raises(ImportRejected, match="not valid JSON"):
        import_into(empty_app, b"[" * 100_000 + b"]" * 100_000, "json")


REFUSE_A_NAME = {
    # A rule only the database knows, so the row passes every check and fails while writing.
    "sqlite": ["CREATE TRIGGER refuse BEFORE INSERT ON service WHEN NEW.name = 'Refused' "
               "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END"],
    "postgresql": ["ALTER TABLE service ADD CONSTRAINT refuse CHECK (name <> 'Refused')"],
}


def test_a_row_the_database_refuses_is_named_and_nothing_is_written(empty_app):
    from sqlalchemy import text
    engine = empty_app.extensions["directory"].engine
    with engine.begin() as connection:
        for statement in REFUSE_A_NAME[empty_app.config["BACKEND"]]:
            connection.execute(text(statement))
    rows = [dict(GOOD_ROW, name=f"Service {n}") for n in range(3)] + [dict(GOOD_ROW, name="Refused")]
    logged = count(empty_app, ChangeLogEntry)
    with pytest.raises(ImportRejected, match=r"^Row 5: the database refused it \(.*refuse"):
        import_into(empty_app, csv_file(rows), "csv")
    assert count(empty_app) == 0 and count(empty_app, ChangeLogEntry) == logged
    from directory.search import SearchRequest
    assert empty_app.extensions["directory"].search.search(SearchRequest(text="lantern")).total == 0
