"""Take out what identifies a person before a message is relayed, so it is never stored.

Phone numbers, email addresses, the second half of a postcode (the district, like N17, is
kept: it finds local services), street addresses and names people give: after "my name is",
"call me" or "they call me" any word that is not an everyday one; after "I'm", "I am",
"this is" or "it's" a capitalised word that is not an everyday one ("I'm Maria", not "I'm
scared"). Redaction cannot catch every name, so the assistant stores no typed words at all.
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


# Words that follow "I'm", "call me" etc. without being a name. Lowercase; compared lowercased.
_NOT_NAMES = frozenset(" ".join("""
a an the and or but so if when then now not no yes on at in from by for to of with about back
later please asap again here there home out up scared afraid frightened worried terrified sad
alone lost stuck hurt hurting ok okay fine good bad sorry tired pregnant married single divorced
being getting going trying looking calling writing texting asking living staying just really
very too still also only always never sometimes worried confused desperate safe unsafe
his her their my your our him them he she they it this that these those what who how why
english british deaf disabled old young gay lesbian bi trans muslim christian jewish
mum mother dad father sister brother daughter son wife husband partner girlfriend boyfriend
friend neighbour teacher nurse doctor worker student carer parent
""".splitlines()).split())
_STRONG_INTRO = re.compile(
    r"\b((?i:call me|they call me|everyone calls me|you can call me|my name's|name's|i go by|"
    r"known as))\s+([^\W\d_][^\s,.!?]*)")
_WEAK_INTRO = re.compile(r"\b((?i:i'm|i’m|im|i am|this is|it's|it’s|its|it is|here is|here's))\s+"
                         r"([A-ZÀ-Ý][^\s,.!?]*)")


def _name_or_word(match: re.Match) -> str:
    intro, word = match.group(1), match.group(2)
    if word.lower() in _NOT_NAMES:
        return match.group(0)
    return f"{intro} {PLACEHOLDER['name']}"


def redact(text: str) -> str:
    text = _EMAIL.sub(PLACEHOLDER["email"], text)
    text = _ADDRESS.sub(PLACEHOLDER["address"], text)
    text = _POSTCODE.sub(lambda m: m.group(1).upper(), text)
    text = _PHONE.sub(PLACEHOLDER["phone"], text)
    text = _NAME_INTRO.sub(lambda m: f"{m.group(1)} {PLACEHOLDER['name']}", text)
    text = _STRONG_INTRO.sub(_name_or_word, text)
    return _WEAK_INTRO.sub(_name_or_word, text)
