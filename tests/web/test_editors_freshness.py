"""The daily freshness job sends its reminders to a real SMTP server (aiosmtpd on 127.0.0.1)."""
from __future__ import annotations

import datetime as dt
import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from bs4 import BeautifulSoup

from directory.db import transaction
from directory.models import OutboxMessage, Role, Service, TeamKind
from tests.support.editors import SERVICE_IDS, load_test_services, make_editor, make_team


class Collector:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller, collector
    controller.stop()


@pytest.fixture
def app(empty_app):
    load_test_services(empty_app)
    haringey = make_team(empty_app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    harrow = make_team(empty_app, "Harrow VAWG team", TeamKind.BOROUGH, "harrow")
    make_editor(empty_app, "haringey.editor@example.org", Role.ORG_EDITOR, haringey,
                "Haringey Test Trust")
    make_editor(empty_app, "harrow.editor@example.org", Role.ORG_EDITOR, harrow, "Harrow Test Trust")
    make_editor(empty_app, "haringey.coord@example.org", Role.COORDINATOR, haringey)
    make_editor(empty_app, "harrow.coord@example.org", Role.COORDINATOR, harrow)
    today = dt.date.today()
    with transaction(empty_app.extensions["directory"].session_factory) as session:
        session.get(Service, SERVICE_IDS["haringey"]).assured_date = today - dt.timedelta(days=300)
        session.get(Service, SERVICE_IDS["harrow"]).assured_date = today - dt.timedelta(days=200)
        session.get(Service, SERVICE_IDS["national"]).assured_date = today - dt.timedelta(days=10)
    return empty_app


def _remind(app, port: int):
    app.config.update(SMTP_HOST="127.0.0.1", SMTP_PORT=port, MAIL_FROM="signpost@example.org",
                      SITE_URL="https://signpost.example")
    result = app.test_cli_runner().invoke(args=["editors", "remind"])
    assert result.exit_code == 0, result.output
    return result.output


def test_reminders_after_six_months_and_the_coordinator_after_nine(app, smtp):
    controller, collector = smtp
    output = _remind(app, controller.port)
    assert "3 reminders queued, 3 emails sent" in output
    received = {tuple(to): message for to, message in collector.messages}
    assert set(received) == {("haringey.editor@example.org",), ("harrow.editor@example.org",),
                             ("haringey.coord@example.org",)}
    harrow = received[("harrow.editor@example.org",)]
    assert harrow["From"] == "signpost@example.org"
    assert "Harrow Test Outreach" in harrow["Subject"]
    assert f"https://signpost.example/editors/services/{SERVICE_IDS['harrow']}" in \
        harrow.get_payload()
    assert "300 days" in received[("haringey.coord@example.org",)]["Subject"]
    # The next day's run reminds no one again.
    assert "0 reminders queued, 0 emails sent" in _remind(app, controller.port)
    assert len(collector.messages) == 3


def test_a_mail_server_that_is_down_loses_nothing(app, smtp):
    controller, collector = smtp
    output = _remind(app, _free_port())
    assert "3 reminders queued, 0 emails sent, 3 not sent" in output
    with app.extensions["directory"].session_factory() as session:
        waiting = session.query(OutboxMessage).filter(OutboxMessage.sent_at.is_(None)).all()
        assert len(waiting) == 3 and all("could not connect" in m.last_error for m in waiting)
    assert "0 reminders queued, 3 emails sent" in _remind(app, controller.port)
    assert len(collector.messages) == 3


def test_the_public_page_says_when_a_listing_is_not_confirmed_for_over_a_year(app):
    public = app.test_client()
    page = f"/services/{SERVICE_IDS['haringey']}"
    assert public.get(page).status_code == 200
    assert b"not-confirmed-year" not in public.get(page).data  # 300 days: not yet
    with transaction(app.extensions["directory"].session_factory) as session:
        session.get(Service, SERVICE_IDS["haringey"]).assured_date = (
            dt.date.today() - dt.timedelta(days=400))
    warned = BeautifulSoup(public.get(page).data, "html.parser").select_one(".not-confirmed-year")
    assert warned is not None and "over a year" in warned.get_text()
    assert b"not-confirmed-year" not in public.get(f"/services/{SERVICE_IDS['national']}").data


def test_ranking_trusts_a_listing_less_once_its_confirmation_is_over_a_year_old(app):
    from directory.loading import load_services
    from directory.search.documents import service_document
    factory = app.extensions["directory"].session_factory

    def priority() -> float:
        with factory() as session:
            return service_document(load_services(session, [SERVICE_IDS["haringey"]])[0])["priority"]

    recent = priority()  # confirmed 300 days ago
    with transaction(factory) as session:
        session.get(Service, SERVICE_IDS["haringey"]).assured_date = (
            dt.date.today() - dt.timedelta(days=400))
    assert priority() == pytest.approx(recent - 0.1)
