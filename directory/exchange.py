"""Import and export: HSDS JSON for systems, CSV for people who work in spreadsheets.

Imports are all-or-nothing: every row is read and checked first, and if any is wrong the file
is rejected whole, with a message for each problem saying where it is. Only a clean file is
written, inside the caller's single transaction.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid

from sqlalchemy.orm import Session

from .hsds import SOURCE_SEPARATOR, format_source, service_json
from .models import Service
from .records import (
    PRIMARY_FOR,
    AddressRecord,
    PhoneRecord,
    ServiceRecord,
    SourceRecord,
    validate_record,
)
from .search.documents import load_services
from .store import upsert_service
from .taxonomy import TermIndex, load_term_index, term_id

LIST_SEPARATOR = ";"
CSV_COLUMNS = [
    "id", "name", "organisation", "description", "phones", "email", "website", "other_contact",
    "address_1", "address_2", "city", "postal_code", "areas", "abuse_types", "service_types",
    "audiences", "risk_levels", "primary_for", "languages", "languages_note", "hours", "status",
    "verification", "sources", "assured_date", "notes",
]
TERM_TAXONOMIES = ("abuse-type", "service-type", "audience", "risk-level", PRIMARY_FOR)


CSV_LIST_COLUMN = {"abuse-type": "abuse_types", "service-type": "service_types",
                   "audience": "audiences", "risk-level": "risk_levels", PRIMARY_FOR: "primary_for"}


class ImportRejected(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


# -- export ---------------------------------------------------------------------------------

def export_services(session: Session, fmt: str) -> bytes:
    services = sorted(load_services(session), key=lambda s: s.id)
    if fmt == "json":
        return json.dumps([service_json(s) for s in services], indent=2,
                          ensure_ascii=False).encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for service in services:
            writer.writerow(_csv_row(service))
        return out.getvalue().encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")


def _csv_row(service: Service) -> dict:
    address = None
    for link in service.service_at_locations:
        address = (link.location.addresses or [None])[0]
    codes: dict[str, list[str]] = {t: [] for t in TERM_TAXONOMIES}
    for attribute in service.attributes:
        codes.setdefault(attribute.link_type or "", []).append(attribute.taxonomy_term.code)
    return {
        "id": service.id, "name": service.name, "organisation": service.organization.name,
        "description": service.description,
        "phones": "\n".join(p.number if p.type == "voice" else f"{p.number} ({p.type})"
                            for p in service.phones),
        "email": service.email or "", "website": service.url or "",
        "other_contact": service.application_process or "",
        "address_1": address.address_1 if address else "",
        "address_2": (address.address_2 or "") if address else "",
        "city": address.city if address else "",
        "postal_code": address.postal_code if address else "",
        "areas": LIST_SEPARATOR.join(sorted(a.area_code for a in service.service_areas)),
        **{CSV_LIST_COLUMN[t]: LIST_SEPARATOR.join(sorted(codes[t])) for t in TERM_TAXONOMIES},
        "languages": LIST_SEPARATOR.join(sorted(lang.code for lang in service.languages)),
        "languages_note": service.interpretation_services or "",
        "hours": "CONFLICT" if service.hours_disputed else (service.hours_description or ""),
        "status": service.status, "verification": service.verification_status.value,
        "sources": "\n".join(format_source(s) for s in service.sources or []),
        "assured_date": service.assured_date.isoformat() if service.assured_date else "",
        "notes": service.notes or "",
    }


# -- import ---------------------------------------------------------------------------------

def import_services(session: Session, data: bytes, fmt: str) -> int:
    terms = load_term_index(session)
    if fmt == "json":
        located = _records_from_json(data, terms)
    elif fmt == "csv":
        located = _records_from_csv(data)
    else:
        raise ImportRejected([f"Unknown format '{fmt}': use json or csv."])
    problems = []
    seen: dict[str, str] = {}
    for where, record in located:
        if record.service_id in seen:
            problems.append(f"{where}: id {record.service_id} is also used by {seen[record.service_id]}")
        seen[record.service_id] = where
        problems += [f"{where}, {e.field_name}: {e.message}"
                     for e in validate_record(record, terms.codes())]
    if problems:
        raise ImportRejected(problems)
    if not located:
        raise ImportRejected(["The file holds no services."])
    for _where, record in located:
        upsert_service(session, record, terms)
    session.flush()
    return len(located)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(LIST_SEPARATOR) if v.strip()]


def _parse_source(text: str) -> SourceRecord:
    parts = [p.strip() for p in text.split(SOURCE_SEPARATOR.strip())]
    return SourceRecord(parts[0], parts[1] if len(parts) > 1 and parts[1] else None,
                        parts[2] if len(parts) > 2 and parts[2] else None)


def _parse_date(value: str | None, where: str, problems: list[str]) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        problems.append(f"{where}, assured_date: '{value}' is not a date like 2026-11-21")
        return None


def _records_from_csv(data: bytes) -> list[tuple[str, ServiceRecord]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected([f"The file is not UTF-8 text (byte {error.start})."]) from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("name", "organisation", "verification", "sources")
               if c not in (reader.fieldnames or [])]
    if missing:
        raise ImportRejected([f"Row 1 (header): missing column(s) {', '.join(missing)}"])
    unknown = [c for c in reader.fieldnames or [] if c not in CSV_COLUMNS]
    if unknown:
        raise ImportRejected([f"Row 1 (header): unknown column(s) {', '.join(unknown)}"])
    located, problems = [], []
    for number, row in enumerate(reader, start=2):
        where = f"Row {number}"
        if None in row:
            problems.append(f"{where}: more cells than there are columns")
            continue
        row = {k: (v or "").strip() for k, v in row.items()}
        phones = []
        for line in row.get("phones", "").splitlines():
            number_text, _, kind = line.partition("(")
            phones.append(PhoneRecord(number_text.strip(), kind.rstrip(")").strip() or "voice"))
        address = None
        if row.get("address_1") or row.get("postal_code"):
            address = AddressRecord(row.get("address_1", ""), row.get("city", "") or "London",
                                    row.get("postal_code", ""), row.get("address_2") or None)
        located.append((where, ServiceRecord(
            key=row.get("id") or row["name"], id=row.get("id") or None, name=row["name"],
            organisation=row["organisation"], description=row.get("description", ""),
            phones=phones, email=row.get("email") or None, website=row.get("website") or None,
            contact_other=row.get("other_contact") or None, address=address,
            areas=_split(row.get("areas")), abuse_types=_split(row.get("abuse_types")),
            service_types=_split(row.get("service_types")),
            audiences=_split(row.get("audiences")), risk_levels=_split(row.get("risk_levels")),
            primary_for=_split(row.get("primary_for")),
            languages=_split(row.get("languages")), languages_note=row.get("languages_note") or None,
            hours=row.get("hours") or None, status=row.get("status") or "active",
            verification=row["verification"],
            sources=[_parse_source(s) for s in row["sources"].splitlines() if s.strip()],
            assured_date=_parse_date(row.get("assured_date"), where, problems),
            notes=row.get("notes") or None,
        )))
        if located[-1][1].id and not _is_uuid(located[-1][1].id):
            problems.append(f"{where}, id: '{row['id']}' is not a UUID")
    if problems:
        raise ImportRejected(problems)
    return located


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
        return True
    except ValueError:
        return False


def _records_from_json(data: bytes, terms: TermIndex) -> list[tuple[str, ServiceRecord]]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportRejected(["The file is not UTF-8 text."]) from None
    except json.JSONDecodeError as error:
        raise ImportRejected([f"The file is not valid JSON: {error.msg} at line {error.lineno}, "
                              f"column {error.colno}."]) from None
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
        try:
            located.append((where, _record_from_hsds(item, codes_by_id, where, problems)))
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            problems.append(f"{where}: missing or malformed field ({error})")
    if problems:
        raise ImportRejected(problems)
    return located


def _record_from_hsds(item: dict, codes_by_id, where: str, problems: list[str]) -> ServiceRecord:
    sid = str(item["id"])
    if not _is_uuid(sid):
        problems.append(f"{where}, id: '{sid}' is not a UUID")
    codes: dict[str, list[str]] = {t: [] for t in TERM_TAXONOMIES}
    verification, sources = "not-verified", []
    for attribute in item.get("attributes") or []:
        kind = attribute.get("link_type")
        if kind == "verification_status":
            verification = attribute.get("value") or verification
        elif kind == "source":
            sources.append(_parse_source(attribute.get("value") or ""))
        else:
            term = (attribute.get("taxonomy_term") or {}).get("code")
            found = codes_by_id.get(attribute.get("taxonomy_term_id"))
            taxonomy = kind if kind in codes else (found[0] if found else None)
            code = term or (found[1] if found else None)
            if taxonomy is None or code is None:
                problems.append(f"{where}, attributes: unknown taxonomy term "
                                f"{attribute.get('taxonomy_term_id')}")
                continue
            codes.setdefault(taxonomy, []).append(code)
    address = None
    for link in item.get("service_at_locations") or []:
        for a in (link.get("location") or {}).get("addresses") or []:
            address = AddressRecord(a["address_1"], a.get("city") or "London", a["postal_code"],
                                    a.get("address_2"))
    hours = next((s.get("description") for s in item.get("schedules") or []
                  if s.get("description")), None)
    organization = item.get("organization") or {}
    organisation = organization.get("name") or ""
    return ServiceRecord(
        key=sid, id=sid, name=item.get("name") or "", organisation=organisation,
        organisation_description=organization.get("description"),
        description=item.get("description") or "",
        phones=[PhoneRecord(str(p["number"]), p.get("type") or "voice", p.get("description"))
                for p in item.get("phones") or []],
        email=item.get("email"), website=item.get("url"),
        contact_other=item.get("application_process"), address=address,
        areas=[a.get("description") or "" for a in item.get("service_areas") or []],
        abuse_types=codes["abuse-type"], service_types=codes["service-type"],
        audiences=codes["audience"], risk_levels=codes["risk-level"],
        primary_for=codes[PRIMARY_FOR],
        languages=[lang.get("code") or "" for lang in item.get("languages") or []],
        languages_note=item.get("interpretation_services"), hours=hours,
        status=item.get("status") or "active", verification=verification, sources=sources,
        assured_date=_parse_date(item.get("assured_date"), where, problems),
    )


__all__ = ["ImportRejected", "export_services", "import_services"]
