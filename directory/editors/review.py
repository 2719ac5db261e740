"""Propose, review, publish: an editor's change waits for a reviewer, then goes through the import.

A change is kept as two CSV export rows: the listing as published when the editor started,
and the editor's version. Checking a proposal uses the import's own reading and validation,
and publishing is an import of that one row, so an editor's change obeys exactly the rules a
file does, and lands through the same single write path (store.upsert_service).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..changelog import ACTOR_KEY
from ..exchange import CSV_COLUMNS, ImportRejected, import_services
from ..exchange_csv import csv_row, records_from_csv
from ..hsds import SOURCE_SEPARATOR
from ..models import (
    ChangeLogEntry,
    ChangeStatus,
    ConfidentialAddress,
    EditorUser,
    ProposedChange,
    Service,
    Verification,
)
from ..records import validate_record
from ..taxonomy import load_term_index
from .accounts import now

# What an organisation's editor may change; areas and taxonomy stay with the coordinators.
EDITABLE = ("description", "phones", "email", "website", "other_contact", "hours")
EDITORS_AREA = "Signpost editors' area"


@dataclass
class FieldChange:
    field: str
    published: str
    proposed: str


def published_row(service: Service) -> dict:
    return csv_row(service)


def provenance_source(organisation: str, day: dt.date) -> str:
    """The source an editor's word becomes: who confirmed it, and when."""
    return SOURCE_SEPARATOR.join([f"confirmed by {organisation} on {day.isoformat()}",
                                  EDITORS_AREA, day.isoformat()])


def _one_row_csv(row: dict) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow(row)
    return out.getvalue().encode("utf-8")


def problems_with(session: Session, row: dict) -> list[str]:
    """What the import would say about this row, without writing anything."""
    try:
        located = records_from_csv(_one_row_csv(row))
    except ImportRejected as rejected:
        return [p.removeprefix("Row 2, ") for p in rejected.problems]
    codes = load_term_index(session).codes()
    return [f"{e.field_name}: {e.message}" for _, record in located
            for e in validate_record(record, codes)]


def diff(published: dict, proposed: dict) -> list[FieldChange]:
    return [FieldChange(c, published.get(c, ""), proposed.get(c, ""))
            for c in CSV_COLUMNS if published.get(c, "") != proposed.get(c, "")]


def propose(session: Session, editor: EditorUser, service: Service,
            values: dict[str, str]) -> tuple[ProposedChange | None, list[str]]:
    """The editor's version of the listing, checked; returns the change or the problems."""
    published = published_row(service)
    proposed = dict(published)
    for column in EDITABLE:
        if column in values:
            proposed[column] = "\n".join(line.strip() for line in values[column].strip().splitlines()
                                         if line.strip())
    if all(proposed[c] == published[c] for c in EDITABLE):
        return None, ["nothing has changed: if the listing is right, use \"still correct\""]
    today = now().date()
    # The organisation's own word is a verified source: it says who confirmed and when.
    sources = [s for s in proposed["sources"].splitlines() if EDITORS_AREA not in s]
    proposed["sources"] = "\n".join([*sources, provenance_source(service.organization.name, today)])
    proposed["verification"] = Verification.VERIFIED.value
    proposed["assured_date"] = today.isoformat()
    problems = problems_with(session, proposed)
    if problems:
        return None, problems
    change = ProposedChange(service_id=service.id, proposed_by=editor.id, published=published,
                            proposed=proposed, status=ChangeStatus.PENDING, note="")
    session.add(change)
    _log(session, service, "proposed", editor, "", "", "")
    session.flush()
    return change, []


def approve(session: Session, reviewer: EditorUser, change: ProposedChange) -> list[str]:
    """Publish the change through the import, in the caller's one transaction."""
    service = session.get(Service, change.service_id)
    if published_row(service) != change.published:
        return ["the listing has changed since this was proposed; return it so the editor can "
                "start again from what is published now"]
    session.info[ACTOR_KEY] = reviewer.email
    try:
        import_services(session, _one_row_csv(change.proposed), "csv")
    except ImportRejected as rejected:
        return rejected.problems
    service.assurer_email = change.proposer.email
    for item in diff(change.published, change.proposed):
        _log(session, service, "approved", reviewer, item.field, item.published, item.proposed)
    change.status = ChangeStatus.APPROVED
    change.reviewed_by = reviewer.id
    change.reviewed_at = now()
    session.flush()
    return []


def send_back(session: Session, reviewer: EditorUser, change: ProposedChange, note: str) -> None:
    change.status = ChangeStatus.RETURNED
    change.note = note.strip()
    change.reviewed_by = reviewer.id
    change.reviewed_at = now()
    _log(session, session.get(Service, change.service_id), "returned", reviewer, "note", "",
         change.note)
    session.flush()


def confirm_unchanged(session: Session, editor: EditorUser, service: Service) -> None:
    """"Still correct": the listing stands as it is, confirmed today by this editor."""
    session.info[ACTOR_KEY] = editor.email
    service.assured_date = now().date()
    service.assurer_email = editor.email
    _log(session, service, "confirmed", editor, "", "", "")
    session.flush()


def confidential_address(session: Session, service_id: str) -> str:
    row = session.get(ConfidentialAddress, service_id)
    return row.address if row else ""


def set_confidential_address(session: Session, editor: EditorUser, service: Service,
                             address: str) -> None:
    """Store (or, when empty, remove) the address. The change log says that it changed, never
    what it says: that log is a public HSDS table."""
    row = session.get(ConfidentialAddress, service.id)
    address = address.strip()
    if not address:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(ConfidentialAddress(service_id=service.id, address=address,
                                        updated_by=editor.email))
    else:
        row.address, row.updated_by = address, editor.email
    _log(session, service, "update", editor, "confidential address", "", "(not shown)")
    session.flush()


def pending_changes(session: Session) -> list[ProposedChange]:
    return list(session.scalars(select(ProposedChange).where(
        ProposedChange.status == ChangeStatus.PENDING).order_by(ProposedChange.created_at)))


def changes_for(session: Session, service_id: str) -> list[ProposedChange]:
    return list(session.scalars(select(ProposedChange).where(
        ProposedChange.service_id == service_id).order_by(ProposedChange.created_at.desc())))


def history(session: Session, service_id: str) -> list[ChangeLogEntry]:
    return list(session.scalars(select(ChangeLogEntry).where(
        ChangeLogEntry.resource_id == service_id).order_by(
        ChangeLogEntry.last_action_date.desc(), ChangeLogEntry.field_name)))


def _log(session, service, action, user, field, old, new) -> None:
    session.add(ChangeLogEntry(
        resource_id=service.id, resource_type="service", last_action_date=now(),
        last_action_type=action, field_name=field, previous_value=old or "",
        replacement_value=new or "", updated_by=user.email))
