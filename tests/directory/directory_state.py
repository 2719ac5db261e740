"""Everything the database says about every service, as plain data, for comparing two directories.

Timestamps are left out (a write sets them), and so are organisations' own provenance fields,
which no export carries: an organisation takes them from whichever of its services is written
first.
"""
from __future__ import annotations

from sqlalchemy import inspect

from directory.loading import load_services

SKIPPED = {"last_modified"}


def _columns(obj, skip=()) -> dict:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs
            if attr.key not in SKIPPED and attr.key not in skip}


def _rows(objects, skip=()) -> list[dict]:
    return sorted((_columns(o, skip) for o in objects), key=lambda row: row["id"])


def directory_state(session_factory) -> dict[str, dict]:
    with session_factory() as session:
        state = {}
        for service in load_services(session):
            organisation = service.organization
            state[service.id] = {
                **_columns(service),
                "organization": {"id": organisation.id, "name": organisation.name,
                                 "description": organisation.description},
                "phones": _rows(service.phones), "schedules": _rows(service.schedules),
                "areas": _rows(service.service_areas), "languages": _rows(service.languages),
                "attributes": _rows(service.attributes),
                "locations": [
                    {**_columns(link), "location": _columns(link.location),
                     "addresses": _rows(link.location.addresses)}
                    for link in sorted(service.service_at_locations, key=lambda x: x.id)],
            }
        return state
