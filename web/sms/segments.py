"""SMS lengths as a phone network counts them, and fitting replies into few messages.

GSM-7 carries 160 characters in one segment, 153 per segment when split; the characters of
its extension table (such as { } [ ] ~ | and the euro sign) count twice. Any other character
makes the whole message UCS-2: 70 in one segment, 67 per segment when split.
"""
from __future__ import annotations

import math
import re

GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENDED = set("^{}\\[~]|€\f")


def is_gsm7(text: str) -> bool:
    return all(c in GSM7_BASIC or c in GSM7_EXTENDED for c in text)


def units(text: str) -> int:
    """Length in the encoding the message will use (GSM-7 septets or UCS-2 code units)."""
    if is_gsm7(text):
        return sum(2 if c in GSM7_EXTENDED else 1 for c in text)
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def segments(text: str) -> int:
    if not text:
        return 0
    single, multi = (160, 153) if is_gsm7(text) else (70, 67)
    length = units(text)
    return 1 if length <= single else math.ceil(length / multi)


def fit(paragraphs: list[str], max_segments: int = 2, max_messages: int = 3) -> list[str]:
    """Pack paragraphs into at most `max_messages` texts of at most `max_segments` segments.

    Paragraphs are kept whole where they fit; one that is too long on its own is cut at a word
    boundary. What cannot fit is dropped from the end, so the first things said (the most
    important) always arrive.
    """
    messages: list[str] = []
    current = ""
    for paragraph in (part for p in paragraphs for part in _sentences_if_too_long(p.strip(), max_segments)):
        if not paragraph:
            continue
        candidate = f"{current}\n{paragraph}" if current else paragraph
        if segments(candidate) <= max_segments:
            current = candidate
            continue
        if current:
            messages.append(current)
        current = paragraph if segments(paragraph) <= max_segments else _cut(paragraph, max_segments)
        if len(messages) == max_messages:
            break
    if current and len(messages) < max_messages:
        messages.append(current)
    return messages[:max_messages]


# The end of a sentence: in Latin scripts, Urdu and Farsi (۔), and Hindi (।).
_SENTENCE_END = re.compile(r"(?<=[.!?\u06D4\u0964])\s+")


def _sentences_if_too_long(paragraph: str, max_segments: int) -> list[str]:
    """A paragraph that does not fit one text, as its sentences: cut whole, an Urdu self-harm
    paragraph lost its last sentence, the one that names Samaritans (danger batteries through
    the real SMS path, 2026-12-06)."""
    if segments(paragraph) <= max_segments:
        return [paragraph]
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def _cut(text: str, max_segments: int) -> str:
    words = text.split(" ")
    while len(words) > 1 and segments(" ".join(words) + "…") > max_segments:
        words.pop()
    cut = " ".join(words)
    while segments(cut + "…") > max_segments:
        cut = cut[:-1]
    return cut + "…"
