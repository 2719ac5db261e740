"""One plain shape for a service record, whatever it was read from (YAML seed, CSV, HSDS JSON).

Every reader turns its input into ServiceRecords and every writer reads them, so the rules about
what may be published (no contact detail without a source, no hours stated when sources
disagree) are checked in one place: `validate_record`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from signpost_common.phones import looks_like_phone

from .models.base import Verification, stable_id

DISPUTED_HOURS = "CONFLICT"
# Attribute link type marking the abuse types a service is the first line for (best bets).
PRIMARY_FOR = "primary-for"
TERM_TAXONOMY = {PRIMARY_FOR: "abuse-type"}  # attribute link type -> taxonomy of its terms
PHONE_TYPES = {"voice", "text", "textphone", "video", "fax"}
STATUSES = {"active", "inactive", "defunct", "temporarily closed"}
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL_SHAPE = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)
# Characters no field may hold: NUL and the other C0 controls (PostgreSQL refuses NUL outright),
# except tab and newline, which multi-line fields keep.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Lengths the database columns hold (directory/models); long texts get a generous cap.
NAME_LENGTH = 255
URL_LENGTH = 500
LONG_TEXT_LENGTH = 10_000
SHORT_TEXT_LENGTH = 500
# A source is written "document | section | date" in one line of CSV and one HSDS attribute.
SOURCE_PART_SEPARATOR = "|"
_NOT_TEXT = "must be text"


@dataclass
class PhoneRecord:
    number: str
    type: str = "voice"
    description: str | None = None


@dataclass
class SourceRecord:
    document: str
    section: str | None = None
    date: str | None = None

    def as_dict(self) -> dict:
        return {"document": self.document, "section": self.section, "date": self.date}


@dataclass
class AddressRecord:
    address_1: str
    city: str
    postal_code: str
    address_2: str | None = None


@dataclass
class ServiceRecord:
    key: str
    name: str
    organisation: str
    description: str = ""
    id: str | None = None
    organisation_description: str | None = None
    phones: list[PhoneRecord] = field(default_factory=list)
    email: str | None = None
    website: str | None = None
    contact_other: str | None = None  # webchat, text, forms: published as application_process
    address: AddressRecord | None = None
    areas: list[str] = field(default_factory=list)
    risk_levels: list[str] = field(default_factory=list)
    service_types: list[str] = field(default_factory=list)
    abuse_types: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    primary_for: list[str] = field(default_factory=list)  # abuse types it is the first line for
    languages: list[str] = field(default_factory=list)
    languages_note: str | None = None
    hours: str | None = None
    verification: str = Verification.NOT_VERIFIED.value
    sources: list[SourceRecord] = field(default_factory=list)
    assured_date: dt.date | None = None
    notes: str | None = None
    status: str = "active"

    @property
    def service_id(self) -> str:
        return self.id or stable_id("service", self.key)

    @property
    def organisation_id(self) -> str:
        return stable_id("organization", slugify(self.organisation))

    @property
    def hours_disputed(self) -> bool:
        return (self.hours or "").strip().upper() == DISPUTED_HOURS

    @property
    def all_term_codes(self) -> dict[str, list[str]]:
        return {
            "abuse-type": self.abuse_types,
            "service-type": self.service_types,
            "audience": self.audiences,
            "risk-level": self.risk_levels,
            PRIMARY_FOR: self.primary_for,
        }


def normalise_website(url: str | None) -> str | None:
    """Sources often write "www.example.org"; a link needs a scheme, and http is the safe guess."""
    if url and url.lower().startswith("www."):
        return "http://" + url
    return url


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class RecordError(ValueError):
    """What is wrong with a record, in words an editor can act on."""

    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name
        self.message = message


def validate_record(record: ServiceRecord, known_codes: dict[str, set[str]]) -> list[RecordError]:
    """Every reason this record may not be published. `known_codes` maps taxonomy to codes."""
    errors = _text_errors(record)
    if any(e.message.startswith(_NOT_TEXT) for e in errors):
        return errors  # the rules below read these fields as text
    if not record.key.strip():
        errors.append(RecordError("id", "is required"))
    if not record.name.strip():
        errors.append(RecordError("name", "is required"))
    if not record.organisation.strip():
        errors.append(RecordError("organisation", "is required"))
    if record.status not in STATUSES:
        errors.append(RecordError("status", f"must be one of {', '.join(sorted(STATUSES))}"))
    if record.verification not in {v.value for v in Verification}:
        allowed = ", ".join(v.value for v in Verification)
        errors.append(RecordError("verification", f"'{record.verification}' is not one of {allowed}"))
    if not record.sources:
        errors.append(RecordError("sources", "every record needs at least one source"))
    for source in record.sources:
        if not source.document.strip():
            errors.append(RecordError("sources", "a source needs a document or URL"))
    if record.phones and record.verification == Verification.NOT_VERIFIED.value:
        errors.append(RecordError(
            "verification", "a not-verified record may not publish a phone number"))
    for phone in record.phones:
        if not looks_like_phone(phone.number.strip()):
            errors.append(RecordError("phone", f"'{phone.number}' is not a phone number"))
        if phone.type not in PHONE_TYPES:
            errors.append(RecordError("phone", f"type '{phone.type}' is not one of "
                                      f"{', '.join(sorted(PHONE_TYPES))}"))
    if record.email and not _EMAIL_SHAPE.match(record.email):
        errors.append(RecordError("email", f"'{record.email}' is not an email address"))
    if record.website and not _URL_SHAPE.match(normalise_website(record.website)):
        errors.append(RecordError("website", f"'{record.website}' is not a web address"))
    for taxonomy, codes in record.all_term_codes.items():
        for code in codes:
            if code not in known_codes.get(TERM_TAXONOMY.get(taxonomy, taxonomy), set()):
                errors.append(RecordError(taxonomy, f"unknown code '{code}'"))
    for code in record.areas:
        if code not in known_codes.get("area", set()):
            errors.append(RecordError("area", f"unknown area '{code}'"))
    for code in record.languages:
        if code not in known_codes.get("language", set()):
            errors.append(RecordError("languages", f"unknown language code '{code}'"))
    return errors


def _text_errors(record: ServiceRecord) -> list[RecordError]:
    """Lengths, control characters and line breaks, checked before anything reaches a database."""
    address = record.address
    checks: list[tuple[str, str | None, int, bool]] = [  # field, value, max length, multi-line
        ("id", record.key, NAME_LENGTH, False), ("name", record.name, NAME_LENGTH, False),
        ("organisation", record.organisation, NAME_LENGTH, False),
        ("organisation_description", record.organisation_description, LONG_TEXT_LENGTH, True),
        ("description", record.description, LONG_TEXT_LENGTH, True),
        ("email", record.email, NAME_LENGTH, False), ("website", record.website, URL_LENGTH, False),
        ("other_contact", record.contact_other, LONG_TEXT_LENGTH, True),
        ("languages_note", record.languages_note, LONG_TEXT_LENGTH, True),
        ("hours", record.hours, LONG_TEXT_LENGTH, True),
        ("notes", record.notes, LONG_TEXT_LENGTH, True),
        ("status", record.status, 20, False), ("verification", record.verification, 20, False),
    ]
    if address is not None:
        checks += [("address_1", address.address_1, NAME_LENGTH, False),
                   ("address_2", address.address_2, NAME_LENGTH, False),
                   ("city", address.city, 100, False),
                   ("postal_code", address.postal_code, 10, False)]
    # Phones and sources are one per line in the CSV, so none of their parts may break a line.
    for phone in record.phones:
        checks += [("phone", phone.number, 50, False), ("phone", phone.type, 20, False),
                   ("phone", phone.description, SHORT_TEXT_LENGTH, False)]
    for source in record.sources:
        checks += [("sources", part, SHORT_TEXT_LENGTH, False)
                   for part in (source.document, source.section, source.date)]
    checks += [("area", code, 60, False) for code in record.areas]
    checks += [("languages", code, 10, False) for code in record.languages]
    errors = []
    for field_name, value, limit, multi_line in checks:
        problem = _text_problem(value, limit, multi_line)
        if problem:
            errors.append(RecordError(field_name, problem))
    for source in record.sources:
        if any(SOURCE_PART_SEPARATOR in (part or "")
               for part in (source.document, source.section, source.date)):
            errors.append(RecordError(
                "sources", f"a source's document, section and date may not contain "
                           f"'{SOURCE_PART_SEPARATOR}'"))
    return errors


def _text_problem(value: object, limit: int, multi_line: bool) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return f"{_NOT_TEXT}, not {type(value).__name__}"
    if len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} fit"
    if _CONTROL.search(value):
        return "holds a control character (such as a null byte)"
    if not multi_line and "".join(value.splitlines()) != value:
        return "must be on one line"
    return None
