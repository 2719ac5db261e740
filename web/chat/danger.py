"""Whether a message says the person is in danger now, by the directory's own understanding.

Used where a rule would otherwise stop a message from being answered (the SMS rate limit):
danger overrides it.
"""
from __future__ import annotations

from directory.search.understanding import understand

from ..directory_handle import directory


def says_danger(text: str) -> bool:
    _terms, lexicon = directory().search.vocabulary()
    return understand(text[:500], lexicon).in_danger
