"""The editors' area in a real browser: an invited editor changes a number, a coordinator
approves it, and the public page, the API and the assistant's chat reply show it at once."""
from __future__ import annotations

import datetime as dt

import pyotp
import pytest

from directory.db import transaction
from directory.editors import accounts
from directory.migrate import upgrade_database
from directory.models import Role, Team, TeamKind
from directory.taxonomy import read_taxonomy_file, upsert_taxonomies
from tests.support.assistant import RunningAssistant
from tests.support.editors import (
    PASSWORD,
    SERVICE_IDS,
    load_test_services,
    make_editor,
    make_team,
    organisation_id,
)
from tests.support.public_site import LiveServer, dispose
from web import create_app
from web.config import TestConfig

from .editors_pages import DashboardPage, InvitationPage, PublicServicePage, SignInPage
from .pages import ChatPage

NEW_NUMBER = "020 7946 0777"


def _site(tmp_path):
    app = create_app(TestConfig, DATABASE_URL=f"sqlite:///{tmp_path / 'editors.sqlite3'}",
                     SEARCH_INDEX_DIR=str(tmp_path / "index"))
    upgrade_database(app.extensions["directory"].engine)
    with transaction(app.extensions["directory"].session_factory) as session:
        upsert_taxonomies(session, read_taxonomy_file())
    load_test_services(app)
    return app


@pytest.fixture
def editors_site(tmp_path):
    app = _site(tmp_path)
    with LiveServer(app) as server:
        server.app = app
        yield server
    dispose(app)


@pytest.fixture
def editors_site_with_assistant(tmp_path):
    """The site with a really running assistant whose actions ask the site's own API."""
    app = _site(tmp_path)
    with LiveServer(app) as server:
        assistant = RunningAssistant(api_url=f"{server.url}/api", workdir=tmp_path)
        try:
            app.config["RASA_URL"] = assistant.url
            assistant.wait_until_ready()
            server.app = app
            yield server
        finally:
            assistant.stop()
    dispose(app)


def _invite_editor(app, team_id: str) -> str:
    with transaction(app.extensions["directory"].session_factory) as session:
        return accounts.invite(session, "editor@example.org", session.get(Team, team_id),
                               Role.ORG_EDITOR, organisation_id("Haringey Test Trust"))


@pytest.mark.assistant
def test_invited_editor_changes_a_number_and_the_coordinator_publishes_it(editors_site_with_assistant,
                                                                           new_context):
    app, base = editors_site_with_assistant.app, editors_site_with_assistant.url
    team = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    coordinator_secret = make_editor(app, "coordinator@example.org", Role.COORDINATOR, team)
    token = _invite_editor(app, team)

    editor = new_context().new_page()
    enrol = InvitationPage(editor, base).open(f"/editors/invitation?token={token}").set_password(PASSWORD)
    totp = pyotp.TOTP(enrol.secret)
    codes = enrol.confirm(totp.now())
    assert len(codes.codes) == 10
    signed_out = codes.continue_to_dashboard().sign_out()
    dashboard = signed_out.sign_in("editor@example.org", PASSWORD, totp.now)
    listing = dashboard.open_listing("Haringey Test Advice")
    change = listing.propose(phones=NEW_NUMBER)
    assert "waiting for review" in change.notice
    assert change.differences["phones"] == ("020 7946 0101", NEW_NUMBER)

    coordinator = new_context().new_page()
    board = SignInPage(coordinator, base).open().sign_in(
        "coordinator@example.org", PASSWORD, pyotp.TOTP(coordinator_secret).now)
    assert isinstance(board, DashboardPage)
    board.open_waiting("Haringey Test Advice").approve()
    assert "Published" in coordinator.locator(".notice").inner_text()

    visitor = new_context()
    public = PublicServicePage(visitor.new_page(), base).open(f"/services/{SERVICE_IDS['haringey']}")
    assert f"tel:{NEW_NUMBER.replace(' ', '')}" in public.call_links
    today = dt.date.today()
    assert f"{today.day} {today.strftime('%B')} {today.year}" in public.last_checked
    assert visitor.cookies() == []
    api = visitor.request.get(f"{base}/api/services/{SERVICE_IDS['haringey']}").json()
    assert [p["number"] for p in api["phones"]] == [NEW_NUMBER]
    assert api["assured_date"] == today.isoformat()
    chat = ChatPage(visitor.new_page(), base).open()
    chat.send("my partner hits me and I live in Haringey, who can help")
    offered = chat.page.locator(".chat-log .chat-bot a.call").evaluate_all("links => links.map(a => a.href)")
    assert f"tel:{NEW_NUMBER.replace(' ', '')}" in offered, offered


def test_axe_finds_no_violations_in_the_editors_area(editors_site, axe_page):
    app, base = editors_site.app, editors_site.url
    team = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    secret = make_editor(app, "coordinator@example.org", Role.COORDINATOR, team)
    sign_in_page = SignInPage(axe_page, base).open()
    assert sign_in_page.run_axe() == []
    board = sign_in_page.sign_in("coordinator@example.org", PASSWORD, pyotp.TOTP(secret).now)
    assert board.run_axe() == []
    change = board.open_listing("Haringey Test Advice").propose(phones=NEW_NUMBER)
    assert change.run_axe() == []
    for path in (f"/editors/services/{SERVICE_IDS['haringey']}",
                 f"/editors/services/{SERVICE_IDS['haringey']}/history",
                 "/editors/invite", "/editors/change-sets"):
        assert DashboardPage(axe_page, base).open(path).run_axe() == [], path


def test_the_editors_pages_fit_a_360_pixel_screen(editors_site, new_context):
    app, base = editors_site.app, editors_site.url
    team = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    secret = make_editor(app, "coordinator@example.org", Role.COORDINATOR, team)
    page = new_context(viewport={"width": 360, "height": 640}).new_page()
    sign_in_page = SignInPage(page, base).open()
    assert not sign_in_page.overflows_horizontally()
    board = sign_in_page.sign_in("coordinator@example.org", PASSWORD, pyotp.TOTP(secret).now)
    assert not board.overflows_horizontally()
    change = board.open_listing("Haringey Test Advice").propose(phones=NEW_NUMBER)
    assert not change.overflows_horizontally()
    for path in (f"/editors/services/{SERVICE_IDS['haringey']}",
                 f"/editors/services/{SERVICE_IDS['haringey']}/history",
                 "/editors/invite", "/editors/change-sets"):
        assert not DashboardPage(page, base).open(path).overflows_horizontally(), path
