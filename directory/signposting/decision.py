"""The signposting decision: from what we understood, the pathway and the services that fit.

One place for the rules every channel follows: danger first; the first-line service for
each situation; never a service whose audience excludes the person; local services only
when they can be reached, and never pushing reachable help off the first screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from signpost_common.pages import abuse_page, page

from ..models.base import stable_id
from .understanding import Understanding

RULES_FILE = Path(__file__).resolve().parent / "rules.yaml"
MAX_SERVICES = 3
# Known local services with no confirmed contact details named after a full list of lines.
KNOWN_LOCAL_AFTER_FULL = 1
LONDON = "london"


@dataclass(frozen=True)
class ServiceFacts:
    """What the decision needs to know of a service."""
    id: str
    name: str
    audiences: frozenset[str]
    areas: frozenset[str]
    abuse_types: frozenset[str]
    reachable: bool          # it has a phone number, website or email we can publish
    trusted: float           # higher is more trusted (verification, freshness)
    languages: frozenset[str] = frozenset()   # codes of the languages it supports people in


@dataclass(frozen=True)
class Choice:
    service_id: str
    reason: str              # a code from reasons.REASONS
    local: bool = False


@dataclass(frozen=True)
class Signpost:
    understanding: Understanding
    pathway: str             # the guidance path to read more
    services: tuple[Choice, ...]
    emergency: tuple[str, ...]   # call_999, silent_solution, emergency_sms, medical
    local_known: bool | None     # None: no place given; False: none known there


@cache
def rules() -> dict:
    return yaml.safe_load(RULES_FILE.read_text("utf-8"))


def holds(when: dict, u: Understanding, london_boroughs: frozenset[str]) -> bool:
    profile = set(u.audiences)
    checks = {
        "danger": lambda v: bool(set(v) & set(u.danger)),
        "not_danger": lambda v: not set(v) & set(u.danger),
        "role": lambda v: u.role in v,
        "not_role": lambda v: u.role not in v,
        "abuse": lambda v: bool(set(v) & set(u.abuse)),
        # What is happening, when anything was read: "for domestic abuse, or for anyone who
        # has not said what is happening".
        "abuse_if_said": lambda v: not u.abuse or bool(set(v) & set(u.abuse)),
        "audience": lambda v: bool(set(v) & profile),
        "not_audience": lambda v: not set(v) & profile,
        "need": lambda v: bool(set(v) & set(u.needs)),
        "recent": lambda v: u.recent_assault == v,
        "historic": lambda v: u.historic == v,
        "abroad": lambda v: u.abroad == v,
        "london": lambda v: bool(set(u.boroughs) & london_boroughs) == v,
        "outside_london": lambda v: outside_london(u, london_boroughs) == v,
        "unread_language": lambda v: bool(u.unread_language) == v,
        "route": lambda v: any(f"route.{r}" in u.evidence for r in v),
        "images": lambda v: u.images == v,
        "said": lambda v: any(concept in u.evidence for concept in v),
        "not_said": lambda v: not any(concept in u.evidence for concept in v),
        "child_telling": lambda v: (u.role == "survivor" and "young_person" in profile) == v,
    }
    return all(checks[name](value) for name, value in when.items())


def eligible(service: ServiceFacts, u: Understanding, london_boroughs: frozenset[str]) -> bool:
    """False when every audience the service names is a narrow one the person is not in."""
    narrow = rules()["narrow_audiences"]
    if not service.audiences or not service.audiences <= set(narrow):
        return True
    return any(holds(when, u, london_boroughs) for a in service.audiences
               for when in (narrow[a] if isinstance(narrow[a], list) else [narrow[a]]))


def _offered_to(when: dict, u: Understanding) -> bool:
    """Help made for people who are harmed is not offered to someone worried about their own
    behaviour, unless the rule names them or is about danger to life. Someone who says only
    that they want to end their life gets the line for that, not lines for abuse they have
    not spoken of (the Men's Advice Line to a man who said nothing of abuse)."""
    if "self_harm" in u.danger and not u.abuse:
        return "danger" in when
    return u.role != "perpetrator" or "danger" in when or "perpetrator" in when.get("role", ())


def guidance_path(u: Understanding, london_boroughs: frozenset[str]) -> str:
    for rule in rules()["guidance"]:
        if holds(rule["when"], u, london_boroughs):
            if "page" in rule:
                return page(rule["page"])
            abuse = rule["abuse_page"]
            return abuse_page(abuse if isinstance(abuse, str) else (u.abuse or ("domestic_abuse",))[0])
    return page("help_now")


def emergency_advice(u: Understanding) -> tuple[str, ...]:
    """What to say first: 999 in any danger, or when the message is in a language we cannot
    read (it may say danger); how to reach it without speaking when someone is in danger now
    (they may not be able to talk); medical help after self-harm or overdose."""
    advice = []
    if u.in_danger or u.unread_language:
        advice.append("call_999")
    if "self_harm" in u.danger:
        advice.append("medical")
    if {"immediate", "cannot_speak"} & set(u.danger):
        advice += ["silent_solution", "emergency_sms"]
    return tuple(advice)


def decide(u: Understanding, services: dict[str, ServiceFacts], local: list[ServiceFacts],
           london_boroughs: frozenset[str], named: frozenset[str] = frozenset(),
           speakers: list[ServiceFacts] = ()) -> Signpost:
    """`services` holds the facts of every first-line service by its seed key; `local` the
    services of the boroughs the person named; `named` the ids of services the message asks
    for by name ("the Havens", "the MARAC in Harrow"), which come first; `speakers` the
    services that support people in the language they asked for, which come next, or in the
    one they wrote in, of which one comes after the first-line services if there is room."""
    national_ids = {s.id for s in services.values()}
    # A service the person asks for by name comes first ("the Havens", "the MARAC in Harrow").
    chosen: list[Choice] = [Choice(s.id, "named", local=s.id not in national_ids)
                            for s in [*services.values(), *local] if s.id in named
                            and (s.areas & set(u.boroughs) or s.id in national_ids)][:2]
    chosen = list({c.service_id: c for c in chosen}.values())
    if "language" in u.needs:
        chosen += own_language_choices(u, speakers, london_boroughs, {c.service_id for c in chosen})

    def offer(rule_list: list[dict]) -> None:
        for rule in rule_list:
            if not holds(rule["when"], u, london_boroughs) or not _offered_to(rule["when"], u):
                continue
            for key in rule["offer"]:
                facts = services.get(key)
                if facts and facts.reachable and eligible(facts, u, london_boroughs) \
                        and facts.id not in {c.service_id for c in chosen}:
                    chosen.append(Choice(facts.id, rule["reason"]))

    offer(rules()["first_line"])
    if not [c for c in chosen if c.reason != "named"] or (u.role == "friend_family" and not u.abuse):
        # Nothing said what is happening: the broadest lines (for a friend, beside the line for
        # friends and family: "she doesnt want anyone to know, can she ring someone").
        offer(rules()["fallback"])
    if "language" not in u.needs and len(chosen) < MAX_SERVICES:
        # Written in another language without asking for it ("esimle enfield de yasiyoruz ..."):
        # one service that speaks it, where there is room after the lines that fit.
        chosen += own_language_choices(u, speakers, london_boroughs, {c.service_id for c in chosen})[:1]
    local_known = None
    if u.boroughs:
        wanted, taken = set(u.abuse), {c.service_id for c in chosen}
        fitting = [s for s in local if s.areas & set(u.boroughs) and s.id not in taken
                   and eligible(s, u, london_boroughs)
                   and (not wanted or not s.abuse_types or s.abuse_types & wanted)]
        fitting.sort(key=lambda s: (s.id not in named, -len(s.abuse_types & wanted), not s.abuse_types,
                                    -s.trusted, s.name))
        nearby = [s for s in fitting if s.reachable]
        local_known = bool(nearby)
        # Local help joins the first-line services without pushing them all out.
        count = min(len(nearby), MAX_SERVICES - min(len(chosen), 2))
        chosen = chosen[:MAX_SERVICES - count] + [Choice(s.id, "named" if s.id in named else "local",
                                                         local=True) for s in nearby[:count]]
    elif u.elsewhere:
        local_known = False  # a place outside London, where we know of no local service yet
    chosen = chosen[:MAX_SERVICES]
    if u.boroughs and not local_known:
        # Where no local service can be reached, the ones we know of there but cannot give
        # contact details for are named after the lines that can be called, never instead of
        # one: someone who said where they are learns what exists there (at least one, more in
        # the places left), told plainly that we have no contact details for it.
        # Without a topic, a general domestic abuse service rather than, say, an FGM clinic.
        topic = wanted or {"domestic_abuse"}
        known = [s for s in fitting if not s.abuse_types or s.abuse_types & topic]
        room = max(KNOWN_LOCAL_AFTER_FULL, MAX_SERVICES - len(chosen))
        chosen += [Choice(s.id, "local", local=True) for s in known[:room]]
    return Signpost(u, guidance_path(u, london_boroughs), tuple(chosen),
                    emergency_advice(u), local_known)


def own_language_choices(u: Understanding, speakers: list[ServiceFacts], london_boroughs: frozenset[str],
                         taken: set[str]) -> list[Choice]:
    """At most two services that support people in the language asked for and can be reached
    (one when a place was given, to leave room for local help): those for what is happening
    first. A service counts when it covers where the person is (`serves_where`)."""
    wanted = set(u.abuse)
    fitting = [s for s in speakers if s.reachable and s.id not in taken and eligible(s, u, london_boroughs)
               and serves_where(s, u, london_boroughs)]
    fitting.sort(key=lambda s: (-len(s.abuse_types & wanted), -s.trusted, s.name))
    return [Choice(s.id, "own_language", local=bool(s.areas & set(u.boroughs)))
            for s in fitting[:1 if u.boroughs else 2]]


def serves_where(service: ServiceFacts, u: Understanding, london_boroughs: frozenset[str]) -> bool:
    """Whether the service covers where the person is: the whole country, London for someone
    in London (or who has not said where), or a borough they named."""
    if not service.areas or "national" in service.areas or service.areas & set(u.boroughs):
        return True
    return LONDON in service.areas and not outside_london(u, london_boroughs)


def outside_london(u: Understanding, london_boroughs: frozenset[str]) -> bool:
    """Whether the person named where they are, and it is not in London."""
    return bool(u.elsewhere) or bool(u.boroughs and not set(u.boroughs) & london_boroughs)


def service_key_id(key: str) -> str:
    return stable_id("service", key)


def first_line_keys() -> set[str]:
    data = rules()
    return {key for part in ("first_line", "fallback") for rule in data[part] for key in rule["offer"]}
