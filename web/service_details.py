"""What a service page (and a result card) says about a service, in the site's own words.

Templates stay simple and honest: the directory's read model already holds only what may be
shown (no contact details for an unverified record); here the hours are worded (never stated
when sources disagree) and the record's verification and sources are explained.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from babel.dates import get_day_names
from flask import Flask
from flask_babel import get_locale
from flask_babel import gettext as _

from directory import DAYS, ServiceView, Verification, WeeklyHours, is_always_open, is_open

# The rules for what may be shown are the directory's, applied once when it made the read model
# (directory/readmodels.py); this module adds the site's own wording around them. Every
# blueprint's templates see it as `details`.
__all__ = ["Hours", "hours", "source_lines", "verification_notice"]


@dataclass
class Hours:
    disputed: bool = False             # sources disagree: say so, never state hours
    source_words: str | None = None    # the hours as the source words them
    weekly: list[tuple[str, str]] = field(default_factory=list)  # (days, times) lines
    always_open: bool = False
    open_now: bool | None = None       # None when we can't tell

    @property
    def known(self) -> bool:
        return bool(self.weekly or self.source_words)


def hours(service: ServiceView, at: dt.datetime | None = None) -> Hours:
    if service.hours_disputed:
        return Hours(disputed=True)
    weekly = list(service.weekly_hours)
    result = Hours(source_words=service.hours_description)
    if not weekly:
        return result
    result.always_open = is_always_open(weekly)
    result.weekly = [] if result.always_open else [_weekly_line(h) for h in weekly]
    result.open_now = is_open(weekly, at)
    return result


def _weekly_line(pattern: WeeklyHours) -> tuple[str, str]:
    names = get_day_names("wide", locale=str(get_locale() or "en"))
    indexes = [DAYS.index(d) for d in pattern.days]
    if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        days = _("%(first)s to %(last)s", first=names[indexes[0]], last=names[indexes[-1]])
    else:
        days = ", ".join(names[i] for i in indexes)
    closes = "24:00" if pattern.closes_at >= dt.time(23, 59) else f"{pattern.closes_at:%H:%M}"
    return days, _("%(opens)s to %(closes)s", opens=f"{pattern.opens_at:%H:%M}", closes=closes)


def verification_notice(service: ServiceView) -> str:
    status = service.verification_status
    if status == Verification.VERIFIED:
        return _("These details were found on the organisation's own website or on an official "
                 "(gov.uk, NHS or police) page.")
    if status == Verification.SECONDARY:
        return _("These details were found only on other organisations' websites, which agree "
                 "with each other.")
    if status == Verification.OLD_SOURCE:
        return _("Old source: we are checking this. The details may have changed.")
    return _("We could not confirm contact details, so none are shown.")


def source_lines(service: ServiceView) -> list[str]:
    lines = []
    for source in service.sources:
        text = ", ".join(part for part in (source.document, source.section) if part)
        date = source.date
        # The date as the source gives it ("Oct 2016", "undated"): never made more precise.
        lines.append(f"{text} ({date})" if date else text)
    return lines


def init_service_details(app: Flask) -> None:
    # Result cards and service pages read a service the same way, whichever blueprint serves them.
    details = SimpleNamespace(hours=hours, source_lines=source_lines,
                              verification_notice=verification_notice)
    app.context_processor(lambda: {"details": details})
