"""The one way the assistant reads the directory: its public HSDS API, never its database."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import requests

log = logging.getLogger(__name__)
UK_TIME = ZoneInfo("Europe/London")
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@dataclass
class ServiceSummary:
    id: str
    name: str
    phones: list[tuple[str, str]] = field(default_factory=list)  # (number, type)
    schedules: list[dict] = field(default_factory=list)
    url: str | None = None
    contact_other: str | None = None

    def open_now(self, at: dt.datetime | None = None) -> bool | None:
        """True or False from the published schedule; None when no hours are published."""
        if not self.schedules:
            return None
        moment = (at or dt.datetime.now(UK_TIME)).astimezone(UK_TIME)
        day, now = DAYS[moment.weekday()], moment.strftime("%H:%M")
        for schedule in self.schedules:
            closes = "24:00" if schedule.get("closes_at") == "23:59" else schedule.get("closes_at", "")
            if day in (schedule.get("byday") or "").split(",") and \
                    schedule.get("opens_at", "") <= now < closes:
                return True
        return False

    @property
    def always_open(self) -> bool:
        return any(len((s.get("byday") or "").split(",")) == 7 and s.get("opens_at") == "00:00"
                   and s.get("closes_at") in ("23:59", "24:00") for s in self.schedules)


class DirectoryUnavailable(RuntimeError):
    pass


class DirectoryClient:
    def __init__(self, api_url: str, timeout: float = 3.0, session: requests.Session | None = None):
        self.api_url = api_url
        self.timeout = timeout
        self.session = session or requests.Session()

    def find_services(self, query: str, limit: int = 3) -> list[ServiceSummary]:
        """The best services for a plain-language query, with phones and hours."""
        try:
            response = self.session.get(
                f"{self.api_url}/services",
                params={"search": query[:200], "full": "true", "per_page": limit},
                timeout=self.timeout)
            response.raise_for_status()
            contents = response.json()["contents"]
        except (requests.RequestException, ValueError, KeyError) as error:
            raise DirectoryUnavailable(str(error)) from error
        return [summary(item) for item in contents]


def summary(item: dict) -> ServiceSummary:
    return ServiceSummary(
        id=item["id"], name=item["name"],
        phones=[(p["number"], p.get("type") or "voice") for p in item.get("phones") or []],
        schedules=item.get("schedules") or [], url=item.get("url"),
        contact_other=item.get("application_process"),
    )
