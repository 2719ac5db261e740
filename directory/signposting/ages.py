"""Ages in a message, read as numbers rather than as words: a child's age beside an adult
partner's is grooming ("my daughter is 15 and seeing a lad who is 23", "tengo 14 y mi novio
tiene 22", "im 14 my bf is 19"), whatever words carry it, in any of the site's languages.
"""
from __future__ import annotations

import re

CHILD_AGES = range(10, 18)
ADULT_AGES = range(18, 80)
# How far before an adult's age the word for the partner may be ("a lad who is 23", "the man
# she talks to online is 30").
PARTNER_REACH = 7
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
