"""The conversation so far, for the chat without JavaScript: it travels in the form, not on
the server.

Each page holds the whole conversation in one hidden field, signed with the app's key so a
page cannot be made to show words Signpost never said (or links it never made), and dated so
a conversation idle longer than the assistant keeps one is not shown again. The server keeps
nothing: the field comes in with the next message and goes out again with the reply.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

from .replies import clean_reply

SALT = "signpost-chat-transcript"
# Older turns are dropped to keep the page within its size budget (20 KB gzipped with its
# assets), and the field within what a form sends comfortably.
MAX_TURNS = 10
MAX_FIELD = 12_000


@dataclass
class Turn:
    you: str              # what the person wrote, or the title of the button they chose
    lang: str             # the language the reply came in
    replies: list[dict]   # the assistant's structured replies (web/chat/replies.py)


@dataclass
class Transcript:
    session: str | None = None
    turns: list[Turn] = field(default_factory=list)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT,
                                  serializer_kwargs={"separators": (",", ":")})


def idle_seconds() -> int:
    return int(current_app.config.get("CHAT_IDLE_MINUTES", 30)) * 60


def load(token: str | None, session: str | None) -> Transcript:
    """The conversation a form brought back; empty if it is missing, forged, expired, or
    belongs to another conversation than `session`."""
    if not token or not session:
        return Transcript(session)
    try:
        data = _serializer().loads(token, max_age=idle_seconds())
    except (BadSignature, ValueError, json.JSONDecodeError):
        return Transcript(session)
    if not isinstance(data, dict) or data.get("s") != session or not isinstance(data.get("t"), list):
        return Transcript(session)
    turns = [Turn(str(t["you"]), str(t["lang"]), [r for r in map(clean_reply, t["r"]) if r])
             for t in data["t"]
             if isinstance(t, dict) and isinstance(t.get("r"), list) and "you" in t and "lang" in t]
    return Transcript(session, turns)


def dump(transcript: Transcript) -> str:
    """The signed field, dropping the oldest turns until it is small enough."""
    turns = transcript.turns[-MAX_TURNS:]
    while True:
        token = _serializer().dumps({"s": transcript.session, "t": [
            {"you": t.you, "lang": t.lang, "r": [_compact(r) for r in t.replies]} for t in turns]})
        if len(token) <= MAX_FIELD or len(turns) <= 1:
            return token
        turns = turns[1:]


def _compact(reply: dict) -> dict:
    """Only the fields that say something: fewer bytes in every page."""
    return {key: value for key, value in reply.items() if value}


def add(transcript: Transcript, session: str, you: str, lang: str, replies: list[dict]) -> Transcript:
    """The conversation with this turn added. A new conversation (deleted, or expired and
    started again) starts a new transcript: deleting a conversation deletes what is shown."""
    turn = Turn(you, lang, replies)
    if session != transcript.session or any(r.get("forgotten") for r in replies):
        return Transcript(session, [turn])
    return Transcript(session, (transcript.turns + [turn])[-MAX_TURNS:])


def shown_for(transcript: Transcript, message: str) -> str:
    """What to show as said: a button's title rather than the payload it sends."""
    for turn in reversed(transcript.turns):
        for reply in turn.replies:
            for button in reply.get("buttons", []):
                if button["payload"] == message:
                    return button["title"]
    return message
