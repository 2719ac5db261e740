"""The read models every channel gets: what may be shown is decided once, in the directory.

Runs on SQLite and PostgreSQL (the empty_app fixture), with services built by the factories.
"""
from __future__ import annotations

import dataclasses

import pytest

import directory
from directory.records import PhoneRecord
from tests.factories import create_service, fictional_number


def view_of(app, service_id: str) -> directory.ServiceView:
    with app.app_context():
        session = app.extensions["directory"].session_factory()
        try:
            return directory.get_service(session, service_id)
        finally:
            session.close()


def test_a_verified_service_shows_its_contact_details(empty_app):
    number = fictional_number()
    service_id = create_service(empty_app, phones=[PhoneRecord(number)],
                                email="help@example.org", website="https://example.org/help")
    view = view_of(empty_app, service_id)
    assert view.shows_contact_details
    assert [n.number for n in view.contact_numbers] == [number]
    assert view.first_call_number.href == "tel:" + number.replace(" ", "")
    assert view.email == "help@example.org"
    assert view.website == "https://example.org/help"
    assert view.reachable


@pytest.mark.parametrize("field", ["email", "website", "contact_numbers"])
def test_an_unverified_record_carries_no_way_to_contact_it(empty_app, field):
    service_id = create_service(empty_app, verification="not-verified",
                                email="help@example.org", website="https://example.org/help")
    view = view_of(empty_app, service_id)
    assert not view.shows_contact_details
    assert not getattr(view, field)
    assert view.first_call_number is None and not view.reachable


def test_the_view_is_frozen_and_holds_no_database_row(empty_app):
    view = view_of(empty_app, create_service(empty_app))
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.name = "changed"
    assert "_sa_instance_state" not in vars(view)
    assert isinstance(view.terms, tuple) and isinstance(view.contact_numbers, tuple)


def test_terms_are_read_by_kind_and_services_come_in_the_order_asked(empty_app):
    first = create_service(empty_app, abuse_types=["stalking", "domestic_abuse"],
                           audiences=["women"])
    second = create_service(empty_app)
    view = view_of(empty_app, first)
    assert [t.code for t in view.terms_of("abuse-type")] == ["domestic_abuse", "stalking"]
    assert [t.code for t in view.terms_of("audience")] == ["women"]
    with empty_app.app_context():
        session = empty_app.extensions["directory"].session_factory()
        assert [v.id for v in directory.get_services(session, [second, "missing", first])] \
            == [second, first]
        session.close()
