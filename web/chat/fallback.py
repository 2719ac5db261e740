"""When the assistant is down, still answer: the directory's own signposting decision, with
helplines, never an error. And whatever the assistant says, danger comes first.

The decision reads the message itself (danger, who is asking, what is happening, where), so
the fallback is the same knowledge without the conversation. Its replies have the
assistant's structure (web/chat/replies.py), so they are shown the same way.
"""
from __future__ import annotations

from flask_babel import force_locale
from flask_babel import gettext as _

from directory import (
    REASONS,
    ServiceView,
    emergency_advice,
    get_services,
    signpost_message,
    understand,
)
from signpost_common.commands import is_delete_request, is_forget_command
from signpost_common.emergency import DEFAULT_ADVICE, IN_DANGER, emergency_messages
from signpost_common.pages import SEARCH

from ..directory_handle import directory
from .replies import clean_reply, in_language, language_of


def emergency_replies(advice: tuple[str, ...] = DEFAULT_ADVICE) -> list[dict]:
    """Danger first and said once, in the assistant's sentences (signpost_common.emergency)."""
    return emergency_messages(_, advice)


def asks_to_forget(text: str) -> bool:
    """Delete the conversation? On a command standing on its own (STOP, DELETE, a button), or
    on a short request that names what to delete ("please delete our chat"), unless the words
    show danger: danger comes first, deletion included. (Danger the words show: not the 999
    said to every message in a language we do not read, which "șterge tot" was taken for.)"""
    if is_forget_command(text):
        return True
    return is_delete_request(text) and not understand(text).in_danger


def danger_first(text: str, replies: list[dict], lang: str) -> list[dict]:
    """The assistant's replies, with 999 put first if the message shows danger and the
    assistant did not say so (whatever it thought the message was about), in the language the
    assistant answered in (`lang` when it did not say)."""
    if any(reply.get("danger") for reply in replies):
        return replies
    advice = emergency_advice(understand(text))
    if not advice:
        return replies
    lang = language_of(replies, lang)
    with force_locale(lang):
        return in_language([r for r in map(clean_reply, emergency_replies(advice)) if r], lang) + replies


def fallback_reply(text: str, lang: str, first: bool = True) -> list[dict]:
    """The answer without the assistant. 999 is said in danger, and once at the end of a
    conversation's first reply; later replies leave it to the chat page's own line."""
    handle = directory()
    with force_locale(lang), handle.session_factory() as session:  # closed at once: holds no lock
        decided = signpost_message(session, handle.search, text[:1000])
        chosen = get_services(session, [c.service_id for c in decided.services])
        reasons = {c.service_id: _(REASONS[c.reason]) for c in decided.services}
        services = [service_structure(s, reasons.get(s.id)) for s in chosen]
        messages = emergency_replies(decided.emergency) if decided.emergency else []
        messages += [
            {"text": _("Our assistant is not available right now, but these services can help:"),
             "services": [s for s in services if s["phones"]]},
            {"text": _("Or search for services:"), "link": {"path": SEARCH, "kind": "search"}},
        ]
        if first and not decided.emergency:
            messages.append({"text": _(IN_DANGER)})
        return in_language([reply for reply in map(clean_reply, messages) if reply], lang)


def service_structure(service: ServiceView, reason: str | None = None) -> dict:
    """A directory service as the assistant's actions describe one (bot/actions/replies.py)."""
    return {"id": service.id, "name": service.name,
            "phones": [{"number": n.number, "type": n.kind} for n in service.contact_numbers],
            "url": None, "hours": None, "reason": reason}
