"""The CSV shape of a service: one row each, for people who work in spreadsheets.

Lists are separated by ";". Phones and sources hold one entry per line:
`0808 157 0000 (text): Text only` and `document | section | date` (an empty part stays in
place, so a date is never read back as a section).
"""
from __future__ import annotations

import csv
import io
import re

from .exchange_text import (
    ImportRejected,
    clean_text,
    format_source,
    is_uuid,
    parse_date,
    parse_source,
)
from .models import Service
from .records import PRIMARY_FOR, AddressRecord, PhoneRecord, ServiceRecord

LIST_SEPARATOR = ";"
CSV_COLUMNS = [
    "id", "name", "organisation", "organisation_description", "description", "phones", "email",
    "website", "other_contact", "address_1", "address_2", "city", "postal_code", "areas",
    "abuse_types", "service_types", "audiences", "risk_levels", "primary_for", "languages",
    "languages_note", "hours", "status", "verification", "sources", "assured_date", "notes",
]
TERM_TAXONOMIES = ("abuse-type", "service-type", "audience", "risk-level", PRIMARY_FOR)
CSV_LIST_COLUMN = {"abuse-type": "abuse_types", "service-type": "service_types",
                   "audience": "audiences", "risk-level": "risk_levels", PRIMARY_FOR: "primary_for"}
# "number", then "(type)" unless it is a voice line, then ": description" if there is one.
_PHONE_LINE = re.compile(r"^(?P<number>[^():]*?)\s*(?:\((?P<type>[^()]*)\))?\s*(?::\s*(?P<description>.*))?$")


def format_phone(number: str, kind: str, description: str | None) -> str:
    text = number if kind == "voice" else f"{number} ({kind})"
    return f"{text}: {description}" if description else text


def parse_phone(line: str) -> PhoneRecord:
    found = _PHONE_LINE.match(line.strip())
    if found is None:  # validation then says the number is not a phone number
        return PhoneRecord(line.strip(), "voice")
    return PhoneRecord(found["number"], (found["type"] or "").strip() or "voice",
                       (found["description"] or "").strip() or None)


def csv_row(service: Service) -> dict:
    address = None
    for link in service.service_at_locations:
        address = (link.location.addresses or [None])[0]
    codes: dict[str, list[str]] = {t: [] for t in TERM_TAXONOMIES}
    for attribute in service.attributes:
        codes.setdefault(attribute.link_type or "", []).append(attribute.taxonomy_term.code)
    return {
        "id": service.id, "name": service.name, "organisation": service.organization.name,
        "organisation_description": service.organization.description or "",
        "description": service.description,
        "phones": "\n".join(format_phone(p.number, p.type, p.description) for p in service.phones),
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


def write_csv(services: list[Service]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for service in services:
        writer.writerow(csv_row(service))
    return out.getvalue().encode("utf-8")


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(LIST_SEPARATOR) if v.strip()]


def records_from_csv(data: bytes) -> list[tuple[str, ServiceRecord]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected([f"The file is not UTF-8 text (byte {error.start})."]) from None
    # strict: a quote opened and never closed would otherwise swallow every later row into one
    # cell, and the rows before it would be imported as if the file ended there.
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        return _read_rows(reader)
    except csv.Error as error:
        raise ImportRejected([f"The file is not readable as CSV after line {reader.line_num}: {error} "
                              f"(is a quoted cell never closed?)"]) from None


def _read_rows(reader: csv.DictReader) -> list[tuple[str, ServiceRecord]]:
    missing = [c for c in ("name", "organisation", "verification", "sources")
               if c not in (reader.fieldnames or [])]
    if missing:
        raise ImportRejected([f"Row 1 (header): missing column(s) {', '.join(missing)}"])
    unknown = [c for c in reader.fieldnames or [] if c not in CSV_COLUMNS]
    if unknown:
        raise ImportRejected([f"Row 1 (header): unknown column(s) {', '.join(unknown)}"])
    located, problems = [], []
    for number, row in enumerate(reader, start=2):  # numbered as a spreadsheet shows them
        where = f"Row {number}"
        if None in row:
            problems.append(f"{where}: more cells than there are columns")
            continue
        row = {k: clean_text(v) or "" for k, v in row.items()}
        record = _record(row, where, problems)
        if record.id and not is_uuid(record.id):
            problems.append(f"{where}, id: '{row['id'][:40]}' is not a UUID")
        located.append((where, record))
    if problems:
        raise ImportRejected(problems)
    return located


def _record(row: dict[str, str], where: str, problems: list[str]) -> ServiceRecord:
    address = None
    if row.get("address_1") or row.get("postal_code"):
        address = AddressRecord(row.get("address_1", ""), row.get("city", "") or "London",
                                row.get("postal_code", ""), row.get("address_2") or None)
    return ServiceRecord(
        key=row.get("id") or row["name"], id=row.get("id") or None, name=row["name"],
        organisation=row["organisation"],
        organisation_description=row.get("organisation_description") or None,
        description=row.get("description", ""),
        phones=[parse_phone(line) for line in row.get("phones", "").splitlines() if line.strip()],
        email=row.get("email") or None, website=row.get("website") or None,
        contact_other=row.get("other_contact") or None, address=address,
        areas=_split(row.get("areas", "")), abuse_types=_split(row.get("abuse_types", "")),
        service_types=_split(row.get("service_types", "")),
        audiences=_split(row.get("audiences", "")), risk_levels=_split(row.get("risk_levels", "")),
        primary_for=_split(row.get("primary_for", "")),
        languages=_split(row.get("languages", "")), languages_note=row.get("languages_note") or None,
        hours=row.get("hours") or None, status=row.get("status") or "active",
        verification=row["verification"],
        sources=[parse_source(s) for s in row["sources"].splitlines() if s.strip()],
        assured_date=parse_date(row.get("assured_date"), where, problems),
        notes=row.get("notes") or None,
    )
