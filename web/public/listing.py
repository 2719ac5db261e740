"""Running a search for a page of results: shared by the search page and the browse pages.

The engine ranks; this layer then puts the services a person can actually contact first (and,
when a place was given, the local ones among them first), and groups the records with no
confirmed contact details after them all, so no page of results is a page of dead ends.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from directory import (
    Reach,
    SearchRequest,
    SearchResult,
    ServiceView,
    get_services,
    lead_with_signposting,
    service_reach,
)

from ..directory_handle import db_session, directory

PER_PAGE = 10
# Past this nobody is reading; it also keeps a hand-typed page=99999999 cheap.
MAX_PAGE = 200


def page_number(raw: str | None) -> int:
    """The page asked for, or 1 for anything that isn't a sensible page number."""
    raw = (raw or "").strip()
    if not raw.isdigit() or len(raw) > 4:
        return 1
    return min(max(int(raw), 1), MAX_PAGE)


@dataclass
class Listing:
    services: list[ServiceView]
    result: SearchResult
    page: int
    per_page: int = PER_PAGE
    unreachable_ids: set[str] = field(default_factory=set)
    reasons: dict[str, str] = field(default_factory=dict)   # why the decision chose a service
    led: int = 0                                            # how many the decision put first
    danger: bool = False

    @property
    def total(self) -> int:
        return max(self.result.total, self.led)

    @property
    def in_danger(self) -> bool:
        return self.result.in_danger or self.danger

    @property
    def total_pages(self) -> int:
        return max(1, min(MAX_PAGE, math.ceil(self.total / self.per_page)))

    @property
    def first_number(self) -> int:
        """The position of the first result on this page, for the list's `start`."""
        return (self.page - 1) * self.per_page + 1

    @property
    def reachable(self) -> list[ServiceView]:
        return [s for s in self.services if s.id not in self.unreachable_ids]

    @property
    def unreachable(self) -> list[ServiceView]:
        return [s for s in self.services if s.id in self.unreachable_ids]


def run_search(request: SearchRequest, page: int) -> Listing:
    # Every match, ranked, so the grouping holds across pages; a page is cut from that.
    request.offset = 0
    request.limit = MAX_PAGE * PER_PAGE
    result = directory().search.search(request)
    session = db_session()
    ids, led = result.service_ids, None
    if request.text:  # what was typed goes through the one signposting decision first
        led = lead_with_signposting(session, directory().search, request.text, ids,
                                    area=(result.boroughs or [None])[0] if request.borough else None)
        ids = led.service_ids
    # In danger the engine already puts the emergency routes first: its order stands.
    lead = list(led.reasons) if led and not (result.in_danger or led.in_danger) else []
    if not lead:
        ids = result.service_ids
    reach = service_reach(session, ids)
    ordered = lead + reachable_first([i for i in ids if i not in lead], reach, set(result.boroughs),
                                     keep_rank=result.in_danger)
    start = (page - 1) * PER_PAGE
    page_ids = ordered[start:start + PER_PAGE]
    unreachable = {i for i in page_ids if i in reach and not reach[i].reachable}
    return Listing(get_services(session, page_ids), result, page,
                   unreachable_ids=unreachable, reasons=led.reasons if led else {},
                   led=len(ordered) if led else 0, danger=bool(led and led.in_danger))


def reachable_first(ids: list[str], reach: dict[str, Reach], boroughs: set[str],
                    keep_rank: bool = False) -> list[str]:
    """Contactable services first, local ones leading them when a place was asked for.

    `keep_rank` leaves the engine's order among contactable services alone: when someone is in
    danger, the emergency line it puts first stays first.
    """
    def group(service_id: str) -> int:
        found = reach.get(service_id)
        if found is None or not found.reachable:
            return 2
        if boroughs and not keep_rank and found.area_codes & boroughs:
            return 0
        return 1
    return sorted(ids, key=group)  # stable: the engine's ranking holds within each group
