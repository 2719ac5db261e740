"""Reading plain language: "he hits me when he drinks" is about domestic abuse.

The taxonomy's keywords are the lexicon. A query is broken into words, each word is stemmed
(so "hits" and "hitting" meet "hit"), misspelt words are corrected against the lexicon
("asault" to "assault"), and every taxonomy term whose keywords the query covers becomes a
concept with a weight. Places are read too: a borough or neighbourhood name, or a London
postcode district.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from whoosh.analysis import STOP_WORDS
from whoosh.lang.porter import stem

from ..postcodes import district_boroughs, find_district
from ..taxonomy import TermIndex

CONCEPT_TAXONOMIES = ("abuse-type", "service-type", "audience", "risk-level")
_WORD = re.compile(r"[a-z0-9']+")
# Pronouns carry meaning here ("he hits me" vs "I hit her"), so they are kept out of the
# general stop list only where they matter; everything else common is dropped.
STOPWORDS = frozenset(STOP_WORDS) | {
    "me", "my", "i", "im", "i'm", "he", "she", "his", "her", "him", "they", "them", "their",
    "when", "what", "about", "does", "do", "did", "get", "got", "keep", "keeps", "always",
    "again", "really", "just", "very", "so", "someone", "help", "need", "want", "please",
}


def words(text: str) -> list[str]:
    return [w.strip("'") for w in _WORD.findall(text.lower()) if w.strip("'")]


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS]


@dataclass
class Lexicon:
    """Keyword stems to the taxonomy terms they point at."""

    single: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    phrases: list[tuple[frozenset[str], tuple[str, str]]] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)  # place name (lower) -> borough code
    vocabulary: dict[str, str] = field(default_factory=dict)  # surface word -> its stem

    @classmethod
    def from_terms(cls, terms: TermIndex) -> Lexicon:
        lexicon = cls()
        for info in terms.terms.values():
            key = (info.taxonomy, info.code)
            if info.taxonomy == "area":
                for place in [info.name, *info.keywords]:
                    lexicon.places[place.lower()] = info.code
                continue
            if info.taxonomy not in CONCEPT_TAXONOMIES:
                continue
            for phrase in [info.name, *info.keywords]:
                stems = content_stems(phrase)
                for w in words(phrase):
                    if w not in STOPWORDS:
                        lexicon.vocabulary[w] = stem(w)
                if len(stems) == 1:
                    lexicon.single[stems[0]].add(key)
                elif stems:
                    lexicon.phrases.append((frozenset(stems), key))
        return lexicon


@dataclass
class Understanding:
    text: str
    stems: list[str]
    corrected: dict[str, str]          # misspelt word -> correction
    concepts: dict[tuple[str, str], float]
    boroughs: list[str]
    district: str | None

    def codes(self, taxonomy: str) -> list[str]:
        ranked = sorted(((w, c) for (t, c), w in self.concepts.items() if t == taxonomy),
                        reverse=True)
        return [c for _, c in ranked]

    @property
    def in_danger(self) -> bool:
        return ("risk-level", "immediate") in self.concepts


def understand(text: str, lexicon: Lexicon) -> Understanding:
    raw = [w for w in words(text) if w not in STOPWORDS]
    corrected: dict[str, str] = {}
    stems: list[str] = []
    for w in raw:
        s = stem(w)
        if s not in lexicon.single and w not in lexicon.vocabulary and len(w) >= 4:
            fix = _closest(w, lexicon)
            if fix:
                corrected[w] = fix
                s = lexicon.vocabulary[fix]
        stems.append(s)
    stem_set = set(stems)
    concepts: dict[tuple[str, str], float] = defaultdict(float)
    for s in stems:
        for key in lexicon.single.get(s, ()):
            concepts[key] += 1.0
    for phrase, key in lexicon.phrases:
        if phrase <= stem_set:
            concepts[key] += 0.75 * len(phrase)
    district = find_district(text)
    boroughs = list(district_boroughs()[district]) if district else _places(text, lexicon)
    return Understanding(text, stems, corrected, dict(concepts), boroughs, district)


def _places(text: str, lexicon: Lexicon) -> list[str]:
    lowered = " " + " ".join(words(text)) + " "
    found = []
    for place, code in sorted(lexicon.places.items(), key=lambda kv: -len(kv[0])):
        if f" {place} " in lowered and code not in found and code not in ("national", "london"):
            found.append(code)
    return found


def _closest(word: str, lexicon: Lexicon) -> str | None:
    limit = 1 if len(word) < 7 else 2
    best, best_distance = None, limit + 1
    for candidate in _candidates(word[0], frozenset(lexicon.vocabulary)):
        if abs(len(candidate) - len(word)) > limit:
            continue
        d = edit_distance(word, candidate, limit)
        if d < best_distance:
            best, best_distance = candidate, d
    return best


@lru_cache(maxsize=64)
def _candidates(first_letter: str, vocabulary: frozenset[str]) -> tuple[str, ...]:
    # Typos rarely change the first letter; looking only there keeps correction cheap.
    return tuple(sorted(w for w in vocabulary if w[0] == first_letter and len(w) >= 3))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up past `limit`."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
