"""What a service page (and a result card) shows, worked out once from the directory's record.

Templates stay simple and honest: every rule about what may be shown (no contact details for an
unverified record, no hours when sources disagree) is applied here, in one place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from babel.dates import get_day_names
from flask_babel import get_locale
from flask_babel import gettext as _

from directory import (
    DAYS,
    ContactNumber,
    Service,
    Verification,
    WeeklyHours,
    addresses,
    contact_numbers,
    first_call_number,
    is_always_open,
    is_open,
    schedule_hours,
    shows_contact_details,
    source_caveat,
    website,
)

# The rules for what may be shown live in the directory (directory/showing.py); the templates
# and the chat reach them through this module, with the wording that is the site's own.
__all__ = ["ContactNumber", "Hours", "addresses", "contact_numbers", "first_call_number", "hours",
           "shows_contact_details", "source_caveat", "source_lines", "terms", "verification_notice",
           "website"]


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


def hours(service: Service, at: dt.datetime | None = None) -> Hours:
    if service.hours_disputed:
        return Hours(disputed=True)
    weekly = schedule_hours(service.schedules)
    result = Hours(source_words=service.hours_description or None)
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


def terms(service: Service, taxonomy: str) -> list:
    """The service's taxonomy terms of one kind (abuse-type, audience, service-type), by name."""
    found = [a.taxonomy_term for a in service.attributes if a.link_type == taxonomy]
    return sorted(found, key=lambda term: term.name)


def verification_notice(service: Service) -> str:
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


def source_lines(service: Service) -> list[str]:
    lines = []
    for source in service.sources or []:
        text = ", ".join(str(part) for part in (source.get("document"), source.get("section"))
                         if part)
        date = source.get("date")
        # The date as the source gives it ("Oct 2016", "undated"): never made more precise.
        lines.append(f"{text} ({date})" if date else text)
    return lines
