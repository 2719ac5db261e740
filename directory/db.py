"""Engines and sessions. SQLite by default; PostgreSQL when DATABASE_URL says so."""
from __future__ import annotations

import os
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def database_url_from_env() -> str | None:
    """DATABASE_URL as SQLAlchemy wants it, or None: the site then uses its instance folder
    (web/__init__.py), never a path relative to wherever it was started."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return None
    # Hosting platforms hand out "postgres://"; SQLAlchemy wants a driver name.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
    return engine


def _configure_sqlite(dbapi_connection, _record) -> None:
    # Python's sqlite3 module commits DDL on its own; taking over BEGIN makes schema changes
    # as all-or-nothing as data changes (SQLAlchemy's documented recipe).
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten, not left in free pages: a deleted text conversation must
    # not stay readable in the database file.
    dbapi_connection.execute("PRAGMA secure_delete=ON")


def _begin_sqlite(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(session_factory: sessionmaker[Session]):
    """The one place writes are committed: everything inside succeeds together or not at all."""
    session = session_factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
