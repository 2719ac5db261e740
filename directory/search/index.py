"""The Whoosh index behind a seam: index, unindex, query, rebuild.

The index lives in generations (gen-1, gen-2, ...) under one directory, with a CURRENT file
naming the live one. A rebuild writes a new generation and then flips CURRENT, so searches
never see a half-built index. If the index is missing, corrupt or out of step with the
database, it is rebuilt in the background and callers are told to answer from the database
meanwhile (IndexUnavailable).
"""
from __future__ import annotations

import gc
import logging
import re
import shutil
import threading
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import collectors
from whoosh import index as windex
from whoosh import query as wq
from whoosh.searching import Searcher

from .filters import Filters
from .schema import build_schema, index_fields
from .understanding import Understanding

log = logging.getLogger(__name__)
COUNT_LIMIT = 1000
# When more services than this match, only this many are scored: the most trusted ones,
# because the index holds documents in order of trust (see `rebuild`). It keeps a query over a
# UK-wide directory fast, and ranking favours trusted services anyway.
EXAMINE_LIMIT = 3000
# A searcher replaced by a newer generation is closed once no search can still be using it.
RETIRED_SEARCHER_SECONDS = 30.0
# Whoosh writes a new table of contents, numbered, on every commit to an index.
_TABLE_OF_CONTENTS = re.compile(r"_MAIN_(\d+)\.toc")


class BoundedTopCollector(collectors.TopCollector):
    """Scores matches in document order, and stops after `examine` of them."""

    def __init__(self, limit: int, examine: int):
        super().__init__(limit=limit)
        self.examine = examine
        self.examined = 0

    def collect_matches(self) -> None:
        collect = self.collect
        for sub_docnum in self.matches():
            if self.examined >= self.examine:
                return
            collect(sub_docnum)
            self.examined += 1


class IndexUnavailable(RuntimeError):
    """The index cannot answer now; search the database instead."""


class IndexDamaged(IndexUnavailable):
    """Reading the index failed: it must be rebuilt, whatever its table of contents says."""


class SearchIndex:
    def __init__(self, directory: Path | str):
        self.directory = Path(directory)
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._index: windex.Index | None = None
        self._searcher: Searcher | None = None
        self._retired: list[tuple[float, Searcher]] = []
        self._rebuilding: threading.Thread | None = None
        # A rebuild asked for while one runs may need data the running one has already read.
        self._rebuild_again = False

    # -- opening ---------------------------------------------------------------------------

    def _current_path(self) -> Path | None:
        marker = self.directory / "CURRENT"
        if not marker.exists():
            return None
        path = self.directory / marker.read_text().strip()
        return path if path.is_dir() else None

    def _open(self) -> windex.Index:
        with self._state_lock:
            if self._index is not None:
                return self._index
            path = self._current_path()
            if path is None:
                raise IndexUnavailable("no search index has been built")
            failure = None
            # Whoosh leaves the table-of-contents file open when it fails to read it; release
            # it here, quietly, rather than let it surface as a ResourceWarning elsewhere.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ResourceWarning)
                try:
                    self._index = windex.open_dir(path)
                    self._index.doc_count()
                except Exception as error:  # Whoosh raises many kinds of error when damaged
                    self._index = None
                    failure = str(error)
                gc.collect()
            if failure is not None:
                raise IndexUnavailable(f"search index is damaged: {failure}")
            return self._index

    def generation(self) -> str | None:
        """The live generation's name: it changes on every whole rebuild, never otherwise."""
        path = self._current_path()
        return path.name if path else None

    def version(self) -> tuple[str, int] | None:
        """What changes whenever the index's content does, whichever process changed it: the
        live generation and the number of its latest commit (read from the disk, so another
        process's write counts). None while this process rebuilds it, or when there is none."""
        path = self._current_path()
        if path is None or self.is_rebuilding():
            return None
        try:
            commits = [int(m.group(1)) for f in path.iterdir()
                       if (m := _TABLE_OF_CONTENTS.fullmatch(f.name))]
        except OSError:  # the generation was replaced while being listed
            return None
        return (path.name, max(commits)) if commits else None

    def is_ready(self) -> bool:
        try:
            self._open()
            return True
        except IndexUnavailable:
            return False

    def doc_count(self) -> int:
        return self._open().doc_count()

    def close(self) -> None:
        with self._state_lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None
            self._index = None
            self._close_retired(older_than=0)

    def _close_retired(self, older_than: float) -> None:
        now = time.monotonic()
        keep = []
        for retired_at, searcher in self._retired:
            if now - retired_at >= older_than:
                searcher.close()
            else:
                keep.append((retired_at, searcher))
        self._retired = keep

    # -- writing ---------------------------------------------------------------------------

    def rebuild(self, documents: Iterable[dict]) -> int:
        """Write every document into a new generation, then make it the live one."""
        with self._write_lock:
            self.directory.mkdir(parents=True, exist_ok=True)
            current = self._current_path()
            number = int(current.name.split("-")[1]) + 1 if current else 1
            path = self.directory / f"gen-{number}"
            shutil.rmtree(path, ignore_errors=True)
            path.mkdir()
            new_index = windex.create_in(path, build_schema())
            writer = new_index.writer(limitmb=256, procs=1)
            count = 0
            # Most trusted first: document order is the order a bounded search examines them.
            for document in sorted(documents, key=lambda d: (-d["priority"], d["id"])):
                if document["status"] == "active":
                    writer.add_document(**index_fields(document))
                    count += 1
            writer.commit()
            marker = self.directory / "CURRENT.tmp"
            marker.write_text(path.name)
            marker.replace(self.directory / "CURRENT")
            self.close()
            for old in self.directory.glob("gen-*"):
                if old != path:
                    shutil.rmtree(old, ignore_errors=True)
            return count

    def index_documents(self, documents: list[dict]) -> None:
        if not documents:
            return
        with self._write_lock:
            writer = self._open().writer(timeout=10.0)
            for document in documents:
                if document["status"] == "active":
                    writer.update_document(**index_fields(document))
                else:  # only services people can use are searchable
                    writer.delete_by_term("id", document["id"])
            writer.commit()

    def unindex(self, service_ids: Iterable[str]) -> None:
        ids = list(service_ids)
        if not ids:
            return
        with self._write_lock:
            writer = self._open().writer(timeout=10.0)
            for sid in ids:
                writer.delete_by_term("id", sid)
            writer.commit()

    def rebuild_in_background(self, documents: Callable[[], Iterable[dict]]) -> None:
        """Rebuild off the caller's path. Asked again while one runs, it runs once more after."""
        with self._state_lock:
            if self._rebuilding is not None and self._rebuilding.is_alive():
                self._rebuild_again = True
                return
            self._rebuild_again = False
            self._rebuilding = threading.Thread(
                target=self._rebuild_quietly, args=(documents,), name="search-rebuild",
                daemon=True)
            self._rebuilding.start()

    def is_rebuilding(self) -> bool:
        thread = self._rebuilding
        return thread is not None and thread.is_alive()

    def wait_for_rebuild(self, timeout: float | None = None) -> None:
        thread = self._rebuilding
        if thread is not None:
            thread.join(timeout)

    def _rebuild_quietly(self, documents: Callable[[], Iterable[dict]]) -> None:
        while True:
            try:
                count = self.rebuild(documents())
                log.info("search index rebuilt with %d services", count)
            except Exception:
                log.exception("search index rebuild failed; searches keep using the database")
            with self._state_lock:
                if not self._rebuild_again:
                    self._rebuilding = None  # so a request from now on starts a fresh thread
                    return
                self._rebuild_again = False

    # -- reading ---------------------------------------------------------------------------

    def _fresh_searcher(self) -> Searcher:
        index = self._open()
        with self._state_lock:
            if self._searcher is not None and not self._searcher.up_to_date():
                # Not Searcher.refresh(): it reuses the readers of segments whose only change
                # is deletions, so a document another process replaced is found twice. The old
                # searcher may still be in use by another thread, so it is closed later.
                self._retired.append((time.monotonic(), self._searcher))
                self._searcher = None
            self._close_retired(older_than=RETIRED_SEARCHER_SECONDS)
            if self._searcher is None:
                self._searcher = index.searcher()
            return self._searcher

    def damage(self, expected_count: int, latest_id: str | None) -> str | None:
        """Why the index cannot be trusted, or None: a cheap check against the database.

        It must hold as many services as the database has active ones, and it must be able to
        read the most recently changed one back (an overwritten segment opens without complaint
        and then finds nothing).
        """
        try:
            searcher = self._fresh_searcher()
            if searcher.doc_count() != expected_count:
                return f"it holds {searcher.doc_count()} services, the database {expected_count}"
            if latest_id is not None:
                number = searcher.document_number(id=latest_id)
                if number is None or searcher.stored_fields(number).get("id") != latest_id:
                    return "the most recently changed service cannot be read from it"
        except IndexUnavailable as reason:
            return str(reason)
        except Exception as error:  # Whoosh raises many kinds of error when damaged
            self.close()
            return f"reading it failed: {type(error).__name__}"
        return None

    def search(self, understanding: Understanding, filters: Filters, window: int,
               at=None) -> tuple[list[tuple[float, dict]], int]:
        """The `window` most relevant (score, stored document) pairs, and how many match.

        The count stops at COUNT_LIMIT: past that, "more than 1,000" is all anyone needs,
        and counting exactly costs as much again as the search.
        """
        try:
            searcher = self._fresh_searcher()
            query = self._query(understanding)
            allowed = filters.to_whoosh(at)
            if allowed is not None:
                # Intersecting posting lists beats checking every match against a set; the
                # filter scores the same for every document, so it leaves the ranking alone.
                query = wq.And([query, wq.ConstantScoreQuery(allowed, 0.0)])
            collector = BoundedTopCollector(window, EXAMINE_LIMIT)
            searcher.search_with_collector(query, collector)
            results = collector.results()
            candidates = [(hit.score or 0.0, _with_defaults(dict(hit.fields()))) for hit in results]
            if results.scored_length() < window:
                total = results.scored_length()
            else:
                total = self._count(searcher, query)
            return candidates, total
        except IndexUnavailable:
            raise
        except Exception as error:
            self.close()
            # The error's type only: Whoosh's messages can hold the terms searched for.
            raise IndexDamaged(f"reading the search index failed ({type(error).__name__})") from error

    def _count(self, searcher: Searcher, query: wq.Query) -> int:
        count = 0
        for _docnum in query.docs(searcher):
            count += 1
            if count >= COUNT_LIMIT:
                break
        return count

    def _query(self, understanding: Understanding) -> wq.Query:
        # Each service's text carries the everyday words of its taxonomy terms, so matching
        # the query's words finds services by concept too; concepts then weigh in at ranking.
        clauses: list[wq.Query] = [wq.Term("text", stem) for stem in dict.fromkeys(understanding.stems)]
        return wq.Or(clauses) if clauses else wq.Every()


def _with_defaults(doc: dict) -> dict:
    for key in ("abuse_types", "service_types", "audiences", "risk_levels", "primary_for", "areas",
                "languages"):
        doc.setdefault(key, "")
    doc.setdefault("term_ids", "")
    doc.setdefault("organization_id", "")
    doc.setdefault("hours", "")
    return doc
