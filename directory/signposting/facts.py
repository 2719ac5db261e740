"""What the decision needs to know of each service, read once and kept while the directory
is unchanged.

Reading a service's facts means loading it with its phones, areas, languages and taxonomy
terms: about thirty first-line services for every message, two thirds of a decision's time.
They are kept in memory, but only for as long as the search index holds the same content.
Every committed write to a service or anything it is made of changes the index (its sync
runs on commit, in this process or in another one sharing the index), so a changed version
means the facts may have changed too and they are all read again. While the index is being
rebuilt, or cannot be read, nothing is kept: a withdrawn service must never be offered from
memory.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Hashable

from sqlalchemy.orm import Session

from ..loading import load_services
from ..search import DirectorySearch
from ..search.documents import service_document
from .decision import ServiceFacts


def read_service_facts(session: Session, ids: list[str]) -> list[ServiceFacts]:
    """The active services among `ids`, in order of id, read from the database."""
    if not ids:
        return []
    facts = []
    for service in load_services(session, ids):
        if service.status != "active":
            continue
        doc = service_document(service)
        facts.append(ServiceFacts(
            id=service.id, name=service.name, audiences=frozenset(doc["audiences"].split()),
            areas=frozenset(doc["areas"].split()), abuse_types=frozenset(doc["abuse_types"].split()),
            reachable=bool(service.phones or service.url or service.email), trusted=doc["priority"],
            languages=frozenset(doc["languages"].split())))
    return facts


class ServiceFactsCache:
    """Facts by service id (None for a service that is not active or not there), all of them
    belonging to one version of the directory's content."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: Hashable | None = None
        self._facts: dict[str, ServiceFacts | None] = {}

    def facts(self, session: Session, ids: list[str], version: Hashable | None) -> list[ServiceFacts]:
        if version is None:
            return read_service_facts(session, ids)
        with self._lock:
            if version != self._version:
                self._version, self._facts = version, {}
            known = {i: self._facts[i] for i in ids if i in self._facts}
        missing = [i for i in ids if i not in known]
        if missing:
            # The version was taken before this read: if a write lands in between, the
            # version has moved on and what is stored here is dropped at the next look.
            read = {f.id: f for f in read_service_facts(session, missing)}
            fresh = {i: read.get(i) for i in missing}
            with self._lock:
                if self._version == version:
                    self._facts.update(fresh)
            known |= fresh
        return [known[i] for i in sorted(set(ids)) if known[i] is not None]


_CACHES: weakref.WeakKeyDictionary[DirectorySearch, ServiceFactsCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def service_facts(session: Session, search: DirectorySearch, ids: list[str]) -> list[ServiceFacts]:
    """The facts of the active services among `ids`, in order of id: from memory while the
    directory behind `search` is unchanged, else from the database."""
    if not ids:
        return []
    version = search.content_version()
    with _CACHES_LOCK:
        cache = _CACHES.setdefault(search, ServiceFactsCache())
    return cache.facts(session, ids, version)
