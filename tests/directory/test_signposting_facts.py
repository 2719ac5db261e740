"""The services' facts kept between messages are never older than the directory."""
from contextlib import contextmanager

from sqlalchemy import event

from directory.db import make_session_factory, transaction
from directory.models import Service
from directory.search import DirectorySearch
from directory.signposting import signpost_message
from directory.signposting.facts import service_facts
from tests.factories import create_service, create_services, service_record


@contextmanager
def statements_counted(engine):
    """How many statements the database was sent inside the block."""
    sent = []

    def count(*_args):
        sent.append(1)
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", count)


def read(app, ids, search=None):
    handle = app.extensions["directory"]
    with handle.session_factory() as session:
        return service_facts(session, search or handle.search, ids)


def withdraw(session_factory, service_id):
    with transaction(session_factory) as session:
        session.get(Service, service_id).status = "inactive"


def test_facts_read_once_are_answered_from_memory_while_nothing_changes(empty_app):
    handle = empty_app.extensions["directory"]
    first = create_service(empty_app)
    assert [f.id for f in read(empty_app, [first])] == [first]
    with statements_counted(handle.engine) as sent:
        again = read(empty_app, [first])
    assert [f.id for f in again] == [first] and sent == []


def test_a_withdrawn_service_is_never_offered_from_memory(empty_app):
    handle = empty_app.extensions["directory"]
    local = create_service(empty_app, name="Riverside Advocacy", areas=["haringey"])
    message = "my husband hits me, I live in Tottenham"
    with handle.session_factory() as session:
        assert local in [c.service_id for c in signpost_message(session, handle.search, message).services]
    withdraw(handle.session_factory, local)
    with handle.session_factory() as session:
        assert local not in [c.service_id for c in signpost_message(session, handle.search, message).services]


def test_a_change_to_a_services_phones_alone_is_seen_at_once(empty_app):
    service = create_service(empty_app, key="test-phones")
    assert read(empty_app, [service])[0].reachable
    create_services(empty_app, service_record(key="test-phones", phones=[], website=None, email=None))
    assert not read(empty_app, [service])[0].reachable


def test_a_change_written_by_another_process_sharing_the_index_is_seen(empty_app):
    handle = empty_app.extensions["directory"]
    service = create_service(empty_app)
    assert read(empty_app, [service])
    # Another worker: its own sessions and sync, the same database and index directory.
    other_sessions = make_session_factory(handle.engine)
    other = DirectorySearch(other_sessions, handle.search.index.directory)
    other.install_sync()
    try:
        withdraw(other_sessions, service)
        assert read(empty_app, [service]) == []
    finally:
        other.index.close()


def test_nothing_is_kept_while_the_index_cannot_say_what_changed(empty_app):
    handle = empty_app.extensions["directory"]
    service = create_service(empty_app)
    handle.search.index.close()
    (handle.search.index.directory / "CURRENT").unlink()
    assert handle.search.content_version() is None
    read(empty_app, [service])
    with statements_counted(handle.engine) as sent:
        assert [f.id for f in read(empty_app, [service])] == [service]
    assert sent
