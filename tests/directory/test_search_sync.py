"""The index follows every committed write, and survives being lost or damaged."""
import shutil

from directory.db import transaction
from directory.models import Service
from directory.records import PhoneRecord, ServiceRecord, SourceRecord
from directory.search import SearchRequest
from directory.store import upsert_service
from directory.taxonomy import load_term_index

FICTIONAL_NUMBER = "020 7946 0001"  # Ofcom's drama range: never a real line


def record(**changes) -> ServiceRecord:
    values = dict(
        key="test-wellbeing-hub", name="Riverside Wellbeing Hub", organisation="Riverside Trust",
        description="Advocacy for survivors of coercive control.",
        phones=[PhoneRecord(FICTIONAL_NUMBER)], areas=["haringey"], service_types=["advocacy"],
        abuse_types=["coercive_control"], audiences=["women"], verification="verified",
        sources=[SourceRecord("https://example.org/riverside", "Contact us", "2026")],
    )
    values.update(changes)
    return ServiceRecord(**values)


def write(app, rec):
    handle = app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        upsert_service(session, rec, load_term_index(session))


def found(app, text, **filters):
    return app.extensions["directory"].search.search(SearchRequest(text=text, limit=50, **filters))


def test_a_committed_service_is_searchable_at_once(empty_app):
    write(empty_app, record())
    result = found(empty_app, "riverside")
    assert result.from_index and len(result.service_ids) == 1
    # Coercive control is a kind of domestic abuse: the parent term finds it too.
    assert found(empty_app, "", abuse_type="domestic_abuse").service_ids == result.service_ids


def test_an_update_is_reflected_and_the_old_words_are_gone(empty_app):
    write(empty_app, record())
    write(empty_app, record(name="Lantern Advocacy Project", description="Advocacy."))
    assert found(empty_app, "lantern").service_ids
    # "Wellbeing" and "hub" were only in the old name ("Riverside" is still the organisation's).
    assert found(empty_app, "wellbeing hub").service_ids == []


def test_a_deleted_service_leaves_the_index(empty_app):
    write(empty_app, record())
    handle = empty_app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        session.delete(session.get(Service, record().service_id))
    assert found(empty_app, "riverside").service_ids == []
    assert handle.search.index.doc_count() == 0


def test_a_rolled_back_write_never_reaches_the_index(empty_app):
    handle = empty_app.extensions["directory"]
    try:
        with transaction(handle.session_factory) as session:
            upsert_service(session, record(), load_term_index(session))
            session.flush()
            raise RuntimeError("abandon")
    except RuntimeError:
        pass
    assert found(empty_app, "riverside").service_ids == []


def test_a_missing_index_is_rebuilt_and_search_answers_meanwhile(empty_app):
    write(empty_app, record())
    search = empty_app.extensions["directory"].search
    search.index.close()
    shutil.rmtree(search.index.directory)
    meanwhile = found(empty_app, "riverside")
    assert not meanwhile.from_index
    assert meanwhile.service_ids == [record().service_id]
    search.index.wait_for_rebuild(30)
    after = found(empty_app, "riverside")
    assert after.from_index and after.service_ids == [record().service_id]


def test_a_corrupt_index_is_rebuilt_and_search_answers_meanwhile(empty_app):
    write(empty_app, record())
    search = empty_app.extensions["directory"].search
    search.index.close()
    live = search.index.directory / (search.index.directory / "CURRENT").read_text()
    for segment in live.iterdir():
        segment.write_bytes(b"\x00garbage")
    meanwhile = found(empty_app, "riverside")
    assert not meanwhile.from_index and meanwhile.service_ids == [record().service_id]
    search.index.wait_for_rebuild(30)
    assert found(empty_app, "riverside").from_index


def test_an_index_out_of_step_with_the_database_is_rebuilt(empty_app):
    search = empty_app.extensions["directory"].search
    search.index.rebuild([])  # an index that has lost every document
    write(empty_app, record())
    search.ensure_index()
    search.index.wait_for_rebuild(30)
    assert search.index.doc_count() == 1


def test_reindex_rebuilds_from_the_database(empty_app):
    write(empty_app, record())
    search = empty_app.extensions["directory"].search
    assert search.reindex() == 1
    assert found(empty_app, "riverside").service_ids == [record().service_id]
