"""Scoring the two tools: the survivors' safety self-check and the professionals' DASH checklist.

Answers arrive in a POSTed form, are scored here and are gone when the response is sent: nothing
is stored, logged or put in a URL. A question left unanswered counts as "not sure".
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from werkzeug.datastructures import MultiDict

from .content import Band, Dash, Question, SelfCheck

YES, NO, NOT_SURE = "yes", "no", "not-sure"
ANSWERS = (YES, NO, NOT_SURE)
# A real answer is one of ANSWERS; anything longer was never sent by our form.
MAX_VALUE = 20


class BadAnswers(ValueError):
    """The form holds something our form never sends: a made-up answer, or two to one question."""


def read_answers(form: MultiDict, questions: tuple[Question, ...]) -> dict[str, str]:
    """{question id: answer} for every question, "not sure" where none was given.

    Fields that are not questions (the language, anything added by hand) are left alone.
    """
    answers = {}
    for question in questions:
        given = form.getlist(question.id)
        if len(given) > 1:
            raise BadAnswers(question.id)
        value = given[0].strip()[:MAX_VALUE + 1] if given else NOT_SURE
        if value not in ANSWERS:
            raise BadAnswers(question.id)
        answers[question.id] = value
    return answers


def answered_any(form: MultiDict, questions: tuple[Question, ...]) -> bool:
    return any(question.id in form for question in questions)


@dataclass(frozen=True)
class SelfCheckResult:
    band: Band
    score: int
    immediate_answer: bool     # a "yes" to a question that means danger now
    not_sure: int              # answered "not sure", or not answered
    red_flags: tuple[str, ...] = ()   # ids of red-flag questions answered "yes"

    @property
    def level(self) -> str:
        return self.band.level


def score_self_check(tool: SelfCheck, answers: Mapping[str, str]) -> SelfCheckResult:
    yes = [q for q in tool.questions if answers.get(q.id) == YES]
    score = sum(q.weight for q in yes)
    immediate_answer = any(q.immediate for q in yes)
    red_flags = tuple(q.id for q in yes if q.red_flag)
    band = next(b for b in reversed(tool.bands) if b.min_score <= score)
    if red_flags and tool.bands.index(band) < _band_index(tool, "high"):
        # One sign such as strangulation or a threat to kill is enough: risk is not a sum.
        band = tool.bands[_band_index(tool, "high")]
    if immediate_answer:
        band = tool.bands[_band_index(tool, "immediate")]
    not_sure = sum(1 for q in tool.questions if answers.get(q.id, NOT_SURE) == NOT_SURE)
    return SelfCheckResult(band, score, immediate_answer, not_sure, red_flags)


def _band_index(tool: SelfCheck, level: str) -> int:
    return next(i for i, b in enumerate(tool.bands) if b.level == level)


@dataclass(frozen=True)
class DashResult:
    yes: int
    threshold: int
    not_known: int             # answered "don't know", or not answered
    red_flags: tuple[str, ...] = ()   # ids of red-flag questions answered "yes"
    judgement: bool = False    # the professional ticked "I have serious concerns"

    @property
    def visible_high_risk(self) -> bool:
        return self.yes >= self.threshold

    @property
    def high_risk(self) -> bool:
        """MARAC level: the count, any red flag on its own, or the professional's judgement."""
        return self.visible_high_risk or bool(self.red_flags) or self.judgement


JUDGEMENT_FIELD = "professional-judgement"
NOTE_SUFFIX = "-note"
MAX_NOTE = 1000            # characters kept of one "state what" box


def score_dash(tool: Dash, answers: Mapping[str, str], judgement: bool = False) -> DashResult:
    yes = [q for q in tool.questions if answers.get(q.id) == YES]
    not_known = sum(1 for q in tool.questions if answers.get(q.id, NOT_SURE) == NOT_SURE)
    return DashResult(len(yes), tool.threshold, not_known,
                      tuple(q.id for q in yes if q.red_flag), judgement)


def read_notes(form: MultiDict, questions: tuple[Question, ...]) -> dict[str, str]:
    """The "state what" boxes, for the result page only: never stored, logged or sent on."""
    notes = {}
    for question in questions:
        text = (form.get(question.id + NOTE_SUFFIX) or "").strip() if question.note else ""
        if text:
            notes[question.id] = text[:MAX_NOTE]
    return notes
