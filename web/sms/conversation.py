"""One inbound text to the replies it gets: keywords first, then the assistant."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from directory.signposting.language import detect_language

from ..chat.fallback import fallback_reply
from ..chat.redact import redact
from ..chat.relay import AssistantUnavailable
from ..chat.replies import as_text, site_url
from ..chat.routes import relay
from ..chat.sessions import sender_id

STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"}
START_WORDS = {"START", "YES", "UNSTOP"}
HELP_WORDS = {"HELP", "MENU", "INFO"}
DELETE_WORDS = {"DELETE", "BORRAR", "APAGAR", "USUN", "USUŃ", "STERGE", "ȘTERGE", "SIL"}
LANGUAGE_CODES = {"EN", "ES", "PT", "PL", "RO", "TR", "AR", "UR"}
# Numbered menus for basic phones: a number stands for what the person would have said, as
# an intent for the assistant and in words for the fallback when the assistant is down.
MENU = {"1": ("/immediate_danger", "I am in danger now"), "2": ("/domestic_abuse", "domestic abuse"),
        "3": ("/sexual_violence", "rape sexual assault"), "4": ("/friend_family", "friends family"),
        "5": ("/ask_human", "helpline")}
FORGET = "/forget"


@dataclass
class Inbound:
    number: str
    text: str


@dataclass
class Contact:
    """What we know of a texter before this message: nothing, for a first contact."""

    lang: str | None = None
    opted_out: bool = False
    known: bool = False


@dataclass
class Outcome:
    replies: list[str]
    lang: str | None = None         # a language the texter chose
    opted_out: bool | None = None   # a change of opt-out


def answer(contact: Contact, inbound: Inbound) -> Outcome:
    """The texts to send back (none when opted out), and what to remember about the texter."""
    keyword = inbound.text.strip().upper().rstrip(".!")
    lang = contact.lang
    if contact.opted_out:
        if keyword in START_WORDS:
            return Outcome(_say(lang, welcome_back) + _say(lang, menu), opted_out=False)
        return Outcome([])
    if keyword in STOP_WORDS:
        _relay(inbound, FORGET, lang or "en")
        return Outcome(_say(lang, opted_out), opted_out=True)
    if keyword in LANGUAGE_CODES:
        lang = keyword.lower()
        return Outcome(_say(lang, menu), lang=lang)

    lang = lang or detect_language(inbound.text) or "en"
    if keyword in HELP_WORDS:
        replies = _say(lang, menu)
    elif keyword in DELETE_WORDS:
        replies = _relay(inbound, FORGET, lang) or _say(lang, deleted)
    else:
        intent, words = MENU.get(keyword, (None, None))
        cleaned = redact(inbound.text)
        replies = _relay(inbound, intent or cleaned, lang)
        if replies is None:
            with force_locale(lang):
                replies = texts(fallback_reply(words or cleaned, lang, first=False))
    if not contact.known:
        replies = _say(lang, first_notice) + replies
    return Outcome(replies)


def _relay(inbound: Inbound, message: str, lang: str) -> list[str] | None:
    try:
        replies = relay().send(sender_id(current_app.config["SECRET_KEY"], "sms", inbound.number),
                               message, lang, channel="sms")
    except AssistantUnavailable:
        return None
    with force_locale(lang):
        return texts(replies)


def texts(replies: list[dict]) -> list[str]:
    """Structured replies as text messages: full addresses (SIGNPOST_SITE_URL) or none."""
    base_url = site_url()
    return [text for text in (as_text(reply, base_url) for reply in replies) if text]


def _say(lang: str | None, make) -> list[str]:
    with force_locale(lang or "en"):
        return make()


def first_notice() -> list[str]:
    return [_("Signpost: if you are in danger now, call 999. Texts stay on your phone, so delete "
              "them after reading if someone may look. Text DELETE to erase this chat, MENU for "
              "options.")]


def menu() -> list[str]:
    return [_("Reply with a number: 1 In danger now. 2 Someone hurts or controls me. 3 Rape or "
              "sexual assault. 4 Worried about someone. 5 Talk to a person. Or describe what is "
              "happening. Languages: EN ES PT PL RO TR AR UR.")]


def opted_out() -> list[str]:
    return [_("You will get no more texts from us. Text START to use this service again. "
              "If you are in danger, call 999.")]


def welcome_back() -> list[str]:
    return [_("Welcome back. If you are in danger now, call 999.")]


def deleted() -> list[str]:
    return [_("This chat has been deleted. Delete the texts on your phone too if someone may look.")]
