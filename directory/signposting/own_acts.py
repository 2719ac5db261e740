"""A sentence that opens with the writer's own act against a partner ("pushed my wife against
the wall last night", "i go through my boyfriends phone", "choked her during an argument"):
people worried about their own behaviour often drop the "I", and a sentence that starts with
the act, done to her or him, can only be theirs. Not "he pushed me" (another's act, to the
writer), nor an act in the middle of a sentence about someone else.
"""
from __future__ import annotations

import re

# Acts that, opening a sentence with no subject, are the writer's.
_ACTS = (
    r"pushed", r"shoved", r"hit", r"slapped", r"punched", r"kicked", r"grabbed", r"choked",
    r"strangled", r"spat at", r"bit", r"shouted at", r"screamed at", r"yelled at", r"swore at",
    r"threatened", r"threw \S+(?: \S+)? at", r"locked", r"raised my \S+ (?:at|to)", r"smashed",
    r"headbutted", r"dragged", r"pinned", r"put a tracker on",
)
# Acts that are the writer's only with "I" said ("i go through her phone", not "check her phone?").
_ACTS_WITH_I = (*_ACTS, r"hurt", r"scared", r"frightened", r"go through", r"went through", r"check",
                r"checked", r"keep showing up at")
# What may open the sentence before the act: a time, or a word joining it to the last one.
_LEAD = r"(?:(?:yesterday|today|tonight|last night|earlier|this morning|then|so|and|but|just now)\s+)?"
_I = rf"{_LEAD}(?:i|ive|i've|i have|i just|i keep|i still|i also)\s+"
_PARTNER = (r"(?:her|him|my (?:wife|gf|girlfriend|partner|missus|husband|boyfriend|bf|fiance|fiancee|ex)"
            r"(?:s|'s)?|my exs|my ex's)")
_REACH = r"\b(?:\s+\S+){0,2}?\s+"
_WITH_I = re.compile(rf"^{_I}(?:{'|'.join(_ACTS_WITH_I)}){_REACH}{_PARTNER}\b")
_WITHOUT_I = re.compile(rf"^{_LEAD}(?:{'|'.join(_ACTS)}){_REACH}{_PARTNER}\b")
# Someone else already spoken of: a sentence after it with no subject may be theirs ("her
# husband is awful. hit her again last night").
_SOMEONE_ELSE = re.compile(r"\b(?:he|hes|he's|his|him|she|shes|she's|they|theyre|they're|her \w+|"
                           r"\w+s (?:husband|boyfriend|bf|partner|wife|girlfriend|gf|dad|father|stepdad|"
                           r"brother|uncle|man|fella)|my (?:husband|boyfriend|bf|partner|dad|father|stepdad|"
                           r"brother|son|uncle|ex))\b")
_SENTENCES = re.compile(r"[.!?;\n]+|,\s*(?:and|then|but)\s+|\s+and\s+")


def tells_own_act(text: str) -> bool:
    """Whether a sentence of `text` opens with the writer's act against a partner."""
    before = ""
    for sentence in (s.strip() for s in _SENTENCES.split(text.lower())):
        if _WITH_I.match(sentence) or (_WITHOUT_I.match(sentence) and not _SOMEONE_ELSE.search(before)):
            return True
        before += " " + sentence
    return False
