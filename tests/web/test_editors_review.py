"""Propose, review, publish: each role reaches only its own, and approval publishes at once."""
from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from directory.models import Role, TeamKind
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
NEW_NUMBER = "020 7946 0999"


@pytest.fixture
def app(empty_app):
    load_test_services(empty_app)
    return empty_app


@pytest.fixture
def people(app):
    """One of each role, signed in, by name."""
    haringey = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    harrow = make_team(app, "Harrow VAWG team", TeamKind.BOROUGH, "harrow")
    national = make_team(app, "National reviewers", TeamKind.NATIONAL)
    platform = make_team(app, "Platform", TeamKind.PLATFORM)
    specs = {
        "editor": (Role.ORG_EDITOR, haringey, "Haringey Test Trust"),
        "coordinator": (Role.COORDINATOR, haringey, None),
        "harrow_coordinator": (Role.COORDINATOR, harrow, None),
        "national_reviewer": (Role.NATIONAL_REVIEWER, national, None),
        "admin": (Role.ADMIN, platform, None),
    }
    clients = {}
    for name, (role, team, organisation) in specs.items():
        email = f"{name}@example.org"
        secret = make_editor(app, email, role, team, organisation)
        clients[name] = app.test_client()
        assert sign_in(clients[name], email, secret).status_code == 302
    return clients


def _propose(client, service_id=HARINGEY, **values):
    page = client.get(f"/editors/services/{service_id}")
    form = BeautifulSoup(page.get_data(as_text=True), "html.parser").select_one("form.edit-service")
    data = {field["name"]: field.get_text() for field in form.select("textarea")}
    data.update(values)
    return post(client, f"/editors/services/{service_id}", data)


def test_each_role_reaches_only_its_own(app, people):
    editor, coordinator = people["editor"], people["coordinator"]
    harrow, national, admin = people["harrow_coordinator"], people["national_reviewer"], people["admin"]
    assert editor.get(f"/editors/services/{HARINGEY}").status_code == 200
    assert editor.get(f"/editors/services/{SERVICE_IDS['harrow']}").status_code == 403
    assert editor.get(f"/editors/services/{SERVICE_IDS['national']}").status_code == 403
    assert harrow.get(f"/editors/services/{HARINGEY}").status_code == 403
    assert harrow.get(f"/editors/services/{SERVICE_IDS['harrow']}").status_code == 200
    assert national.get(f"/editors/services/{HARINGEY}").status_code == 403
    assert national.get(f"/editors/services/{SERVICE_IDS['national']}").status_code == 200
    assert coordinator.get(f"/editors/services/{SERVICE_IDS['national']}").status_code == 403
    change = _propose(editor, phones=NEW_NUMBER)
    assert change.status_code == 302
    change_path = change.location.split("signpost.test", 1)[-1]
    # The editor cannot approve their own change; neither can another borough or national.
    for client in (editor, harrow, national):
        assert post(client, change_path + "/approve", {}, form_page="/editors/").status_code == 403
        assert post(client, change_path + "/return", {"note": "no"},
                    form_page="/editors/").status_code == 403
    for client in (editor, coordinator, harrow, national):
        assert client.get("/editors/teams").status_code == 403
    assert admin.get("/editors/teams").status_code == 200
    assert editor.get("/editors/invite").status_code == 403
    assert coordinator.get("/editors/invite").status_code == 200
    assert "Haringey Test Advice" in text_of(coordinator.get("/editors/"), "ul.waiting")
    assert "Haringey Test Advice" not in text_of(harrow.get("/editors/"), "ul.waiting")


def test_an_approved_phone_number_is_published_at_once_with_its_provenance(app, people):
    editor, coordinator = people["editor"], people["coordinator"]
    proposed = _propose(editor, phones=NEW_NUMBER)
    change_path = proposed.location.split("signpost.test", 1)[-1]
    review_page = coordinator.get(change_path)
    assert "020 7946 0101" in text_of(review_page, "table.diff td.old")
    assert NEW_NUMBER in text_of(review_page, "table.diff td.new")
    # Nothing is public until it is approved.
    assert NEW_NUMBER not in app.test_client().get(f"/services/{HARINGEY}").get_data(as_text=True)

    approved = post(coordinator, change_path + "/approve", {}, form_page=change_path)
    assert approved.status_code == 302
    today = dt.date.today()
    public = app.test_client().get(f"/services/{HARINGEY}")
    assert NEW_NUMBER in public.get_data(as_text=True)
    assert "020 7946 0101" not in public.get_data(as_text=True)
    assert f"{today.day} {today.strftime('%B')} {today.year}" in text_of(public, "#source-heading + p")
    api = app.test_client().get(f"/api/services/{HARINGEY}").get_json()
    assert [p["number"] for p in api["phones"]] == [NEW_NUMBER]
    assert api["assured_date"] == today.isoformat()
    sources = [a.get("value", "") for a in api["attributes"] if a["link_type"] != "verification_status"]
    assert any(f"confirmed by Haringey Test Trust on {today.isoformat()}" in v for v in sources)
    found = app.test_client().get("/api/services?search=Haringey Test Advice&full=true").get_json()
    assert [p["number"] for s in found["contents"] if s["id"] == HARINGEY for p in s["phones"]
            ] == [NEW_NUMBER]

    history = text_of(coordinator.get(f"/editors/services/{HARINGEY}/history"), "table.history")
    assert "proposed" in history and "editor@example.org" in history
    assert "approved" in history and "coordinator@example.org" in history
    assert "020 7946 0101" in history and NEW_NUMBER in history
    # Approving twice is refused rather than publishing twice.
    assert post(coordinator, change_path + "/approve", {}, form_page="/editors/").status_code == 409


def test_a_returned_change_carries_the_note_and_publishes_nothing(app, people):
    proposed = _propose(people["editor"], phones=NEW_NUMBER)
    change_path = proposed.location.split("signpost.test", 1)[-1]
    returned = post(people["coordinator"], change_path + "/return",
                    {"note": "Please give the helpline number too"}, form_page=change_path)
    assert returned.status_code == 302
    assert "Please give the helpline number too" in text_of(people["editor"].get(change_path),
                                                            ".change-status")
    assert NEW_NUMBER not in app.test_client().get(f"/services/{HARINGEY}").get_data(as_text=True)
    assert "returned" in text_of(people["editor"].get(f"/editors/services/{HARINGEY}/history"),
                                 "table.history")


def test_the_import_rules_apply_to_an_editors_change(app, people):
    refused = _propose(people["editor"], phones="call reception", email="not an address")
    assert refused.status_code == 400
    problems = text_of(refused, ".error-summary")
    assert "'call reception' is not a phone number" in problems
    assert "'not an address' is not an email address" in problems
    assert _propose(people["editor"]).status_code == 400  # nothing changed


def test_still_correct_sets_assured_date_and_assurer(app, people):
    harrow = people["harrow_coordinator"]
    service = SERVICE_IDS["harrow"]
    before = app.test_client().get(f"/services/{service}")
    assert "Not yet confirmed" in text_of(before, "#source-heading + p")
    confirmed = post(harrow, f"/editors/services/{service}/confirm", {},
                     form_page=f"/editors/services/{service}")
    assert confirmed.status_code == 302
    today = dt.date.today()
    after = app.test_client().get(f"/services/{service}")
    assert f"{today.day} {today.strftime('%B')} {today.year}" in text_of(after, "#source-heading + p")
    from directory.models import Service
    with app.extensions["directory"].session_factory() as session:  # who confirmed: the record's own
        assert session.get(Service, service).assurer_email == "harrow_coordinator@example.org"
    assert "confirmed" in text_of(harrow.get(f"/editors/services/{service}/history"), "table.history")


def test_dashboard_counts(app, people):
    board = people["harrow_coordinator"].get("/editors/")
    # Harrow's one test service: never confirmed, and with no contact details.
    assert text_of(board, ".count-stale") == "1"
    assert text_of(board, ".count-no-contact") == "1"
    assert text_of(board, ".count-waiting") == "0"
    _propose(people["editor"], phones=NEW_NUMBER)
    assert text_of(people["coordinator"].get("/editors/"), ".count-waiting") == "1"


def test_invitation_for_an_organisation_editor(app, people):
    coordinator = people["coordinator"]
    page = BeautifulSoup(coordinator.get("/editors/invite").get_data(as_text=True), "html.parser")
    team = page.select_one("select[name=team] option")["value"]
    organisation = [o["value"] for o in page.select("select[name=organisation] option")
                    if o.get_text() == "Haringey Test Trust"][0]
    made = post(coordinator, "/editors/invite", {"email": "new@example.org", "role": "org-editor",
                                                 "team": team, "organisation": organisation})
    assert made.status_code == 200 and "/editors/invitation?token=" in text_of(made, ".invitation-link")
    refused = post(coordinator, "/editors/invite", {"email": "x@example.org", "role": "admin",
                                                    "team": team})
    assert refused.status_code == 400
