"""The seed data: national helplines and the local services the council documents name."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml
from sqlalchemy.orm import Session

from signpost_common.phones import looks_like_phone

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
_LOOKS_LIKE_DATE = re.compile(r"\b(?:19|20)\d\d\b|\bundated\b", re.IGNORECASE)
_SEED_DOCUMENT = re.compile(r"^(?P<document>Seed:\s*\S+\.txt),?\s*(?P<section>.*)$")
_NUMBER = r"\+?\d[\d ]{0,18}\d|\d"
# How the vetted list words a number says how it is used: "textphone 18000", "text 999".
_TYPED_NUMBER = re.compile(
    rf"\b(?P<word>textphone(?: users)?|text relay|text|sms)\b:?\s+(?P<number>{_NUMBER})\b", re.IGNORECASE)
_WORD_TYPES = {"textphone": "textphone", "text relay": "textphone", "text": "text", "sms": "text"}
# "Mon-Fri 9am-5pm; out of hours 020 7008 1500 (ask for ...)": a number, not an opening time.
_OUT_OF_HOURS = re.compile(rf";\s*out of hours (?P<number>{_NUMBER})(?:\s*\((?P<note>[^)]*)\))?\s*$",
                           re.IGNORECASE)
# Every seed document is from before 2018, so what it names may have ended or changed since.
# What the public reads first on such a record, by the newest document that names it.
# (year, date of the document as it prints it, what a record it names must say first)
_SEED_PERIODS = {
    "000_e9cc957207254251.txt": (2017, "Apr 2017",
                                 "Named at Haringey's harmful practices forum in April 2017"),
    "001_f560d7bb774e87c1.txt": (2016, "2016", "Named in Haringey's draft VAWG strategy of 2016"),
    "002_f36aba86a856a778.txt": (2016, "Nov 2016",
                                 "Named in Haringey's 2016 VAWG consultation and delivery plan"),
    "003_7a8f6e361f67837e.txt": (2013, "c. 2013", "Named in London VAWG Panel minutes from about 2013"),
    "004_59b6e730850425a6.txt": (2014, "2014", "Named in Harrow's domestic and sexual violence strategy "
                                       "for 2014-17"),
}
MAY_HAVE_CHANGED = "may no longer run in this form."
NEVER_CONFIRMED = "no source says it ever ran."
# Notes in the vetted list mix facts for the public with instructions for editors ("do not state
# them", "publish none"); clauses with these markers stay in the editors' notes only.
_EDITORIAL = re.compile(r"do not|publish none|appears only|newest source|named in seed|found in any|"
                        r"no contact found|no number found|older national line|no newer page", re.IGNORECASE)


class SeedError(ValueError):
    pass


def parse_source(text: str) -> SourceRecord:
    """'Seed: 002_x.txt, Support Services table (Oct 2016)' -> document, section, date.

    A closing bracket is the date only when it reads as one; a seed document cited without a
    date gets the document's own date, so "last checked" never falls back to the load date.
    """
    match = _TRAILING_DATE.match(text.strip())
    if match and _LOOKS_LIKE_DATE.search(match["date"]):
        body, date = match["body"], match["date"]
    else:
        body, date = text.strip(), None
    seed = _SEED_DOCUMENT.match(body)
    if seed:
        known = _SEED_PERIODS.get(seed["document"].removeprefix("Seed:").strip())
        section = re.sub(r"^\((.*)\)$", r"\1", seed["section"].strip())
        return SourceRecord(seed["document"], section or None,
                            date or (known[1] if known else None))
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


def _typed_numbers(words: str) -> list[tuple[str, str]]:
    """(number, type) for each number the words say how to use: "Textphone users: 18000"."""
    return [(m["number"], _WORD_TYPES[m["word"].lower().removesuffix(" users")])
            for m in _TYPED_NUMBER.finditer(words or "")]


def national_phones(entry: dict) -> tuple[list[PhoneRecord], str | None, str | None]:
    """The entry's numbers, each typed from the vetted list's own words; its other ways to get in
    touch; and its hours without any number in them."""
    phone, text, hours = entry.get("phone"), entry.get("text"), entry.get("hours")
    named = dict((n, t) for n, t in _typed_numbers(entry["name"]))
    phones = [PhoneRecord(phone, named.get(phone, "voice"))] if phone else []
    out_of_hours = _OUT_OF_HOURS.search(hours or "")
    if out_of_hours:
        note = out_of_hours["note"]
        phones.append(PhoneRecord(out_of_hours["number"], "voice",
                                  f"Out of hours ({note})" if note else "Out of hours"))
        hours = hours[:out_of_hours.start()].strip()
    other = None
    if text and looks_like_phone(text):
        phones.append(PhoneRecord(text, "text", "Text"))
    elif text:
        typed = _typed_numbers(text)
        # Words beyond the number and its kind ("register first...") go with the number.
        rest = re.sub(r"\W+", " ", _TYPED_NUMBER.sub("", text)).strip()
        description = text if len(rest.split()) > 2 else None
        phones += [PhoneRecord(n, t, description) for n, t in typed]
        other = None if typed else text
    unique = {(p.number, p.type): p for p in phones}
    return list(unique.values()), other, hours


def source_caveat(sources: list[SourceRecord], planned: bool = False) -> str | None:
    """What a record known only from pre-2018 council documents must say first."""
    periods = [_SEED_PERIODS.get(s.document.removeprefix("Seed:").strip()) for s in sources]
    if not periods or None in periods:  # a newer, non-seed source vouches for it
        return None
    words = max(periods)[2]
    if planned:
        return "Planned in " + words.split(" ", 2)[2] + "; " + NEVER_CONFIRMED
    return f"{words}; {MAY_HAVE_CHANGED}"


def national_records(terms: TermIndex) -> list[ServiceRecord]:
    entries = yaml.safe_load(NATIONAL_FILE.read_text("utf-8"))
    extra = yaml.safe_load(NATIONAL_EXTRA_FILE.read_text("utf-8"))
    records = []
    for entry in entries:
        overrides = {**extra["defaults"], **(extra["services"].get(entry["id"]) or {})}
        phones, text, hours = national_phones(entry)
        other = [entry["webchat"]] if entry.get("webchat") else []
        if text:
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
            languages_note=entry.get("languages"), hours=hours,
            verification=entry["verification"],
            sources=[parse_source(s) for s in entry.get("sources") or []],
        ))
    return records


def local_records(terms: TermIndex, path: Path = LOCAL_FILE) -> list[ServiceRecord]:
    records = []
    for entry in yaml.safe_load(path.read_text("utf-8")) or []:
        address = entry.get("address")
        sources = [SourceRecord(str(s["document"]), s.get("section"),
                                str(s["date"]) if s.get("date") else None)
                   for s in entry.get("sources") or []]
        caveat = source_caveat(sources, planned=bool(entry.get("planned")))
        description = entry.get("description") or ""
        records.append(ServiceRecord(
            key=entry["id"], name=entry["name"], organisation=entry["organisation"],
            description=f"{caveat} {description}".strip() if caveat else description,
            phones=[PhoneRecord(entry["phone"])] if entry.get("phone") else [],
            email=entry.get("email"), website=entry.get("website"),
            address=AddressRecord(address["address_1"], address.get("city") or "London",
                                  address["postal_code"], address.get("address_2"))
            if address else None,
            areas=[entry["area"]] if entry.get("area") else [],
            risk_levels=list(entry.get("risk_levels") or []),
            service_types=list(entry.get("service_types") or []),
            abuse_types=list(entry.get("abuse_types") or []),
            audiences=[terms.canonical("audience", a) for a in entry.get("audiences") or []],
            languages=language_codes(entry.get("languages"), terms),
            languages_note=entry.get("languages"), hours=entry.get("hours"),
            verification=entry["verification"], notes=entry.get("notes"),
            status=entry.get("status") or "active", sources=sources,
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
