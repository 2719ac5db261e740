"""Replies in the person's language, from the gettext catalogs the website uses too."""
from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "es", "pt", "pl", "ro", "tr", "ar", "ur")


@lru_cache(maxsize=16)
def translator(translations_dir: Path, lang: str) -> Callable[[str], str]:
    lang = lang if lang in LANGUAGES else "en"
    catalog = gettext.translation("messages", localedir=str(translations_dir), languages=[lang],
                                  fallback=True)
    return catalog.gettext


def _(message: str) -> str:
    """Marks a message for extraction; it is translated when sent (see `translator`)."""
    return message
