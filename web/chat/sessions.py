"""Conversation ids, the pseudonyms Rasa sees, and the chat form's CSRF token.

Only the server mints a conversation id: it carries a keyed tag, so an id a client invents
(or copies the shape of) is unknown and starts a new conversation with a new id. The browser
holds the id only in the page (a hidden field or a script variable), never in a cookie or
storage. Rasa sees a keyed hash of it, so its store holds nothing a browser could present.

The CSRF token needs no cookie: it is signed with the app's key and expires, so another site
cannot make a visitor's browser post to the chat with a token of its own making.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from itsdangerous import BadSignature, URLSafeTimedSerializer

_SESSION_SHAPE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")
_RANDOM_CHARS = 24
_TAG_CHARS = 22
CSRF_MAX_AGE_SECONDS = 12 * 60 * 60  # a page left open all day still works


def new_session_id(secret: str) -> str:
    random_part = secrets.token_urlsafe(18)
    return random_part + _tag(secret, random_part)


def is_session_id(value: object) -> bool:
    """Shaped like an id; whether the server minted it is `is_known_session`."""
    return isinstance(value, str) and bool(_SESSION_SHAPE.match(value))


def is_known_session(secret: str, value: object) -> bool:
    if not is_session_id(value) or len(value) != _RANDOM_CHARS + _TAG_CHARS:
        return False
    random_part, tag = value[:_RANDOM_CHARS], value[_RANDOM_CHARS:]
    return hmac.compare_digest(tag, _tag(secret, random_part))


def _tag(secret: str, random_part: str) -> str:
    return keyed_hash(secret, f"session:{random_part}")[:_TAG_CHARS]


def keyed_hash(secret: str, value: str) -> str:
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def sender_id(secret: str, channel: str, identifier: str) -> str:
    """A stable pseudonym for a conversation: the same input always gives the same id.

    Derived differently from the SMS channel's own hashes of numbers, so the site's stored
    hash of a number does not name its conversation in Rasa's store.
    """
    return f"{channel}-{keyed_hash(secret, f'assistant:{channel}:{identifier}')[:40]}"


def _csrf_serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt="chat-form")


def new_csrf_token(secret: str) -> str:
    return _csrf_serializer(secret).dumps(secrets.token_urlsafe(8))


def is_valid_csrf_token(secret: str, token: object, max_age: int = CSRF_MAX_AGE_SECONDS) -> bool:
    if not isinstance(token, str) or not token or len(token) > 200:
        return False
    try:
        _csrf_serializer(secret).loads(token, max_age=max_age)
    except BadSignature:  # includes SignatureExpired
        return False
    return True
