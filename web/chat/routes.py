from __future__ import annotations

import logging

from flask import current_app, jsonify, render_template, request
from flask_babel import force_locale
from flask_babel import gettext as _

from ..errors import BadRequestInput
from . import chat
from .commands import is_forget_command
from .fallback import fallback_reply
from .forget import forget_everywhere
from .language import detect_language
from .redact import redact
from .relay import AssistantUnavailable, RasaRelay
from .sessions import (
    is_known_session,
    is_session_id,
    is_valid_csrf_token,
    new_csrf_token,
    new_session_id,
    sender_id,
)

log = logging.getLogger(__name__)
MAX_MESSAGE = 1000


def relay() -> RasaRelay:
    if "chat_relay" not in current_app.extensions:
        current_app.extensions["chat_relay"] = RasaRelay(current_app.config["RASA_URL"],
                                                         current_app.config["RASA_TIMEOUT"])
    return current_app.extensions["chat_relay"]


@chat.app_context_processor
def csrf_token() -> dict:
    """Every chat form carries a signed token (web/chat/sessions.py); no cookie is needed."""
    return {"csrf_token": lambda: new_csrf_token(current_app.config["SECRET_KEY"])}


def converse(session: str | None, message: str, page_lang: str) -> tuple[str, list[dict]]:
    """One turn: relay to the assistant, or answer from the directory if it is down.

    An id the server did not mint starts a new conversation. A deletion command deletes the
    conversation everywhere and starts a new one, with a new id.
    """
    secret = current_app.config["SECRET_KEY"]
    session = session if is_known_session(secret, session) else new_session_id(secret)
    languages = current_app.config["LANGUAGES"]
    lang = detect_language(message) or (page_lang if page_lang in languages else "en")
    sender = sender_id(current_app.config["CHAT_HASH_KEY"], "web", session)
    if is_forget_command(message):
        replies = forget_everywhere(relay(), sender, lang, "web")
        if replies is None:
            with force_locale(lang):
                replies = [{"text": _("Done: this conversation has been deleted. "
                                      "If you write again, we start afresh."), "buttons": []}]
        return new_session_id(secret), replies
    cleaned = redact(message)
    try:
        replies = relay().send(sender, cleaned, lang)
    except AssistantUnavailable as reason:
        log.warning("assistant unavailable, answering with the keyword fallback: %s", reason)
        replies = fallback_reply(cleaned, lang)
    return session, replies


@chat.get("/chat")
def page():
    return render_template("chat/chat.html", session=None, sent=None, replies=[])


def csrf_ok(token: object) -> bool:
    return is_valid_csrf_token(current_app.config["SECRET_KEY"], token)


@chat.post("/chat")
def form_post():
    """The chat without JavaScript: a form post, answered with a page."""
    if not csrf_ok(request.form.get("csrf")):
        # An old page or another site's form: a fresh page (with a fresh token), never a reply.
        session = request.form.get("session")
        known = session if is_known_session(current_app.config["SECRET_KEY"], session) else None
        return render_template("chat/chat.html", session=known, sent=None, replies=[
            {"text": _("Could not send. If you are in danger, call 999."), "buttons": []}]), 400
    message = (request.form.get("message") or "").strip()[:MAX_MESSAGE]
    if not message:
        return render_template("chat/chat.html", session=request.form.get("session"), sent=None,
                               replies=[]), 400
    session, replies = converse(request.form.get("session"), message,
                                request.form.get("lang") or "en")
    return render_template("chat/chat.html", session=session, sent=message, replies=replies)


@chat.post("/chat/messages")
def messages():
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # JSON nested too deep to parse: bad input, never a 500
        body = None
    if not isinstance(body, dict):
        raise BadRequestInput("Send a JSON object: {\"session\": ..., \"message\": ..., \"lang\": ...}.")
    message, session, lang = body.get("message"), body.get("session"), body.get("lang") or "en"
    if not isinstance(message, str) or not message.strip():
        raise BadRequestInput("'message' must be a non-empty string.")
    if len(message) > MAX_MESSAGE:
        raise BadRequestInput(f"'message' must be at most {MAX_MESSAGE} characters.")
    if session is not None and not is_session_id(session):
        raise BadRequestInput("'session' must be null or the id the server gave you.")
    if not isinstance(lang, str):
        raise BadRequestInput("'lang' must be a language code such as 'en'.")
    if not csrf_ok(body.get("csrf")):
        # Said to the person too (the page shows `messages`), with a fresh token to send again.
        return jsonify({"status": 400, "error": "'csrf' must be the token from the chat page.",
                        "messages": [{"text": _("Could not send. If you are in danger, call 999."),
                                      "buttons": []}],
                        "csrf": new_csrf_token(current_app.config["SECRET_KEY"])}), 400
    session, replies = converse(session, message.strip(), lang)
    return jsonify({"session": session, "messages": replies,
                    "csrf": new_csrf_token(current_app.config["SECRET_KEY"])})
