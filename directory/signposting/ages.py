"""Ages in a message, read as numbers rather than as words: a child's age beside an adult
partner's is grooming ("my daughter is 15 and seeing a lad who is 23", "tengo 14 y mi novio
tiene 22", "im 14 my bf is 19"), whatever words carry it, in any of the site's languages.
"""
from __future__ import annotations

import re

from .text import words

CHILD_AGES = range(10, 18)
ADULT_AGES = range(18, 80)
# How far before an adult's age the word for the partner may be ("a lad who is 23", "the man
# she talks to online is 30").
PARTNER_REACH = 9
# Folded words for a boyfriend or an older man someone is seeing, in the site's languages.
PARTNER_WORDS = frozenset({
    "boyfriend", "bf", "lad", "man", "guy", "bloke", "fella", "partner", "dating", "seeing",
    "novio", "hombre", "chico", "pareja", "namorado", "homem", "cara",
    "chlopak", "chlopakiem", "facet", "facetem", "mezczyzna", "mezczyzny",
    "iubit", "iubitul", "iubitului", "prieten", "prietenul", "barbat", "barbatul",
    "sevgili", "sevgilisi", "sevgilim", "erkek", "adam", "adamla",
    "صديق", "صديقها", "حبيب", "حبيبها", "رجل", "boyfriendi",
    "dost", "larka", "larke", "aadmi", "admi",
})
_AGE = re.compile(r"^(\d{1,2})(?:yo|y|yrs|yr|ans|anos|lat|yas|yasinda|sal)?$")


def age_gap(tokens: list[str]) -> bool:
    """Whether folded `tokens` give a child's age and, after a word for a partner, an adult's."""
    ages = [(i, int(m.group(1))) for i, t in enumerate(tokens) if (m := _AGE.match(t))]
    if not any(age in CHILD_AGES for _, age in ages):
        return False
    return any(age in ADULT_AGES and PARTNER_WORDS.intersection(tokens[max(0, i - PARTNER_REACH):i])
               for i, age in ages)


# Words before the writer's own age ("im 35", "i am 42", "tengo 35", "tenho 40", "mam 35").
OWN_AGE_WORDS = frozenset({"im", "iam", "am", "aged", "tengo", "tenho", "mam"})


def own_adult_age(tokens: list[str]) -> bool:
    """Whether the writer gives their own age as an adult's ("i am 35 and my son is 15": not a
    young person, whatever the child's age beside it)."""
    return any((m := _AGE.match(t)) and int(m.group(1)) in ADULT_AGES and tokens[i - 1] in OWN_AGE_WORDS
               for i, t in enumerate(tokens) if i)


# A child's age said as one ("my 7 yr old", "14yo"), or beside a word for a child ("son (12)",
# "gabadhayda waa 7 jir", "ابني عمره ١٠ سنين", "keça min 17 salî ye"), in the site's languages.
CHILD_YEARS = range(1, 18)
CHILD_REACH_BEFORE = 4
CHILD_REACH_AFTER = 3
CHILD_WORDS = frozenset(fold for word in (
    "son", "sons", "daughter", "daughters", "dd", "ds", "girl", "boy", "kid", "kids", "child",
    "children", "niece", "nephew", "grandson", "granddaughter", "stepdaughter", "stepson", "lad",
    "teen", "teenager", "pupil", "baby", "toddler",
    "hijo", "hija", "niña", "niño", "sobrina", "sobrino", "filho", "filha", "menina", "menino",
    "syn", "syna", "córka", "córeczka", "dziecko", "fiul", "fiica", "fetița", "fetita", "băiatul",
    "copilul", "oğlum", "kızım", "kızımız", "çocuğum", "ابني", "بنتي", "ابنتي", "طفلي", "طفلتي",
    "beti", "beta", "بیٹی", "بیٹا", "bachi", "মেয়ের", "মেয়ে", "ছেলে", "ছেলের", "gabadhayda",
    "wiilkayga", "keça", "keçê", "kurê", "دخترم", "پسرم", "மகள்", "மகன்", "ጓለይ", "ወደይ", "dikri",
    "dikro", "દીકરી", "દીકરો") for fold in words(word))
# What follows a number that is not an age ("7 years ago", "14 days", "3 times").
NOT_AN_AGE = frozenset({"days", "day", "weeks", "week", "months", "month", "hours", "hour", "times",
                        "mins", "minutes", "am", "pm", "ago", "pounds", "quid", "miles", "percent"})
# "married 22 years": a count of years, unless "old" follows.
YEARS = frozenset({"years", "year", "yrs", "yr"})
YEARS_OLD = (["yr", "old"], ["yrs", "old"], ["year", "old"], ["years", "old"])
_YEARS_OLD = re.compile(r"^(\d{1,2})(?:yo|yrs|yr|y)$")


# What follows the writer's own number when it is a size, not an age ("I'm 6ft and 15 stone",
# "I'm 16 weeks pregnant").
MEASURES = NOT_AN_AGE | {"stone", "st", "kg", "kgs", "ft", "foot", "feet", "inches", "lbs", "grand", "k"}
OWN_NUMBER_REACH = 4


def own_measure(tokens: list[str]) -> bool:
    """Whether the first number soon after "im"/"i am" is a size or a count ("im 6ft and 15
    stone"), which the cues for a young writer ("im ... 15") would take for an age; "im 14 and
    3 days ago he" is still an age."""
    for i, token in enumerate(tokens):
        if token not in OWN_AGE_WORDS:
            continue
        reach = tokens[i + 1:i + 1 + OWN_NUMBER_REACH]
        first = next((k for k, t in enumerate(reach) if t.isdecimal()), None)
        if first is not None and reach[first + 1:first + 2] and reach[first + 1] in MEASURES:
            return True
    return False


def child_age(tokens: list[str]) -> bool:
    """Whether folded `tokens` give a child's age: "7yo", "7 yr old", "7 years old", or a
    number beside a word for a child that is not a count of days or years ago."""
    return any((m := _YEARS_OLD.match(t)) and int(m.group(1)) in CHILD_YEARS for t in tokens) \
        or _aged_beside_a_child(tokens, CHILD_YEARS, said_as_an_age=True)


def grown_child_age(tokens: list[str]) -> bool:
    """Whether a son or daughter is given an adult's age ("my daughter is 22", "my son (25)"):
    the parent asks about a grown woman or man, as family, not as a child's parent."""
    return _aged_beside_a_child(tokens, ADULT_AGES, said_of_the_child=True) and not child_age(tokens)


# Words right before a number that make it the age just named ("my daughter is 22", "aged 25").
AGE_LEADS = frozenset({"is", "aged", "age", "turned", "now", "hes", "shes", "whos", "thats", "just"})


def _aged_beside_a_child(tokens: list[str], years: range, said_as_an_age: bool = False,
                         said_of_the_child: bool = False) -> bool:
    """A number in `years` beside a word for a child; with `said_as_an_age`, also a number said
    as an age on its own ("7 yo", "7 years old": only a child's age says a child without the
    word); with `said_of_the_child`, only a number right after the word or "is" ("my daughter is
    22", "my son (25)"), not money or a count nearby ("sent my girl a phone + £50")."""
    for i in _numbers_in(tokens, years):
        if said_of_the_child and not (i and (tokens[i - 1] in AGE_LEADS or tokens[i - 1] in CHILD_WORDS)):
            continue
        after = tokens[i + 1:i + 3]
        if said_as_an_age and (after[:1] in (["yo"], ["y"]) or after[:2] in YEARS_OLD):
            return True
        if after[:2] in YEARS_OLD:
            after = after[2:]
        if after[:1] and (after[0] in NOT_AN_AGE or after[1:2] == ["ago"] or after[0] in YEARS):
            continue
        near = set(tokens[max(0, i - CHILD_REACH_BEFORE):i] + tokens[i + 1:i + 1 + CHILD_REACH_AFTER])
        # A son's or daughter's own age, not a boyfriend's beside it ("my daughters seeing this
        # lad hes 19": conversations battery of 2026-12-07).
        if said_of_the_child and tokens[i - 1] in SAID_OF and not (
                SAID_OF[tokens[i - 1]].intersection(near) or NEUTRAL_CHILD_WORDS.intersection(near)):
            continue
        if CHILD_WORDS.intersection(near - NOT_OF_THE_CHILD if said_of_the_child else near):
            return True
        if not said_of_the_child and CHILDREN_BEFORE_AN_AGE.intersection(tokens[max(0, i - 2):i]):
            return True
    return False


# Children named before a number give their age ("one of my girls (14)": ninth batteries of
# 2026-12-07); before the word, the number counts them ("its 2 girls", "3 boys").
CHILDREN_BEFORE_AN_AGE = frozenset({"girls", "boys", "pupils"})


# "hes 22" said of a son, "shes 22" of a daughter.
SAID_OF = {"hes": frozenset({"son", "sons", "boy", "grandson", "stepson", "nephew"}),
           "shes": frozenset({"daughter", "daughters", "girl", "granddaughter", "stepdaughter", "niece"})}
NEUTRAL_CHILD_WORDS = frozenset({"kid", "kids", "child", "children", "dd", "ds"})
# Words for a young man that as often name a daughter's boyfriend as a son.
NOT_OF_THE_CHILD = frozenset({"lad"})


# "she's 15", "he is only 8": a child spoken of, by someone else.
SPOKEN_OF = (["shes"], ["hes"], ["she", "is"], ["he", "is"], ["shes", "only"], ["hes", "only"],
             ["she", "is", "only"], ["he", "is", "only"], ["shes", "just"], ["hes", "just"],
             ["she", "was"], ["he", "was"], ["daughter", "is"], ["son", "is"], ["turned"], ["turns"])
# What follows a number that is then a count or a size, not an age ("he's 10 minutes away").
NOT_SPOKEN_OF = MEASURES | YEARS


def child_spoken_of(tokens: list[str]) -> bool:
    """Whether a child's age follows "she's" or "he is" ("its gone 1am ... she's 15"), not a
    count ("he's 10 minutes away")."""
    for i in _numbers_in(tokens, CHILD_YEARS):
        after = tokens[i + 1:i + 2]
        if after and after[0] in NOT_SPOKEN_OF:
            continue
        if any(tokens[max(0, i - len(lead)):i] == lead for lead in SPOKEN_OF):
            return True
    return False


def _numbers_in(tokens: list[str], years: range):
    """Where a number in `years` stands among the words."""
    return (i for i, token in enumerate(tokens) if token.isdecimal() and int(token) in years)
