"""The commands that delete a conversation, and what counts as one.

Deleting happens only on a command standing on its own: the word alone (STOP, DELETE or the
same word in a site language), or the chat's delete button. A sentence that merely contains
"stop" ("I want it all to stop") is a message like any other and gets help: danger first.
"""
from __future__ import annotations

import re

from .facts import facts

FORGET_PAYLOAD = "/forget"
FORGET_WORDS: tuple[str, ...] = tuple(word for words in facts()["forget_words"].values() for word in words)
_FORGET_COMMAND = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, FORGET_WORDS))})\s*[.!]*\s*$",
                             re.IGNORECASE)


def is_forget_command(message: str) -> bool:
    return message.strip() == FORGET_PAYLOAD or bool(_FORGET_COMMAND.match(message))
