"""Filters, resolved once and applied the same way by the index and by the database fallback."""
from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq

from ..hours import WeeklyHours, current_slot, is_always_open, is_open
from ..postcodes import district_boroughs, find_district
from ..taxonomy import TermIndex
from .request import SearchRequest
from .schema import NO_LANGUAGE_LISTED
from .understanding import Lexicon


class UnknownFilter(ValueError):
    """A filter value the directory does not know, e.g. a misspelt borough code."""


@dataclass
class Filters:
    abuse_type: str | None = None
    areas: frozenset[str] | None = None
    boroughs: tuple[str, ...] = ()
    audience: str | None = None
    language: str | None = None
    service_type: str | None = None
    term_ids: frozenset[str] | None = None
    organization_id: str | None = None
    open_now: bool = False
    always_open: bool = False

    def to_whoosh(self, at=None) -> wq.Query | None:
        """The filter as a Whoosh query, or None when nothing is filtered."""
        parts: list[wq.Query] = []
        if self.abuse_type:
            parts.append(wq.Term("abuse_types", self.abuse_type))
        if self.areas is not None:
            parts.append(wq.Or([wq.Term("areas", a) for a in sorted(self.areas)]))
        if self.audience:
            parts.append(wq.Or([wq.Term("audiences", self.audience), wq.Term("audiences", "anyone")]))
        if self.language:
            parts.append(self._language_query())
        if self.service_type:
            parts.append(wq.Term("service_types", self.service_type))
        if self.term_ids is not None:
            parts.append(wq.Or([wq.Term("term_ids", t) for t in sorted(self.term_ids)]))
        if self.organization_id:
            parts.append(wq.Term("organization_id", self.organization_id))
        if self.always_open:
            parts.append(wq.Term("always_open", True))
        if self.open_now:
            parts.append(wq.Term("open_slots", current_slot(at)))
        return wq.And(parts) if parts else None

    def _language_query(self) -> wq.Query:
        if self.language == "en":  # services that list no languages work in English
            return wq.Or([wq.Term("languages", "en"), wq.Term("languages", NO_LANGUAGE_LISTED)])
        return wq.Term("languages", self.language)

    def matches(self, doc: dict, at=None) -> bool:
        def has(field, value):
            return value in doc[field].split()
        if doc["status"] != "active":
            return False
        if self.abuse_type and not has("abuse_types", self.abuse_type):
            return False
        if self.areas is not None and not self.areas & set(doc["areas"].split()):
            return False
        if self.audience and not (has("audiences", self.audience) or has("audiences", "anyone")):
            return False
        if self.language and not (has("languages", self.language)
                                  or (self.language == "en" and not doc["languages"])):
            return False
        if self.service_type and not has("service_types", self.service_type):
            return False
        if self.term_ids is not None and not self.term_ids & set(doc["term_ids"].split()):
            return False
        if self.organization_id and doc["organization_id"] != self.organization_id:
            return False
        if self.always_open and not is_always_open(decode_hours(doc["hours"])):
            return False
        return not self.open_now or is_open(decode_hours(doc["hours"]), at)


def decode_hours(text: str) -> list[WeeklyHours]:
    return [WeeklyHours.decode(part) for part in text.split(";") if part]


def resolve_filters(request: SearchRequest, terms: TermIndex, lexicon: Lexicon,
                    boroughs_from_text: list[str]) -> Filters:
    codes = terms.codes()

    def known(taxonomy: str, value: str | None, label: str) -> str | None:
        if not value:
            return None
        code = terms.canonical(taxonomy, value.strip().lower())
        if code not in codes.get(taxonomy, set()):
            raise UnknownFilter(f"Unknown {label} '{value}'.")
        return code

    boroughs = resolve_borough(request.borough, terms, lexicon) if request.borough else []
    if not boroughs:
        boroughs = boroughs_from_text
    areas = None
    if boroughs:
        areas = frozenset(boroughs) | {"national"} | (
            {"london"} if any(terms.terms.get(("area", b)) and
                              terms.terms[("area", b)].parent == "london" for b in boroughs)
            else set())
    return Filters(
        abuse_type=known("abuse-type", request.abuse_type, "abuse type"),
        areas=areas, boroughs=tuple(boroughs),
        audience=known("audience", request.audience, "audience"),
        language=known("language", request.language, "language"),
        service_type=known("service-type", request.service_type, "service type"),
        term_ids=frozenset(request.taxonomy_term_ids) if request.taxonomy_term_ids else None,
        organization_id=request.organization_id,
        open_now=request.open_now, always_open=request.always_open,
    )


def resolve_borough(value: str, terms: TermIndex, lexicon: Lexicon) -> list[str]:
    """A borough code, a borough or place name, or a London postcode district."""
    cleaned = value.strip().lower()
    slug = cleaned.replace(" ", "_").replace("-", "_")
    if ("area", slug) in terms.terms:
        return [slug]
    if cleaned in lexicon.places:
        return [lexicon.places[cleaned]]
    district = find_district(value)
    if district:
        return list(district_boroughs()[district])
    raise UnknownFilter(f"Unknown borough or postcode '{value}'.")
