"""Capacity: refuge spaces or waiting times, with when they were given; stale after 7 days."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..models import Capacity, EditorUser, Service
from .accounts import _aware, now

FRESH_FOR = dt.timedelta(days=7)
MAX_SPACES = 500


@dataclass
class CapacityView:
    spaces: int | None
    waiting_time: str | None
    given_at: dt.datetime
    public: bool
    stale: bool


def current(session: Session, service_id: str) -> CapacityView | None:
    row = session.get(Capacity, service_id)
    if row is None:
        return None
    given = _aware(row.given_at)
    return CapacityView(row.spaces, row.waiting_time, given, row.public, now() - given > FRESH_FOR)


def for_public(session: Session, service_id: str) -> CapacityView | None:
    """Only what the provider chose to publish, and only while it is fresh."""
    view = current(session, service_id)
    return view if view and view.public and not view.stale else None


def record(session: Session, editor: EditorUser, service: Service, spaces: str, waiting: str,
           public: bool) -> str | None:
    """Store what the provider gives now; returns a problem to show, or None."""
    spaces, waiting = spaces.strip(), waiting.strip()
    if spaces and not (spaces.isdigit() and int(spaces) <= MAX_SPACES):
        return f"spaces must be a whole number from 0 to {MAX_SPACES}"
    if len(waiting) > 100:
        return "the waiting time must be under 100 characters"
    if not spaces and not waiting:
        return "give the number of spaces, a waiting time, or both"
    row = session.get(Capacity, service.id) or Capacity(service_id=service.id)
    row.spaces = int(spaces) if spaces else None
    row.waiting_time = waiting or None
    row.given_at, row.given_by, row.public = now(), editor.email, public
    session.add(row)
    session.flush()
    return None
