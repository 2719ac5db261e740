"""What the SMS channel must remember, with phone numbers only ever as keyed hashes."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from directory import Base


class SmsContact(Base):
    """One texter's choices: their language, and whether they have opted out (STOP)."""

    __tablename__ = "sms_contact"
    __changelog__ = False

    sender_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    lang: Mapped[str | None] = mapped_column(String(8))
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class SmsMessage(Base):
    """A message already answered, so a Twilio retry gets the same reply, processed once."""

    __tablename__ = "sms_message"
    __changelog__ = False

    sid_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    sender_hash: Mapped[str] = mapped_column(String(64), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    reply: Mapped[str] = mapped_column(Text, default="")
