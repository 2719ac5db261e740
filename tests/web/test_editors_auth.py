"""Signing in to the editors' area: invitations, passwords, TOTP, lockout, CSRF, expiry, cookies."""
from __future__ import annotations

import logging
import re
import time

import pyotp
import pytest
from bs4 import BeautifulSoup

from directory.models import Role, TeamKind
from tests.support.editors import (
    PASSWORD,
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
def coordinator(app):
    team = make_team(app, "Haringey VAWG team", TeamKind.BOROUGH, "haringey")
    return "coord@example.org", make_editor(app, "coord@example.org", Role.COORDINATOR, team)


def _invitation_token(app, email="first.admin@example.org") -> str:
    """Runs create-admin and returns the token from the link it prints."""
    result = app.test_cli_runner().invoke(args=["editors", "create-admin", email])
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output and "password" not in result.output.lower()
    link = re.search(r"https?://\S+/editors/invitation\?token=(\S+)", result.output)
    assert link, result.output
    return link.group(1)


def test_create_admin_invitation_then_password_totp_and_recovery_codes(app, caplog):
    caplog.set_level(logging.INFO, logger="signpost.requests")
    client = app.test_client()
    token = _invitation_token(app)
    path = f"/editors/invitation?token={token}"

    def accept(password, again):
        return post(client, "/editors/invitation",
                    {"token": token, "password": password, "password_again": again},
                    form_page=path)

    for weak in ("short", "passwordpassword", "first.admin-2026!"):
        refused = accept(weak, weak)
        assert refused.status_code == 400 and text_of(refused, ".error-summary")
    assert accept(PASSWORD, PASSWORD + "x").status_code == 400
    assert post(client, "/editors/invitation", {"token": "guessed", "password": PASSWORD,
                                                "password_again": PASSWORD},
                form_page=path).status_code == 404
    accepted = accept(PASSWORD, PASSWORD)
    assert accepted.status_code == 302 and accepted.location.endswith("/editors/enrol")
    enrol_page = client.get("/editors/enrol")
    secret = text_of(enrol_page, "#totp-secret")
    assert "otpauth://totp/" in enrol_page.get_data(as_text=True)
    assert post(client, "/editors/enrol", {"code": "000000"}).status_code == 400
    codes_page = post(client, "/editors/enrol", {"code": pyotp.TOTP(secret).now()})
    codes = [c.get_text() for c in BeautifulSoup(codes_page.get_data(as_text=True),
                                                 "html.parser").select(".recovery-codes code")]
    assert len(codes) == 10
    assert client.get("/editors/").status_code == 200
    # The link worked once only, and the request log never held it.
    assert app.test_client().get(path).status_code == 404
    assert any("/editors/invitation" in r.getMessage() for r in caplog.records)
    assert not any(token in r.getMessage() for r in caplog.records)

    # A recovery code signs in once, in place of the TOTP code.
    fresh = app.test_client()
    post(fresh, "/editors/sign-in", {"email": "First.Admin@example.org", "password": PASSWORD})
    assert post(fresh, "/editors/sign-in/code", {"code": codes[0]}).location.endswith("/editors/")
    again = app.test_client()
    post(again, "/editors/sign-in", {"email": "first.admin@example.org", "password": PASSWORD})
    assert post(again, "/editors/sign-in/code", {"code": codes[0]}).status_code == 400


def test_sign_in_needs_password_and_totp(app, coordinator):
    email, secret = coordinator
    client = app.test_client()
    assert client.get("/editors/").location.endswith("/editors/sign-in")
    wrong = post(client, "/editors/sign-in", {"email": email, "password": "not the password"})
    assert wrong.status_code == 400
    assert client.get("/editors/sign-in/code").location.endswith("/editors/sign-in")
    signed = sign_in(client, email, secret)
    assert signed.status_code == 302 and signed.location.endswith("/editors/")
    assert "Haringey Test Advice" in client.get("/editors/").get_data(as_text=True)


def test_five_failures_lock_the_account_for_fifteen_minutes(app, coordinator):
    email, secret = coordinator
    client = app.test_client()
    for _ in range(4):
        assert post(client, "/editors/sign-in", {"email": email, "password": "wrong guess here"}
                    ).status_code == 400
    fifth = post(client, "/editors/sign-in", {"email": email, "password": "wrong guess here"})
    assert fifth.status_code == 429 and "locked until" in text_of(fifth, ".error-summary")
    right = post(client, "/editors/sign-in", {"email": email, "password": PASSWORD})
    assert right.status_code == 429 and "locked until" in text_of(right, ".error-summary")


def test_wrong_totp_codes_count_towards_the_lockout(app, coordinator):
    email, secret = coordinator
    client = app.test_client()
    post(client, "/editors/sign-in", {"email": email, "password": PASSWORD})
    for _ in range(4):
        assert post(client, "/editors/sign-in/code", {"code": "123456"}).status_code == 400
    assert post(client, "/editors/sign-in/code", {"code": "123456"}).status_code == 429
    assert post(client, "/editors/sign-in", {"email": email, "password": PASSWORD}
                ).status_code == 429


def test_forms_without_the_csrf_token_are_refused(app, coordinator):
    email, secret = coordinator
    client = app.test_client()
    sign_in(client, email, secret)
    service = f"/editors/services/{SERVICE_IDS['haringey']}/confirm"
    assert client.post(service).status_code == 400
    assert client.post(service, data={"csrf_token": "forged"}).status_code == 400
    other = app.test_client()
    assert other.post("/editors/sign-in", data={"email": email, "password": PASSWORD,
                                                "csrf_token": csrf(client, "/editors/")}
                      ).status_code == 400
    assert post(client, service, {}, form_page=f"/editors/services/{SERVICE_IDS['haringey']}"
                ).status_code == 302


@pytest.mark.parametrize("minutes_later", [31, 8 * 60 + 1])
def test_sessions_expire_when_idle_or_too_old(app, coordinator, monkeypatch, minutes_later):
    email, secret = coordinator
    client = app.test_client()
    sign_in(client, email, secret)
    start = time.time()
    if minutes_later > 30:
        # Keep the session busy (every 20 minutes) so only the absolute limit can end it.
        for step in range(20, minutes_later if minutes_later > 60 else 0, 20):
            monkeypatch.setattr("web.editors.time.time", lambda step=step: start + step * 60)
            assert client.get("/editors/").status_code == 200
    monkeypatch.setattr("web.editors.time.time", lambda: start + minutes_later * 60)
    expired = client.get("/editors/")
    assert expired.status_code == 302 and expired.location.endswith("/editors/sign-in")
    assert "expired" in text_of(client.get("/editors/sign-in"), ".notice")


def test_cookies_only_under_editors_and_never_on_public_pages(app, coordinator):
    email, secret = coordinator
    client = app.test_client()
    response = client.get("/editors/sign-in")
    cookie = response.headers["Set-Cookie"]
    assert "Path=/editors/" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert response.headers["Cache-Control"] == "no-store"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    sign_in(client, email, secret)
    assert client.get("/editors/").headers["Cache-Control"] == "no-store"
    for path in ("/", "/search?q=help", f"/services/{SERVICE_IDS['haringey']}", "/api/services"):
        public = client.get(path)
        assert public.status_code == 200, path
        assert "Set-Cookie" not in public.headers, path


def test_production_cookies_are_secure(app):
    from web import create_app
    from web.config import TestConfig
    secure = create_app(TestConfig, DATABASE_URL=app.config["DATABASE_URL"],
                        SEARCH_INDEX_DIR=app.config["SEARCH_INDEX_DIR"], EDITORS_SECURE_COOKIE=True)
    try:
        assert "Secure" in secure.test_client().get("/editors/sign-in").headers["Set-Cookie"]
    finally:
        secure.extensions["directory"].engine.dispose()


def test_a_totp_code_signs_in_once_only(app, coordinator):
    email, secret = coordinator
    code = pyotp.TOTP(secret).now()
    first = app.test_client()
    post(first, "/editors/sign-in", {"email": email, "password": PASSWORD})
    assert post(first, "/editors/sign-in/code", {"code": code}).status_code == 302
    replay = app.test_client()
    post(replay, "/editors/sign-in", {"email": email, "password": PASSWORD})
    assert post(replay, "/editors/sign-in/code", {"code": code}).status_code == 400


def test_bad_input_gets_a_clear_answer_not_a_server_error(app, coordinator):
    email, secret = coordinator
    client = app.test_client()
    assert post(client, "/editors/sign-in", {"email": "a\x00@example.org", "password": "x"}
                ).status_code == 400
    assert client.get("/editors/invitation?token=%00").status_code == 400
    assert client.get("/editors/invitation").status_code == 404
    sign_in(client, email, secret)
    for path in ("/editors/services/nope", "/editors/changes/nope", "/editors/change-sets/nope",
                 "/editors/services/nope/history"):
        assert client.get(path).status_code == 404, path
    assert post(client, f"/editors/services/{SERVICE_IDS['haringey']}",
                {"description": "bad\x00"}, form_page="/editors/").status_code == 400
