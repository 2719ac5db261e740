"""Opening hours: from the words a source uses to weekly schedules.

What the schedules mean ("open now", always open, the index's quarter hours) is shared with
the assistant, so it lives in signpost_common.hours; its names are re-exported here.
"""
from __future__ import annotations

import datetime as dt
import re

from signpost_common.hours import (  # noqa: F401 (re-exported for the directory's readers)
    ALWAYS_OPEN,
    DAYS,
    UK_TIME,
    WeeklyHours,
    current_slot,
    is_always_open,
    is_open,
    open_slots,
)

_DAY_WORDS = {
    "mon": "MO", "monday": "MO", "mondays": "MO", "tue": "TU", "tues": "TU", "tuesday": "TU",
    "tuesdays": "TU", "wed": "WE", "wednesday": "WE", "wednesdays": "WE", "thu": "TH",
    "thur": "TH", "thurs": "TH", "thursday": "TH", "thursdays": "TH", "fri": "FR",
    "friday": "FR", "fridays": "FR", "sat": "SA", "saturday": "SA", "saturdays": "SA",
    "sun": "SU", "sunday": "SU", "sundays": "SU",
}
_GROUP_WORDS = {"weekdays": DAYS[:5], "weekends": DAYS[5:], "daily": DAYS, "every day": DAYS}
_ALWAYS = re.compile(r"\b24\s*/\s*7\b|\b24 hours\b", re.IGNORECASE)
# Opening times that only hold with a condition ("24/7, by appointment") are not times a person
# can just turn up or call: they are shown in the source's words, never as "open now".
_CONDITIONAL = re.compile(r"\bappointment|\breferral only\b", re.IGNORECASE)
_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
_RANGE = re.compile(_TIME + r"\s*(?:-|–|to)\s*" + _TIME, re.IGNORECASE)
_DAY = "|".join(sorted([*_DAY_WORDS, "weekdays", "weekends", "daily"], key=len, reverse=True))
_DAYS = re.compile(rf"\b({_DAY})\b(?:\s*(?:-|–|to)\s*\b({_DAY})\b)?", re.IGNORECASE)


def parse_hours(text: str | None) -> list[WeeklyHours]:
    """Weekly opening times in `text`, or [] when they can't be read with confidence.

    Only the part before the first semicolon is read: what follows is usually an exception
    ("closed bank holidays", "out of hours call ...") that must not be taken for opening times.
    A later clause for some days overrides an earlier one ("Weekdays 9-4, Wednesdays 1-4").
    """
    if not text or _CONDITIONAL.search(text):
        return []
    if _ALWAYS.search(text):
        return [ALWAYS_OPEN]
    by_day: dict[str, tuple[dt.time, dt.time]] = {}
    for clause in text.split(";")[0].split(","):
        days = _days_in(clause)
        span = _RANGE.search(clause)
        if not days or not span:
            continue
        opens, closes = _to_time(*span.groups()[:3]), _to_time(*span.groups()[3:])
        if opens is None or closes is None or closes <= opens:
            return []
        for day in days:
            by_day[day] = (opens, closes)
    grouped: dict[tuple[dt.time, dt.time], list[str]] = {}
    for day in DAYS:
        if day in by_day:
            grouped.setdefault(by_day[day], []).append(day)
    return [WeeklyHours(tuple(days), o, c) for (o, c), days in grouped.items()]


def _days_in(clause: str) -> list[str]:
    lowered = clause.lower()
    for word, days in _GROUP_WORDS.items():
        if word in lowered:
            return list(days)
    match = _DAYS.search(lowered)
    if not match:
        return []
    first = _DAY_WORDS.get(match.group(1))
    last = _DAY_WORDS.get(match.group(2)) if match.group(2) else None
    if first is None:
        return []
    if last is None:
        return [first]
    start, end = DAYS.index(first), DAYS.index(last)
    return DAYS[start:end + 1] if start <= end else DAYS[start:] + DAYS[:end + 1]


def _to_time(hour: str, minute: str | None, meridiem: str | None) -> dt.time | None:
    h, m = int(hour), int(minute or 0)
    if meridiem:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if meridiem.lower() == "pm" else 0)
    if h > 23 or m > 59:
        return None
    return dt.time(h, m)
