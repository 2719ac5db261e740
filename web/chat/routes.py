from __future__ import annotations

import logging

from flask import current_app, jsonify, render_template, request

from ..errors import BadRequestInput
from . import chat
from .fallback import fallback_reply
from .language import detect_language
from .redact import redact
from .relay import AssistantUnavailable, RasaRelay
from .sessions import is_session_id, new_session_id, sender_id

log = logging.getLogger(__name__)
MAX_MESSAGE = 1000


def relay() -> RasaRelay:
    if "chat_relay" not in current_app.extensions:
        current_app.extensions["chat_relay"] = RasaRelay(current_app.config["RASA_URL"],
                                                         current_app.config["RASA_TIMEOUT"])
    return current_app.extensions["chat_relay"]


def converse(session: str | None, message: str, page_lang: str) -> tuple[str, list[dict]]:
    """One turn: relay to the assistant, or answer from the directory if it is down."""
    session = session if is_session_id(session) else new_session_id()
    languages = current_app.config["LANGUAGES"]
    lang = detect_language(message) or (page_lang if page_lang in languages else "en")
    cleaned = redact(message)
    try:
        replies = relay().send(sender_id(current_app.config["SECRET_KEY"], "web", session),
                               cleaned, lang)
    except AssistantUnavailable as reason:
        log.warning("assistant unavailable, answering with the keyword fallback: %s", reason)
        replies = fallback_reply(cleaned, lang)
    return session, replies


@chat.get("/chat")
def page():
    return render_template("chat/chat.html", session=None, sent=None, replies=[])


@chat.post("/chat")
def form_post():
    """The chat without JavaScript: a form post, answered with a page."""
    message = (request.form.get("message") or "").strip()[:MAX_MESSAGE]
    if not message:
        return render_template("chat/chat.html", session=request.form.get("session"), sent=None,
                               replies=[]), 400
    session, replies = converse(request.form.get("session"), message,
                                request.form.get("lang") or "en")
    return render_template("chat/chat.html", session=session, sent=message, replies=replies)


@chat.post("/chat/messages")
def messages():
    body = request.get_json(silent=True)
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
    session, replies = converse(session, message.strip(), lang)
    return jsonify({"session": session, "messages": replies})
