from __future__ import annotations

import logging

from flask import current_app, jsonify, render_template, request
from flask_babel import force_locale, get_locale
from flask_babel import gettext as _

from directory import written_language
from signpost_common.commands import forget_command_languages
from signpost_common.languages import LANGUAGES

from ..errors import BadRequestInput
from . import chat
from .fallback import asks_to_forget, danger_first, fallback_reply
from .forget import forget_everywhere
from .redact import redact
from .relay import AssistantUnavailable, relay
from .replies import clean_reply, in_language, language_of
from .sessions import (
    is_known_session,
    is_session_id,
    is_valid_csrf_token,
    new_csrf_token,
    new_session_id,
    sender_id,
)
from .transcript import Transcript, add, dump, load, shown_for
from .view import render_transcript, render_turn

log = logging.getLogger(__name__)
MAX_MESSAGE = 1000


@chat.app_context_processor
def chat_csrf_token() -> dict:
    """Every chat form carries a signed token (web/chat/sessions.py); no cookie is needed.
    (Named apart from the editors' own `csrf_token`, which is tied to their session.)"""
    return {"chat_csrf_token": lambda: new_csrf_token(current_app.config["SECRET_KEY"])}


def reply_language(message: str, page_lang: str, written: str | None) -> str:
    """Replies come in the language the person writes in (`written`: `written_language` of
    the message), or else the page's. A command word alone ("msa7", "sil") is too short to
    detect: its own language says it, unless it is the English one, which people use whatever
    their language ("STOP" on a Polish page)."""
    languages = current_app.config["LANGUAGES"]
    commanded = [lang for lang in forget_command_languages(message) if lang in languages and lang != "en"]
    if commanded and page_lang not in commanded:
        return commanded[0]
    if written in LANGUAGES:
        return written
    return page_lang if page_lang in languages else "en"


def converse(session: str | None, message: str, page_lang: str) -> tuple[str, list[dict], str]:
    """One turn: relay to the assistant, or answer from the directory if it is down. Returns
    the session, the replies and the language they came in (each reply says its own).

    An id the server did not mint starts a new conversation. A deletion command deletes the
    conversation everywhere and starts a new one, with a new id. Danger comes first, always.
    """
    secret = current_app.config["SECRET_KEY"]
    fresh = not is_known_session(secret, session)
    session = new_session_id(secret) if fresh else session
    written = written_language(message)  # identified once, for the reply's language and the assistant
    lang = reply_language(message, page_lang, written)
    sender = sender_id(current_app.config["CHAT_HASH_KEY"], "web", session)
    if asks_to_forget(message):
        replies = forget_everywhere(relay(), sender, lang, "web")
        with force_locale(lang):
            done = clean_reply({"text": _("Done: this conversation has been deleted. "
                                          "If you write again, we start afresh."), "forgotten": True})
        forgotten = [{**r, "forgotten": True} for r in in_language(replies or [done], lang)]
        return new_session_id(secret), forgotten, language_of(forgotten, lang)
    cleaned = redact(message)
    try:
        # Sure when written in a language we answer in.
        replies = relay().send(sender, cleaned, lang, sure=written in LANGUAGES, written=written)
    except AssistantUnavailable as reason:
        log.warning("assistant unavailable, answering with the directory's decision: %s", reason)
        replies = fallback_reply(cleaned, lang, first=fresh)
    replies = danger_first(cleaned, replies, lang)
    return session, replies, language_of(replies, lang)


def chat_page(transcript: Transcript, status: int = 200, notice: list[dict] | None = None):
    page_lang = str(get_locale() or "en")
    turns = render_transcript(transcript.turns, page_lang)
    if notice:
        turns = [*turns, ("", render_turn(notice, page_lang, page_lang))]
    return render_template("chat/chat.html", session=transcript.session, turns=turns,
                  transcript=dump(transcript) if transcript.turns else None), status


def could_not_send() -> list[dict]:
    return [clean_reply({"text": _("Could not send. If you are in danger, call 999."), "call": "999"})]


@chat.get("/chat")
def page():
    return chat_page(Transcript())


def csrf_ok(token: object) -> bool:
    return is_valid_csrf_token(current_app.config["SECRET_KEY"], token)


@chat.post("/chat")
def form_post():
    """The chat without JavaScript: a form post, answered with the whole conversation so far,
    which comes back in the form (signed, web/chat/transcript.py); the server keeps none."""
    session = request.form.get("session") or None
    transcript = load(request.form.get("transcript"), session)
    if not csrf_ok(request.form.get("csrf")):
        # An old page or another site's form: the page again (with a fresh token), never a reply.
        return chat_page(transcript, 400, could_not_send())
    # A reply's button sends its payload as `choice`; typed words come as `message`.
    message = (request.form.get("choice") or request.form.get("message") or "").strip()[:MAX_MESSAGE]
    if not message:
        return chat_page(transcript, 400)
    page_lang = request.form.get("lang") or "en"
    session, replies, lang = converse(session, message, page_lang)
    transcript = add(transcript, session, shown_for(transcript, message), lang, replies)
    return chat_page(transcript)


@chat.post("/chat/messages")
def messages():
    body = request.get_json(silent=True)  # nested too deep: a 400 from web/errors.py
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
    lang = lang if lang in current_app.config["LANGUAGES"] else "en"  # a page in no language of ours
    secret = current_app.config["SECRET_KEY"]
    if not csrf_ok(body.get("csrf")):
        # Said to the person too (the page shows `messages`), with a fresh token to send again.
        notice = could_not_send()
        return jsonify({"status": 400, "error": "'csrf' must be the token from the chat page.",
                        "messages": notice, "html": render_turn(notice, lang, lang),
                        "csrf": new_csrf_token(secret)}), 400
    session, replies, replied_in = converse(session, message.strip(), lang)
    # The same HTML as the page without JavaScript, so chat.js makes no links of its own.
    html = render_turn(replies, replied_in, lang)
    return jsonify({"session": session, "messages": replies, "html": html,
                    "csrf": new_csrf_token(secret)})
