"""Answering from the database while the index is missing or being rebuilt.

Slower than the index (it reads every active service), but it understands queries the same
way and applies the same filters and ranking, so nobody is turned away.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..loading import load_services
from .documents import service_document
from .filters import Filters
from .understanding import Understanding, content_stems


def database_candidates(session: Session, understanding: Understanding, filters: Filters,
                        at=None) -> list[tuple[float, dict]]:
    candidates = []
    for service in load_services(session):
        doc = service_document(service)
        if not filters.matches(doc, at):
            continue
        score = _relevance(doc, understanding)
        if score > 0 or not (understanding.stems or understanding.concepts):
            candidates.append((score, doc))
    candidates.sort(key=lambda pair: (-pair[0], pair[1]["id"]))
    return candidates


def _relevance(doc: dict, understanding: Understanding) -> float:
    text = set(content_stems(" ".join([doc["name"], doc["organization"], doc["keywords"],
                                       doc["description"]])))
    name = set(content_stems(doc["name"]))
    return sum(3.0 if s in name else 1.0 for s in understanding.stems if s in text)
