"""Bulk work for coordinators: a CSV of changes arrives as one reviewable change set.

The file is read and checked by the import's rules, row by row, all or nothing: one bad row
and nothing is kept. Columns the file has replace what is published (an empty cell clears
it); columns it leaves out stay as they are. A set is published whole, or not at all.
"""
from __future__ import annotations

import csv
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..changelog import ACTOR_KEY
from ..exchange import CSV_COLUMNS, ImportRejected, import_services
from ..models import ChangeStatus, EditorUser, ProposedChange, Service, new_id
from . import access
from .accounts import now
from .review import _log, diff, problems_with, published_row


def upload(session: Session, user: EditorUser, data: bytes) -> tuple[str | None, list[str]]:
    """Returns the new change set's id, or every problem with the file."""
    try:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
        rows = list(reader)
    except (UnicodeDecodeError, csv.Error) as error:
        return None, [f"The file could not be read as UTF-8 CSV ({error})."]
    columns = reader.fieldnames or []
    unknown = [c for c in columns if c not in CSV_COLUMNS]
    if "id" not in columns or unknown:
        return None, [f"Row 1 (header): needs an id column; unknown column(s): {', '.join(unknown)}"
                      if unknown else "Row 1 (header): needs an id column"]
    if not rows:
        return None, ["The file holds no changes."]
    problems, merged, seen = [], [], set()
    for number, row in enumerate(rows, start=2):
        where = f"Row {number}"
        if None in row:
            problems.append(f"{where}: more cells than there are columns")
            continue
        service = session.get(Service, (row.get("id") or "").strip())
        if service is None:
            problems.append(f"{where}, id: no service has the id '{row.get('id', '')}'")
            continue
        if not access.can_review(user, service):
            problems.append(f"{where}: {service.name} is not one of the services you review")
            continue
        if service.id in seen:
            problems.append(f"{where}: {service.name} is changed twice in this file")
        seen.add(service.id)
        published = published_row(service)
        proposed = published | {c: (row[c] or "").strip() for c in columns}
        problems += [f"{where}, {p}" for p in problems_with(session, proposed)]
        if not diff(published, proposed):
            problems.append(f"{where}: nothing changes for {service.name}")
        merged.append((service, published, proposed))
    if problems:
        return None, problems
    set_id = new_id()
    for service, published, proposed in merged:
        session.add(ProposedChange(service_id=service.id, proposed_by=user.id, change_set=set_id,
                                   published=published, proposed=proposed,
                                   status=ChangeStatus.PENDING, note=""))
        _log(session, service, "proposed", user, "change set", "", set_id)
    session.flush()
    return set_id, []


def changes_in(session: Session, set_id: str) -> list[ProposedChange]:
    return list(session.scalars(select(ProposedChange).where(
        ProposedChange.change_set == set_id).order_by(ProposedChange.created_at)))


def can_review_set(user: EditorUser, changes: list[ProposedChange], services: list[Service]) -> bool:
    # Someone else reviews a coordinator's upload: no one approves their own changes in bulk.
    return bool(changes) and all(c.proposed_by != user.id for c in changes) and \
        all(access.can_review(user, s) for s in services)


def approve_set(session: Session, reviewer: EditorUser, set_id: str) -> list[str]:
    """Publish every change in the set in one import, or none of them."""
    changes = [c for c in changes_in(session, set_id) if c.status == ChangeStatus.PENDING]
    if not changes:
        return ["nothing in this change set waits for review"]
    for change in changes:
        if published_row(session.get(Service, change.service_id)) != change.published:
            return [f"{change.published['name']} has changed since the file was uploaded"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(c.proposed for c in changes)
    session.info[ACTOR_KEY] = reviewer.email
    try:
        import_services(session, out.getvalue().encode("utf-8"), "csv")
    except ImportRejected as rejected:
        return rejected.problems
    for change in changes:
        service = session.get(Service, change.service_id)
        for item in diff(change.published, change.proposed):
            _log(session, service, "approved", reviewer, item.field, item.published, item.proposed)
        change.status, change.reviewed_by, change.reviewed_at = (ChangeStatus.APPROVED, reviewer.id,
                                                                 now())
    session.flush()
    return []


