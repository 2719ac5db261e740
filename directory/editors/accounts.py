"""Accounts: invitations, Argon2 passwords, TOTP second factor, recovery codes and lockout."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import EditorUser, Invitation, Membership, Role, Team, TeamKind

MIN_PASSWORD_LENGTH = 12
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
INVITATION_LIFETIME = dt.timedelta(days=7)
RECOVERY_CODES = 10
TOTP_ISSUER = "Signpost editors"
PLATFORM_TEAM = "Signpost platform"

_hasher = PasswordHasher()
# Hashing a made-up password when the email is unknown makes both answers take as long.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # SQLite gives back naive datetimes; everything stored here is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email: str) -> str:
    return email.strip().lower()


@cache
def common_passwords() -> frozenset[str]:
    lines = (Path(__file__).parent / "common-passwords.txt").read_text().splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def password_problem(password: str, email: str) -> str | None:
    """Why this password will not do, or None. The words are for the person choosing it."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"at least {MIN_PASSWORD_LENGTH} characters, please"
    lowered = password.lower()
    if lowered in common_passwords() or re.sub(r"[\d!?.]+$", "", lowered) in common_passwords():
        return "this is one of the most common passwords"
    if len(set(lowered)) < 4:
        return "too many repeated characters"
    parts = [p for p in re.split(r"[@.+_-]", normalise_email(email)) if len(p) >= 4]
    if any(part in lowered for part in parts):
        return "a password may not contain your email address"
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(user: EditorUser | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user and user.password_hash else _DUMMY_HASH,
                              password) and user is not None and bool(user.password_hash)
    except (VerificationError, InvalidHashError):
        return False


# -- invitations ------------------------------------------------------------------------------

def invite(session: Session, email: str, team: Team, role: Role,
           organization_id: str | None = None) -> str:
    """Make a single-use invitation and return its token (shown once, stored only hashed)."""
    token = secrets.token_urlsafe(32)
    session.add(Invitation(token_hash=token_hash(token), email=normalise_email(email), team=team,
                           role=role, organization_id=organization_id,
                           expires_at=now() + INVITATION_LIFETIME))
    session.flush()
    return token


def open_invitation(session: Session, token: str) -> Invitation | None:
    invitation = session.scalar(select(Invitation).where(Invitation.token_hash == token_hash(token)))
    if invitation is None or invitation.used_at is not None or _aware(invitation.expires_at) < now():
        return None
    return invitation


def accept_invitation(session: Session, invitation: Invitation, password: str) -> EditorUser:
    """Use the invitation up, and give its person the password and the invited role."""
    user = find_user(session, invitation.email)
    if user is None:
        user = EditorUser(email=invitation.email, recovery_code_hashes=[])
        session.add(user)
    if not user.password_hash:
        user.password_hash = hash_password(password)
    user.memberships.append(Membership(team_id=invitation.team_id, role=invitation.role,
                                       organization_id=invitation.organization_id))
    invitation.used_at = now()
    session.flush()
    return user


def all_teams(session: Session) -> list[Team]:
    return list(session.scalars(select(Team).order_by(Team.name)))


def create_team(session: Session, name: str, kind: TeamKind, area_code: str | None) -> Team:
    team = Team(name=name, kind=kind, area_code=area_code if kind == TeamKind.BOROUGH else None)
    session.add(team)
    session.flush()
    return team


def platform_team(session: Session) -> Team:
    team = session.scalar(select(Team).where(Team.kind == TeamKind.PLATFORM))
    if team is None:
        team = Team(name=PLATFORM_TEAM, kind=TeamKind.PLATFORM)
        session.add(team)
        session.flush()
    return team


# -- signing in -------------------------------------------------------------------------------

def find_user(session: Session, email: str) -> EditorUser | None:
    return session.scalar(select(EditorUser).where(EditorUser.email == normalise_email(email)))


def locked_until(user: EditorUser | None) -> dt.datetime | None:
    until = _aware(user.locked_until) if user else None
    return until if until and until > now() else None


def record_failure(user: EditorUser | None) -> None:
    if user is None:
        return
    user.failed_attempts = (user.failed_attempts or 0) + 1
    if user.failed_attempts >= MAX_FAILURES:
        user.locked_until = now() + LOCKOUT
        user.failed_attempts = 0


def record_success(user: EditorUser) -> None:
    user.failed_attempts = 0
    user.locked_until = None


@dataclass
class Enrolment:
    secret: str
    uri: str


def start_totp(user: EditorUser) -> Enrolment:
    if not user.totp_secret or not user.totp_confirmed:
        user.totp_secret = user.totp_secret or pyotp.random_base32()
    uri = pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=TOTP_ISSUER)
    return Enrolment(user.totp_secret, uri)


def check_totp(user: EditorUser, code: str, *, once: bool = False) -> bool:
    """The code from the app, allowing one step of clock drift. With `once`, a code that has
    already signed someone in is refused, so an overheard code cannot be replayed."""
    code = re.sub(r"\s", "", code or "")
    if not user.totp_secret or not code.isdigit():
        return False
    totp = pyotp.TOTP(user.totp_secret)
    current = totp.timecode(now())
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            if once and user.totp_last_step is not None and step <= user.totp_last_step:
                return False
            if once:
                user.totp_last_step = step
            return True
    return False


def new_recovery_codes(user: EditorUser) -> list[str]:
    """Fresh codes, shown once; only their hashes are kept."""
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODES)]
    user.recovery_code_hashes = [token_hash(c) for c in codes]
    return codes


def use_recovery_code(user: EditorUser, code: str) -> bool:
    digest = token_hash(code.strip().lower())
    if digest not in (user.recovery_code_hashes or []):
        return False
    user.recovery_code_hashes = [h for h in user.recovery_code_hashes if h != digest]
    return True
