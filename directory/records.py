"""One plain shape for a service record, whatever it was read from (YAML seed, CSV, HSDS JSON).

Every reader turns its input into ServiceRecords and every writer reads them, so the rules about
what may be published (no contact detail without a source, no hours stated when sources
disagree) are checked in one place: `validate_record`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .models.base import Verification, stable_id

DISPUTED_HOURS = "CONFLICT"
# Attribute link type marking the abuse types a service is the first line for (best bets).
PRIMARY_FOR = "primary-for"
TERM_TAXONOMY = {PRIMARY_FOR: "abuse-type"}  # attribute link type -> taxonomy of its terms
PHONE_TYPES = {"voice", "text", "textphone", "video", "fax"}
STATUSES = {"active", "inactive", "defunct", "temporarily closed"}
_PHONE_SHAPE = re.compile(r"^\+?[\d ]{2,20}$")
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL_SHAPE = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


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
    errors: list[RecordError] = []
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
        if not _PHONE_SHAPE.match(phone.number.strip()):
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
