"""Ordering candidates: relevance first, trust second, and help in danger always on top."""
from __future__ import annotations

from .understanding import Understanding

EMERGENCY = "emergency"
BROAD_AUDIENCES = {"anyone", "women", "friends_family"}
# Adjustments on a relevance scale of 0..1 (the best match scores 1).
CONCEPT_WEIGHT = {"abuse-type": 0.6, "risk-level": 0.3, "audience": 0.2, "service-type": 0.2}
CONCEPT_FIELD = {"abuse-type": "abuse_types", "risk-level": "risk_levels",
                 "audience": "audiences", "service-type": "service_types"}
BEST_BET_BONUS = 0.5         # the first line for the abuse type the query is about
LOCAL_BONUS = 0.2            # the service is in the borough asked about
EMERGENCY_DAMPING = 0.35     # 999 and 101 are on every page; in lists they give way to support
NARROW_AUDIENCE_DAMPING = 0.15


def rank(candidates: list[tuple[float, dict]], understanding: Understanding,
         boroughs: tuple[str, ...] = ()) -> list[dict]:
    """`candidates` are (relevance, document) pairs; relevance on any scale."""
    if not candidates:
        return []
    top = max(score for score, _ in candidates) or 1.0
    asked_audiences = set(understanding.codes("audience"))
    abuse_types = understanding.codes("abuse-type")
    scored = []
    for score, doc in candidates:
        value = score / top + doc["priority"] + concept_match(doc, understanding)
        areas = set(doc["areas"].split())
        if abuse_types and abuse_types[0] in doc["primary_for"].split():
            value += BEST_BET_BONUS
        if boroughs and areas & set(boroughs):
            value += LOCAL_BONUS
        if EMERGENCY in doc["service_types"].split() and not understanding.in_danger:
            value -= EMERGENCY_DAMPING
        audiences = set(doc["audiences"].split())
        if audiences and not audiences & (BROAD_AUDIENCES | asked_audiences):
            value -= NARROW_AUDIENCE_DAMPING
        scored.append((value, doc))
    scored.sort(key=lambda pair: (-pair[0], pair[1]["name"], pair[1]["id"]))
    ordered = [doc for _, doc in scored]
    if abuse_types:
        _lift(ordered, lambda d: d["verified_national"] and "helpline" in d["service_types"].split()
              and abuse_types[0] in d["abuse_types"].split(), position=2)
    if understanding.in_danger:
        _lift(ordered, lambda d: EMERGENCY in d["service_types"].split()
              and "immediate" in d["risk_levels"].split() and "anyone" in d["audiences"].split(),
              position=0)
    return ordered


def concept_match(doc: dict, understanding: Understanding) -> float:
    """How far the service covers what the query is about, taxonomy by taxonomy."""
    if not understanding.concepts:
        return 0.0
    totals: dict[str, float] = {}
    matched: dict[str, float] = {}
    for (taxonomy, code), weight in understanding.concepts.items():
        totals[taxonomy] = totals.get(taxonomy, 0.0) + weight
        if code in doc[CONCEPT_FIELD[taxonomy]].split():
            matched[taxonomy] = matched.get(taxonomy, 0.0) + weight
    return sum(CONCEPT_WEIGHT[t] * matched.get(t, 0.0) / totals[t] for t in totals)


def _lift(ordered: list[dict], wanted, position: int) -> None:
    """Make sure the best document that is `wanted` sits at `position` or above."""
    for index, doc in enumerate(ordered):
        if wanted(doc):
            if index > position:
                ordered.insert(position, ordered.pop(index))
            return
