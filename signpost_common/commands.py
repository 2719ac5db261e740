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


def forget_command_languages(message: str) -> tuple[str, ...]:
    """The languages whose command word the message is ("msa7": Arabic), so that saying what
    was done can be in the language the person used; () for the button or no command."""
    said = message.strip().rstrip(".!").strip().casefold()
    return tuple(lang for lang, words in facts()["forget_words"].items()
                 if said in (w.casefold() for w in words))


def _words(*keys: str) -> str:
    found = {word for key in keys for word in facts()["delete_requests"][key]}
    return "|".join(re.escape(word) for word in sorted(found, key=len, reverse=True))


_EDGE_BEFORE, _EDGE_AFTER = r"(?<![\w\u0900-\u0DFF])", r"(?![\w\u0900-\u0DFF])"
_POLITE = rf"(?:(?:{_words('polite')})[\s,]*)*"
_VERB_FIRST = re.compile(
    rf"^\s*{_POLITE}{_EDGE_BEFORE}(?:{_words('verbs', 'verbs_last')}){_EDGE_AFTER}", re.IGNORECASE)
_VERB_LAST = re.compile(
    rf"{_EDGE_BEFORE}(?:{_words('verbs_last')}){_EDGE_AFTER}[\s,]*{_POLITE}[\s.!?؟।]*$",
    re.IGNORECASE)
_OBJECT = re.compile(rf"{_EDGE_BEFORE}(?:{_words('objects')}){_EDGE_AFTER}", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?؟।።])\s+")
MAX_REQUEST_WORDS = 8


def is_delete_request(message: str) -> bool:
    """A short request to delete that names what: "please delete our conversation", "sterge
    tot". Callers delete only when the message shows no danger."""
    for sentence in _SENTENCES.split(message.strip()):
        if len(sentence.split()) > MAX_REQUEST_WORDS or not _OBJECT.search(sentence):
            continue
        if _VERB_FIRST.search(sentence) or _VERB_LAST.search(sentence):
            return True
    return False
