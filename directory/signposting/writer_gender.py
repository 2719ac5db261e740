"""Whether the writer is a man or a woman, from the grammar of what they say of themselves.

Many languages mark the speaker's gender where English does not: Polish "bałem się" (a man:
"I was afraid") and "bałam się" (a woman); Hindi and Urdu "main darta hoon" and "darti hoon";
Spanish "estoy cansado" and "cansada". A man harmed by a partner who writes "ona mówi, że jak
odejdę, powie policji, że to ja biłem" never says "I am a man", but his verb does: he needs
the Men's Advice Line, not a line for women (dev part, 2026-12-06).

Only forms that speak of the writer count: first-person verbs, or "I am" before an adjective
or participle. Lists, not word endings alone: Polish nouns end in "-łem" too ("szpitalem",
"z Michałem"), and a Spanish word after "estoy" is as often a place ("estoy aquí").
"""
from __future__ import annotations

from functools import cache

from .text import fold

# Polish first-person past tense, a man's form; a woman's replaces the final "em" with "am",
# except where the stem changes too (the second form given).
_POLISH_PAST = """byłem bałem miałem mogłem musiałem chciałem zrobiłem robiłem zostałem powiedziałem
    uciekłem dostałem płakałem myślałem próbowałem zadzwoniłem dzwoniłem uderzyłem biłem krzyczałem
    pracowałem straciłem spałem wróciłem mieszkałem znalazłem widziałem słyszałem czułem wiedziałem
    poznałem zapłaciłem przyjechałem wyprowadziłem zgłosiłem pisałem napisałem skończyłem
    rozmawiałem kochałem ufałem dałem oddałem przeprosiłem złapałem groziłem zabrałem wyrzuciłem
    rzuciłem zniszczyłem szarpałem popychałem kopałem dusiłem obraziłem wyzywałem zdradziłem
    wyszedłem:wyszłam poszedłem:poszłam zacząłem:zaczęłam wziąłem:wzięłam pchnąłem:pchnęłam
    popchnąłem:popchnęłam zamknąłem:zamknęłam szarpnąłem:szarpnęłam kopnąłem:kopnęłam"""
# Adjectives after "jestem" / "czuję się" (I am / I feel): a man's form, then a woman's.
_POLISH_STATE = """sam:sama przestraszony:przestraszona zmęczony:zmęczona samotny:samotna zły:zła winny:winna
    smutny:smutna bezradny:bezradna rozwiedziony:rozwiedziona bezdomny:bezdomna załamany:załamana
    zdesperowany:zdesperowana bezrobotny:bezrobotna pobity:pobita zastraszony:zastraszona
    upokorzony:upokorzona zagubiony:zagubiona uwięziony:uwięziona wykorzystany:wykorzystana
    żonaty:zamężna"""
_I_AM = {"pl": ("jestem", "czuje sie"), "es": ("estoy", "soy", "me siento", "me quede"),
         "pt": ("estou", "sou", "me sinto", "fiquei", "to", "tou"), "it": ("sono", "mi sento"),
         "ro": ("sunt", "ma simt")}
# Participles and adjectives after "I am" in Spanish, Portuguese and Italian (a man's form ends
# in -o, a woman's in -a) and Romanian (a woman's adds -a).
_ROMANCE_STATE = {
    "es": """cansado asustado preocupado desesperado agotado avergonzado confundido casado divorciado
        separado harto perdido atrapado amenazado aterrorizado deprimido obligado encerrado herido
        golpeado maltratado acosado controlado vigilado""",
    "pt": """cansado assustado preocupado desesperado sozinho casado separado divorciado perdido
        ameaçado deprimido envergonhado machucado agredido controlado vigiado apavorado
        humilhado""",
    "it": """stanco preoccupato spaventato disperato sposato separato divorziato stato andato tornato
        picchiato minacciato controllato depresso confuso terrorizzato""",
    "ro": """speriat obosit singur căsătorit disperat bătut amenințat terorizat îngrijorat controlat
        deprimat umilit""",
}
_INTENSIFIERS = {"muy", "muito", "tan", "tao", "molto", "tanto", "bem", "bastante", "tare", "foarte",
                 "bardzo", "tak", "strasznie", "taaan", "mega", "super", "so", "tutta", "tutto", "toda",
                 "todo", "completamente", "totalmente", "ja", "ya", "gia", "deja"}
# Hindi and Urdu (and their romanised forms): "-ta hoon" is a man's "I do", "-ti hoon" a
# woman's; Punjabi "-da haan" and "-di haan" the same. "hun" is also Punjabi "now", so it
# counts only after "main" / "mein".
_FIRST_PERSON_AFTER = {"hoon", "hu", "hoo", "hn", "hon", "ہوں", "हू", "हूँ", "हूं"}
_FIRST_PERSON_AFTER_PRONOUN = {"hun"}
_PUNJABI_FIRST_PERSON = {"haan", "aan", "han"}
_HINDI_I = {"main", "mein", "mai", "mn", "me", "मैं", "میں"}
# Only the habitual "-ta" / "-ti" and a few auxiliaries: a bare "-i" before "hoon" is as often
# "bhi" (also) as a woman's adjective.
_MAN_BEFORE_HOON = ("ta", "ता", "تا")
_WOMAN_BEFORE_HOON = ("ti", "ती", "تی")
_MAN_ALONE = {"raha", "rha", "gaya", "gya", "chuka", "akela", "रहा", "गया", "चुका", "अकेला",
              "رہا", "گیا", "چکا", "اکیلا"}
_WOMAN_ALONE = {"rahi", "rhi", "gayi", "gai", "gyi", "chuki", "akeli", "रही", "गई", "गयी", "चुकी", "अकेली",
                "رہی", "گئی", "چکی", "اکیلی"}


def _pairs(text: str, ending: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    pairs = []
    for item in text.split():
        man, _, woman = item.partition(":")
        if not woman and ending:
            stem = man[:len(man) - len(ending[0])] if man.endswith(ending[0]) else man
            woman = stem + ending[1]
        pairs.append((fold(man), fold(woman)))
    return pairs


@cache
def _forms() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Every past-tense form to its gender, and per language every "I am" state to its gender."""
    past = {}
    for man, woman in _pairs(_POLISH_PAST, ("em", "am")):
        past[man], past[woman] = "man", "woman"
    states: dict[str, dict[str, str]] = {"pl": {}}
    for man, woman in _pairs(_POLISH_STATE):
        states["pl"][man], states["pl"][woman] = "man", "woman"
    for language, listed in _ROMANCE_STATE.items():
        states[language] = {}
        for man, woman in _pairs(listed, ("", "a") if language == "ro" else ("o", "a")):
            states[language][man], states[language][woman] = "man", "woman"
    return past, states


def writer_gender(tokens: list[str]) -> str | None:
    """"man" or "woman" when what the writer says of themselves is in a gendered form, and
    every such form agrees; else None. `tokens` are folded words (text.words)."""
    said = set(_said(tokens))
    return said.pop() if len(said) == 1 else None


def _said(tokens: list[str]):
    past, states = _forms()
    for index, token in enumerate(tokens):
        if token in past:
            yield past[token]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        after_i = _hindi_i() & set(tokens[max(0, index - 4):index])
        if following in _first_person_after() or following in _PUNJABI_FIRST_PERSON or (
                following in _FIRST_PERSON_AFTER_PRONOUN and after_i):
            gender = _hindi_gender(token, punjabi=following in _PUNJABI_FIRST_PERSON)
            if gender:
                yield gender
        for language, openings in _I_AM.items():
            for opening in openings:
                gender = _state_after(tokens, index, opening.split(), states[language])
                if gender:
                    yield gender


@cache
def _hindi_forms() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    return {"man": (frozenset(map(fold, _MAN_ALONE)), tuple(map(fold, _MAN_BEFORE_HOON))),
            "woman": (frozenset(map(fold, _WOMAN_ALONE)), tuple(map(fold, _WOMAN_BEFORE_HOON)))}


@cache
def _hindi_i() -> frozenset[str]:
    return frozenset(map(fold, _HINDI_I))


@cache
def _first_person_after() -> frozenset[str]:
    return frozenset(map(fold, _FIRST_PERSON_AFTER))


def _hindi_gender(token: str, punjabi: bool) -> str | None:
    if punjabi:
        return "man" if token.endswith("da") and len(token) > 3 else \
            "woman" if token.endswith("di") and len(token) > 3 else None
    for gender, (alone, endings) in _hindi_forms().items():
        if token in alone or (len(token) > 2 and token.endswith(endings)):
            return gender
    return None


def _state_after(tokens: list[str], index: int, opening: list[str], states: dict[str, str]) -> str | None:
    if tokens[index:index + len(opening)] != opening:
        return None
    rest = tokens[index + len(opening):index + len(opening) + 3]
    while rest and rest[0] in _INTENSIFIERS:
        rest = rest[1:]
    return states.get(rest[0]) if rest else None
