"""Conversations are kept only as long as needed.

Rasa 3.6 cannot delete a conversation itself, so this tracker store does: a conversation
idle for longer than SIGNPOST_CHAT_IDLE_MINUTES is deleted whole, and one in which the person
asked to stop or delete is deleted at once, before anything of that turn is written. Only a
command standing on its own deletes (signpost_common/commands.py): a sentence that contains "stop"
is never taken for one, whatever the model reads in it.
Messages reach Rasa already stripped of phone numbers, emails, full postcodes, addresses and
names (web/chat/redact.py). Redaction cannot catch every name, so the words a person typed are
not stored at all: a stored turn keeps what the assistant understood (intent, places named)
and nothing else, not even where in the message a word was. The dialogue needs no more, and
the current turn still has its words.
"""
from __future__ import annotations

import copy
import logging
import time
from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import case, func
from sqlalchemy import event as sqlalchemy_event

from signpost_common import retention
from signpost_common.commands import is_forget_command

log = logging.getLogger(__name__)
SMS_PREFIX = "sms-"
# How often the whole store is swept for idle conversations. A conversation being read is
# checked on its own every time, so an idle one is never continued; the sweep deletes the
# others, and costs a scan of every stored event, too much to run several times per message.
SWEEP_EVERY_SECONDS = 60.0
# What a recognised entity keeps: what it is and what it was read as, not where it was typed.
ENTITY_KEYS = ("entity", "value", "extractor", "confidence_entity", "role", "group")


class RetentionTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, idle_minutes: float | None = None,
                 sms_idle_minutes: float | None = None, **kwargs: Any) -> None:
        super().__init__(domain, **kwargs)
        web = idle_minutes if idle_minutes is not None else retention.chat_idle_minutes()
        sms = sms_idle_minutes if sms_idle_minutes is not None else retention.sms_idle_minutes()
        self.idle_seconds = web * 60
        self.sms_idle_seconds = sms * 60
        self._next_sweep = 0.0
        if self.engine.dialect.name == "sqlite":
            # A deleted conversation is overwritten on disk, not left in the file's free pages.
            sqlalchemy_event.listen(self.engine, "connect", _secure_delete)
            self.engine.dispose()

    async def save(self, tracker: DialogueStateTracker) -> None:
        self.expire_idle_now_and_then(tracker.sender_id)
        if wants_to_forget(tracker):
            self.delete(tracker.sender_id)
            return
        await super().save(tracker)

    def _additional_events(self, session, tracker: DialogueStateTracker) -> Iterator:
        return (without_words(event) for event in super()._additional_events(session, tracker))

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        self.expire_idle_now_and_then(sender_id)
        return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        self.expire_idle_now_and_then(conversation_id)
        return await super().retrieve_full_tracker(conversation_id)

    async def keys(self):
        self.expire_idle()
        return await super().keys()

    def delete(self, sender_id: str) -> None:
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()

    def expire_idle_now_and_then(self, sender_id: str) -> None:
        """This conversation if it is idle; every idle one, at most once a minute."""
        if time.monotonic() >= self._next_sweep:
            self._next_sweep = time.monotonic() + SWEEP_EVERY_SECONDS
            self.expire_idle()
        else:
            self.expire_idle(only=sender_id)

    def expire_idle(self, now: float | None = None, only: str | None = None) -> int:
        """Delete every conversation (or `only` this one) whose last event is older than its
        channel's idle limit."""
        now = now or time.time()
        event = self.SQLEvent
        is_sms = event.sender_id.like(f"{SMS_PREFIX}%")
        with self.session_scope() as session:
            conversations = session.query(event.sender_id)
            if only is not None:
                conversations = conversations.filter(event.sender_id == only)
            stale = (conversations.group_by(event.sender_id)
                     .having(func.max(event.timestamp) < case(
                         (func.max(case((is_sms, 1), else_=0)) == 1, now - self.sms_idle_seconds),
                         else_=now - self.idle_seconds)))
            senders = [sender for (sender,) in stale.all()]
            if senders:
                session.query(self.SQLEvent).filter(self.SQLEvent.sender_id.in_(senders)) \
                    .delete(synchronize_session=False)
                session.commit()
        return len(senders)


def _secure_delete(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA secure_delete=ON")


def without_words(event):
    """A copy of a user's message event without the words typed; other events as they are."""
    if not isinstance(event, UserUttered):
        return event
    kept = copy.deepcopy(event)
    kept.text = None
    kept.parse_data = {key: value for key, value in kept.parse_data.items() if key != "text"}
    kept.entities = [{key: e[key] for key in ENTITY_KEYS if key in e} for e in kept.entities or []]
    if "entities" in kept.parse_data:
        kept.parse_data["entities"] = kept.entities
    return kept


def wants_to_forget(tracker: DialogueStateTracker) -> bool:
    """The person's last message was a deletion command on its own (or the delete button)."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return is_forget_command(event.text or "")
    return False
