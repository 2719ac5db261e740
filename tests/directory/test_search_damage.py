"""A damaged index is noticed and rebuilt; an import by another process never duplicates results."""
from __future__ import annotations

import csv
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

from directory.search import SearchRequest
from tests.support.public_site import load_everything

QUERY = "domestic abuse helpline"


def search(app, text=QUERY):
    return app.extensions["directory"].search.search(SearchRequest(text=text, limit=100))


def test_an_overwritten_segment_is_detected_logged_and_rebuilt(empty_app, caplog):
    load_everything(empty_app)
    handle = empty_app.extensions["directory"]
    handle.search.check_every_seconds = 0  # check on every search, as the running site does every minute
    healthy = search(empty_app)
    assert healthy.from_index and healthy.total > 3
    index_dir = Path(empty_app.config["SEARCH_INDEX_DIR"])
    current = index_dir / (index_dir / "CURRENT").read_text().strip()
    segments = [f for f in current.iterdir() if f.suffix == ".seg"]
    assert segments
    for segment in segments:  # overwritten in place while the site has it open
        with open(segment, "r+b") as file:
            file.write(b"\0" * segment.stat().st_size)
    with caplog.at_level(logging.WARNING, logger="directory.search"):
        meanwhile = search(empty_app)
    assert not meanwhile.from_index and meanwhile.total > 3  # answered from the database
    assert any("damaged or out of step" in r.getMessage() for r in caplog.records)
    assert not any("domestic" in r.getMessage() for r in caplog.records)  # never the query
    handle.search.index.wait_for_rebuild(60)
    rebuilt = search(empty_app)
    assert rebuilt.from_index
    assert rebuilt.service_ids == healthy.service_ids and rebuilt.total == healthy.total


def changed_export(app, marker: str) -> bytes:
    from directory.exchange import export_services
    with app.extensions["directory"].session_factory() as session:
        rows = list(csv.DictReader(io.StringIO(export_services(session, "csv").decode())))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(dict(row, description=f"{row['description']} {marker}".strip()))
    return out.getvalue().encode()


def test_an_import_by_another_process_never_duplicates_results(empty_app, tmp_path):
    load_everything(empty_app)
    before = search(empty_app)
    assert before.from_index and before.total > 3
    environment = dict(os.environ, DATABASE_URL=empty_app.config["DATABASE_URL"],
                       SEARCH_INDEX_DIR=empty_app.config["SEARCH_INDEX_DIR"], SIGNPOST_ENV="test")
    for round_number in (1, 2):  # every service rewritten, each time, by `flask import`
        data = tmp_path / f"round-{round_number}.csv"
        data.write_bytes(changed_export(empty_app, f"checked round {round_number}"))
        done = subprocess.run([sys.executable, "-m", "flask", "--app", "web", "import", str(data)],
                              env=environment, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        after = search(empty_app)
        assert after.from_index
        assert after.total == before.total
        assert len(after.service_ids) == len(set(after.service_ids)) == len(before.service_ids)
        assert sorted(after.service_ids) == sorted(before.service_ids)


def test_a_read_error_is_answered_from_the_database_and_rebuilds(empty_app, caplog, monkeypatch):
    """Unit test: a read that fails (simulated) triggers the rebuild even though the index's
    table of contents still looks right; the log names the error's type, not the query."""
    load_everything(empty_app)
    handle = empty_app.extensions["directory"]
    healthy = search(empty_app)
    rebuilds = []
    real_rebuild = handle.search.index.rebuild_in_background
    monkeypatch.setattr(handle.search.index, "rebuild_in_background",
                        lambda documents: (rebuilds.append(1), real_rebuild(documents)))
    with monkeypatch.context() as broken:
        broken.setattr(handle.search.index, "_fresh_searcher",
                       lambda: (_ for _ in ()).throw(OSError(f"bad read for {QUERY}")))
        with caplog.at_level(logging.WARNING, logger="directory.search"):
            meanwhile = search(empty_app)
    assert not meanwhile.from_index and meanwhile.total == healthy.total
    assert rebuilds == [1]
    assert any("OSError" in r.getMessage() for r in caplog.records)
    assert not any("domestic" in r.getMessage() for r in caplog.records)
    handle.search.index.wait_for_rebuild(60)
    assert search(empty_app).from_index
