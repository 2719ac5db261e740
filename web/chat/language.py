"""Which of our languages a message is written in, when it is clear enough to say.

Replies come in the language the person writes in, or else the one the page is in. Short or
ambiguous messages ("ok", "N17") keep the page's language.
"""
from __future__ import annotations

import re

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_URDU_LETTERS = re.compile(r"[ٹڈڑںےۓھگپچ]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MARKERS = {
    "pl": (re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]"),
           _words("nie jest mnie mój moj mąż maz się sie pomocy boję boje jestem mieszkam")),
    "ro": (re.compile(r"[ăâîșțşţĂÂÎȘȚ]"),
           _words("nu este sunt mă ma soțul sotul meu mea ajutor frică frica locuiesc și si")),
    "tr": (re.compile(r"[ğışİĞŞ]"),
           _words("ve bir bana beni kocam yardım yardim korkuyorum değil degil çok cok ben")),
    "pt": (re.compile(r"[ãõÃÕ]"),
           _words("não nao meu minha marido ajuda medo estou você voce ele comigo moro")),
    "es": (re.compile(r"[ñ¿¡Ñ]"),
           _words("no mi marido esposo ayuda miedo estoy me él pega vivo qué que novio tengo")),
    "en": (None, _words("the my he me is and i im help husband scared she to of")),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str | None:
    if _ARABIC_SCRIPT.search(text):
        return "ur" if _URDU_LETTERS.search(text) else "ar"
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 2:
        return None
    scores = {}
    for lang, (letters, common) in _MARKERS.items():
        score = sum(1 for w in words if w in common)
        if letters is not None and letters.search(text):
            score += 2
        scores[lang] = score
    best = max(scores, key=scores.get)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 2 and ranked[0] > ranked[1]:
        return best
    return None
