"""The HSDS JSON shape of a service, for other systems: a list of full HSDS 3.0 services.

An export is what the API publishes plus what only editors see, as attributes on the
verification taxonomy (like the sources): the editors' `note`, and the `hours` as the source
words them ("CONFLICT" when sources disagree), so that an import gives back the same records.
"""
from __future__ import annotations

import json

from .exchange_text import ImportRejected, clean_text, is_uuid, parse_date, parse_source
from .hsds import service_json
from .models import Service, stable_id
from .records import DISPUTED_HOURS, PRIMARY_FOR, AddressRecord, PhoneRecord, ServiceRecord
from .taxonomy import TermIndex, term_id

TERM_TAXONOMIES = ("abuse-type", "service-type", "audience", "risk-level", PRIMARY_FOR)
NOTE, HOURS = "note", "hours"


def export_json(service: Service) -> dict:
    data = service_json(service)
    hours = DISPUTED_HOURS if service.hours_disputed else service.hours_description
    for kind, value in ((NOTE, service.notes), (HOURS, hours)):
        if value:
            data["attributes"].append({
                "id": stable_id("attribute", f"{service.id}:{kind}"), "link_id": service.id,
                "link_type": kind, "link_entity": "service",
                "taxonomy_term_id": term_id("verification", service.verification_status.value),
                "value": value})
    return data


def write_json(services: list[Service]) -> bytes:
    return json.dumps([export_json(s) for s in services], indent=2,
                      ensure_ascii=False).encode("utf-8")


class _Fields:
    """Reads one JSON object's fields, noting each of the wrong type instead of failing."""

    def __init__(self, item: dict, where: str, problems: list[str]):
        self.item, self.where, self.problems = item, where, problems

    def text(self, key: str, item: dict | None = None) -> str | None:
        value = (self.item if item is None else item).get(key)
        if value is None or isinstance(value, str):
            return clean_text(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.problems.append(f"{self.where}, {key}: must be text, not {type(value).__name__}")
        return None

    def objects(self, key: str, item: dict | None = None) -> list[dict]:
        value = (self.item if item is None else item).get(key)
        if value is None:
            return []
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        self.problems.append(f"{self.where}, {key}: must be a list of objects")
        return []

    def object(self, key: str) -> dict:
        value = self.item.get(key)
        if value is None or isinstance(value, dict):
            return value or {}
        self.problems.append(f"{self.where}, {key}: must be an object")
        return {}


def records_from_json(data: bytes, terms: TermIndex) -> list[tuple[str, ServiceRecord]]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportRejected(["The file is not UTF-8 text."]) from None
    except json.JSONDecodeError as error:
        raise ImportRejected([f"The file is not valid JSON: {error.msg} at line {error.lineno}, "
                              f"column {error.colno}."]) from None
    except RecursionError:
        raise ImportRejected(["The file is not valid JSON: it is nested too deeply."]) from None
    if isinstance(document, dict):
        document = document.get("contents", [document])
    if not isinstance(document, list):
        raise ImportRejected(["Expected a list of HSDS services."])
    codes_by_id = {term_id(t, c): (t, c) for (t, c) in terms.terms}
    located, problems = [], []
    for n, item in enumerate(document, start=1):
        where = f"Service {n}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected an object")
            continue
        located.append((where, _record(_Fields(item, where, problems), codes_by_id)))
    if problems:
        raise ImportRejected(problems)
    return located


def _record(fields: _Fields, codes_by_id) -> ServiceRecord:
    where, problems = fields.where, fields.problems
    sid = fields.text("id") or ""
    if not is_uuid(sid):
        problems.append(f"{where}, id: '{sid[:40]}' is not a UUID")
    codes: dict[str, list[str]] = {t: [] for t in TERM_TAXONOMIES}
    verification, sources, extra = "not-verified", [], {}
    for attribute in fields.objects("attributes"):
        kind, value = fields.text("link_type", attribute), fields.text("value", attribute)
        if kind == "verification_status":
            verification = value or verification
        elif kind == "source":
            sources.append(parse_source(value or ""))
        elif kind in (NOTE, HOURS):
            extra[kind] = value
        else:
            term = attribute.get("taxonomy_term")
            code = fields.text("code", term) if isinstance(term, dict) else None
            term_ref = fields.text("taxonomy_term_id", attribute)
            found = codes_by_id.get(term_ref)
            taxonomy = kind if kind in codes else (found[0] if found else None)
            code = code or (found[1] if found else None)
            if taxonomy is None or code is None:
                problems.append(f"{where}, attributes: unknown taxonomy term "
                                f"{(term_ref or '')[:40]}")
                continue
            codes.setdefault(taxonomy, []).append(code)
    address = None
    for link in fields.objects("service_at_locations"):
        location = link.get("location") if isinstance(link.get("location"), dict) else {}
        for a in fields.objects("addresses", location):
            address = AddressRecord(fields.text("address_1", a) or "", fields.text("city", a) or "London",
                                    fields.text("postal_code", a) or "", fields.text("address_2", a))
    hours = extra.get(HOURS) if HOURS in extra else next(
        (h for h in (fields.text("description", s) for s in fields.objects("schedules")) if h), None)
    organization = fields.object("organization")
    return ServiceRecord(
        key=sid, id=sid, name=fields.text("name") or "",
        organisation=fields.text("name", organization) or "",
        organisation_description=fields.text("description", organization),
        description=fields.text("description") or "",
        phones=[PhoneRecord(fields.text("number", p) or "", fields.text("type", p) or "voice",
                            fields.text("description", p)) for p in fields.objects("phones")],
        email=fields.text("email"), website=fields.text("url"),
        contact_other=fields.text("application_process"), address=address,
        areas=[fields.text("description", a) or "" for a in fields.objects("service_areas")],
        abuse_types=codes["abuse-type"], service_types=codes["service-type"],
        audiences=codes["audience"], risk_levels=codes["risk-level"],
        primary_for=codes[PRIMARY_FOR],
        languages=[fields.text("code", lang) or "" for lang in fields.objects("languages")],
        languages_note=fields.text("interpretation_services"), hours=hours,
        status=fields.text("status") or "active", verification=verification, sources=sources,
        assured_date=parse_date(fields.text("assured_date"), where, problems),
        notes=extra.get(NOTE),
    )
