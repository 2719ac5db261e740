"""What an editor sees first: their services, what waits for review, and what needs attention."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import EditorUser, Service
from . import access
from .accounts import now
from .review import pending_changes

STALE_AFTER = dt.timedelta(days=182)  # six months without a confirmation


@dataclass
class Dashboard:
    services: list[Service]
    waiting: list
    stale: list[Service]
    no_contact: list[Service]


def is_stale(service: Service, today: dt.date) -> bool:
    return service.assured_date is None or today - service.assured_date > STALE_AFTER


def has_contact(service: Service) -> bool:
    return bool(service.phones or service.email or service.url or service.application_process)


def dashboard(session: Session, user: EditorUser) -> Dashboard:
    everything = session.scalars(select(Service).options(
        selectinload(Service.service_areas), selectinload(Service.phones)).order_by(Service.name))
    mine = [s for s in everything if access.can_edit(user, s)]
    by_id = {s.id: s for s in mine}
    waiting = [c for c in pending_changes(session)
               if c.service_id in by_id and access.can_review(user, by_id[c.service_id])]
    today = now().date()
    return Dashboard(services=mine, waiting=waiting,
                     stale=[s for s in mine if is_stale(s, today)],
                     no_contact=[s for s in mine if not has_contact(s)])
