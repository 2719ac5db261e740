"""Capacity: shown to the service's editors always, publicly only if chosen and while fresh."""
from __future__ import annotations

import datetime as dt

import pytest

from directory.db import transaction
from directory.models import Capacity, Role, TeamKind
from tests.support.editors import (
    SERVICE_IDS,
    load_test_services,
    make_editor,
    make_team,
    post,
    sign_in,
    text_of,
)

HARINGEY = SERVICE_IDS["haringey"]
PAGE = f"/editors/services/{HARINGEY}"


@pytest.fixture
def editor(empty_app):
    load_test_services(empty_app)
    team = make_team(empty_app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    secret = make_editor(empty_app, "editor@example.org", Role.ORG_EDITOR, team,
                         "Haringey Test Trust")
    client = empty_app.test_client()
    sign_in(client, "editor@example.org", secret)
    return client


def _give(client, **form):
    return post(client, f"{PAGE}/capacity", form, form_page=PAGE)


def test_capacity_is_public_only_when_chosen_and_fresh(empty_app, editor):
    public = empty_app.test_client()
    assert _give(editor, spaces="2", waiting_time="").status_code == 302
    assert "Spaces: 2" in text_of(editor.get(PAGE), ".capacity-now")
    assert text_of(public.get(f"/services/{HARINGEY}"), "section.capacity") == ""

    _give(editor, spaces="3", waiting_time="about two weeks", public="1")
    shown = text_of(public.get(f"/services/{HARINGEY}"), "section.capacity")
    assert "Spaces: 3" in shown and "about two weeks" in shown

    with transaction(empty_app.extensions["directory"].session_factory) as session:
        session.get(Capacity, HARINGEY).given_at = (
            dt.datetime.now(dt.UTC) - dt.timedelta(days=8))
    assert text_of(public.get(f"/services/{HARINGEY}"), "section.capacity") == ""
    assert "out of date" in text_of(editor.get(PAGE), ".capacity-now")


def test_bad_capacity_is_refused_with_a_reason(empty_app, editor):
    refused = _give(editor, spaces="lots", waiting_time="")
    assert "whole number" in text_of(editor.get(refused.location.split("signpost.test", 1)[-1]),
                                     ".notice")
    assert text_of(editor.get(PAGE), ".capacity-now") == ""
