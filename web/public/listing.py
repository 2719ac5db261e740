"""Running a search for a page of results: shared by the search page and the browse pages.

The engine ranks; this layer then puts the services a person can actually contact first (and,
when a place was given, the local ones among them first), and groups the records with no
confirmed contact details after them all, so no page of results is a page of dead ends.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from directory import catalogue
from directory.models import Service
from directory.search import SearchRequest, SearchResult

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
    services: list[Service]
    result: SearchResult
    page: int
    per_page: int = PER_PAGE
    unreachable_ids: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return self.result.total

    @property
    def total_pages(self) -> int:
        return max(1, min(MAX_PAGE, math.ceil(self.total / self.per_page)))

    @property
    def first_number(self) -> int:
        """The position of the first result on this page, for the list's `start`."""
        return (self.page - 1) * self.per_page + 1

    @property
    def reachable(self) -> list[Service]:
        return [s for s in self.services if s.id not in self.unreachable_ids]

    @property
    def unreachable(self) -> list[Service]:
        return [s for s in self.services if s.id in self.unreachable_ids]


def run_search(request: SearchRequest, page: int) -> Listing:
    # Every match, ranked, so the grouping holds across pages; a page is cut from that.
    request.offset = 0
    request.limit = MAX_PAGE * PER_PAGE
    result = directory().search.search(request)
    session = db_session()
    reach = catalogue.service_reach(session, result.service_ids)
    ordered = reachable_first(result.service_ids, reach, set(result.boroughs),
                              keep_rank=result.in_danger)
    start = (page - 1) * PER_PAGE
    page_ids = ordered[start:start + PER_PAGE]
    unreachable = {i for i in page_ids if i in reach and not reach[i].reachable}
    return Listing(catalogue.get_services(session, page_ids), result, page,
                   unreachable_ids=unreachable)


def reachable_first(ids: list[str], reach: dict[str, catalogue.Reach], boroughs: set[str],
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
