"""The SMS channel's memory: keyed hashes of numbers and message ids, never the numbers."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .models import SmsContact, SmsMessage


def find_reply(session: Session, sid_hash: str) -> SmsMessage | None:
    return session.get(SmsMessage, sid_hash)


def get_contact(session: Session, sender_hash: str) -> SmsContact | None:
    return session.get(SmsContact, sender_hash)


def count_recent_messages(session: Session, sender_hash: str, since: dt.datetime) -> int:
    return session.scalar(select(func.count()).select_from(SmsMessage).where(
        SmsMessage.sender_hash == sender_hash, SmsMessage.received_at >= since)) or 0


def record_message(session: Session, sid_hash: str, sender_hash: str, reply: str,
                   now: dt.datetime) -> None:
    session.add(SmsMessage(sid_hash=sid_hash, sender_hash=sender_hash, received_at=now, reply=reply))


def save_contact(session: Session, sender_hash: str, now: dt.datetime, *, lang: str | None = None,
                 opted_out: bool | None = None) -> SmsContact:
    contact = session.get(SmsContact, sender_hash) or SmsContact(sender_hash=sender_hash)
    contact.last_seen = now
    if lang is not None:
        contact.lang = lang
    if opted_out is not None:
        contact.opted_out = opted_out
    session.add(contact)
    return contact


def forget_sender(session: Session, sender_hash: str) -> None:
    """DELETE or STOP: every reply sent to this number, and its contact row, go at once."""
    session.execute(delete(SmsMessage).where(SmsMessage.sender_hash == sender_hash))
    session.execute(delete(SmsContact).where(SmsContact.sender_hash == sender_hash))


def forget_expired(session: Session, before: dt.datetime) -> None:
    """Message ids are only needed to recognise retries; texters' choices expire with the chat."""
    session.execute(delete(SmsMessage).where(SmsMessage.received_at < before))
    session.execute(delete(SmsContact).where(SmsContact.last_seen < before,
                                             SmsContact.opted_out.is_(False)))
