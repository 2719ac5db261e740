"""Fixtures shared by the whole suite.

Directory and API tests run on both databases the project supports: embedded SQLite and the
real PostgreSQL server at 127.0.0.1:5432 (TEST_POSTGRES_URL overrides it). Each test session
creates its own PostgreSQL databases and drops them at the end; if the server can't be
reached the PostgreSQL tests fail rather than skip.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from directory.db import transaction
from directory.migrate import upgrade_database
from directory.taxonomy import read_taxonomy_file, upsert_taxonomies
from tests.support.public_site import FIXTURE_CONTENT, load_everything
from web import create_app
from web.config import TestConfig

POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
BACKENDS = ["sqlite", "postgresql"]


class PostgresDatabases:
    """Creates throwaway databases on the real server, and drops them afterwards."""

    def __init__(self, admin_url: str):
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def create(self) -> str:
        name = f"signpost_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(POSTGRES_ADMIN_URL)
    yield databases
    databases.drop_all()


def _database_url(backend: str, tmp_path: Path, postgres_databases) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'directory.sqlite3'}"
    return postgres_databases.create()


def _make_app(url: str, tmp_path: Path):
    app = create_app(TestConfig, DATABASE_URL=url, SEARCH_INDEX_DIR=str(tmp_path / "index"),
                     SERVER_NAME="signpost.test", CONTENT_DIR=str(FIXTURE_CONTENT))
    upgrade_database(app.extensions["directory"].engine)
    return app


def _dispose(app) -> None:
    handle = app.extensions["directory"]
    handle.search.index.wait_for_rebuild(30)
    handle.search.index.close()
    handle.engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def seeded_app(request, tmp_path_factory, postgres_databases):
    """An app over a database holding all the seed data, shared by read-only tests."""
    tmp_path = tmp_path_factory.mktemp(f"seeded-{request.param}")
    app = load_everything(_make_app(_database_url(request.param, tmp_path, postgres_databases),
                                    tmp_path))
    app.config["BACKEND"] = request.param
    yield app
    _dispose(app)


@pytest.fixture(params=BACKENDS)
def empty_app(request, tmp_path, postgres_databases):
    """An app over a fresh database holding only the taxonomy: for tests that write."""
    app = _make_app(_database_url(request.param, tmp_path, postgres_databases), tmp_path)
    handle = app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        upsert_taxonomies(session, read_taxonomy_file())
    # The commit started the one rebuild of the fresh index, in the background.
    handle.search.index.wait_for_rebuild()
    assert handle.search.index.is_ready()
    app.config["BACKEND"] = request.param
    yield app
    _dispose(app)


@pytest.fixture
def seeded_client(seeded_app):
    return seeded_app.test_client()


@pytest.fixture
def search(seeded_app):
    return seeded_app.extensions["directory"].search
