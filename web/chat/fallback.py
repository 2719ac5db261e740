"""When the assistant is down, still answer: helplines from the directory, never an error.

The directory's own search reads the message (it understands plain English, typos and
danger), so the fallback is the same knowledge without the conversation.
"""
from __future__ import annotations

from flask import url_for
from flask_babel import force_locale
from flask_babel import gettext as _

from directory import catalogue
from directory.models import stable_id
from directory.search import SearchRequest

from ..directory_handle import directory

# The first line to offer when nothing else is known: 24 hours, free, verified.
DEFAULT_SERVICE_KEYS = ("national-domestic-abuse-helpline",)


def emergency_lines() -> list[str]:
    return [
        _("If you are in danger now, call 999."),
        _("If you can't speak on a mobile: call 999, listen, cough or tap, "
          "then press 55 when you are asked."),
        _("If you are Deaf or can't speak, you can text 999 once you have registered "
          "for emergencySMS: text the word register to 999."),
    ]


def fallback_reply(text: str, lang: str) -> list[dict]:
    with force_locale(lang):
        result = directory().search.search(SearchRequest(text=text[:200], limit=3))
        if result.in_danger:
            return [{"text": line, "buttons": []} for line in emergency_lines()]
        ids = result.service_ids if (result.concepts and result.service_ids) else \
            [stable_id("service", key) for key in DEFAULT_SERVICE_KEYS]
        with directory().session_factory() as session:  # closed at once: never holds a lock
            services = catalogue.get_services(session, ids)
        lines = [service_line(s) for s in services if s.phones]
        return [
            {"text": _("Our assistant is not available right now, but these services can help:"),
             "buttons": []},
            {"text": "\n".join(lines), "buttons": []},
            {"text": _("You can also search for services here: %(url)s",
                       url=url_for("public.search", _external=False)), "buttons": []},
            {"text": emergency_lines()[0], "buttons": []},
        ]


def service_line(service) -> str:
    numbers = ", ".join(p.number for p in service.phones)
    return f"{service.name}: {numbers}"
