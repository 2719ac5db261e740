"""Writing service records into the database: create or update, never duplicate."""
from __future__ import annotations

from sqlalchemy.orm import Session

from .hours import parse_hours
from .models import (
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Verification,
    stable_id,
)
from .records import TERM_TAXONOMY, ServiceRecord, normalise_website
from .taxonomy import TermIndex, term_id

AREA_EXTENT = {"national": "country", "london": "region"}
PROVENANCE_FIELDS = ("sources", "verification_status", "assured_date")


def upsert_service(session: Session, record: ServiceRecord, terms: TermIndex) -> Service:
    """Make the database say what `record` says. Children get stable ids, so a re-run is a no-op."""
    sources = [s.as_dict() for s in record.sources]
    verification = Verification(record.verification)
    provenance = {"sources": sources, "verification_status": verification,
                  "assured_date": record.assured_date}
    organization = _upsert_organization(session, record, sources, verification)

    sid = record.service_id
    service = session.get(Service, sid) or Service(id=sid)
    service.organization = organization
    service.name = record.name
    service.description = record.description
    service.url = normalise_website(record.website)
    service.email = record.email
    service.status = record.status
    service.application_process = record.contact_other
    service.interpretation_services = record.languages_note
    service.hours_description = None if record.hours_disputed else record.hours
    service.hours_disputed = record.hours_disputed
    service.notes = record.notes
    service.sources = sources
    service.verification_status = verification
    service.assured_date = record.assured_date
    session.add(service)

    _sync(service.phones, [
        Phone(id=stable_id("phone", f"{sid}:{p.type}:{p.number}"), number=p.number, type=p.type,
              description=p.description, position=i, sources=sources,
              verification_status=verification, assured_date=record.assured_date)
        for i, p in enumerate(record.phones)
    ], ("number", "type", "description", "position", "sources", "verification_status",
        "assured_date"))
    hours = [] if record.hours_disputed else parse_hours(record.hours)
    _sync(service.schedules, [
        Schedule(id=stable_id("schedule", f"{sid}:{h.encode()}"), byday=",".join(h.days),
                 opens_at=h.opens_at, closes_at=h.closes_at, description=record.hours, **provenance)
        for h in hours
    ], ("byday", "opens_at", "closes_at", "description", *PROVENANCE_FIELDS))
    _sync(service.service_areas, [
        ServiceArea(id=stable_id("service_area", f"{sid}:{code}"), area_code=code,
                    name=terms.name("area", code), extent_type=AREA_EXTENT.get(code, "borough"),
                    **provenance)
        for code in record.areas
    ], ("area_code", "name", "extent_type", *PROVENANCE_FIELDS))
    _sync(service.languages, [
        Language(id=stable_id("language", f"{sid}:{code}"), code=code,
                 name=terms.name("language", code), **provenance)
        for code in record.languages
    ], ("code", "name", *PROVENANCE_FIELDS))
    _sync(service.attributes, [
        Attribute(id=stable_id("attribute", f"{sid}:{taxonomy}:{code}"), link_id=sid,
                  link_entity="service", link_type=taxonomy,
                  taxonomy_term_id=term_id(TERM_TAXONOMY.get(taxonomy, taxonomy), code), value=None,
                  **provenance)
        for taxonomy, codes in record.all_term_codes.items() for code in codes
    ], ("link_type", "taxonomy_term_id", "value", *PROVENANCE_FIELDS))
    _sync_location(session, service, record, sources, verification)
    return service


def _upsert_organization(session, record, sources, verification) -> Organization:
    oid = record.organisation_id
    organization = session.get(Organization, oid)
    if organization is None:
        organization = Organization(id=oid, name=record.organisation, sources=sources,
                                    verification_status=verification,
                                    description=record.organisation_description or "")
        session.add(organization)
    elif record.organisation_description:
        organization.description = record.organisation_description
    if not organization.description:
        organization.description = f"Provides {record.name}."
    return organization


def _sync_location(session, service, record, sources, verification) -> None:
    if record.address is None:
        for link in list(service.service_at_locations):
            service.service_at_locations.remove(link)
        return
    lid = stable_id("location", service.id)
    location = session.get(Location, lid) or Location(id=lid)
    location.organization_id = service.organization.id
    location.location_type = "physical"
    location.name = record.organisation
    location.sources = sources
    location.verification_status = verification
    session.add(location)
    a = record.address
    _sync(location.addresses, [
        Address(id=stable_id("address", lid), address_1=a.address_1, address_2=a.address_2,
                city=a.city, postal_code=a.postal_code, sources=sources,
                verification_status=verification)
    ], ("address_1", "address_2", "city", "postal_code", "sources", "verification_status"))
    # Reuse the existing link: a new one built with `location=` would join the location's
    # collection through the backref even when it is then thrown away.
    link_id = stable_id("service_at_location", f"{service.id}:{lid}")
    link = next((x for x in service.service_at_locations if x.id == link_id), None)
    if link is None:
        link = ServiceAtLocation(id=link_id, location=location)
    _sync(service.service_at_locations, [link], ())
    for name, value in (("sources", sources), ("verification_status", verification)):
        if getattr(link, name) != value:
            setattr(link, name, value)


def _sync(collection: list, wanted: list, fields: tuple[str, ...]) -> None:
    """Update `collection` in place to match `wanted` (by id), touching only what differs."""
    by_id = {item.id: item for item in collection}
    wanted_ids = {item.id for item in wanted}
    for item in list(collection):
        if item.id not in wanted_ids:
            collection.remove(item)
    for item in wanted:
        current = by_id.get(item.id)
        if current is None:
            collection.append(item)
            continue
        for name in fields:
            value = getattr(item, name)
            if getattr(current, name) != value:
                setattr(current, name, value)
