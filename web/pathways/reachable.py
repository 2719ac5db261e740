"""Help anyone can reach at once, shown on every risk page, tool result and professionals' route.

The order is the one a person in danger needs: 999 (and 55 when they cannot speak), then the
24-hour National Domestic Abuse Helpline, then a local IDVA service, but only one whose contact
details the directory holds. The numbers are read from the directory's records, which carry
their sources; none is written here or in content/.
"""
from __future__ import annotations

from dataclasses import dataclass

from directory import ServiceView, get_services, stable_id
from signpost_common.emergency import EMERGENCY_LINE_ID, NATIONAL_HELPLINE_ID

from ..directory_handle import db_session

EMERGENCY = EMERGENCY_LINE_ID
HELPLINE = NATIONAL_HELPLINE_ID
# Local IDVA services, by seed id. One shows only while its record has a phone number.
LOCAL_IDVA = ("haringey-nia-idva-service", "harrow-victim-support-idva-police",
              "harrow-hestia-idva-outreach", "harrow-victim-support-idva-court",
              "harrow-mash-idva")


@dataclass(frozen=True)
class Line:
    name: str
    number: str                  # voice number, for a tel: link
    hours: str | None = None


@dataclass(frozen=True)
class ReachableHelp:
    emergency: Line | None
    helpline: Line | None
    local_idva: tuple[Line, ...] = ()


def voice_number(service: ServiceView | None) -> str | None:
    call = service.first_call_number if service else None
    return call.number if call else None


def _line(service: ServiceView | None) -> Line | None:
    number = voice_number(service)
    return Line(service.name, number, _hours(service)) if number else None


def _hours(service: ServiceView) -> str | None:
    # The source's own words ("Phone 24/7"); none where the sources disagree.
    return None if service.hours_disputed else service.hours_description


def reachable_help() -> ReachableHelp:
    session = db_session()
    keys = (EMERGENCY, HELPLINE, *LOCAL_IDVA)
    found = {s.id: s for s in get_services(session, [stable_id("service", k)
                                                               for k in keys])}
    by_key = {key: found.get(stable_id("service", key)) for key in keys}
    idva = tuple(line for key in LOCAL_IDVA
                 if (line := _line(by_key[key])) and by_key[key].status == "active")
    return ReachableHelp(_line(by_key[EMERGENCY]), _line(by_key[HELPLINE]), idva)
