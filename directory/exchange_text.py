"""What the CSV and JSON readers share: the rejection, and how text, sources and dates are read."""
from __future__ import annotations

import datetime as dt
import uuid

from .hsds import format_source
from .records import SOURCE_PART_SEPARATOR, SourceRecord


class ImportRejected(ValueError):
    """A file that may not be imported, with one message per problem saying where it is."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


def clean_text(value: str | None) -> str | None:
    """Surrounding spaces dropped and line ends made "\\n": the form every reader stores."""
    if value is None:
        return None
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def parse_source(text: str) -> SourceRecord:
    parts = [p.strip() or None for p in text.split(SOURCE_PART_SEPARATOR)]
    parts += [None] * (3 - len(parts))
    return SourceRecord(parts[0] or "", parts[1], SOURCE_PART_SEPARATOR.join(
        p or "" for p in parts[2:]).strip(" " + SOURCE_PART_SEPARATOR) or None)


def parse_date(value: str | None, where: str, problems: list[str]) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        problems.append(f"{where}, assured_date: '{value[:40]}' is not a date like 2026-11-21")
        return None


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
        return True
    except ValueError:
        return False


__all__ = ["ImportRejected", "clean_text", "format_source", "is_uuid", "parse_date",
           "parse_source"]
