"""Conversation ids: random for the browser, and a keyed hash of that for Rasa.

The browser holds the id only in the page (a hidden field or a script variable), never in a
cookie or storage. Rasa sees a keyed hash, so its store holds nothing a browser could present.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets

_SESSION_SHAPE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


def new_session_id() -> str:
    return secrets.token_urlsafe(24)


def is_session_id(value: object) -> bool:
    return isinstance(value, str) and bool(_SESSION_SHAPE.match(value))


def keyed_hash(secret: str, value: str) -> str:
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def sender_id(secret: str, channel: str, identifier: str) -> str:
    """A stable pseudonym for a conversation: the same input always gives the same id."""
    return f"{channel}-{keyed_hash(secret, f'{channel}:{identifier}')[:40]}"
