"""The signposting decision, the one every channel uses: the site's search, the HSDS API,
the web chat and SMS (the assistant reaches it through the API).

    signpost = signpost_message(session, search, "he hits me, I'm in Tottenham")
    signpost.understanding.role, .abuse, .urgency, .boroughs
    signpost.services   # one to three Choices, each with the reason it was chosen; where a place
                        # was given and nothing there can be reached, the local ones known there
    signpost.emergency  # ("call_999", "silent_solution", ...) when there is danger
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from signpost_common.emergency import EMERGENCY_LINE_ID

from ..loading import load_services
from ..models import Language, ServiceArea
from ..search import DirectorySearch
from ..taxonomy import TermIndex
from .decision import Choice, ServiceFacts, Signpost, decide, eligible, first_line_keys, rules, service_key_id
from .facts import service_facts
from .language import CONFIDENT, identify
from .places import folded_place_table
from .reasons import REASONS
from .text import words
from .understanding import Context, Understanding, understand

__all__ = ["REASONS", "Choice", "Context", "Led", "ServiceFacts", "Signpost", "Understanding", "decide",
           "lead_with_signposting", "prepare_signposting", "signpost_message", "understand"]


LANGUAGE_NAMES = Path(__file__).resolve().parent / "language_names.yaml"


@dataclass(frozen=True)
class Led:
    """A search's ranking with the decision's choices put first."""
    service_ids: list[str]
    reasons: dict[str, str]      # service id -> English reason (translated where shown)
    in_danger: bool


def lead_with_signposting(session: Session, search: DirectorySearch, text: str,
                          ranked_ids: list[str], area: str | None = None) -> Led:
    """What a search should show first for `text`: the services the signposting decision
    chose for it, then the search's own ranking. One decision for the site, the API and the
    assistant: a query in any site language reaches the first-line service even where the
    search's vocabulary (English) finds nothing. A place chosen apart from the words (`area`)
    puts the local choices first."""
    decided, seen, london = _decide_reading(session, search, text[:1000],
                                            Context(area=area) if area else None)
    chosen = sorted(decided.services, key=lambda c: not c.local) if area else list(decided.services)
    if decided.understanding.in_danger:
        chosen.insert(0, Choice(service_key_id(EMERGENCY_LINE_ID), "emergency"))
    unseen = [c.service_id for c in chosen if c.service_id not in seen]
    known = set(seen) | {s.id for s in load_services(session, unseen)}
    lead = [c.service_id for c in chosen if c.service_id in known]
    rest = after_the_unfitting(session, search, decided.understanding, london,
                               [i for i in ranked_ids if i not in lead], seen)
    return Led(lead + rest,
               {c.service_id: REASONS[c.reason] for c in chosen if c.service_id in known},
               decided.understanding.in_danger)


# The first pages of results: past them, nobody reads, and the order costs nothing to keep.
FIRST_RESULTS = 30


def after_the_unfitting(session: Session, search: DirectorySearch, u: Understanding, london: frozenset[str],
                        ranked_ids: list[str], seen: dict[str, ServiceFacts]) -> list[str]:
    """The ranking without the services whose audience excludes this person (the Men's
    Advice Line for a woman, a perpetrator programme for someone harmed, Childline for an
    adult). When the words say who the person is ("he controls me", "as a man", "my
    daughter"), those services leave the results; when they do not ("domestic abuse help"),
    they only move from the first pages to the end: the person may be one they serve.
    `seen`: the services the decision already read, so that only the others are loaded."""
    window = ranked_ids[:FIRST_RESULTS]
    unread = [i for i in window if i not in seen]
    facts = [seen[i] for i in window if i in seen] + service_facts(session, search, unread)
    unfitting = {f.id for f in facts if not eligible(f, u, london)}
    kept = [i for i in ranked_ids if i not in unfitting]
    return kept if says_who(u) else kept + [i for i in window if i in unfitting]


def says_who(u: Understanding) -> bool:
    return bool({"self.harmed", "self.harmed_by_partner", "self.harming", "self.afraid"} & set(u.evidence)) \
        or bool(u.audiences) or \
        any(c.startswith("role.") for c in u.evidence)


def prepare_signposting() -> None:
    """Loads what reading a message needs (the cues of every language, the rules, the language
    models) now rather than on the first message: that one would otherwise take seconds, and
    the assistant gives up on the directory after three."""
    from .cues import cue_index
    from .language import prepare_models
    cue_index()
    rules()
    prepare_models()


def signpost_message(session: Session, search: DirectorySearch, text: str,
                     context: Context | None = None, hints: tuple[str, ...] = ()) -> Signpost:
    return _decide_reading(session, search, text, context, hints)[0]


def _decide_reading(session: Session, search: DirectorySearch, text: str, context: Context | None = None,
                    hints: tuple[str, ...] = ()
                    ) -> tuple[Signpost, dict[str, ServiceFacts], frozenset[str]]:
    """The decision, with the services it read (by id) and the London boroughs, for a caller
    that needs them too."""
    terms, lexicon = search.vocabulary()
    places = folded_place_table(lexicon.places)
    understanding = understand(text, context, places, hints)
    by_key = {service_key_id(key): key for key in first_line_keys()}
    first_line = {by_key[f.id]: f for f in service_facts(session, search, list(by_key))}
    local_ids = list(session.scalars(
        select(ServiceArea.service_id).where(ServiceArea.area_code.in_(understanding.boroughs))
        .distinct())) if understanding.boroughs else []
    london = frozenset(terms.children("area", "london"))
    local = service_facts(session, search, local_ids)
    named = named_in(text, local, places) | named_national(text, first_line)
    speakers = service_facts(session, search, _speaker_ids(session, language_asked(text, terms)
                                            if "language" in understanding.needs else language_written(text)))
    seen = {f.id: f for f in [*first_line.values(), *local, *speakers]}
    return decide(understanding, first_line, local, london, named, speakers), seen, london


def language_asked(text: str, terms: TermIndex) -> str | None:
    """The language someone asks for ("alguém que fale português", "kurdî diaxive"): one
    they name, else the one they write in (not English: asking in English for "my language"
    says nothing of which)."""
    said = " " + " ".join(words(text)) + " "
    for code, names in language_names(terms).items():
        if any(f" {name} " in said for name in names):
            return code
    return language_written(text)


def language_written(text: str) -> str | None:
    """The site language other than English that `text` is written in, when it can be told."""
    written = identify(text)
    return written.code if written.code not in (None, "en") and written.confidence >= CONFIDENT else None


@cache
def _language_names_file() -> dict[str, list[str]]:
    return yaml.safe_load(LANGUAGE_NAMES.read_text("utf-8"))


def language_names(terms: TermIndex) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for info in terms.in_taxonomy("language"):
        if info.code not in ("en", "bsl"):
            names[info.code] = {" ".join(words(n)) for n in [info.name, *info.keywords] if words(n)}
    for code, extra in _language_names_file().items():
        names.setdefault(code, set()).update(" ".join(words(n)) for n in extra if words(n))
    return names


def _speaker_ids(session: Session, code: str | None) -> list[str]:
    if not code:
        return []
    return list(session.scalars(select(Language.service_id).where(Language.code == code).distinct()))


def named_in(text: str, services: list[ServiceFacts], places: dict[str, str]) -> frozenset[str]:
    """Local services the message names by a word of their own ("MARAC", "Sanctuary").
    `places` is folded (`place_table`): its words name no service."""
    said = set(words(text))
    common = set(rules()["generic_name_words"]) | {w for place in places for w in place.split()}
    own = {s.id: set(words(s.name)) - common for s in services}
    acronyms = {s.id: {w.lower() for w in re.findall(r"\b[A-Z]{3,}\b", s.name)} for s in services}
    # Its acronym ("MARAC", "MASH") or at least half of its own words: one everyday word of a
    # long name ("ask" in "Ask for ANI (pharmacy codeword)", "police" in "Police non-emergency
    # 101") said in passing in a long message names nothing.
    shared = {i: len(said & words_of) for i, words_of in own.items()
              if said & acronyms[i] or (words_of and 2 * len(said & words_of) >= len(words_of))}
    # The services that share the most of their own words with the message: "the panel for
    # young people at risk" names the panel, not every service "for high-risk victims".
    most = max(shared.values(), default=0)
    return frozenset(i for i, count in shared.items() if most and count == most)


def named_national(text: str, first_line: dict[str, ServiceFacts]) -> frozenset[str]:
    """National services the message names ("the Havens", "Karma Nirvana"), by the names in
    rules.yaml: a national line's name is often an everyday word ("Respect")."""
    said = " " + " ".join(words(text)) + " "
    return frozenset(first_line[key].id for key, names in rules()["service_names"].items()
                     if key in first_line and any(f" {' '.join(words(n))} " in said for n in names))
