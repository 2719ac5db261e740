"""A complete Signpost site for tests of the public pages: a temporary SQLite database holding
all the seed data, its search index, and (for browser tests) a real HTTP server on 127.0.0.1.

The pathway pages read the tests' own small content files (FIXTURE_CONTENT), so these tests
don't depend on the real content/ being finished: tests/web/test_pathways_real_content.py
checks that one.
"""
from __future__ import annotations

import threading
from pathlib import Path

from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from directory.db import transaction
from directory.migrate import upgrade_database
from directory.models import stable_id
from directory.seed import load_seed_data
from web import create_app
from web.config import TestConfig

FIXTURE_CONTENT = Path(__file__).resolve().parents[1] / "web" / "fixtures" / "content"


def seeded_app(folder: Path, **config) -> Flask:
    """An app over a new SQLite database in `folder`, loaded with every seed service."""
    config.setdefault("CONTENT_DIR", str(FIXTURE_CONTENT))
    app = create_app(TestConfig, DATABASE_URL=f"sqlite:///{folder / 'site.sqlite3'}",
                     SEARCH_INDEX_DIR=str(folder / "search-index"), **config)
    upgrade_database(app.extensions["directory"].engine)
    return load_everything(app)


def load_everything(app: Flask, *extra_csv: bytes) -> Flask:
    """Load every seed service (and any extra CSV files) in one transaction, then index."""
    from directory.exchange import import_services
    handle = app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        load_seed_data(session)
        for data in extra_csv:
            import_services(session, data, "csv")
    # The commit started the one rebuild of the fresh index, in the background.
    handle.search.index.wait_for_rebuild()
    assert handle.search.index.is_ready()
    return app


def dispose(app: Flask) -> None:
    handle = app.extensions["directory"]
    handle.search.index.wait_for_rebuild(30)
    handle.search.index.close()
    handle.engine.dispose()


class LiveServer:
    """Serves a WSGI app on a free 127.0.0.1 port from a background thread."""

    def __init__(self, app):
        self.server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    @property
    def origin(self) -> str:
        return self.url

    def __enter__(self) -> LiveServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)


def get_page(client, url: str, status: int = 200):
    """A page fetched with the test client, parsed for checking with CSS selectors."""
    from bs4 import BeautifulSoup
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def service_path(seed_key: str) -> str:
    """The public page of a seed service, by its key in the seed YAML."""
    return f"/services/{stable_id('service', seed_key)}"


# One URL for each kind of public page, with the seed records that exercise each kind of
# service page (verified, hours disputed, not verified, old source). Used by the page tests,
# the accessibility and budget checks, and benchmarks/pages.py.
PAGE_TYPES: dict[str, str] = {
    "home": "/",
    "search (empty)": "/search",
    "search results": "/search?abuse_type=domestic_abuse&borough=haringey",
    "search with filters": "/search?abuse_type=domestic_abuse&audience=women&open_now=1",
    "search (nothing found)": "/search?always_open=1&language=ro&service_type=legal_advice",
    "service (verified, 24/7)": service_path("national-domestic-abuse-helpline"),
    "service (hours disputed)": service_path("mens-advice-line"),
    "service (not verified)": service_path("lawrs"),
    "service (old source, local)": service_path("haringey-nia-idva-service"),
    "service (text number)": service_path("financial-support-line"),
    "browse by abuse type": "/browse/abuse/domestic_abuse",
    "browse areas": "/browse/area",
    "browse by borough": "/browse/area/haringey",
    "worried about someone": "/browse/audience/friends_family",
    "professionals": "/browse/audience/professionals",
    "guidance by abuse type": "/guidance/abuse/domestic_abuse",
    "guidance by risk level": "/guidance/risk/immediate",
    "guidance for an audience": "/guidance/for/men",
    "friends and family guidance": "/guidance/friends-and-family",
    "professionals' routes": "/professionals",
    "route, filtered by borough": "/professionals/marac?abuse_type=domestic_abuse&borough=haringey",
    "safety self-check": "/self-check",
    "DASH checklist": "/professionals/dash/checklist",
    "help now": "/help-now",
    "easy read": "/easy-read/help-now",
    "safe browsing": "/safe-browsing",
    "chat": "/chat",
    "not found": "/services/no-such-service",
}

# Searches with typed words go by POST (the words never reach an address): these are the form
# bodies for the typed-search pages, checked beside PAGE_TYPES by the budget and axe tests.
TYPED_SEARCHES: dict[str, dict[str, str]] = {
    "typed search": {"q": "he hits me", "borough": "N17"},
    "typed search (nothing found)": {"q": "zzqxv", "language": "ro"},
}
