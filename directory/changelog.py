"""Record every change in the HSDS metadata table, whoever made it, as part of the same flush."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from .models import Base, ChangeLogEntry

ACTOR_KEY = "actor"
_SKIPPED_FIELDS = {"last_modified"}


def install(session_factory) -> None:
    event.listen(session_factory, "before_flush", _log_changes)


def _log_changes(session: Session, _context, _instances) -> None:
    actor = session.info.get(ACTOR_KEY, "system")
    now = dt.datetime.now(dt.UTC)
    entries = []
    for obj in session.new:
        if _tracked(obj):
            entries.append(_entry(obj, "create", now, actor))
    for obj in session.dirty:
        if not _tracked(obj) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIPPED_FIELDS:
                continue
            history = state.attrs[attr.key].history
            if history.has_changes() and history.deleted and history.added != history.deleted:
                entries.append(_entry(obj, "update", now, actor, attr.key,
                                      history.deleted[0], history.added[0] if history.added else None))
    for obj in session.deleted:
        if _tracked(obj):
            entries.append(_entry(obj, "delete", now, actor))
    session.add_all(entries)


def _tracked(obj) -> bool:
    # Directory records only: the change log and channel state (SMS) are not facts about services.
    return isinstance(obj, Base) and getattr(obj, "__changelog__", True) \
        and not isinstance(obj, ChangeLogEntry)


def _entry(obj, action, when, actor, field="", previous=None, replacement=None) -> ChangeLogEntry:
    return ChangeLogEntry(
        resource_id=obj.id, resource_type=obj.__tablename__, last_action_date=when,
        last_action_type=action, field_name=field,
        previous_value="" if previous is None else str(previous),
        replacement_value="" if replacement is None else str(replacement), updated_by=actor,
    )
