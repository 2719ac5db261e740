"""When the assistant is down, still answer: helplines from the directory, never an error.

The directory's own search reads the message (it understands plain English, typos and
danger), so the fallback is the same knowledge without the conversation. Its replies have
the assistant's structure (web/chat/replies.py), so they are shown the same way.
"""
from __future__ import annotations

from flask_babel import force_locale
from flask_babel import gettext as _

from directory import catalogue
from directory.models import stable_id
from directory.search import SearchRequest

from ..directory_handle import directory
from ..public.service_details import contact_numbers
from .replies import clean_reply

# The first line to offer when nothing else is known: 24 hours, free, verified.
DEFAULT_SERVICE_KEYS = ("national-domestic-abuse-helpline",)


def emergency_replies() -> list[dict]:
    """Danger first and said once, then how to reach 999 without speaking."""
    return [
        {"text": _("If you are in danger now, call 999."), "danger": True, "call": "999"},
        {"text": _("If you can't speak on a mobile: call 999, listen, cough or tap, "
                   "then press 55 when you are asked."), "danger": True},
        {"text": _("If you are Deaf or can't speak, you can text 999 once you have registered "
                   "for emergencySMS: text the word register to 999."), "danger": True},
    ]


def fallback_reply(text: str, lang: str, first: bool = True) -> list[dict]:
    """The answer without the assistant. 999 is said in danger, and once at the end of a
    conversation's first reply; later replies leave it to the chat page's own line."""
    with force_locale(lang):
        result = directory().search.search(SearchRequest(text=text[:200], limit=3))
        if result.in_danger:
            messages = emergency_replies()
        else:
            ids = result.service_ids if (result.concepts and result.service_ids) else \
                [stable_id("service", key) for key in DEFAULT_SERVICE_KEYS]
            with directory().session_factory() as session:  # closed at once: never holds a lock
                services = [service_structure(s) for s in catalogue.get_services(session, ids)]
            messages = [
                {"text": _("Our assistant is not available right now, but these services can help:"),
                 "services": [s for s in services if s["phones"]]},
                {"text": _("Or search for services:"), "link": {"path": "/search", "kind": "search"}},
            ]
            if first:
                messages.append({"text": _("If you are in danger now, call 999.")})
    return [reply for reply in map(clean_reply, messages) if reply]


def service_structure(service) -> dict:
    """A directory service as the assistant's actions describe one (bot/actions/replies.py)."""
    return {"id": service.id, "name": service.name,
            "phones": [{"number": n.number, "type": n.kind} for n in contact_numbers(service)],
            "url": None, "hours": None}
