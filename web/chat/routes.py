from __future__ import annotations

import logging

from flask import current_app, jsonify, render_template, request
from flask_babel import get_locale

from directory.signposting.language import detect_language

from ..errors import BadRequestInput
from . import chat
from .fallback import danger_first, fallback_reply
from .redact import redact
from .relay import AssistantUnavailable, RasaRelay
from .sessions import is_session_id, new_session_id, sender_id
from .transcript import Transcript, add, dump, load, shown_for
from .view import render_transcript, render_turn

log = logging.getLogger(__name__)
MAX_MESSAGE = 1000


def relay() -> RasaRelay:
    if "chat_relay" not in current_app.extensions:
        current_app.extensions["chat_relay"] = RasaRelay(current_app.config["RASA_URL"],
                                                         current_app.config["RASA_TIMEOUT"])
    return current_app.extensions["chat_relay"]


def reply_language(message: str, page_lang: str) -> str:
    """Replies come in the language the person writes in, or else the page's."""
    languages = current_app.config["LANGUAGES"]
    return detect_language(message) or (page_lang if page_lang in languages else "en")


def converse(session: str | None, message: str, page_lang: str) -> tuple[str, list[dict]]:
    """One turn: relay to the assistant, or answer from the directory if it is down."""
    fresh = not is_session_id(session)
    session = session if is_session_id(session) else new_session_id()
    lang = reply_language(message, page_lang)
    cleaned = redact(message)
    try:
        replies = relay().send(sender_id(current_app.config["SECRET_KEY"], "web", session),
                               cleaned, lang)
    except AssistantUnavailable as reason:
        log.warning("assistant unavailable, answering with the directory's decision: %s", reason)
        replies = fallback_reply(cleaned, lang, first=fresh)
    return session, danger_first(cleaned, replies, lang)


def chat_page(transcript: Transcript, status: int = 200):
    page_lang = str(get_locale() or "en")
    return render_template(
        "chat/chat.html", session=transcript.session,
        turns=render_transcript(transcript.turns, page_lang),
        transcript=dump(transcript) if transcript.turns else None), status


@chat.get("/chat")
def page():
    return chat_page(Transcript())


@chat.post("/chat")
def form_post():
    """The chat without JavaScript: a form post, answered with the whole conversation so far,
    which comes back in the form (signed, web/chat/transcript.py); the server keeps none."""
    session = request.form.get("session") or None
    transcript = load(request.form.get("transcript"), session)
    # A reply's button sends its payload as `choice`; typed words come as `message`.
    message = (request.form.get("choice") or request.form.get("message") or "").strip()[:MAX_MESSAGE]
    if not message:
        return chat_page(transcript, 400)
    page_lang = request.form.get("lang") or "en"
    session, replies = converse(session, message, page_lang)
    transcript = add(transcript, session, shown_for(transcript, message),
                     reply_language(message, page_lang), replies)
    return chat_page(transcript)


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
    # The same HTML as the page without JavaScript, so chat.js makes no links of its own.
    html = render_turn(replies, reply_language(message.strip(), lang), lang)
    return jsonify({"session": session, "messages": replies, "html": html})
