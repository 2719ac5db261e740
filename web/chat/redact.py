"""Take out what identifies a person before a message is relayed, so it is never stored.

Phone numbers, email addresses, the second half of a postcode (the district, like N17, is
kept: it finds local services), street addresses and names people give ("my name is ...").
"""
from __future__ import annotations

import re

PLACEHOLDER = {"phone": "[phone]", "email": "[email]", "address": "[address]", "name": "[name]"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)(\+?\d[\d\s().-]{7,}\d)(?!\w)")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?)\s*[0-9][A-Z]{2}\b", re.IGNORECASE)
_STREET_WORDS = (r"road|rd|street|st|avenue|ave|lane|ln|close|way|drive|dr|court|ct|gardens|"
                 r"place|crescent|terrace|grove|hill|square|calle|rua|ulica|strada|sokak|sokağı|cadde|caddesi")
_ADDRESS = re.compile(rf"\b\d+[a-z]?,?\s+(?:[\w'-]+\s+){{0,3}}(?:{_STREET_WORDS})\b", re.IGNORECASE)
_NAME_INTRO = re.compile(
    r"\b((?i:my name is|my name's|i am called|i'm called|me llamo|mi nombre es|meu nome é|"
    r"meu nome e|chamo-me|nazywam się|nazywam sie|mam na imię|ma numesc|mă numesc|numele meu este|"
    r"benim adım|adım|ismim|اسمي|میرا نام))\s+([^\s,.!?]+(?:\s+[A-ZÀ-Ý][^\s,.!?]*)?)")


def redact(text: str) -> str:
    text = _EMAIL.sub(PLACEHOLDER["email"], text)
    text = _ADDRESS.sub(PLACEHOLDER["address"], text)
    text = _POSTCODE.sub(lambda m: m.group(1).upper(), text)
    text = _PHONE.sub(PLACEHOLDER["phone"], text)
    return _NAME_INTRO.sub(lambda m: f"{m.group(1)} {PLACEHOLDER['name']}", text)
