"""Text as the signposting decision reads it: lower case, accents and marks stripped, words.

People type "esim beni dovuyor" as often as "eşim beni dövüyor", and "nao" for "não", so
both sides of every comparison go through the same folding. Arabic-script diacritics go too.
"""
from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "ß": "ss", "œ": "oe", "æ": "ae", "đ": "d",
                       "ð": "d", "þ": "th", "ى": "ي", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
                       "ك": "ک", "ي": "ی", "ۀ": "ه", "\u200c": " ", "’": "'", "‘": "'",
                       # Arabic-Indic, Persian, Devanagari, Bengali, Gujarati and Tamil digits
                       # are the same numbers ("عمرها ١٤", "বয়স ১৫").
                       **{chr(zero + d): str(d) for zero in (0x660, 0x6F0, 0x966, 0x9E6, 0xAE6, 0xBE6)
                          for d in range(10)}})
# Vowel signs and other marks that stay after folding (Bengali, Gujarati, Tamil... vowel
# signs have no combining class) belong to the word: without them "ছুরি" fell apart in pieces.
_MARKS = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M"))
_LETTER = rf"(?:[^\W_]|[{_MARKS}])"
_WORD = re.compile(rf"{_LETTER}+(?:'{_LETTER}+)?", re.UNICODE)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text).translate(_FOLD)


# "he's" is "he is" and stays "hes"; "sister's" is the sister's, and becomes "sister".
_CONTRACTED_S = frozenset({"he", "she", "it", "that", "what", "who", "there", "let", "where", "here"})


# Terms whose parts mean something else alone: a "non-molestation order" is a court order
# against an abuser, not molestation.
_COMPOUNDS = {("non", "molestation"): "nonmolestation"}


def words(text: str) -> list[str]:
    """The folded words of a text; "i'm" stays one word, and so does "can't"."""
    return _joined([_word(w) for w in _WORD.findall(fold(text))])


def _joined(tokens: list[str]) -> list[str]:
    if "non" not in tokens:
        return tokens
    out: list[str] = []
    for token in tokens:
        if out and (out[-1], token) in _COMPOUNDS:
            out[-1] = _COMPOUNDS[out[-1], token]
        else:
            out.append(token)
    return out


# Turkish writes a case or plural ending after an apostrophe on names and abbreviations
# ("LGBT'lere", "Instagram'dan", "polis'e", "Türkiye'ye", "gay'im"): the name is the word. Only these
# endings, on a word of three letters or more: "don't", "I'll", "d'un" and "l'homme" stay whole.
_TURKISH_ENDING = re.compile(r"(?:l[ae]r)?"
                             r"(?:[dt][ae]n?|[dt][ae]ki|y?[ae]|[sy]?[iu]|y?l[ae]|n?[iu]n[ae]?|y?[iu][mz]"
                             # "Enfield'dayız" (we are in Enfield), "Londra'dayım" (I am in London).
                             r"|[dt][ae]y[iu][mz]|[dt][ae]s[iu]n[iu]z?)")


def _word(word: str) -> str:
    if word.endswith("'s") and word[:-2] not in _CONTRACTED_S:
        return word[:-2]
    root, _, ending = word.partition("'")
    if ending and len(root) >= 3 and _TURKISH_ENDING.fullmatch(ending):
        return root
    return word.replace("'", "")
