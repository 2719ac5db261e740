"""Whether a message says the person is in danger now, by the directory's signposting decision
(the same reading the chat's danger-first rule and the assistant use).

Used where a rule would otherwise stop a message from being answered (the SMS rate limit, an
opt-out): danger overrides it.
"""
from __future__ import annotations

from directory import understand


def says_danger(text: str) -> bool:
    return understand(text[:1000]).in_danger
