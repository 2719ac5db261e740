"""The VAWG taxonomy, kept as data in seed_data/taxonomy.yaml and loaded into the database."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Taxonomy, TaxonomyTerm, Verification, stable_id

SEED_DATA = Path(__file__).parent / "seed_data"
TAXONOMY_FILE = SEED_DATA / "taxonomy.yaml"
# The taxonomy is Signpost's own work: its source is this project's data file.
TAXONOMY_SOURCE = {"document": "Signpost VAWG taxonomy (directory/seed_data/taxonomy.yaml)",
                   "section": None, "date": "2026"}

# Record quality is a taxonomy too, so the HSDS API can publish each service's verification
# status as an ordinary attribute.
VERIFICATION_TAXONOMY = {
    "id": "verification",
    "name": "Verification status",
    "description": "How far a record's contact details have been checked against their sources.",
    "terms": [
        {"code": Verification.VERIFIED.value, "name": "Verified",
         "description": "Found on the organisation's own page, or a gov.uk, NHS or police page."},
        {"code": Verification.SECONDARY.value, "name": "Secondary sources",
         "description": "Found only on third-party pages, which agree with each other."},
        {"code": Verification.OLD_SOURCE.value, "name": "Old source",
         "description": "The only source is old: shown, but due to be checked again."},
        {"code": Verification.NOT_VERIFIED.value, "name": "Not verified",
         "description": "No contact details could be sourced, so none are published."},
    ],
}


def taxonomy_id(code: str) -> str:
    return stable_id("taxonomy", code)


def term_id(taxonomy_code: str, term_code: str) -> str:
    return stable_id("taxonomy_term", f"{taxonomy_code}:{term_code}")


@dataclass
class TermInfo:
    taxonomy: str
    code: str
    name: str
    parent: str | None
    keywords: list[str]


@dataclass
class TermIndex:
    """Everything code-shaped about the taxonomy, held in memory for validation and search."""

    terms: dict[tuple[str, str], TermInfo] = field(default_factory=dict)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)

    def codes(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for taxonomy, code in self.terms:
            out.setdefault(taxonomy, set()).add(code)
        return out

    def canonical(self, taxonomy: str, code: str) -> str:
        return self.aliases.get((taxonomy, code), code)

    def name(self, taxonomy: str, code: str) -> str:
        info = self.terms.get((taxonomy, code))
        return info.name if info else code

    def children(self, taxonomy: str, code: str) -> list[str]:
        return [t.code for t in self.terms.values() if t.taxonomy == taxonomy and t.parent == code]

    def in_taxonomy(self, taxonomy: str) -> list[TermInfo]:
        return [t for t in self.terms.values() if t.taxonomy == taxonomy]


def read_taxonomy_file(path: Path = TAXONOMY_FILE) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [*data["taxonomies"], VERIFICATION_TAXONOMY]


def flatten_terms(taxonomy: dict):
    """Yield (term, parent_code) for every term, however deeply nested."""
    def walk(terms, parent):
        for term in terms or []:
            yield term, parent
            yield from walk(term.get("children"), term["code"])
    yield from walk(taxonomy.get("terms"), None)


def build_term_index(taxonomies: list[dict]) -> TermIndex:
    index = TermIndex()
    for taxonomy in taxonomies:
        for term, parent in flatten_terms(taxonomy):
            key = (taxonomy["id"], term["code"])
            index.terms[key] = TermInfo(
                taxonomy["id"], term["code"], term["name"], parent,
                [str(k).lower() for k in term.get("keywords") or []],
            )
            for alias in term.get("aliases") or []:
                index.aliases[(taxonomy["id"], alias)] = term["code"]
    return index


def upsert_taxonomies(session: Session, taxonomies: list[dict]) -> None:
    existing_terms = {t.id: t for t in session.scalars(select(TaxonomyTerm))}
    for spec in taxonomies:
        tax = session.get(Taxonomy, taxonomy_id(spec["id"])) or Taxonomy(id=taxonomy_id(spec["id"]))
        tax.code = spec["id"]
        tax.name = spec["name"]
        tax.description = spec.get("description") or spec["name"]
        tax.version = "1"
        _own_work(tax)
        session.add(tax)
        for term, parent in flatten_terms(spec):
            tid = term_id(spec["id"], term["code"])
            row = existing_terms.get(tid) or TaxonomyTerm(id=tid)
            row.taxonomy_id = tax.id
            row.code = term["code"]
            row.name = term["name"]
            row.description = term.get("description") or term["name"]
            row.parent_id = term_id(spec["id"], parent) if parent else None
            row.language = "en"
            row.keywords = [str(k).lower() for k in term.get("keywords") or []]
            _own_work(row)
            session.add(row)
    session.flush()


def _own_work(row) -> None:
    if row.sources != [TAXONOMY_SOURCE]:
        row.sources = [TAXONOMY_SOURCE]
    if row.verification_status != Verification.VERIFIED:
        row.verification_status = Verification.VERIFIED


def load_term_index(session: Session) -> TermIndex:
    """The taxonomy as the database holds it now (editors may have changed the seed)."""
    index = TermIndex()
    rows = session.execute(
        select(TaxonomyTerm, Taxonomy.code).join(Taxonomy, TaxonomyTerm.taxonomy_id == Taxonomy.id)
    ).all()
    code_by_id = {term.id: term.code for term, _ in rows}
    for term, taxonomy_code in rows:
        index.terms[(taxonomy_code, term.code)] = TermInfo(
            taxonomy_code, term.code, term.name, code_by_id.get(term.parent_id),
            list(term.keywords or []),
        )
    for spec in read_taxonomy_file():
        for term, _parent in flatten_terms(spec):
            for alias in term.get("aliases") or []:
                index.aliases[(spec["id"], alias)] = term["code"]
    return index
