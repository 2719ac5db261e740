"""What the channels read: services as frozen, typed read models, never database rows.

A `ServiceView` is made once, from a whole record, with the rules for what may be shown already
applied (directory/showing.py): a record nobody could source carries no way to contact it, not
even an email address. A page, a chat reply or a text cannot show what the view does not hold,
and cannot change the record or lazy-load anything after its session is closed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from signpost_common.hours import WeeklyHours

from .loading import service_options
from .models import Location, Service, ServiceAtLocation
from .search.documents import schedule_hours
from .showing import (
    ContactNumber,
    addresses,
    contact_numbers,
    shows_contact_details,
    source_caveat,
    website,
)


@dataclass(frozen=True)
class TermView:
    id: str
    code: str
    name: str
    description: str | None
    taxonomy: str              # how it applies: abuse-type, audience, service-type, ...


@dataclass(frozen=True)
class AreaView:
    area_code: str
    name: str


@dataclass(frozen=True)
class LanguageView:
    code: str
    name: str


@dataclass(frozen=True)
class SourceView:
    document: str | None
    section: str | None
    date: str | None           # as the source gives it ("Oct 2016", "undated"), never more precise


@dataclass(frozen=True)
class ServiceView:
    id: str
    name: str
    organization_name: str
    description: str
    status: str
    alert: str | None
    verification_status: str
    assured_date: dt.date | None
    eligibility_description: str | None
    application_process: str | None
    interpretation_services: str | None
    minimum_age: int | None
    maximum_age: int | None
    languages: tuple[LanguageView, ...]
    service_areas: tuple[AreaView, ...]
    terms: tuple[TermView, ...]
    # Contact details: empty unless the record's details may be shown.
    shows_contact_details: bool
    contact_numbers: tuple[ContactNumber, ...]
    email: str | None
    website: str | None
    addresses: tuple[str, ...]
    source_caveat: str | None
    hours_description: str | None
    hours_disputed: bool
    weekly_hours: tuple[WeeklyHours, ...]
    sources: tuple[SourceView, ...]

    @property
    def first_call_number(self) -> ContactNumber | None:
        return next((n for n in self.contact_numbers if n.kind == "voice"), None)

    @property
    def reachable(self) -> bool:
        """Something published that a person can use to reach the service."""
        return bool(self.contact_numbers or self.website or self.email)

    def terms_of(self, taxonomy: str) -> list[TermView]:
        """The service's terms of one kind, by name."""
        return sorted((t for t in self.terms if t.taxonomy == taxonomy), key=lambda t: t.name)


def service_view(service: Service) -> ServiceView:
    shown = shows_contact_details(service)
    return ServiceView(
        id=service.id, name=service.name, organization_name=service.organization.name,
        description=service.description or "", status=service.status, alert=service.alert,
        verification_status=service.verification_status, assured_date=service.assured_date,
        eligibility_description=service.eligibility_description,
        application_process=service.application_process,
        interpretation_services=service.interpretation_services,
        minimum_age=service.minimum_age, maximum_age=service.maximum_age,
        languages=tuple(LanguageView(x.code, x.name) for x in service.languages),
        service_areas=tuple(AreaView(a.area_code, a.name) for a in service.service_areas),
        terms=tuple(TermView(a.taxonomy_term.id, a.taxonomy_term.code, a.taxonomy_term.name,
                             a.taxonomy_term.description, a.link_type or "")
                    for a in service.attributes),
        shows_contact_details=shown,
        contact_numbers=tuple(contact_numbers(service)),
        email=(service.email or None) if shown else None,
        website=website(service),
        addresses=tuple(addresses(service)),
        source_caveat=source_caveat(service),
        hours_description=service.hours_description or None,
        hours_disputed=bool(service.hours_disputed),
        weekly_hours=tuple(schedule_hours(service.schedules)),
        sources=tuple(SourceView(_text(s.get("document")), _text(s.get("section")),
                                 _text(s.get("date"))) for s in service.sources or []),
    )


def _text(value) -> str | None:
    return str(value) if value not in (None, "") else None


def load_service_views(session: Session, ids: list[str]) -> list[ServiceView]:
    """Services in the order asked for (search ranking order), as read models."""
    query = select(Service).options(
        *service_options(),
        selectinload(Service.service_at_locations).selectinload(ServiceAtLocation.location)
        .selectinload(Location.addresses),
    ).where(Service.id.in_(ids))
    by_id = {s.id: s for s in session.scalars(query)}
    return [service_view(by_id[i]) for i in ids if i in by_id]
