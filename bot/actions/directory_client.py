"""The one way the assistant reads the directory: its public HSDS API, never its database."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import requests

from signpost_common.hours import from_schedules, is_always_open, is_open

log = logging.getLogger(__name__)


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
        hours = from_schedules(self.schedules)
        return is_open(hours, at) if hours else None

    @property
    def always_open(self) -> bool:
        return is_always_open(from_schedules(self.schedules))


class DirectoryUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Chosen:
    service: ServiceSummary
    reason: str       # English; translated when said (the catalogs hold it)
    local: bool
    named: bool = False  # the message asked for it by name ("the MASH in Haringey")


@dataclass(frozen=True)
class Signposted:
    """The directory's signposting decision for one message (POST /api/signpost)."""
    role: str
    abuse: tuple[str, ...]
    urgency: str
    audiences: tuple[str, ...]
    boroughs: tuple[str, ...]
    emergency: tuple[str, ...]
    pathway: str
    local_known: bool | None
    services: tuple[Chosen, ...]
    context: dict     # codes only, to send back with the next message
    unread_language: str | None = None  # a language the directory does not read (ISO code)

    @property
    def understood_anything(self) -> bool:
        # A need said on its own ("si me voy de la casa, ¿me dan donde vivir?", taken for a
        # goodbye) is understood too: it travels in the context's codes.
        return bool(self.abuse or self.emergency or self.role != "survivor" or self.audiences
                    or self.boroughs or any(c.named for c in self.services)
                    or (self.context or {}).get("needs"))


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

    def signpost(self, message: str, context: dict | None, hints: list[str]) -> Signposted:
        """The decision for `message`, given what earlier turns established (`context`)."""
        try:
            response = self.session.post(
                f"{self.api_url}/signpost", timeout=self.timeout,
                json={"message": message[:1000], "context": context, "hints": hints})
            response.raise_for_status()
            body = response.json()
            understood = body["understanding"]
            return Signposted(
                role=understood["role"], abuse=tuple(understood["abuse"]),
                urgency=understood["urgency"], audiences=tuple(understood["audiences"]),
                boroughs=tuple(understood["boroughs"]), emergency=tuple(body["emergency"]),
                pathway=body["pathway"], local_known=body["local_known"],
                services=tuple(Chosen(summary(s["service"]), s["reason_text"], s["local"],
                                      s.get("reason") == "named")
                               for s in body["services"]),
                context=body["context"], unread_language=understood.get("unread_language"))
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise DirectoryUnavailable(str(error)) from error


def summary(item: dict) -> ServiceSummary:
    return ServiceSummary(
        id=item["id"], name=item["name"],
        phones=[(p["number"], p.get("type") or "voice") for p in item.get("phones") or []],
        schedules=item.get("schedules") or [], url=item.get("url"),
        contact_other=item.get("application_process"),
    )
