"""A coordinator's CSV of changes: checked all or nothing, reviewed and published as one set."""
from __future__ import annotations

import io

import pytest

from directory.models import Role, TeamKind
from tests.support.editors import (
    SERVICE_IDS,
    csrf,
    load_test_services,
    make_editor,
    make_team,
    post,
    sign_in,
    text_of,
)


@pytest.fixture
def app(empty_app):
    load_test_services(empty_app)
    return empty_app


@pytest.fixture
def clients(app):
    haringey = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    platform = make_team(app, "Platform", TeamKind.PLATFORM)
    made = {}
    for name, role, team in (("coordinator", Role.COORDINATOR, haringey),
                             ("admin", Role.ADMIN, platform),
                             ("editor", Role.ORG_EDITOR, haringey)):
        secret = make_editor(app, f"{name}@example.org", role, team,
                             "Haringey Test Trust" if role == Role.ORG_EDITOR else None)
        made[name] = app.test_client()
        sign_in(made[name], f"{name}@example.org", secret)
    return made


def _upload(client, text: str):
    return client.post("/editors/change-sets", content_type="multipart/form-data", data={
        "csrf_token": csrf(client, "/editors/change-sets"),
        "file": (io.BytesIO(text.encode()), "changes.csv")})


def test_a_bad_row_rejects_the_whole_file(app, clients):
    bad = _upload(clients["coordinator"],
                  f"id,email\n{SERVICE_IDS['haringey']},help@example.org\n"
                  f"{SERVICE_IDS['harrow']},someone@example.org\n"
                  f"{SERVICE_IDS['haringey']},not an address\n")
    assert bad.status_code == 400
    problems = text_of(bad, ".error-summary")
    assert "Row 3: Harrow Test Outreach is not one of the services you review" in problems
    assert "Row 4, email: 'not an address' is not an email address" in problems
    assert "Row 4: Haringey Test Advice is changed twice" in problems
    assert text_of(clients["admin"].get("/editors/"), ".count-waiting") == "0"
    assert clients["editor"].get("/editors/change-sets").status_code == 403


def test_a_change_set_is_reviewed_by_someone_else_and_published_whole(app, clients):
    made = _upload(clients["coordinator"], f"id,email,hours\n{SERVICE_IDS['haringey']},"
                   "help@example.org,Monday to Friday 9am to 5pm\n")
    assert made.status_code == 302
    set_path = made.location.split("signpost.test", 1)[-1]
    page = clients["coordinator"].get(set_path)
    assert "help@example.org" in text_of(page, "table.diff td.new")
    # The uploader cannot approve their own set; an organisation editor cannot either.
    assert post(clients["coordinator"], set_path + "/approve", {}, form_page=set_path
                ).status_code == 403
    assert clients["editor"].get(set_path).status_code == 403
    approved = post(clients["admin"], set_path + "/approve", {}, form_page=set_path)
    assert approved.status_code == 302
    api = app.test_client().get(f"/api/services/{SERVICE_IDS['haringey']}").get_json()
    assert api["email"] == "help@example.org"
    history = text_of(clients["admin"].get(f"/editors/services/{SERVICE_IDS['haringey']}/history"),
                      "table.history")
    assert "approved" in history and "help@example.org" in history
    assert post(clients["admin"], set_path + "/approve", {}, form_page=set_path).status_code == 409
