"""Declarative base, identifiers and the provenance every record carries."""
from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import JSON, Date, DateTime, Enum, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable identifiers: the same source record always gets the same UUID, so loading twice
# updates rather than duplicates, and HSDS consumers can rely on ids across exports.
ID_NAMESPACE = uuid.UUID("6f1d3c2a-7f0e-4c6b-9a57-3f4a1e2b8c90")


def stable_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{key}"))


def new_id() -> str:
    return str(uuid.uuid4())


class Verification(enum.StrEnum):
    VERIFIED = "verified"          # on the organisation's own page, or gov.uk / NHS / police
    SECONDARY = "secondary"        # third-party pages that agree with each other
    OLD_SOURCE = "old-source"      # only an old source: shown, flagged for re-checking
    NOT_VERIFIED = "not-verified"  # nothing found: no contact details are published


class Base(DeclarativeBase):
    pass


class Provenance:
    """Where a record came from and how far it can be trusted.

    `sources` is a list of {"document": ..., "section": ..., "date": ...}: a document name or URL,
    the part of it that says this, and the source's own date.
    """

    sources: Mapped[list[dict]] = mapped_column(JSON, default=list)
    verification_status: Mapped[Verification] = mapped_column(
        Enum(Verification, values_callable=lambda e: [m.value for m in e], native_enum=False,
             length=20),
        default=Verification.NOT_VERIFIED,
    )
    assured_date: Mapped[dt.date | None] = mapped_column(Date)


class Timestamped:
    last_modified: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=func.now(), onupdate=func.now()
    )


def id_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)
