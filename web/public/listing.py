"""Running a search for a page of results: shared by the search page and the browse pages."""
from __future__ import annotations

import math
from dataclasses import dataclass

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


def run_search(request: SearchRequest, page: int) -> Listing:
    request.offset = (page - 1) * PER_PAGE
    request.limit = PER_PAGE
    result = directory().search.search(request)
    return Listing(catalogue.get_services(db_session(), result.service_ids), result, page)
