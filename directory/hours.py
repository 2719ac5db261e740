"""Opening hours: from the words a source uses to weekly schedules, and "open now"."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

UK_TIME = ZoneInfo("Europe/London")
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
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


@dataclass(frozen=True)
class WeeklyHours:
    days: tuple[str, ...]
    opens_at: dt.time
    closes_at: dt.time

    @property
    def always(self) -> bool:
        return len(self.days) == 7 and self.opens_at == dt.time(0) and self.closes_at >= dt.time(23, 59)

    def encode(self) -> str:
        return f"{','.join(self.days)} {self.opens_at:%H:%M}-{self.closes_at:%H:%M}"

    @classmethod
    def decode(cls, text: str) -> WeeklyHours:
        days, span = text.split(" ")
        opens, closes = span.split("-")
        return cls(tuple(days.split(",")), dt.time.fromisoformat(opens), dt.time.fromisoformat(closes))


ALWAYS_OPEN = WeeklyHours(tuple(DAYS), dt.time(0), dt.time(23, 59))


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


def is_open(hours: list[WeeklyHours], at: dt.datetime | None = None) -> bool:
    """Open from `opens_at` up to, not including, `closes_at` (23:59 means midnight)."""
    return current_slot(at) in open_slots(hours)


def current_slot(at: dt.datetime | None = None) -> str:
    """The quarter hour of the week a moment falls in, in UK time: e.g. "WE0915"."""
    moment = (at or dt.datetime.now(UK_TIME)).astimezone(UK_TIME)
    return f"{DAYS[moment.weekday()]}{moment.hour:02d}{moment.minute // 15 * 15:02d}"


def open_slots(hours: list[WeeklyHours]) -> set[str]:
    """Every quarter hour of the week the service is open for the whole of.

    The index stores these, so "open now" is one term lookup rather than a scan.
    """
    slots = set()
    for h in hours:
        start = h.opens_at.hour * 60 + h.opens_at.minute
        end = 24 * 60 if h.closes_at >= dt.time(23, 59) else h.closes_at.hour * 60 + h.closes_at.minute
        first = -(-start // 15) * 15  # a service opening at 9:10 is open for the 9:15 slot on
        for day in h.days:
            for minute in range(first, end - 14, 15):
                slots.add(f"{day}{minute // 60:02d}{minute % 60:02d}")
    return slots


def is_always_open(hours: list[WeeklyHours]) -> bool:
    return any(h.always for h in hours)
