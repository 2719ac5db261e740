"""The daily freshness job: remind editors of listings not confirmed for six months, tell the
coordinator after nine, and send the outbox over SMTP.

Messages are written to the outbox in the job's transaction and sent afterwards, so a mail
server that is down loses nothing: the next run sends what is still waiting.
"""
from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import EditorUser, Membership, OutboxMessage, Role, Service
from . import access
from .accounts import now

REMIND_AFTER = dt.timedelta(days=182)    # six months
ESCALATE_AFTER = dt.timedelta(days=274)  # nine months
REPEAT_EVERY = dt.timedelta(days=30)     # at most one of each kind a month per service
MAX_ATTEMPTS = 10
PUBLIC_WARNING_AFTER = dt.timedelta(days=365)


def over_a_year(service: Service) -> bool:
    """Confirmed once, but not in the last year: the public page says so."""
    return service.assured_date is not None and \
        now().date() - service.assured_date > PUBLIC_WARNING_AFTER


@dataclass
class Mailer:
    host: str
    port: int
    sender: str


def _unconfirmed_for(service: Service, today: dt.date) -> dt.timedelta:
    # A listing never confirmed counts from when it was last changed (loaded or imported).
    since = service.assured_date or (service.last_modified.date() if service.last_modified else today)
    return today - since


def _recently_sent(session: Session, service_id: str, kind: str) -> bool:
    cutoff = now() - REPEAT_EVERY
    return session.scalar(select(OutboxMessage.id).where(
        OutboxMessage.service_id == service_id, OutboxMessage.kind == kind,
        OutboxMessage.created_at >= cutoff).limit(1)) is not None


def _people(session: Session) -> list[EditorUser]:
    return list(session.scalars(select(EditorUser).options(
        selectinload(EditorUser.memberships).selectinload(Membership.team))))


def queue_reminders(session: Session, site_url: str) -> int:
    """Write today's reminders to the outbox; returns how many."""
    today = now().date()
    people = [p for p in _people(session) if p.ready]
    queued = 0
    services = session.scalars(select(Service).options(selectinload(Service.service_areas)))
    for service in services:
        age = _unconfirmed_for(service, today)
        if age <= REMIND_AFTER:
            continue
        link = f"{site_url.rstrip('/')}/editors/services/{service.id}"
        editors = [p for p in people if service.organization_id in access.edited_organisations(p)]
        if editors and not _recently_sent(session, service.id, "remind"):
            for person in editors:
                queued += _queue(session, person.email, service, "remind",
                                 f"Please check the listing for {service.name}",
                                 f"The Signpost listing for {service.name} has not been confirmed "
                                 f"for {age.days} days.\n\nIf it is still right, press \"This "
                                 f"listing is still correct\"; if not, correct it:\n{link}\n")
        if age > ESCALATE_AFTER and not _recently_sent(session, service.id, "escalate"):
            reviewers = [p for p in people if access.can_review(p, service)
                         and Role.ADMIN not in access.roles(p)]
            for person in reviewers:
                queued += _queue(session, person.email, service, "escalate",
                                 f"{service.name}: not confirmed for {age.days} days",
                                 f"No one has confirmed the Signpost listing for {service.name} "
                                 f"for {age.days} days"
                                 f"{'' if editors else ', and it has no editor'}.\n\n{link}\n")
    session.flush()
    return queued


def _queue(session, to, service, kind, subject, body) -> int:
    session.add(OutboxMessage(to_address=to, subject=subject, body=body, service_id=service.id,
                              kind=kind, attempts=0, last_error=""))
    return 1


def waiting(session: Session) -> list[OutboxMessage]:
    return list(session.scalars(select(OutboxMessage).where(
        OutboxMessage.sent_at.is_(None), OutboxMessage.attempts < MAX_ATTEMPTS
    ).order_by(OutboxMessage.created_at)))


def send_outbox(session: Session, mailer: Mailer) -> tuple[int, int]:
    """Send what waits, one SMTP connection; returns (sent, failed). Commits are the caller's."""
    messages = waiting(session)
    if not messages:
        return 0, 0
    sent = failed = 0
    try:
        smtp = smtplib.SMTP(mailer.host, mailer.port, timeout=30)
    except OSError as error:
        for message in messages:
            message.attempts += 1
            message.last_error = f"could not connect: {error}"
        return 0, len(messages)
    with smtp:
        for message in messages:
            email = EmailMessage()
            email["From"], email["To"], email["Subject"] = (mailer.sender, message.to_address,
                                                            message.subject)
            email.set_content(message.body)
            message.attempts += 1
            try:
                smtp.send_message(email)
            except smtplib.SMTPException as error:
                message.last_error = str(error)
                failed += 1
                continue
            message.sent_at = now()
            sent += 1
    return sent, failed
