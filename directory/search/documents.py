"""Turning a service and its taxonomy terms into the document the search index holds."""
from __future__ import annotations

import datetime as dt

from ..hours import WeeklyHours, open_slots, parse_hours
from ..models import Schedule, Service, Verification
from ..records import PRIMARY_FOR

# How much a record's trustworthiness lifts it in the ranking: verified national lines must
# never be buried under a vague local match.
VERIFICATION_PRIORITY = {
    Verification.VERIFIED: 0.3, Verification.SECONDARY: 0.2,
    Verification.OLD_SOURCE: 0.1, Verification.NOT_VERIFIED: 0.0,
}
# A listing its service confirmed once but not for a year is trusted one step less. The
# editors' daily job (`flask editors remind`) reindexes, so this stays true as days pass.
CONFIRMATION_LAPSES_AFTER = dt.timedelta(days=365)
LAPSED_CONFIRMATION_PENALTY = 0.1


def schedule_hours(schedules: list[Schedule]) -> list[WeeklyHours]:
    return [WeeklyHours(tuple(s.byday.split(",")), s.opens_at, s.closes_at) for s in schedules]


def service_document(service: Service) -> dict:
    by_type: dict[str, set[str]] = {}
    keyword_text: list[str] = []
    for attribute in service.attributes:
        term = attribute.taxonomy_term
        codes = by_type.setdefault(attribute.link_type or "", set())
        codes.add(term.code)
        if term.parent is not None and attribute.link_type != PRIMARY_FOR:
            # coercive control is domestic abuse too
            codes.add(term.parent.code)
        if attribute.link_type != PRIMARY_FOR:
            keyword_text += [term.name, *(term.keywords or [])]
    hours = schedule_hours(service.schedules) or parse_hours(service.hours_description)
    priority = VERIFICATION_PRIORITY[service.verification_status]
    if "national" in {a.area_code for a in service.service_areas}:
        priority += 0.1
    if service.phones:
        priority += 0.05
    if service.assured_date and dt.date.today() - service.assured_date > CONFIRMATION_LAPSES_AFTER:
        priority -= LAPSED_CONFIRMATION_PENALTY
    return {
        "id": service.id,
        "name": service.name,
        "description": " ".join(filter(None, [service.description, service.eligibility_description])),
        "organization": service.organization.name,
        "keywords": " ".join(keyword_text),
        "abuse_types": " ".join(sorted(by_type.get("abuse-type", ()))),
        "service_types": " ".join(sorted(by_type.get("service-type", ()))),
        "audiences": " ".join(sorted(by_type.get("audience", ()))),
        "risk_levels": " ".join(sorted(by_type.get("risk-level", ()))),
        "primary_for": " ".join(sorted(by_type.get(PRIMARY_FOR, ()))),
        "term_ids": " ".join(sorted(a.taxonomy_term_id for a in service.attributes)),
        "areas": " ".join(sorted(a.area_code for a in service.service_areas)),
        "languages": " ".join(sorted(lang.code for lang in service.languages)),
        "organization_id": service.organization_id,
        "always_open": any(h.always for h in hours),
        "open_slots": " ".join(sorted(open_slots(hours))),
        "hours": ";".join(h.encode() for h in hours),
        "priority": round(priority, 3),
        "verified_national": service.verification_status == Verification.VERIFIED
        and "national" in {a.area_code for a in service.service_areas},
        "status": service.status,
    }
