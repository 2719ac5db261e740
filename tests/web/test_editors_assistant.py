"""End to end: a number an editor changed and a coordinator approved is the number the
assistant gives, through a really running Rasa whose actions ask the live site's API."""
from __future__ import annotations

import pytest

from directory.db import transaction
from directory.migrate import upgrade_database
from directory.models import Role, TeamKind
from directory.taxonomy import read_taxonomy_file, upsert_taxonomies
from tests.support.assistant import RunningAssistant
from tests.support.editors import (
    SERVICE_IDS,
    load_test_services,
    make_editor,
    make_team,
    post,
    sign_in,
)
from tests.support.public_site import LiveServer, dispose
from web import create_app
from web.chat.sessions import new_csrf_token
from web.config import TestConfig

pytestmark = pytest.mark.assistant
NEW_NUMBER = "020 7946 0555"


@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    folder = tmp_path_factory.mktemp("editors-assistant")
    app = create_app(TestConfig, DATABASE_URL=f"sqlite:///{folder / 'site.sqlite3'}",
                     SEARCH_INDEX_DIR=str(folder / "index"))
    upgrade_database(app.extensions["directory"].engine)
    with transaction(app.extensions["directory"].session_factory) as session:
        upsert_taxonomies(session, read_taxonomy_file())
    load_test_services(app)
    with LiveServer(app) as live:
        assistant = RunningAssistant(api_url=f"{live.url}/api", workdir=folder)
        try:
            app.config["RASA_URL"] = assistant.url
            assistant.wait_until_ready()
            yield app
        finally:
            assistant.stop()
    dispose(app)


def _numbers_offered(app, message: str) -> list[str]:
    """The phone numbers of the services in the assistant's reply (they travel as structure)."""
    reply = app.test_client().post("/chat/messages", json={
        "session": None, "message": message, "lang": "en",
        "csrf": new_csrf_token(app.config["SECRET_KEY"])})
    assert reply.status_code == 200, reply.data
    return [phone["number"] for m in reply.get_json()["messages"]
            for service in m.get("services", []) for phone in service["phones"]]


def test_the_assistant_gives_the_newly_approved_number(chat):
    app = chat
    team = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    people = {}
    for name, role, organisation in (("editor", Role.ORG_EDITOR, "Haringey Test Trust"),
                                      ("coordinator", Role.COORDINATOR, None)):
        secret = make_editor(app, f"{name}@example.org", role, team, organisation)
        people[name] = app.test_client()
        sign_in(people[name], f"{name}@example.org", secret)
    question = "my partner hits me and I live in Haringey, who can help"
    before = _numbers_offered(app, question)
    assert "020 7946 0101" in before, before
    page = f"/editors/services/{SERVICE_IDS['haringey']}"
    proposed = post(people["editor"], page, {"phones": NEW_NUMBER})
    change = proposed.location.split("signpost.test", 1)[-1].split("localhost", 1)[-1]
    assert post(people["coordinator"], change + "/approve", {}, form_page=change).status_code == 302
    after = _numbers_offered(app, question)
    assert NEW_NUMBER in after and "020 7946 0101" not in after, after
