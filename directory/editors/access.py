"""Who may do what: every rule about roles in one place, checked on every request."""
from __future__ import annotations

from ..models import EditorUser, Role, Service

# Services for everyone in the country or the whole of London have no borough coordinator.
NATIONAL_AREAS = {"national", "london"}


def roles(user: EditorUser) -> set[Role]:
    return {m.role for m in user.memberships}


def is_admin(user: EditorUser) -> bool:
    return Role.ADMIN in roles(user)


def _areas(service: Service) -> set[str]:
    return {a.area_code for a in service.service_areas}


def coordinated_areas(user: EditorUser) -> set[str]:
    return {m.team.area_code for m in user.memberships
            if m.role == Role.COORDINATOR and m.team.area_code}


def edited_organisations(user: EditorUser) -> set[str]:
    return {m.organization_id for m in user.memberships
            if m.role == Role.ORG_EDITOR and m.organization_id}


def can_edit(user: EditorUser, service: Service) -> bool:
    """Organisation editors change their own organisation's services; reviewers theirs too."""
    return service.organization_id in edited_organisations(user) or can_review(user, service)


def can_review(user: EditorUser, service: Service) -> bool:
    areas = _areas(service)
    if is_admin(user):
        return True
    if coordinated_areas(user) & areas:
        return True
    return Role.NATIONAL_REVIEWER in roles(user) and bool(areas & NATIONAL_AREAS)


def can_invite(user: EditorUser) -> bool:
    return bool(roles(user) & {Role.ADMIN, Role.COORDINATOR})
