"""The editors' area under /editors/: the only part of the site that sets a cookie.

The session cookie is scoped to /editors/ and is only read or written on its pages, so the
public site stays cookie-free even in a browser that is signed in here.
"""
from __future__ import annotations

import hmac
import os
import secrets
import time

from flask import Blueprint, Flask, abort, flash, g, redirect, request, session, url_for
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from flask_babel import gettext as _

from directory import EditorUser, transaction

from ..directory_handle import db_session, directory

PREFIX = "/editors"
IDLE_SECONDS = 30 * 60
ABSOLUTE_SECONDS = 8 * 60 * 60

editors = Blueprint("editors", __name__, url_prefix=PREFIX)


class EditorsOnlySessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, but only under /editors/: anywhere else, none at all."""

    def open_session(self, app, request):
        if not request.path.startswith(PREFIX + "/"):
            return SecureCookieSession()
        return super().open_session(app, request)

    def save_session(self, app, session, response):
        if request.path.startswith(PREFIX + "/"):
            super().save_session(app, session, response)


def init_editors(app: Flask) -> None:
    app.session_interface = EditorsOnlySessions()
    app.config.update(
        SESSION_COOKIE_NAME="signpost_editors",
        SESSION_COOKIE_PATH=PREFIX + "/",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=app.config.get(
            "EDITORS_SECURE_COOKIE", os.environ.get("SIGNPOST_ENV") == "production"),
    )
    app.register_blueprint(editors)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["public_capacity"] = _public_capacity
    app.jinja_env.globals["confirmed_over_a_year_ago"] = _confirmed_over_a_year_ago
    from .commands import editors_cli
    app.cli.add_command(editors_cli)


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _public_capacity(service_id: str):
    """For the public service page: capacity only if the provider published it and it is fresh."""
    from directory import capacity
    return capacity.for_public(db_session(), service_id)


def _confirmed_over_a_year_ago(service) -> bool:
    from directory import freshness
    return freshness.over_a_year(service)


def sign_in(user: EditorUser) -> None:
    session.clear()
    now = int(time.time())
    session.update(user_id=user.id, started=now, seen=now, csrf=secrets.token_urlsafe(32))


@editors.before_request
def _check_request():
    # PostgreSQL cannot store a NUL character: refuse it here rather than fail later.
    if any("\x00" in value for value in [*request.args.values(), *request.form.values()]):
        abort(400, _("Something in that request could not be used. Please try again."))
    if request.method == "POST":
        sent = request.form.get("csrf_token", "")
        if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
            abort(400, _("This form has expired. Please go back, reload the page and try again."))
    g.editor = None
    user_id = session.get("user_id")
    if user_id is None:
        return None
    now = int(time.time())
    if now - session.get("seen", 0) > IDLE_SECONDS or now - session.get("started", 0) > ABSOLUTE_SECONDS:
        session.clear()
        flash(_("You were signed out because the session expired. Please sign in again."))
        return redirect(url_for("editors.sign_in_page"))
    session["seen"] = now
    g.editor = db_session().get(EditorUser, user_id)
    if g.editor is None or not g.editor.ready:
        session.clear()
        return redirect(url_for("editors.sign_in_page"))
    return None


def writing():
    """A write transaction, after ending this request's read one: on SQLite an open read
    transaction would stop the write from committing ("database is locked")."""
    db_session().commit()
    return transaction(directory().session_factory)


def signed_in() -> EditorUser:
    if g.get("editor") is None:
        abort(redirect(url_for("editors.sign_in_page")))
    return g.editor


from . import auth, bulk_views, views  # noqa: E402,F401  (routes register themselves on the blueprint)
