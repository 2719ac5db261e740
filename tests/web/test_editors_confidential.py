"""A refuge's confidential address is seen by its editors and reviewers, and on no channel."""
from __future__ import annotations

import pytest

from directory.models import Role, TeamKind
from tests.support.editors import (
    SERVICE_IDS,
    load_test_services,
    make_editor,
    make_team,
    organisation_id,
    post,
    sign_in,
    text_of,
)

SECRET_ADDRESS = "Hidden Test House, 99 Nowhere Road, N17 0ZZ"
MARKERS = ("Hidden Test House", "Nowhere Road", "N17 0ZZ")
HARINGEY = SERVICE_IDS["haringey"]


@pytest.fixture
def app(empty_app):
    load_test_services(empty_app)
    return empty_app


@pytest.fixture
def clients(app):
    haringey = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    harrow = make_team(app, "Harrow VAWG team", TeamKind.BOROUGH, "harrow")
    made = {}
    for name, role, team, organisation in (
            ("editor", Role.ORG_EDITOR, haringey, "Haringey Test Trust"),
            ("coordinator", Role.COORDINATOR, haringey, None),
            ("harrow", Role.COORDINATOR, harrow, None)):
        secret = make_editor(app, f"{name}@example.org", role, team, organisation)
        made[name] = app.test_client()
        sign_in(made[name], f"{name}@example.org", secret)
    return made


def _save(client, address: str):
    return post(client, f"/editors/services/{HARINGEY}/confidential", {"address": address},
                form_page=f"/editors/services/{HARINGEY}")


def test_only_the_services_editors_and_reviewers_see_it(app, clients):
    assert _save(clients["editor"], SECRET_ADDRESS).status_code == 302
    for name in ("editor", "coordinator"):
        page = clients[name].get(f"/editors/services/{HARINGEY}")
        assert text_of(page, "form.confidential textarea") == SECRET_ADDRESS
    assert clients["harrow"].get(f"/editors/services/{HARINGEY}").status_code == 403
    assert post(clients["harrow"], f"/editors/services/{HARINGEY}/confidential",
                {"address": "x"}, form_page="/editors/").status_code == 403
    history = text_of(clients["coordinator"].get(f"/editors/services/{HARINGEY}/history"),
                      "table.history")
    assert "confidential address" in history and "Nowhere Road" not in history


def test_the_address_is_on_no_public_channel(app, clients, tmp_path):
    assert _save(clients["editor"], SECRET_ADDRESS).status_code == 302
    public = app.test_client()
    responses = {path: public.get(path) for path in (
        f"/services/{HARINGEY}", "/search?q=Haringey+Test+Advice", "/browse/area/haringey",
        f"/api/services/{HARINGEY}", "/api/services?full=true&per_page=50",
        "/api/services?search=Haringey+Test+Advice&full=true", "/api/service_at_locations",
        f"/api/organizations/{organisation_id('Haringey Test Trust')}",
    )}
    # The assistant answers from the API above and from the signposting decision.
    responses["/api/signpost"] = public.post("/api/signpost", json={
        "message": "I need domestic abuse help in Haringey", "context": None})
    for path, response in responses.items():
        assert response.status_code == 200, path
        body = response.get_data(as_text=True)
        assert not any(marker in body for marker in MARKERS), path
    assert "Haringey Test Advice" in responses[f"/services/{HARINGEY}"].get_data(as_text=True)
    for name in ("services.json", "services.csv"):
        result = app.test_cli_runner().invoke(args=["export", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        exported = (tmp_path / name).read_text()
        assert "Haringey Test Advice" in exported
        assert not any(marker in exported for marker in MARKERS), name
    # A public page visited by a signed-in editor carries no cookie and no address either.
    page = clients["editor"].get(f"/services/{HARINGEY}")
    assert "Set-Cookie" not in page.headers
    assert not any(marker in page.get_data(as_text=True) for marker in MARKERS)
