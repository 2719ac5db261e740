"""Which language a message is written in, with a confidence, and whether we speak it.

Scripts decide where they can: Bengali, Gujarati, Tamil and Ethiopic letters each belong to
one of our languages; Arabic script is one of Arabic, Urdu or Farsi. Latin script is left to
lingua (a maintained detector that ships its models), restricted to the Latin-script
languages people here are likely to write, so short messages are not read as Tagalog.
Kurmanji Kurdish has no lingua model, and none reads Roman Urdu, Banglish, Tanglish,
Finglish or romanised Gujarati, so a few of their everyday words stand in. Arabic written in
Latin letters with digits for the sounds Latin lacks ("3ala", "7abibi", Arabizi) is Arabic.

A message in a language we do not support, or one too short to tell, gets None: the
channels then answer in English or the page's language, never in a third one.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

import yaml

from signpost_common.languages import LANGUAGES, WRITTEN_LIKE_URDU

from .text import words

# Languages the site and the assistant answer in.
SUPPORTED = LANGUAGES
CONFIDENT = 0.4
SCRIPTS = [  # (pattern, language): the first that matches a letter of the text decides
    (re.compile(r"[\u0980-\u09FF]"), "bn"),
    (re.compile(r"[\u0A80-\u0AFF]"), "gu"),
    (re.compile(r"[\u0B80-\u0BFF]"), "ta"),
    # Not the danda (।, ॥), which Gurmukhi writes too.
    (re.compile(r"[\u0900-\u0963\u0966-\u097F]"), "hi"),
    (re.compile(r"[\u0A00-\u0A7F]"), "pa"),
    (re.compile(r"[\u0400-\u04FF]"), "ru"),
    (re.compile(r"[\u0370-\u03FF]"), "el"),
    (re.compile(r"[\u4E00-\u9FFF\u3040-\u30FF\uAC00-\uD7AF]"), "zh"),
]
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F]")
# Letters that only Pashto (ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ) or Sorani Kurdish (ڕ ڵ ۆ ێ ە) write: lingua
# has no model for either, and would answer them in Farsi or Arabic, a third language.
_PASHTO_LETTERS = re.compile(r"[\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06D0\u06CD\u0681\u0685]")
_SORANI_LETTERS = re.compile(r"[\u0695\u06B5\u06C6\u06CE\u06D5]")
# Ethiopic letters are Tigrinya's and Amharic's. Tigrinya writes ቐ and ኸ, which Amharic lacks,
# and starts words with ኣ where Amharic writes አ; a few everyday Amharic words settle the rest.
_ETHIOPIC = re.compile(r"[\u1200-\u137F]")
_TIGRINYA_MARKS = re.compile(r"[\u1250-\u125D\u12B8-\u12BE\u12A3]")
_AMHARIC_MARKS = re.compile(r"(?<![\u1200-\u137F])\u12A0|ነው|ነኝ|ናት|እኔ|የኔ|ባሌ|እባክ|አልችልም|ይመታኛል")
# An Arabizi word: a digit standing for a letter, with letters after it ("3ala", "ba3ad",
# "7abibi"). A postcode's inward part ("2AB") is a digit and exactly two letters: not one.
_ARABIZI = re.compile(r"^[a-z]*[235789][a-z]+$")
_INWARD_POSTCODE = re.compile(r"^\d[a-z]{2}$")
ROMANISED = ("ku", "ur", "bn", "ta", "ar", "fa", "gu")  # no lingua model reads these in Latin letters
MARKERS = {code: frozenset(found) for code, found in yaml.safe_load(
    (Path(__file__).resolve().parent / "language_markers.yaml").read_text("utf-8")).items()}
MARKER_WEIGHT = 0.15
LATIN_LINGUA = ("ENGLISH", "SPANISH", "PORTUGUESE", "POLISH", "ROMANIAN", "TURKISH", "SOMALI",
                "ITALIAN", "FRENCH", "GERMAN", "ALBANIAN", "LITHUANIAN", "HUNGARIAN", "DUTCH",
                "VIETNAMESE", "SWAHILI")
ARABIC_LINGUA = ("ARABIC", "URDU", "PERSIAN")
_detectors: dict[str, object] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class Identified:
    code: str | None        # ISO 639-1, None when unsure
    confidence: float

    def supported(self, languages=SUPPORTED) -> str | None:
        return self.code if self.code in languages and self.confidence >= CONFIDENT else None


def identify(text: str) -> Identified:
    letters = [w for w in words(text) if not w.isdigit()]
    if _ETHIOPIC.search(text):
        return _tigrinya_or_amharic(text)
    for pattern, code in SCRIPTS:
        if pattern.search(text):
            return Identified(code, 1.0)
    if _ARABIC_SCRIPT.search(text):
        for pattern, code in ((_PASHTO_LETTERS, "ps"), (_SORANI_LETTERS, "ckb")):
            if len(pattern.findall(text)) >= 2:
                return Identified(code, 1.0)
        scores = _scores("arabic", ARABIC_LINGUA, text)
        if len(letters) < 3:  # a word or two ("حذف") cannot tell Farsi from Arabic: say ours
            scores.pop("fa", None)
        best = max(scores, key=scores.get)
        return Identified(best, max(scores[best], CONFIDENT if len(letters) < 3 else 0.0))
    if not letters or sum(len(w) for w in letters) < 4:
        return Identified(None, 0.0)
    if len(letters) < 2:
        return Identified(None, 0.0)
    arabizi = [w for w in letters if _ARABIZI.match(w) and not _INWARD_POSTCODE.match(w)]
    if arabizi and (len(arabizi) >= 2 or len(letters) <= 4):
        return Identified("ar", 0.8)
    hits = {code: len(markers & set(letters)) for code, markers in MARKERS.items()}
    for code in WRITTEN_LIKE_URDU:  # not site languages: their markers only keep them from being Urdu
        # Roman Hindi and Roman Punjabi share most everyday words with Roman Urdu ("mera",
        # "hai"): a word only they use ("pati", "kripya"; "mainu", "maarda") tells them apart.
        if hits[code] and hits[code] + hits["ur"] >= 2:
            return Identified(code, 0.8)
    for code in ROMANISED:
        if hits[code] >= 2 and hits[code] > hits["en"] and hits[code] == max(
                hits[other] for other in ROMANISED):
            return Identified(code, 0.8)
    scores = _scores("latin", LATIN_LINGUA, text)
    for code, count in hits.items():
        scores[code] = scores.get(code, 0.0) + MARKER_WEIGHT * count
    best = max(scores, key=scores.get, default=None)
    return Identified(best, min(1.0, scores[best])) if best else Identified(None, 0.0)


def _tigrinya_or_amharic(text: str) -> Identified:
    tigrinya, amharic = len(_TIGRINYA_MARKS.findall(text)), len(_AMHARIC_MARKS.findall(text))
    if tigrinya == amharic:  # nothing tells them apart: not sure enough to answer in Tigrinya
        return Identified("ti", CONFIDENT / 2)
    return Identified("ti" if tigrinya > amharic else "am", 1.0)


def detect_language(text: str, languages=SUPPORTED) -> str | None:
    """One of `languages` when the message is clearly in it, else None."""
    return identify(text).supported(languages)


def written_language(text: str) -> str | None:
    """The language the message is clearly written in, whether or not we answer in it ("hi" for
    Roman Hindi): what the assistant remembers of a conversation's language."""
    identified = identify(text)
    return identified.code if identified.confidence >= CONFIDENT else None


def _lingua(name: str, languages: tuple[str, ...], text: str) -> Identified:
    scores = _scores(name, languages, text)
    best = max(scores, key=scores.get, default=None)
    return Identified(best, scores[best]) if best else Identified(None, 0.0)


def prepare_models() -> None:
    """Builds both detectors with their models loaded now (about 3 s, 400 MB) rather than on the
    first message that needs one."""
    _detector("latin", LATIN_LINGUA)
    _detector("arabic", ARABIC_LINGUA)


def _scores(name: str, languages: tuple[str, ...], text: str) -> dict[str, float]:
    values = _detector(name, languages).compute_language_confidence_values(text)
    return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}


def _detector(name: str, languages: tuple[str, ...]):
    with _lock:
        if name not in _detectors:
            from lingua import Language, LanguageDetectorBuilder  # ~20 MB a language, built once
            # Preloaded: lingua otherwise reads its models on the first message it is asked
            # about, which then takes 3 s, and the assistant gives up on the directory after 3.
            _detectors[name] = LanguageDetectorBuilder.from_languages(
                *(getattr(Language, lang) for lang in languages)).with_preloaded_language_models().build()
        return _detectors[name]
