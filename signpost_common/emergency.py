"""Danger first: the emergency lines, what is said about them, and the 24-hour helpline.

Every sentence is marked with `_` for extraction into the shared gettext catalogs (babel.cfg)
and translated by the channel that sends it, in the person's language.
"""
from __future__ import annotations

from collections.abc import Callable

from . import _
from .facts import facts

EMERGENCY_LINE_ID: str = facts()["emergency_line"]["id"]
EMERGENCY_NUMBER: str = facts()["emergency_line"]["phone"]
IN_DANGER = _("If you are in danger now, call 999.")
# What to say for each piece of advice the signposting decision gives, in the order said.
ADVICE = {
    "call_999": IN_DANGER,
    "medical": _("If you have taken something or hurt yourself, call 999 or go to A&E now. "
                 "Samaritans will listen any time, day or night."),
    # Silent Solution: a 999 call from a mobile where the caller cannot speak.
    "silent_solution": _("If you can't speak on a mobile: call 999, listen, cough or tap, then "
                         "press 55 when you are asked."),
    "emergency_sms": _("If you are Deaf or can't speak, you can text 999 once you have "
                       "registered for emergencySMS: text the word register to 999."),
}
# Said when danger is clear but nothing more is known: 999 and how to reach it without speaking.
DEFAULT_ADVICE = ("call_999", "silent_solution", "emergency_sms")

NATIONAL_HELPLINE_ID: str = facts()["national_helpline"]["id"]
NATIONAL_HELPLINE_PHONE: str = facts()["national_helpline"]["phone"]


def emergency_messages(translate: Callable[[str], str], advice: tuple[str, ...] = DEFAULT_ADVICE
                       ) -> list[dict]:
    """Danger first and said once: 999 (with a call button), then what fits: medical help
    after an overdose or self-harm, or how to reach 999 without speaking. Each message names
    its `advice`, so a channel short of room (a text) can order them."""
    messages = [{"text": translate(IN_DANGER), "danger": True, "call": EMERGENCY_NUMBER,
                 "advice": "call_999"}]
    messages += [{"text": translate(ADVICE[name]), "danger": True, "advice": name}
                 for name in ADVICE if name != "call_999" and name in advice]
    return messages
