"""load-data benchmark: how long `flask --app web load-data` takes, and how often it rebuilds.

Over a temporary SQLite directory: a first load, a second load of unchanged data (it must
rebuild nothing), and a load after a taxonomy term was edited (it must rebuild once, in the
background, while the command waits for it). `--services N` first adds N synthetic services,
so the rebuild's share can be seen at a larger size. Usage:
python benchmarks/load_data.py [--services 2000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from directory.db import transaction  # noqa: E402
from directory.models import TaxonomyTerm  # noqa: E402
from tests.factories import create_services, service_record  # noqa: E402
from tests.support.public_site import FIXTURE_CONTENT, dispose  # noqa: E402
from web import create_app  # noqa: E402
from web.config import TestConfig  # noqa: E402


def timed_load(app) -> tuple[float, str]:
    index = app.extensions["directory"].search.index
    before = index.generation()
    started = time.perf_counter()
    result = app.test_cli_runner().invoke(args=["load-data"])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    rebuilds = 0 if index.generation() == before else int(index.generation().split("-")[1]) - \
        int((before or "gen-0").split("-")[1])
    return elapsed, f"{rebuilds} rebuild(s)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(TestConfig, DATABASE_URL=f"sqlite:///{tmp}/d.sqlite3",
                         SEARCH_INDEX_DIR=f"{tmp}/index", CONTENT_DIR=str(FIXTURE_CONTENT))
        seconds, rebuilds = timed_load(app)
        print(f"first load-data (empty database):  {seconds:6.1f} s, {rebuilds}")
        if args.services:
            create_services(app, *(service_record(key=f"bench-{n}") for n in range(args.services)))
            app.extensions["directory"].search.reindex()
            print(f"added {args.services} synthetic services")
        seconds, rebuilds = timed_load(app)
        print(f"load-data again, nothing changed:  {seconds:6.1f} s, {rebuilds}")
        handle = app.extensions["directory"]
        with transaction(handle.session_factory) as session:
            term = session.scalars(select(TaxonomyTerm).where(TaxonomyTerm.code == "stalking")).one()
            term.name = "Edited for the benchmark"
        handle.search.index.wait_for_rebuild()
        seconds, rebuilds = timed_load(app)
        print(f"load-data after a taxonomy edit:   {seconds:6.1f} s, {rebuilds}")
        dispose(app)


if __name__ == "__main__":
    main()
