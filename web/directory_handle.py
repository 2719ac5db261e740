"""The app's one connection to the directory: engine, sessions and search, made at start-up."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app, g
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from directory import (
    DirectorySearch,
    install_changelog,
    make_engine,
    make_session_factory,
    prepare_signposting,
)


@dataclass
class DirectoryHandle:
    engine: Engine
    session_factory: sessionmaker[Session]
    search: DirectorySearch


def init_directory(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    session_factory = make_session_factory(engine)
    install_changelog(session_factory)
    search = DirectorySearch(session_factory, app.config["SEARCH_INDEX_DIR"])
    search.install_sync()
    app.extensions["directory"] = DirectoryHandle(engine, session_factory, search)
    prepare_signposting()  # once per process: the first message is read as fast as the rest
    app.teardown_appcontext(_close_session)


def directory() -> DirectoryHandle:
    return current_app.extensions["directory"]


def db_session() -> Session:
    """A session for this request, closed when the request ends. Views only read with it."""
    if "db_session" not in g:
        g.db_session = directory().session_factory()
    return g.db_session


def _close_session(_error) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
