"""The seed data: national helplines and the local services the council documents name."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml
from sqlalchemy.orm import Session

from .records import (
    AddressRecord,
    PhoneRecord,
    RecordError,
    ServiceRecord,
    SourceRecord,
    validate_record,
)
from .store import upsert_service
from .taxonomy import SEED_DATA, TermIndex, build_term_index, read_taxonomy_file, upsert_taxonomies

NATIONAL_FILE = SEED_DATA / "national-helplines.yaml"
NATIONAL_EXTRA_FILE = SEED_DATA / "national-extra.yaml"
LOCAL_FILE = SEED_DATA / "local-services.yaml"
_TRAILING_DATE = re.compile(r"^(?P<body>.*?)\s*\((?P<date>[^()]*)\)\s*$")
_PHONE_ONLY = re.compile(r"^\+?[\d ]{2,20}$")
# Notes in the vetted list mix facts for the public with instructions for editors ("do not state
# them", "publish none"); clauses with these markers stay in the editors' notes only.
_EDITORIAL = re.compile(r"do not|publish none|appears only|newest source|named in seed|found in any|"
                        r"no contact found|no number found|older national line|no newer page", re.IGNORECASE)


class SeedError(ValueError):
    pass


def parse_source(text: str) -> SourceRecord:
    """'Seed: 002_x.txt, Support Services table (Oct 2016)' -> document, section, date."""
    match = _TRAILING_DATE.match(text.strip())
    body, date = (match["body"], match["date"]) if match else (text.strip(), None)
    if body.startswith("Seed:") and "," in body:
        document, section = body.split(",", 1)
        return SourceRecord(document.strip(), section.strip(), date)
    return SourceRecord(body, None, date)


def language_codes(text: str | None, terms: TermIndex) -> list[str]:
    if not text:
        return []
    lowered = text.lower()
    found = []
    for info in terms.in_taxonomy("language"):
        names = {info.name.lower(), info.code.lower()} if info.code == "bsl" else {info.name.lower()}
        if any(re.search(rf"\b{re.escape(n)}\b", lowered) for n in names):
            found.append(info.code)
    return found


def public_description(notes: str | None) -> str:
    """The clauses of an editor's note that are facts for the public."""
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", notes or ""):
        clauses = [c for c in sentence.rstrip(".").split("; ") if c and not _EDITORIAL.search(c)]
        if clauses:
            text = "; ".join(clauses)
            kept.append(text[0].upper() + text[1:] + ".")
    return " ".join(kept)


def national_records(terms: TermIndex) -> list[ServiceRecord]:
    entries = yaml.safe_load(NATIONAL_FILE.read_text("utf-8"))
    extra = yaml.safe_load(NATIONAL_EXTRA_FILE.read_text("utf-8"))
    records = []
    for entry in entries:
        overrides = {**extra["defaults"], **(extra["services"].get(entry["id"]) or {})}
        phones = [PhoneRecord(entry["phone"])] if entry.get("phone") else []
        other = [entry["webchat"]] if entry.get("webchat") else []
        text = entry.get("text")
        if text and _PHONE_ONLY.match(text):
            phones.append(PhoneRecord(text, "text", "Text"))
        elif text:
            other.append(text)
        records.append(ServiceRecord(
            key=entry["id"], name=entry["name"], organisation=entry["organisation"],
            description=public_description(entry.get("notes")), notes=entry.get("notes"),
            phones=phones, website=entry.get("website"),
            contact_other="; ".join(other) or None, areas=[entry.get("area") or "national"],
            risk_levels=list(overrides["risk_levels"]),
            service_types=list(overrides["service_types"]),
            primary_for=list(overrides.get("primary_for") or []),
            abuse_types=list(entry.get("abuse_types") or []),
            audiences=[terms.canonical("audience", a) for a in entry.get("audiences") or []],
            languages=language_codes(entry.get("languages"), terms),
            languages_note=entry.get("languages"), hours=entry.get("hours"),
            verification=entry["verification"],
            sources=[parse_source(s) for s in entry.get("sources") or []],
        ))
    return records


def local_records(terms: TermIndex, path: Path = LOCAL_FILE) -> list[ServiceRecord]:
    records = []
    for entry in yaml.safe_load(path.read_text("utf-8")) or []:
        address = entry.get("address")
        records.append(ServiceRecord(
            key=entry["id"], name=entry["name"], organisation=entry["organisation"],
            description=entry.get("description") or "",
            phones=[PhoneRecord(entry["phone"])] if entry.get("phone") else [],
            email=entry.get("email"), website=entry.get("website"),
            address=AddressRecord(address["address_1"], address.get("city") or "London",
                                  address["postal_code"], address.get("address_2"))
            if address else None,
            areas=[entry["area"]], risk_levels=list(entry.get("risk_levels") or []),
            service_types=list(entry.get("service_types") or []),
            abuse_types=list(entry.get("abuse_types") or []),
            audiences=[terms.canonical("audience", a) for a in entry.get("audiences") or []],
            languages=language_codes(entry.get("languages"), terms),
            languages_note=entry.get("languages"), hours=entry.get("hours"),
            verification=entry["verification"], notes=entry.get("notes"),
            status=entry.get("status") or "active",
            sources=[SourceRecord(str(s["document"]), s.get("section"),
                                  str(s["date"]) if s.get("date") else None)
                     for s in entry.get("sources") or []],
        ))
    return records


def seed_records(terms: TermIndex) -> list[ServiceRecord]:
    records = national_records(terms) + local_records(terms)
    problems = []
    seen = set()
    for record in records:
        if record.key in seen:
            problems.append(f"{record.key}: appears twice")
        seen.add(record.key)
        problems += [f"{record.key}: {e}" for e in validate_record(record, terms.codes())]
    if problems:
        raise SeedError("The seed data has problems:\n" + "\n".join(problems))
    return records


def load_seed_data(session: Session, progress: Callable[[Iterable], Iterable] = iter) -> int:
    """Load the taxonomy and every seed service. Idempotent; the caller commits."""
    taxonomies = read_taxonomy_file()
    terms = build_term_index(taxonomies)
    records = seed_records(terms)
    upsert_taxonomies(session, taxonomies)
    for record in progress(records):
        upsert_service(session, record, terms)
    session.flush()
    return len(records)


__all__ = ["RecordError", "SeedError", "load_seed_data", "seed_records"]
