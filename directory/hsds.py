"""Directory records as HSDS 3.0 JSON (the shapes in shared/standards/hsds-3.0/compiled)."""
from __future__ import annotations

import datetime as dt

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
    Taxonomy,
    TaxonomyTerm,
    stable_id,
)
from .taxonomy import term_id

SOURCE_SEPARATOR = " | "


def _clean(data: dict) -> dict:
    """HSDS types are not nullable: leave out what we don't know rather than send null."""
    return {k: v for k, v in data.items() if v is not None}


def _timestamp(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat()


def format_source(source: dict) -> str:
    """`document | section | date`; a missing section stays as an empty part, so that a date
    is never read back as a section, and trailing empty parts are left off."""
    parts = [source.get("document") or "", source.get("section") or "", source.get("date") or ""]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    return SOURCE_SEPARATOR.join(parts)


def taxonomy_json(taxonomy: Taxonomy) -> dict:
    return _clean({"id": taxonomy.id, "name": taxonomy.name,
                   "description": taxonomy.description, "version": taxonomy.version})


def taxonomy_term_json(term: TaxonomyTerm, with_taxonomy: bool = True) -> dict:
    data = {
        "id": term.id, "code": term.code, "name": term.name, "description": term.description,
        "parent_id": term.parent_id, "taxonomy": term.taxonomy.code if with_taxonomy else None,
        "taxonomy_id": term.taxonomy_id, "language": term.language,
    }
    if with_taxonomy:
        data["taxonomy_detail"] = taxonomy_json(term.taxonomy)
    return _clean(data)


def organization_json(org: Organization, services: list[Service] | None = None) -> dict:
    data = _clean({
        "id": org.id, "name": org.name, "alternate_name": org.alternate_name,
        "description": org.description or org.name, "email": org.email, "website": org.website,
    })
    if services is not None:
        data["services"] = [service_summary_json(s) for s in services]
    return data


def service_summary_json(service: Service) -> dict:
    """The one-to-one fields of a service: what HSDS list endpoints return."""
    return _clean({
        "id": service.id, "organization_id": service.organization_id, "name": service.name,
        "alternate_name": service.alternate_name, "description": service.description,
        "url": service.url, "email": service.email, "status": service.status,
        "interpretation_services": service.interpretation_services,
        "application_process": service.application_process,
        "eligibility_description": service.eligibility_description,
        "minimum_age": service.minimum_age, "maximum_age": service.maximum_age,
        "assured_date": service.assured_date.isoformat() if service.assured_date else None,
        "alert": service.alert, "last_modified": _timestamp(service.last_modified),
    })


def service_json(service: Service) -> dict:
    data = service_summary_json(service)
    data["organization"] = organization_json(service.organization)
    data["phones"] = [phone_json(p) for p in service.phones]
    data["schedules"] = [schedule_json(s) for s in _by_id(service.schedules)]
    data["service_areas"] = [service_area_json(a) for a in _by_id(service.service_areas)]
    data["languages"] = [language_json(lang) for lang in _by_id(service.languages)]
    data["service_at_locations"] = [service_at_location_json(sal, with_service=False)
                                    for sal in _by_id(service.service_at_locations)]
    data["attributes"] = ([attribute_json(a) for a in _by_id(service.attributes)]
                          + provenance_attributes(service))
    return data


def _by_id(rows):
    # Databases order strings by their own collations; Python's order is the same everywhere.
    return sorted(rows, key=lambda row: row.id)


def provenance_attributes(service: Service) -> list[dict]:
    """Verification status and each source, as attributes on the verification taxonomy."""
    status = service.verification_status.value
    tid = term_id("verification", status)
    out = [{
        "id": stable_id("attribute", f"{service.id}:verification"), "link_id": service.id,
        "link_type": "verification_status", "link_entity": "service", "taxonomy_term_id": tid,
        "value": status,
    }]
    for n, source in enumerate(service.sources or []):
        out.append({
            "id": stable_id("attribute", f"{service.id}:source:{n}"), "link_id": service.id,
            "link_type": "source", "link_entity": "service", "taxonomy_term_id": tid,
            "value": format_source(source),
        })
    return out


def phone_json(phone: Phone) -> dict:
    return _clean({"id": phone.id, "service_id": phone.service_id, "number": phone.number,
                   "extension": phone.extension, "type": phone.type,
                   "description": phone.description})


def schedule_json(schedule: Schedule) -> dict:
    return _clean({
        "id": schedule.id, "service_id": schedule.service_id, "freq": schedule.freq,
        "wkst": "MO", "byday": schedule.byday, "opens_at": schedule.opens_at.strftime("%H:%M"),
        "closes_at": schedule.closes_at.strftime("%H:%M"), "description": schedule.description,
    })


def service_area_json(area: ServiceArea) -> dict:
    return _clean({"id": area.id, "service_id": area.service_id, "name": area.name,
                   "extent_type": area.extent_type, "description": area.area_code})


def language_json(language: Language) -> dict:
    return _clean({"id": language.id, "service_id": language.service_id, "name": language.name,
                   "code": language.code, "note": language.note})


def attribute_json(attribute: Attribute) -> dict:
    return _clean({
        "id": attribute.id, "link_id": attribute.link_id, "link_type": attribute.link_type,
        "link_entity": attribute.link_entity, "taxonomy_term_id": attribute.taxonomy_term_id,
        "value": attribute.value,
        "taxonomy_term": taxonomy_term_json(attribute.taxonomy_term, with_taxonomy=False),
    })


def address_json(address: Address) -> dict:
    return _clean({
        "id": address.id, "location_id": address.location_id, "address_1": address.address_1,
        "address_2": address.address_2, "city": address.city, "region": address.region,
        "state_province": address.state_province, "postal_code": address.postal_code,
        "country": address.country, "address_type": address.address_type,
    })


def location_json(location: Location) -> dict:
    return _clean({
        "id": location.id, "location_type": location.location_type,
        "organization_id": location.organization_id, "name": location.name,
        "description": location.description, "latitude": location.latitude,
        "longitude": location.longitude,
        "addresses": [address_json(a) for a in location.addresses],
    })


def service_at_location_json(link: ServiceAtLocation, with_service: bool = True) -> dict:
    data = _clean({"id": link.id, "service_id": link.service_id,
                   "location_id": link.location_id, "description": link.description,
                   "location": location_json(link.location)})
    if with_service:
        data["service"] = service_summary_json(link.service)
    return data
