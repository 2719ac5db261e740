"""One inbound text to the replies it gets: keywords first, then the assistant."""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from directory import get_services, stable_id, written_language
from signpost_common.emergency import NATIONAL_HELPLINE_ID
from signpost_common.intents import payload
from signpost_common.languages import LANGUAGES

from ..chat.fallback import (
    asks_to_forget,
    danger_first,
    emergency_replies,
    fallback_reply,
    service_structure,
)
from ..chat.forget import forget_everywhere
from ..chat.redact import redact
from ..chat.relay import AssistantUnavailable, relay
from ..chat.replies import as_text, clean_reply, site_url
from ..chat.sessions import sender_id
from ..directory_handle import directory

# The first line to offer when nothing else is known: 24 hours, free, verified.
DEFAULT_SERVICE_KEYS = (NATIONAL_HELPLINE_ID,)
STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"}
START_WORDS = {"START", "YES", "UNSTOP"}
HELP_WORDS = {"HELP", "MENU", "INFO"}
LANGUAGE_CODES = {code.upper() for code in LANGUAGES}
# Numbered menus for basic phones: a number stands for what the person would have said, as
# an intent for the assistant and in words for the fallback when the assistant is down.
MENU = {"1": (payload("immediate_danger"), "I am in danger now"),
        "2": (payload("domestic_abuse"), "domestic abuse"),
        "3": (payload("sexual_violence"), "rape sexual assault"),
        "4": (payload("friend_family"), "friends family"), "5": (payload("ask_human"), "helpline")}


@dataclass
class Inbound:
    number: str
    text: str
    in_danger: bool = False  # says the person is in danger now: answered whatever else holds


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
    forget: bool = False            # the conversation was deleted: the site forgets it too


def answer(contact: Contact, inbound: Inbound) -> Outcome:
    """The texts to send back (none when opted out), and what to remember about the texter."""
    keyword = inbound.text.strip().upper().rstrip(".!")
    lang = contact.lang
    if contact.opted_out:
        if keyword in START_WORDS:
            return Outcome(_say(lang, welcome_back) + _say(lang, menu), opted_out=False)
        if inbound.in_danger:  # danger first: how to get help now, and nothing else
            return Outcome(_say(lang, emergency_lines))
        return Outcome([])
    if keyword in STOP_WORDS:
        _forget(inbound, lang or "en")
        # Says what it did: the conversation is gone, and no more texts will come.
        return Outcome(_say(lang, deleted) + _say(lang, opted_out), opted_out=True, forget=True)
    if keyword in LANGUAGE_CODES:
        lang = keyword.lower()
        return Outcome(_say(lang, menu), lang=lang)

    written = written_language(inbound.text)
    detected = written if written in LANGUAGES else None  # what detect_language would say
    sure = bool(lang or detected)  # else the assistant keeps the conversation's language
    lang = lang or detected or "en"
    if keyword in HELP_WORDS:
        replies = _say(lang, menu)
    elif asks_to_forget(inbound.text):
        # The word on its own, or a short request naming what; "stop" inside a sentence, or a
        # request with danger in it, is answered (danger first).
        _forget(inbound, lang)
        return Outcome(_say(lang, deleted), forget=True)
    else:
        intent, words = MENU.get(keyword, (None, None))
        cleaned = redact(inbound.text)
        replies = _relay(inbound, intent or cleaned, lang, sure, written)
        if replies is None:
            with force_locale(lang):
                # A text has no page that keeps 999 in view: every fallback answer says it.
                replies = texts(numbers_before_talk(fallback_reply(words or cleaned, lang, first=True)))
    if not contact.known:
        # Danger first, even before the first notice (which fits in only if there is room).
        notice = _say(lang, first_notice)
        replies = replies + notice if inbound.in_danger else notice + replies
    return Outcome(replies)


def last_before_limit(contact: Contact) -> list[str]:
    """The one text a texter gets on reaching the rate limit: never silence without help."""
    lang = contact.lang or "en"
    with force_locale(lang), directory().session_factory() as session:
        services = get_services(session, [stable_id("service", k) for k in DEFAULT_SERVICE_KEYS])
        helplines = texts([clean_reply({"text": "", "services": [service_structure(s) for s in services]})])
        return [_("You have sent a lot of messages, so we will not reply for a few minutes."),
                emergency_lines()[0], *helplines]


def _assistant_sender(inbound: Inbound) -> str:
    return sender_id(current_app.config["SMS_HASH_KEY"], "sms", inbound.number)


def _forget(inbound: Inbound, lang: str) -> None:
    forget_everywhere(relay(), _assistant_sender(inbound), lang, "sms")


def _relay(inbound: Inbound, message: str, lang: str, sure: bool = True,
           written: str | None = None) -> list[str] | None:
    try:
        replies = relay().send(_assistant_sender(inbound), message, lang, channel="sms", sure=sure,
                               written=written)
    except AssistantUnavailable:
        return None
    with force_locale(lang):
        return texts(numbers_before_talk(danger_first(message, replies, lang)))


def numbers_before_talk(replies: list[dict]) -> list[dict]:
    """999 first, then the services with their numbers, then the rest: a text reply has room
    for three messages, and in Urdu or Arabic the danger advice alone fills two, so what came
    after it was lost (the Samaritans number, to someone who had cut herself; danger batteries
    through the real SMS path, 2026-12-06). Beside advice after self-harm, the numbers
    (Samaritans) also come before how to reach 999 without speaking: in Urdu, 999, A&E, the
    Silent Solution and emergencySMS filled all five texts of a reply in danger."""
    after_self_harm = any(r and r.get("advice") == "medical" for r in replies)

    def rank(reply: dict) -> int:
        if reply.get("danger"):
            later = after_self_harm and reply.get("advice") in ("silent_solution", "emergency_sms")
            return 2 if later else 0
        return 1 if reply.get("services") else 3
    return sorted((r for r in replies if r), key=rank)


def texts(replies: list[dict | None]) -> list[str]:
    """Structured replies as text messages: full addresses (SIGNPOST_SITE_URL) or none."""
    base_url = site_url()
    return [text for text in (as_text(reply, base_url) for reply in replies if reply) if text]


def emergency_lines() -> list[str]:
    """999 first, then how to reach it without speaking (the chat's sentences, as texts)."""
    return texts([clean_reply(reply) for reply in emergency_replies()])


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
