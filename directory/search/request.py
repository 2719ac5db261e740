"""What a search asks for and what it gets back."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class SearchRequest:
    text: str = ""
    abuse_type: str | None = None
    borough: str | None = None        # a borough code or name, or a postcode district
    audience: str | None = None
    language: str | None = None
    service_type: str | None = None
    taxonomy_term_ids: list[str] = field(default_factory=list)
    organization_id: str | None = None
    open_now: bool = False
    always_open: bool = False
    at: dt.datetime | None = None     # the moment "open now" means; None is now
    offset: int = 0
    limit: int = 20


@dataclass
class SearchResult:
    service_ids: list[str]
    total: int
    boroughs: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    corrected: dict[str, str] = field(default_factory=dict)
    in_danger: bool = False
    from_index: bool = True
