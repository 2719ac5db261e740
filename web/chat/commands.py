"""The commands that delete a conversation, and what counts as one.

Deleting happens only on a command standing on its own: the word alone (STOP, DELETE or the
same word in a site language), or the chat's delete button. A sentence that merely contains
"stop" ("I want it all to stop") is a message like any other and gets help: danger first.
The assistant keeps the same list (bot/actions/commands.py).
"""
from __future__ import annotations

import re

FORGET_PAYLOAD = "/forget"
_FORGET_WORDS = (
    "stop|delete|"
    "borrar|eliminar|"          # es
    "apagar|excluir|"           # pt
    "usun|usuń|"                # pl
    "sterge|șterge|şterge|"     # ro (comma and cedilla forms of ș)
    "sil|"                      # tr
    "حذف|امسح|توقف|"            # ar
    "ختم|روکو|ڈیلیٹ"            # ur
)
_FORGET_COMMAND = re.compile(rf"^\s*(?:{_FORGET_WORDS})\s*[.!]*\s*$", re.IGNORECASE)


def is_forget_command(message: str) -> bool:
    return message.strip() == FORGET_PAYLOAD or bool(_FORGET_COMMAND.match(message))
