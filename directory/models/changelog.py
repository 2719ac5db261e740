"""The HSDS metadata table: a log of every change to the directory, written on flush."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, id_column


class ChangeLogEntry(Base):
    __tablename__ = "metadata"

    id: Mapped[str] = id_column()
    resource_id: Mapped[str] = mapped_column(String(36), index=True)
    resource_type: Mapped[str] = mapped_column(String(40))
    last_action_date: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_action_type: Mapped[str] = mapped_column(String(10))  # create, update, delete
    field_name: Mapped[str] = mapped_column(String(60), default="")
    previous_value: Mapped[str] = mapped_column(Text, default="")
    replacement_value: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(100))
