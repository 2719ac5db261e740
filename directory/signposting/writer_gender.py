"""Whether the writer is a man or a woman, from the grammar of what they say of themselves.

Many languages mark the speaker's gender where English does not: Polish "bałem się" (a man:
"I was afraid") and "bałam się" (a woman); Hindi and Urdu "main darta hoon" and "darti hoon";
Spanish "estoy cansado" and "cansada". A man harmed by a partner who writes "ona mówi, że jak
odejdę, powie policji, że to ja biłem" never says "I am a man", but his verb does: he needs
the Men's Advice Line, not a line for women (dev part, 2026-12-06).

Only forms that speak of the writer count: first-person verbs, or "I am" before an adjective
or participle; words in quotation marks are someone else's ("he says 'I did nothing'"). Word
endings count only where they cannot be something else: a Polish "-łem" only in a message
with Polish words in it and not on the nouns that end so ("szpitalem", "z Michałem"); a
Spanish "-ado" only right after "estoy", "soy" or "fui". The words are in writer_gender.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .text import fold, words

FORMS_FILE = Path(__file__).with_name("writer_gender.yaml")
GENDERS = ("man", "woman")
# How far before a verb "main" (Hindi "I") or "hu" (Gujarati "I") is looked for.
PRONOUN_REACH = 6
# Words after "I am" looked at for a state, past intensifiers ("estoy muy cansada").
STATE_REACH = 3
# Quoted words are someone else's: 'nic nie zrobiłem', "I was scared", «...», „...", “...”.
_QUOTED = re.compile(r"(?:(?<=\s)|^)'[^'\n]+'(?=[\s.,!?;:]|$)"
                     r"|\"[^\"\n]+\"|“[^”\n]+”|„[^“”\"\n]+[“”\"]|«[^»\n]+»")


@dataclass(frozen=True)
class Forms:
    """writer_gender.yaml, folded."""
    polish_past: dict[str, str]
    polish_not_past: frozenset[str]
    polish_words: frozenset[str]
    i_am: dict[str, tuple[tuple[str, ...], ...]]
    states: dict[str, dict[str, str]]
    participles: dict[str, dict[str, tuple[str, ...]]]
    not_participles: frozenset[str]
    intensifiers: frozenset[str]
    hindustani: dict
    gujarati: dict
    arabic: dict


def writer_gender(text: str) -> str | None:
    """"man" or "woman" when what the writer says of themselves is in a gendered form, and
    every such form agrees; else None."""
    said = set(_said(words(_QUOTED.sub(" ", text))))
    return said.pop() if len(said) == 1 else None


def _said(tokens: list[str]):
    forms = _forms()
    polish = len(forms.polish_words.intersection(tokens)) >= 2
    for index, token in enumerate(tokens):
        if token in forms.polish_past:
            yield forms.polish_past[token]
        elif polish:
            yield from _polish_ending(token, forms)
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        for reader in (_hindi_gender, _gujarati_gender, _arabic_gender):
            gender = reader(tokens, index, following, forms)
            if gender:
                yield gender
        for language, openings in forms.i_am.items():
            for opening in openings:
                gender = _state_after(tokens, index, opening, language, forms)
                if gender:
                    yield gender


def _polish_ending(token: str, forms: Forms):
    if len(token) < 5 or token in forms.polish_not_past:
        return
    # A vowel before the "ł": "biłem", "bałam"; the consonant-stem verbs ("mogłem",
    # "poszedłem") are listed, and share their ending with nouns ("krzesłem", "szkłem").
    if token.endswith(("lbym", "alem", "ilem", "ylem", "ulem")):
        yield "man"
    elif token.endswith(("labym", "alam", "ilam", "ylam", "ulam")):
        yield "woman"


def _hindi_gender(tokens: list[str], index: int, following: str, forms: Forms) -> str | None:
    hindustani = forms.hindustani
    token = tokens[index]
    before = tokens[max(0, index - PRONOUN_REACH):index]
    after_i = bool(hindustani["i"].intersection(before))
    if following in hindustani["punjabi_first_person"]:
        return next((gender for gender in GENDERS if (len(token) > 3 and token.endswith(
            hindustani["punjabi_endings"][gender])) or token in hindustani["alone"][gender]), None)
    first_person = following in hindustani["first_person_after"] \
        or (following in hindustani["first_person_after_pronoun"] and after_i) \
        or (after_i and following not in hindustani["third_person_after"]
            and not hindustani["others"].intersection(before)
            and len(hindustani["words"].intersection(tokens)) >= 2)
    if not first_person:
        return None
    return next((gender for gender in GENDERS if token in hindustani["alone"][gender]
                 or (len(token) > 2 and token.endswith(hindustani["endings"][gender]))), None)


def _gujarati_gender(tokens: list[str], index: int, following: str, forms: Forms) -> str | None:
    gujarati = forms.gujarati
    said_i = gujarati["i"].intersection(tokens[max(0, index - PRONOUN_REACH):index])
    if following not in gujarati["after"] and not (following in gujarati["not"] and said_i):
        return None
    token = tokens[index]
    if token in gujarati["forms"]:
        return gujarati["forms"][token]
    return next((gender for gender, ending in gujarati["participles"].items()
                 if len(token) > 4 and token.endswith(ending)), None)


def _arabic_gender(tokens: list[str], index: int, following: str, forms: Forms) -> str | None:
    arabic = forms.arabic
    if tokens[index] not in arabic["i"]:
        return None
    state = _first_after(tokens[index + 1:index + 1 + STATE_REACH], arabic["skip"])
    return arabic["states"].get(state) if state else None


def _state_after(tokens: list[str], index: int, opening: tuple[str, ...], language: str,
                 forms: Forms) -> str | None:
    if tuple(tokens[index:index + len(opening)]) != opening:
        return None
    after = index + len(opening)
    word = _first_after(tokens[after:after + STATE_REACH], forms.intensifiers)
    if not word:
        return None
    listed = forms.states[language].get(word)
    if listed or language not in forms.participles or len(word) < 5 or word in forms.not_participles:
        return listed
    endings = forms.participles[language]
    return next((gender for gender in ("woman", "man") if word.endswith(endings[gender])), None)


def _first_after(window: list[str], skipped: frozenset[str]) -> str | None:
    """The first word of `window` that is not one of `skipped` ("muy", "msh"), if any."""
    return next((word for word in window if word not in skipped), None)


@cache
def _forms() -> Forms:
    data = yaml.safe_load(FORMS_FILE.read_text("utf-8"))
    polish, hindustani = data["polish"], data["hindustani"]
    gujarati, arabic = data["gujarati"], data["arabic"]
    states = {"pl": _genders(_pairs(polish["states"]))}
    for language, listed in data["romance_states"].items():
        states[language] = _genders(_pairs(listed, ("", "a") if language == "ro" else ("o", "a")))
    for language, alone in data["romance_alone"].items():
        states[language].update({fold(word): gender for word, gender in alone.items()})
    return Forms(
        polish_past=_genders(_pairs(polish["past"], ("em", "am"))),
        polish_not_past=_folded(polish["not_past"]), polish_words=_folded(polish["words"]),
        i_am={language: tuple(tuple(words(opening)) for opening in openings)
              for language, openings in data["i_am"].items()},
        states=states,
        participles={language: {gender: tuple(endings[gender]) for gender in GENDERS}
                     for language, endings in data["participles"].items()},
        not_participles=_folded(data["not_participles"]), intensifiers=_folded(data["intensifiers"]),
        hindustani={
            **{key: _folded(hindustani[key]) for key in ("first_person_after", "first_person_after_pronoun",
                                                         "punjabi_first_person", "i", "words",
                                                         "third_person_after", "others")},
            "endings": {g: tuple(map(fold, hindustani["endings"][g])) for g in GENDERS},
            "punjabi_endings": {g: tuple(hindustani["punjabi_endings"][g]) for g in GENDERS},
            "alone": {g: _folded(hindustani["alone"][g]) for g in GENDERS}},
        gujarati={key: _folded(gujarati[key]) for key in ("after", "not", "i")}
        | {"forms": {fold(form): g for g in GENDERS for form in gujarati["forms"][g]},
           "participles": gujarati["participles"]},
        arabic={"i": _folded(arabic["i"]), "skip": _folded(arabic["skip"]),
                "states": _genders(_pairs(arabic["states"]))})


def _folded(listed: list[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in listed)


def _pairs(listed: list[str], ending: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    """(a man's form, a woman's form), folded: "man:woman" as written, or a woman's made from
    a man's by changing `ending` (("em", "am"): "byłem" -> "byłam")."""
    pairs = []
    for item in listed:
        man, _, woman = item.partition(":")
        if not woman and ending:
            stem = man[:len(man) - len(ending[0])] if man.endswith(ending[0]) else man
            woman = stem + ending[1]
        pairs.append((fold(man), fold(woman)))
    return pairs


def _genders(pairs: list[tuple[str, str]]) -> dict[str, str]:
    return {form: gender for pair in pairs for form, gender in zip(pair, GENDERS, strict=True)}
