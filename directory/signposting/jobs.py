"""A message that opens with the writer's job ("GP.", "midwife -", "DC here", "HR manager, an
employee told me..."): professionals write like this, and the job title alone, at the start,
says who is asking. Not a job word anywhere else: "my teacher keeps messaging me" is a child.
"""
from __future__ import annotations

import re

JOB_TITLES = (
    "gp", "doctor", "dr", "nurse", "school nurse", "practice nurse", "midwife", "health visitor", "hv",
    "pharmacist", "paramedic", "dentist", "psychologist", "counsellor", "therapist", "teacher",
    "year \\d+ teacher", "ta", "teaching assistant", "dsl", "safeguarding lead", "form tutor",
    "year \\d+ form tutor", "tutor", "head of year", "pastoral lead", "pastoral manager",
    "designated safeguarding lead",
    "senco", "headteacher", "head teacher", "deputy head", "social worker", "sw", "pc", "dc", "ds", "psc",
    "police officer", "officer", "housing officer", "support worker", "family support worker",
    "outreach worker", "youth worker", "key worker", "keyworker", "caseworker", "case worker", "hr",
    "hr manager", "practice manager", "idva", "isva", "childminder", "probation officer", "solicitor",
    "receptionist", "hca", "health care assistant", "a&e nurse", "a and e nurse", "care coordinator",
    # Services battery of 2026-12-07: "Student wellbeing officer at a uni in Sheffield.", "I'm the
    # HR lead for a small firm".
    "wellbeing officer", "student wellbeing officer", "welfare officer", "student support officer",
    "student support adviser", "student adviser", "wellbeing lead", "hr lead", "hr officer",
    "hr adviser", "hr advisor", "hr business partner", "line manager", "community midwife",
    "care worker", "social care worker", "adult social care worker", "mental health nurse",
    "district nurse", "occupational therapist", "ot", "family liaison officer",
)
# The title, then what ends it: "here", "on response", "at a/an", "for a/an" (not "at my
# school": "teacher at my school touched me" is a child), "in A&E -" or "in islington." (up to
# three words, not "in my class"), or a stop, comma, dash or colon.
_ENDS = (r"(?:\s+(?:here|on|working|at an?|for an?)\b"
         r"|\s+in\s+(?!my\b)\S+(?:\s+\S+){0,2}\s*[.,:;\-–—]|\s*[.,:;\-–—])")
_BEFORE = r"^\s*(?:(?:new|(?:im|i'm|i am) (?:a|an|the))\s+)?"
_OPENING = re.compile(rf"{_BEFORE}(?:{'|'.join(JOB_TITLES)}){_ENDS}", re.IGNORECASE)


def opens_with_job(text: str) -> bool:
    """Whether `text` begins with a job title standing as its own clause."""
    return bool(_OPENING.match(text))
