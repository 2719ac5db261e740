"""The languages the site and the assistant answer in, each named in itself, with its direction."""
from __future__ import annotations

from .facts import facts

LANGUAGES: tuple[str, ...] = tuple(lang["code"] for lang in facts()["languages"])
# Each language named in itself, so a person can find theirs whatever the page is in.
LANGUAGE_NAMES: dict[str, str] = {lang["code"]: lang["name"] for lang in facts()["languages"]}
RIGHT_TO_LEFT: frozenset[str] = frozenset(
    lang["code"] for lang in facts()["languages"] if lang["dir"] == "rtl")
DEFAULT_LANGUAGE = "en"
URDU = "ur"
# Languages we do not answer in whose romanised writing shares most everyday words with Roman
# Urdu ("mera", "hai"): told apart by a word only they use ("pati", "mainu"). A conversation that
# showed one of them is not answered in Urdu because a later message lacks such a word.
WRITTEN_LIKE_URDU: tuple[str, ...] = ("hi", "pa")


def direction(lang: str | None) -> str:
    """"rtl" or "ltr" for a page or message in `lang`."""
    return "rtl" if lang in RIGHT_TO_LEFT else "ltr"


def supported(lang: str | None) -> str:
    """`lang` when we answer in it, else English."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
