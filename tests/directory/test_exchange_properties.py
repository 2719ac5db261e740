"""Export then import changes nothing, for any records the directory accepts (hypothesis).

Directory A is written from generated records; after each batch, A's whole export is imported
into directory B. B must then hold exactly what A holds, and importing A's export back into
A must change nothing. Both directories run on each database the project supports.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from directory.db import transaction
from directory.exchange import export_services, import_services
from directory.records import (
    PHONE_TYPES,
    STATUSES,
    AddressRecord,
    PhoneRecord,
    ServiceRecord,
    SourceRecord,
    validate_record,
)
from directory.store import upsert_service
from directory.taxonomy import build_term_index, load_term_index, read_taxonomy_file, upsert_taxonomies
from tests.conftest import BACKENDS, _database_url, _dispose, _make_app
from tests.directory.directory_state import directory_state

CODES = build_term_index(read_taxonomy_file()).codes()
# Organisations are told apart by a slug of their name, so generated names must differ in it.
ORGANISATIONS = ["Lantern Trust", "Beacon Women's Aid", "Harbour Project", "Ivy Collective"]
# Printable text in any script, without the separators the CSV gives meaning to.
_CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp"),
                            blacklist_characters="|")
one_line = st.text(_CHARACTERS, min_size=1, max_size=40).map(str.strip).filter(bool)
many_lines = st.lists(one_line, min_size=1, max_size=3).map("\n".join)
maybe = st.none().__or__
phone_numbers = st.from_regex(r"\A(\+44 ?|0)\d{3,4} ?\d{3} ?\d{3,4}\Z")
hours = st.sampled_from(["24/7", "Mon-Fri 9am-5pm", "CONFLICT", "Weekdays 9:30am-4pm",
                         "Venue opening hours"]) | one_line


def codes(taxonomy: str):
    return st.lists(st.sampled_from(sorted(CODES[taxonomy])), unique=True, max_size=3)


@st.composite
def records(draw) -> ServiceRecord:
    phones = draw(st.lists(st.builds(PhoneRecord, phone_numbers, st.sampled_from(sorted(PHONE_TYPES)),
                                     maybe(one_line)),
                           max_size=3, unique_by=lambda p: (p.type, p.number)))
    verification = draw(st.sampled_from(["verified", "secondary", "old-source"] if phones
                                        else ["verified", "secondary", "old-source", "not-verified"]))
    service_id = str(draw(st.uuids()))
    return ServiceRecord(
        key=service_id, id=service_id, name=draw(one_line),
        organisation=draw(st.sampled_from(ORGANISATIONS)),
        organisation_description=draw(maybe(many_lines)), description=draw(st.just("") | many_lines),
        phones=phones, email=draw(maybe(st.emails().filter(lambda e: len(e) < 200))),
        website=draw(maybe(st.sampled_from(["https://example.org/help", "www.example.org",
                                            "http://example.org/a?b=c"]))),
        contact_other=draw(maybe(many_lines)),
        address=draw(maybe(st.builds(AddressRecord, one_line, one_line.map(lambda c: c[:100]),
                                     st.from_regex(r"\A[A-Z]{1,2}\d{1,2} \d[A-Z]{2}\Z"),
                                     maybe(one_line)))),
        areas=draw(codes("area")), abuse_types=draw(codes("abuse-type")),
        service_types=draw(codes("service-type")), audiences=draw(codes("audience")),
        risk_levels=draw(codes("risk-level")), primary_for=draw(codes("abuse-type")),
        languages=draw(codes("language")), languages_note=draw(maybe(many_lines)),
        hours=draw(maybe(hours)), status=draw(st.sampled_from(sorted(STATUSES))),
        verification=verification,
        sources=draw(st.lists(st.builds(SourceRecord, one_line, maybe(one_line), maybe(one_line)),
                              min_size=1, max_size=3)),
        assured_date=draw(maybe(st.dates())), notes=draw(maybe(many_lines)),
    )


@pytest.fixture(params=BACKENDS)
def two_directories(request, tmp_path, postgres_databases):
    apps = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        app = _make_app(_database_url(request.param, folder, postgres_databases), folder)
        with transaction(app.extensions["directory"].session_factory) as session:
            upsert_taxonomies(session, read_taxonomy_file())
        # The commit rebuilds the new index in the background; let it finish before
        # hypothesis draws, or the rebuild's use of `random` looks like the strategies'.
        app.extensions["directory"].search.index.wait_for_rebuild()
        apps.append(app)
    yield [app.extensions["directory"] for app in apps]
    for app in apps:
        _dispose(app)


@pytest.mark.parametrize("fmt", ["json", "csv"])
@settings(max_examples=15, deadline=None,
          # Shrinking rebuilds two databases per step; a failure prints its example anyway.
          phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(batch=st.lists(records(), min_size=1, max_size=3, unique_by=lambda r: r.service_id))
def test_export_then_import_changes_nothing(two_directories, fmt, batch):
    try:
        _export_then_import(*(directory.session_factory for directory in two_directories), fmt, batch)
    finally:
        # A commit whose index update fails (a writer lock timing out on a loaded machine)
        # rebuilds in the background; the next example's draw must not overlap it, or whoosh's
        # use of `random` reads as the strategies' (HypothesisDeprecationWarning, seen in CI load).
        for directory in two_directories:
            directory.search.index.wait_for_rebuild()


def _export_then_import(a, b, fmt, batch):
    with transaction(a) as session:
        terms = load_term_index(session)
        for record in batch:
            assert validate_record(record, terms.codes()) == []
            upsert_service(session, record, terms)
    with a() as session:
        exported = export_services(session, fmt)
    with transaction(b) as session:
        import_services(session, exported, fmt)
    with transaction(a) as session:
        import_services(session, exported, fmt)
    assert directory_state(b) == directory_state(a)
    with a() as session:
        assert export_services(session, fmt) == exported
