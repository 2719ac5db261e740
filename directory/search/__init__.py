"""Search over the directory: the index when it can, the database when it must.

`DirectorySearch` is the seam the rest of the code uses: `search`, `reindex`, and the sync
that keeps the index in step with every committed write.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from ..loading import load_services
from ..models import (
    Attribute,
    Language,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    Taxonomy,
    TaxonomyTerm,
)
from ..taxonomy import TermIndex, load_term_index
from .documents import service_document
from .fallback import database_candidates
from .filters import UnknownFilter, resolve_filters
from .index import IndexDamaged, IndexUnavailable, SearchIndex
from .ranking import rank
from .request import SearchRequest, SearchResult
from .understanding import Lexicon, understand

log = logging.getLogger(__name__)
_PENDING = "search_pending"
RANKING_WINDOW = 200
# How often a search first checks the index against the database (count and latest change).
CHECK_EVERY_SECONDS = 60.0
_CHILD_TYPES = (Phone, Schedule, ServiceArea, Language)

__all__ = ["DirectorySearch", "SearchRequest", "SearchResult", "UnknownFilter"]


class DirectorySearch:
    def __init__(self, session_factory: sessionmaker[Session], index_dir: Path | str,
                 check_every_seconds: float = CHECK_EVERY_SECONDS):
        self.session_factory = session_factory
        self.index = SearchIndex(index_dir)
        self.check_every_seconds = check_every_seconds
        self._next_check = 0.0
        self._vocabulary: tuple[TermIndex, Lexicon] | None = None
        self._vocabulary_lock = threading.Lock()

    # -- vocabulary ------------------------------------------------------------------------

    def vocabulary(self) -> tuple[TermIndex, Lexicon]:
        with self._vocabulary_lock:
            if self._vocabulary is None:
                with self.session_factory() as session:
                    terms = load_term_index(session)
                self._vocabulary = (terms, Lexicon.from_terms(terms))
            return self._vocabulary

    def forget_vocabulary(self) -> None:
        with self._vocabulary_lock:
            self._vocabulary = None

    def content_version(self):
        """A token that changes with every committed change to any service (see
        `SearchIndex.version`), or None when that cannot be known now: for callers that keep
        what they read from the directory between requests."""
        return self.index.version()

    # -- searching -------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        terms, lexicon = self.vocabulary()
        understanding = understand(request.text, lexicon)
        filters = resolve_filters(request, terms, lexicon, understanding.boroughs)
        window = max(request.offset + request.limit, RANKING_WINDOW)
        from_index = True
        try:
            self._check_now_and_then()
            candidates, total = self.index.search(understanding, filters, window, request.at)
        except IndexUnavailable as reason:
            # The reason names the index's problem only: never the words searched for.
            log.warning("answering from the database: %s", reason)
            if isinstance(reason, IndexDamaged):
                self.index.rebuild_in_background(self.all_documents)
            else:
                self.ensure_index()
            from_index = False
            with self.session_factory() as session:
                candidates = database_candidates(session, understanding, filters, request.at)
            total = len(candidates)
        # Only the most relevant RANKING_WINDOW are re-ranked, so every page is cut from the
        # same ordering however deep the caller pages.
        ordered = rank(candidates[:RANKING_WINDOW], understanding, filters.boroughs)
        ordered += [doc for _score, doc in candidates[RANKING_WINDOW:]]
        page = ordered[request.offset:request.offset + request.limit]
        return SearchResult(
            service_ids=[doc["id"] for doc in page], total=total,
            boroughs=list(filters.boroughs),
            concepts=[code for (_t, code) in sorted(understanding.concepts,
                                                    key=lambda k: -understanding.concepts[k])],
            corrected=understanding.corrected, in_danger=understanding.in_danger,
            from_index=from_index,
        )

    # -- keeping the index in step ---------------------------------------------------------

    def all_documents(self):
        with self.session_factory() as session:
            for service in load_services(session):
                yield service_document(service)

    def reindex(self) -> int:
        self.forget_vocabulary()
        return self.index.rebuild(self.all_documents())

    def ensure_index(self) -> None:
        """Rebuild in the background if the index is missing, damaged or out of step."""
        if self.index.is_ready():
            with self.session_factory() as session:
                expected = session.scalar(select(func.count()).select_from(Service)
                                          .where(Service.status == "active"))
            try:
                if self.index.doc_count() == expected:
                    return
            except IndexUnavailable:
                pass
        self.index.rebuild_in_background(self.all_documents)

    def _check_now_and_then(self) -> None:
        if self.index.is_rebuilding():
            raise IndexUnavailable("search index is being rebuilt")
        now = time.monotonic()
        if now < self._next_check:
            return
        self._next_check = now + self.check_every_seconds
        with self.session_factory() as session:
            active = select(Service).where(Service.status == "active")
            expected = session.scalar(select(func.count()).select_from(active.subquery()))
            latest = session.scalar(active.with_only_columns(Service.id)
                                    .order_by(Service.last_modified.desc(), Service.id).limit(1))
        problem = self.index.damage(expected or 0, latest)
        if problem is not None:
            log.warning("search index is damaged or out of step (%s); rebuilding it", problem)
            self.index.close()
            self.index.rebuild_in_background(self.all_documents)
            raise IndexUnavailable(f"search index is being rebuilt: {problem}")

    def install_sync(self) -> None:
        event.listen(self.session_factory, "after_flush", self._collect_changes)
        event.listen(self.session_factory, "after_commit", self._apply_changes)
        event.listen(self.session_factory, "after_rollback", self._discard_changes)

    def _collect_changes(self, session: Session, _context) -> None:
        pending = session.info.setdefault(_PENDING, {"services": set(), "deleted": set(),
                                                     "organizations": set(), "all": False})
        # Assigning a row the value it already holds puts it in `dirty`; only a real change
        # counts, or reloading unchanged data would rebuild the whole index.
        changed = [obj for obj in session.dirty if session.is_modified(obj)]
        for obj in [*session.new, *changed]:
            if isinstance(obj, Service):
                pending["services"].add(obj.id)
            elif isinstance(obj, _CHILD_TYPES) and obj.service_id:
                pending["services"].add(obj.service_id)
            elif isinstance(obj, Attribute) and obj.link_entity == "service":
                pending["services"].add(obj.link_id)
            elif isinstance(obj, Organization):
                pending["organizations"].add(obj.id)
            elif isinstance(obj, Taxonomy | TaxonomyTerm):
                pending["all"] = True
        for obj in session.deleted:
            if isinstance(obj, Service):
                pending["deleted"].add(obj.id)
            elif isinstance(obj, _CHILD_TYPES) and obj.service_id:
                pending["services"].add(obj.service_id)
            elif isinstance(obj, Attribute) and obj.link_entity == "service":
                pending["services"].add(obj.link_id)

    def _discard_changes(self, session: Session) -> None:
        session.info.pop(_PENDING, None)

    def _apply_changes(self, session: Session) -> None:
        pending = session.info.pop(_PENDING, None)
        if not pending:
            return
        try:
            if pending["all"] or self.index.is_rebuilding() or not self.index.is_ready():
                # A taxonomy change touches every document: rebuild once, off the caller's
                # path; searches answer from the database until the new generation is live.
                # A rebuild already running may have read the rows before this commit, so it
                # is asked to run once more.
                self.forget_vocabulary()
                self.index.rebuild_in_background(self.all_documents)
                return
            with self.session_factory() as reader:
                ids = set(pending["services"]) - pending["deleted"]
                if pending["organizations"]:
                    ids |= set(reader.scalars(select(Service.id).where(
                        Service.organization_id.in_(pending["organizations"]))))
                documents = [service_document(s) for s in load_services(reader, sorted(ids))]
            self.index.index_documents(documents)
            self.index.unindex(pending["deleted"])
        except Exception:
            # The write has committed; a stale index must not turn it into an error.
            log.exception("search index update failed; rebuilding from the database")
            self.index.close()
            self.index.rebuild_in_background(self.all_documents)
