"""Weekly opening hours and "open now", in UK time: one rule for the site, its search index
and the assistant (which reads the hours as the HSDS API publishes them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

UK_TIME = ZoneInfo("Europe/London")
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@dataclass(frozen=True)
class WeeklyHours:
    days: tuple[str, ...]
    opens_at: dt.time
    closes_at: dt.time   # 23:59 means midnight

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


def from_schedules(schedules: list[dict]) -> list[WeeklyHours]:
    """HSDS schedules ({"byday": "MO,TU", "opens_at": "09:00", "closes_at": "17:00"}) as
    weekly hours; one that cannot be read is left out."""
    hours = []
    for schedule in schedules:
        days = tuple(day for day in (schedule.get("byday") or "").split(",") if day in DAYS)
        try:
            opens = dt.time.fromisoformat(schedule.get("opens_at") or "")
            closes = dt.time.fromisoformat("23:59" if schedule.get("closes_at") == "24:00"
                                           else schedule.get("closes_at") or "")
        except ValueError:
            continue
        if days:
            hours.append(WeeklyHours(days, opens, closes))
    return hours


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
