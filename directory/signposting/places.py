"""Places named in a message: London boroughs and their neighbourhoods, stations and towns,
as written in the taxonomy, however another language ends or joins them."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from .text import words

UK_PLACES_FILE = Path(__file__).with_name("uk_places.yaml")


# The whole country is no place to look for local help in, and its words are everyday ones:
# "is there anywhere I can go", "a national line" read as "Services near UK-wide" and put
# national lines in the places kept for local ones (services battery of 2026-12-06, night).
NOT_A_PLACE = frozenset({"national"})


def place_table(names: dict[str, str]) -> dict[str, str]:
    """Place names (as written in the taxonomy) to borough codes, folded for matching."""
    return {" ".join(words(name)): code for name, code in names.items()
            if words(name) and code not in NOT_A_PLACE}


_folded: tuple[dict[str, str], dict[str, str]] | None = None


def folded_place_table(names: dict[str, str]) -> dict[str, str]:
    """`place_table(names)`, kept while `names` is the same dict (the search vocabulary's, which
    lives until it is reloaded): folding its 1,448 names took 30 ms of every message."""
    global _folded
    last = _folded
    if last is None or last[0] is not names:
        last = _folded = (names, place_table(names))
    return last[1]


# Endings that other languages put on a place name ("w Harrowie", "v Tottenhamu",
# "Wealdstone'da"): only these, so "harrowing" or "Angela" is not a place.
PLACE_ENDINGS = ("ului", "dan", "den", "tan", "ten", "ie", "em", "da", "de", "ta", "te", "ya", "ye",
                 "ul", "u", "e")


@cache
def _uk_places() -> tuple[str, ...]:
    names = (" ".join(words(name)) for name in yaml.safe_load(UK_PLACES_FILE.read_text("utf-8")))
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


def place_outside_london(tokens: list[str]) -> str | None:
    """The UK place outside London that `tokens` (folded words) name, as written in
    uk_places.yaml (a code from our table, never the words typed); else None."""
    folded = " " + " ".join(tokens) + " "
    return next((name for name in _uk_places() if f" {name} " in folded and _as_a_place(name, folded)), None)


def _as_a_place(name: str, folded: str) -> bool:
    return name not in WORDS_ELSEWHERE or any(f" {lead} {name} " in folded for lead in PLACE_LEADS)


# Places whose names are everyday words in a language people write to us in: a place only after
# "in", "from", "near" ("kent" is Arabizi for "I was": "kent b party b london").
WORDS_ELSEWHERE = frozenset({"kent"})
PLACE_LEADS = ("in", "from", "near", "around", "at")


def is_uk_place(name: str | None) -> bool:
    """Whether `name` is one of our UK places outside London (a context sent back to us may
    hold anything)."""
    return name in _uk_places()


def places_named(tokens: list[str], places: dict[str, str]) -> tuple[str, ...]:
    """The borough codes of the places in `tokens` (folded words), in the order first named."""
    folded = " " + " ".join(tokens) + " "
    found: list[str] = []
    for place in sorted(places, key=len, reverse=True):
        code = places[place]
        if f" {place} " in folded and code not in found:
            found.append(code)
            folded = folded.replace(f" {place} ", " ")
    for token in folded.split():
        stem = _latin_stem(token, places) if token.isascii() else _joined_stem(token, places)
        if stem and places[stem] not in found:
            found.append(places[stem])
    return tuple(found)


def _latin_stem(token: str, places: dict[str, str]) -> str | None:
    for ending in PLACE_ENDINGS:
        stem = token[:-len(ending)]
        if token.endswith(ending) and len(stem) >= 5 and stem in places:
            return stem
    return None


# Outside Latin script, case endings and particles are written joined to the name: Bengali
# "হ্যারোতে", Gujarati "હેરોમાં", Tamil "ஹாரோவில்", Russian "в Тоттенхэме", Ukrainian "у Кройдоні",
# Sorani "هارۆدا"; Arabic "بتوتنهام" and Amharic "በቶተንሃም" join a preposition before it. A
# place of at least four letters with up to four letters after it, or one or two before it.
MOST_JOINED_AFTER = 4
MOST_JOINED_BEFORE = 2
SHORTEST_JOINED_PLACE = 4


def _joined_stem(token: str, places: dict[str, str]) -> str | None:
    for before in range(MOST_JOINED_BEFORE + 1):
        for after in range(MOST_JOINED_AFTER + 1):
            if not before and not after:
                continue
            stem = token[before:len(token) - after]
            if len(stem) >= SHORTEST_JOINED_PLACE and stem in places:
                return stem
    return None

