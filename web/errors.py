"""Every error gets a clear answer: JSON for the API, a page for people. Never a bare 500."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger(__name__)


class BadRequestInput(ValueError):
    """A request parameter we can't use, with a message saying which and why."""


def register_error_handlers(app: Flask) -> None:
    @app.before_request
    def refuse_null_characters():
        # No database stores a NUL (PostgreSQL refuses it outright), and no person types one.
        # The API and the search refuse it anywhere; pages with their own forms and filters
        # say what was wrong on the page itself (and record validation refuses NULs too).
        values = [request.path]
        if request.path.startswith(("/api", "/search")):
            values += [v for vs in request.args.listvalues() for v in vs]
        if any("\x00" in value for value in values):
            return _respond(400, "The request holds a null character.")
        return None

    @app.errorhandler(RecursionError)
    def too_deep(error):
        # The JSON reader recurses once per level of nesting: a body nested thousands deep is
        # the sender's mistake, not ours.
        if request.is_json:
            return _respond(400, "The request's JSON is nested too deeply.")
        return unexpected(error)

    @app.errorhandler(BadRequestInput)
    def bad_input(error):
        return _respond(400, str(error))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return _respond(error.code or 500, error.description or error.name)

    @app.errorhandler(Exception)
    def unexpected(error):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _respond(500, InternalServerError.description)


JSON_PATHS = ("/api", "/chat/messages", "/sms")


def _respond(status: int, message: str):
    if request.path.startswith(JSON_PATHS):
        return jsonify({"status": status, "error": message}), status
    return render_template("errors/error.html", status=status,
                           message=_public_message(status)), status


def _public_message(status: int) -> str:
    if status == 404:
        return _("We could not find that page.")
    if status in (400, 413):
        return _("Something in that request could not be used. Please try again.")
    return _("Something went wrong on our side. If you are in danger, call 999.")
