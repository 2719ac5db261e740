"""The assistant's replies as structure, and how each channel shows them.

A reply's text never has to be searched for numbers or addresses: services (name, phones
with their type, hours), a page of the site, and a number to call travel as data
(bot/actions/replies.py). The site makes the links from that data: tel: and sms: links
with each number in <bdi> on the web, and for SMS plain text with full addresses built from
SIGNPOST_SITE_URL, or no address at all when it is not set.
"""
from __future__ import annotations

import re
from typing import Any

from flask import current_app, url_for
from flask_babel import gettext as _
from markupsafe import Markup, escape

from signpost_common.emergency import ADVICE
from signpost_common.languages import LANGUAGES

from ..i18n import chosen_language

MAX_TEXT = 2000
LINK_KINDS = ("guidance", "search")
# How a person uses each HSDS phone type from a phone (fax is no use to them).
PHONE_SCHEMES = {"voice": "tel", "textphone": "tel", "video": "tel", "text": "sms"}
_NUMBER = re.compile(r"^\+?[0-9][0-9 ]{1,19}$")
_SITE_PATH = re.compile(r"^/[A-Za-z0-9_/.-]*(#[A-Za-z0-9_-]+)?$")


def clean_reply(raw: Any) -> dict | None:
    """One message from the assistant (or the fallback) in the one shape every channel reads.

    Anything malformed is dropped rather than shown: a number that is not a number, a link
    that leaves the site, a field of the wrong type.
    """
    if not isinstance(raw, dict):
        return None
    reply = {
        "text": _string(raw.get("text"))[:MAX_TEXT],
        "buttons": [{"title": _string(b.get("title")), "payload": _string(b.get("payload"))}
                    for b in _dicts(raw.get("buttons")) if b.get("title") and b.get("payload")],
        "services": [s for s in map(_clean_service, _dicts(raw.get("services"))) if s],
        "link": _clean_link(raw.get("link")),
        "danger": raw.get("danger") is True,
        "call": raw.get("call") if _is_number(raw.get("call")) else None,
        "forgotten": raw.get("forgotten") is True,
        "advice": raw.get("advice") if raw.get("advice") in ADVICE else None,
        # The language the reply is in, when the assistant says (bot/actions/actions.send).
        "lang": raw.get("lang") if raw.get("lang") in LANGUAGES else None,
    }
    if not (reply["text"] or reply["buttons"] or reply["services"] or reply["link"]):
        return None
    return reply


def in_language(replies: list[dict], lang: str) -> list[dict]:
    """`replies` made in `lang`, each saying so (as the assistant's own do)."""
    return [{**reply, "lang": reply.get("lang") or lang} for reply in replies]


def language_of(replies: list[dict], default: str) -> str:
    """The language a turn's replies came in: the first that says, else `default`."""
    return next((reply["lang"] for reply in replies if reply.get("lang")), default)


def from_rasa(messages: list) -> list[dict]:
    """The REST channel's messages: our structure arrives as `custom`, plain text as `text`."""
    replies = []
    for message in messages:
        if not isinstance(message, dict):
            continue
        reply = clean_reply(message["custom"] if isinstance(message.get("custom"), dict)
                            else {"text": message.get("text"), "buttons": message.get("buttons")})
        if reply:
            replies.append(reply)
    return replies


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _dicts(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _is_number(value: Any) -> bool:
    return isinstance(value, str) and bool(_NUMBER.match(value))


def _clean_service(raw: dict) -> dict | None:
    name = _string(raw.get("name"))[:200]
    phones = [{"number": p["number"], "type": p.get("type")}
              for p in _dicts(raw.get("phones"))
              if _is_number(p.get("number")) and p.get("type") in PHONE_SCHEMES]
    url = _string(raw.get("url"))
    url = url if url.lower().startswith(("https://", "http://")) and len(url) < 300 else None
    service_id = _string(raw.get("id"))
    service_id = service_id if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", service_id) else None
    # With no way to reach it, a service is only worth naming when its page can be linked.
    if not name or not (phones or url or service_id):
        return None
    return {"id": service_id,
            "name": name, "phones": phones, "url": url,
            "hours": raw.get("hours") if raw.get("hours") in ("always", "open", "closed") else None,
            "reason": _string(raw.get("reason"))[:160] or None}


def _clean_link(raw: Any) -> dict | None:
    if not isinstance(raw, dict) or raw.get("kind") not in LINK_KINDS:
        return None
    path = _string(raw.get("path"))
    if not _SITE_PATH.match(path) or path.startswith("//") or ".." in path:
        return None
    return {"path": path, "kind": raw["kind"]}


# Labels, in the language of the reply (callers choose it with force_locale).

def hours_label(hours: str | None) -> str | None:
    return {"always": _("open 24 hours"), "open": _("open now"), "closed": _("closed now")}.get(hours)


def link_label(kind: str) -> str:
    return _("Search for services") if kind == "search" else _("Read our guidance on this")


def phone_wording(kind: str) -> str:
    return {"text": _("Text %(number)s"), "textphone": _("Textphone %(number)s"),
            "video": _("Video call %(number)s")}.get(kind) or _("Call %(number)s")


def phone_label(kind: str, number: str) -> Markup:
    """'Call 0808 2000 247' for a link, with the number kept left to right in any language."""
    return escape(phone_wording(kind)) % {"number": Markup("<bdi>%s</bdi>") % number}


# The web: what the templates show, with every link made here.

def dial_href(kind: str, number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f"{PHONE_SCHEMES.get(kind, 'tel')}:{digits}"


def for_page(reply: dict) -> dict:
    """A reply as the chat template shows it."""
    link = reply.get("link")
    return {
        "lines": reply.get("text", "").split("\n") if reply.get("text") else [],
        "danger": reply.get("danger", False),
        "call": {"href": dial_href("voice", reply["call"]),
                 "label": phone_label("voice", reply["call"])} if reply.get("call") else None,
        "services": [{
            "name": service["name"],
            "page": url_for("public.service", service_id=service["id"]) if service.get("id") else None,
            "phones": [{"href": dial_href(p["type"], p["number"]),
                        "label": phone_label(p["type"], p["number"])}
                       for p in service["phones"]],
            "website": service["url"] if not service["phones"] else None,
            "hours": hours_label(service.get("hours")),
            "reason": service.get("reason"),
            "contactless": not (service["phones"] or service["url"]),
        } for service in reply.get("services", [])],
        "link": {"href": site_link(link["path"]), "label": link_label(link["kind"])} if link else None,
        "buttons": reply.get("buttons", []),
    }


def site_link(path: str) -> str:
    """A path of the site's, in the language the page was chosen in (as every link is)."""
    lang = chosen_language()
    path, _hash, fragment = path.partition("#")
    return path + (f"?lang={lang}" if lang else "") + (f"#{fragment}" if fragment else "")


# SMS: plain text, with full addresses or none.

def site_url() -> str:
    return (current_app.config.get("SITE_URL") or "").rstrip("/")


def as_text(reply: dict, base_url: str) -> str:
    """A reply as a text message. A path alone is no use on a phone: without the site's full
    address, a message that only points to a page is left out."""
    text, link = reply.get("text", ""), reply.get("link")
    if link and base_url:
        text = f"{text} {base_url}{link['path']}".strip()
    elif link and not reply.get("services"):
        return ""
    services = reply.get("services", [])
    reachable = []
    for service in services:
        contact = ", ".join(p["number"] if p["type"] == "voice"
                            else phone_wording(p["type"]) % {"number": p["number"]}
                            for p in service["phones"]) or service["url"] or ""
        if not contact:
            continue  # a name alone is no help in a text: its page is what the web links to
        hours = hours_label(service.get("hours"))
        reachable.append(f"{service['name']}: {contact}" + (f" ({hours})" if hours else ""))
    if services and not reachable and not link:
        return ""  # a heading over names that cannot be reached by text says nothing
    return "\n".join(([text] if text else []) + reachable)
