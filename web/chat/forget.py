"""Deleting a conversation everywhere at once, even when the assistant is down.

The assistant deletes a conversation when it is told to forget (bot/tracker_store.py). If it
cannot be reached, the site deletes the conversation from the assistant's store itself, so a
person who asked for deletion is never left with a conversation kept until it expires.
"""
from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path

from flask import current_app

from signpost_common.commands import FORGET_PAYLOAD

from .relay import AssistantUnavailable, RasaRelay

log = logging.getLogger(__name__)


def forget_everywhere(relay: RasaRelay, sender: str, lang: str, channel: str) -> list[dict] | None:
    """Delete the conversation on Rasa's side; the assistant's replies, or None if it is down."""
    try:
        replies = relay.send(sender, FORGET_PAYLOAD, lang, channel=channel)
    except AssistantUnavailable:
        replies = None
    delete_from_store(sender)
    return replies


def delete_from_store(sender: str) -> None:
    path = current_app.config.get("ASSISTANT_TRACKER_DB")
    if not path or not Path(path).exists():
        return
    try:
        with closing(sqlite3.connect(path, timeout=2)) as db, db:  # closed, and committed
            db.execute("DELETE FROM events WHERE sender_id = ?", (sender,))
    except sqlite3.Error as error:  # the assistant deletes it too; the reason has no user text
        log.warning("could not delete from the assistant's store: %s", error)
