"""The editors' area: people, their teams and roles, invitations, and changes awaiting review.

None of this is a fact about a service, so none of it goes in the HSDS change log by itself;
the review steps write their own change-log entries (directory/editors/review.py).
"""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Boolean, DateTime, Enum, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, id_column


class Role(enum.StrEnum):
    ADMIN = "admin"                          # platform admin: teams and coordinators
    COORDINATOR = "coordinator"              # a borough's VAWG coordinator: reviews its services
    ORG_EDITOR = "org-editor"                # edits one organisation's services
    NATIONAL_REVIEWER = "national-reviewer"  # reviews national and London-wide services


class TeamKind(enum.StrEnum):
    PLATFORM = "platform"
    BOROUGH = "borough"
    NATIONAL = "national"


def _enum(kind):
    return Enum(kind, values_callable=lambda e: [m.value for m in e], native_enum=False, length=20)


class EditorUser(Base):
    __tablename__ = "editor_user"
    __changelog__ = False

    id: Mapped[str] = id_column()
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The last 30-second step whose code signed someone in: a code works once only.
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    recovery_code_hashes: Mapped[list[str]] = mapped_column(JSON, default=list)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=func.now())

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="user", cascade="all, delete-orphan")

    @property
    def ready(self) -> bool:
        """Has finished enrolment: a password and a confirmed second factor."""
        return bool(self.password_hash and self.totp_confirmed)


class Team(Base):
    __tablename__ = "editor_team"
    __changelog__ = False

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[TeamKind] = mapped_column(_enum(TeamKind))
    area_code: Mapped[str | None] = mapped_column(String(64))  # a borough's area code

    memberships: Mapped[list[Membership]] = relationship(back_populates="team")


class Membership(Base):
    __tablename__ = "editor_membership"
    __changelog__ = False

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column(ForeignKey("editor_user.id"), index=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("editor_team.id"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    # Only for organisation editors: the one organisation whose services they may change.
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))

    user: Mapped[EditorUser] = relationship(back_populates="memberships")
    team: Mapped[Team] = relationship(back_populates="memberships")


class Invitation(Base):
    """A single-use link. Only the token's hash is kept, so a database copy cannot be used."""

    __tablename__ = "editor_invitation"
    __changelog__ = False

    id: Mapped[str] = id_column()
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str] = mapped_column(String(255))
    team_id: Mapped[str] = mapped_column(ForeignKey("editor_team.id"))
    role: Mapped[Role] = mapped_column(_enum(Role))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    team: Mapped[Team] = relationship()


class ChangeStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    RETURNED = "returned"


class ProposedChange(Base):
    """An editor's version of a service, as an export row, waiting for a reviewer."""

    __tablename__ = "editor_change"
    __changelog__ = False

    id: Mapped[str] = id_column()
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    proposed_by: Mapped[str] = mapped_column(ForeignKey("editor_user.id"))
    # Changes uploaded together in one CSV share this, and are reviewed and published together.
    change_set: Mapped[str | None] = mapped_column(String(36), index=True)
    # Both as CSV export rows: what was published when the editor started, and what they want.
    published: Mapped[dict] = mapped_column(JSON)
    proposed: Mapped[dict] = mapped_column(JSON)
    status: Mapped[ChangeStatus] = mapped_column(_enum(ChangeStatus), default=ChangeStatus.PENDING)
    note: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str | None] = mapped_column(ForeignKey("editor_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=func.now())
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    proposer: Mapped[EditorUser] = relationship(foreign_keys=[proposed_by])


class OutboxMessage(Base):
    """An email waiting to go (or gone): written in the job's transaction, sent after it."""

    __tablename__ = "editor_outbox"
    __changelog__ = False

    id: Mapped[str] = id_column()
    to_address: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    # What it is about, so the daily job reminds once a month rather than every day.
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=func.now())
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class ConfidentialAddress(Base):
    """A refuge's address, for the editors' roles only.

    Kept out of the HSDS location and address tables on purpose: every public channel (pages,
    API, export, search, the assistant) reads those, and none of them reads this.
    """

    __tablename__ = "editor_confidential_address"
    __changelog__ = False

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), primary_key=True)
    address: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=func.now(),
                                                    onupdate=func.now())


class Capacity(Base):
    """Refuge spaces or a waiting time, as the provider last gave them, and when."""

    __tablename__ = "editor_capacity"
    __changelog__ = False

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), primary_key=True)
    spaces: Mapped[int | None] = mapped_column(Integer)
    waiting_time: Mapped[str | None] = mapped_column(String(100))
    given_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    given_by: Mapped[str] = mapped_column(String(255))
    # Professionals always see it; the public only when the provider says so.
    public: Mapped[bool] = mapped_column(Boolean, default=False)
