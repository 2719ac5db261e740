"""Replies in the person's language, from the gettext catalogs the website uses too."""
from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from signpost_common import _  # noqa: F401 (re-exported: the marker for extraction)
from signpost_common.languages import supported


@lru_cache(maxsize=16)
def translator(translations_dir: Path, lang: str) -> Callable[[str], str]:
    catalog = gettext.translation("messages", localedir=str(translations_dir), languages=[supported(lang)],
                                  fallback=True)
    return catalog.gettext
