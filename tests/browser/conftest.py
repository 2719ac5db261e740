"""Browser tests: the real site on 127.0.0.1 in Debian's Chromium, driven by Playwright.

Chromium must be installed (`make system-deps`): if it is missing these tests fail, they are
never skipped. The network is closed, so the quick exit goes to a second local server that
stands in for the neutral (weather) site.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from fnmatch import fnmatch

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from werkzeug.wrappers import Request, Response

from tests.support.public_site import LiveServer, dispose, seeded_app

from .pages import AXE, NetworkLog

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
NEUTRAL_PAGE = "/weather"
SLOW_NEUTRAL_PAGE = "/weather-slowly"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        # Debian's Chromium: Playwright's own browser download is not available here.
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_context(browser) -> Iterator[Callable[..., BrowserContext]]:
    """Makes fresh browser contexts (empty history, no cookies), closed after the test."""
    contexts: list[BrowserContext] = []

    def make(**options) -> BrowserContext:
        contexts.append(browser.new_context(**options))
        return contexts[-1]

    yield make
    for context in contexts:
        context.close()


@Request.application
def neutral_site(request: Request) -> Response:
    """Stands in for the weather site. The slow page leaves time to see the exit hide Signpost."""
    if request.path == SLOW_NEUTRAL_PAGE:
        time.sleep(2)
    return Response("<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1>",
                    mimetype="text/html")


@pytest.fixture(scope="session")
def neutral_server() -> Iterator[LiveServer]:
    with LiveServer(neutral_site) as server:
        yield server


@pytest.fixture(scope="session")
def site_app(tmp_path_factory, neutral_server):
    app = seeded_app(tmp_path_factory.mktemp("browser-site"),
                     QUICK_EXIT_URL=neutral_server.url + NEUTRAL_PAGE)
    yield app
    dispose(app)


@pytest.fixture(scope="session")
def site(site_app) -> Iterator[LiveServer]:
    with LiveServer(site_app) as server:
        yield server


@pytest.fixture
def quick_exit_url(site_app):
    return site_app.config["QUICK_EXIT_URL"]


@pytest.fixture
def slow_quick_exit(site_app, neutral_server):
    """Points the quick exit at the slow neutral page for one test."""
    original = site_app.config["QUICK_EXIT_URL"]
    site_app.config["QUICK_EXIT_URL"] = neutral_server.url + SLOW_NEUTRAL_PAGE
    yield site_app.config["QUICK_EXIT_URL"]
    site_app.config["QUICK_EXIT_URL"] = original


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def network_log(context) -> NetworkLog:
    log = NetworkLog()
    context.on("request", log.record)
    return log


@pytest.fixture
def no_js_page(new_context):
    return new_context(java_script_enabled=False).new_page()


def serving_axe() -> Callable:
    script = AXE.read_bytes()

    @Request.application
    def axe_script(request: Request) -> Response:
        # Cacheable, so that Chromium compiles axe once rather than on every page checked.
        return Response(script, mimetype="text/javascript",
                        headers={"Cache-Control": "max-age=86400, immutable"})
    return axe_script


@pytest.fixture(scope="session")
def axe_server() -> Iterator[LiveServer]:
    assert AXE.is_file(), "axe-core is missing: run `npm ci` in the repository root"
    with LiveServer(serving_axe()) as server:
        yield server


def open_axe_page(make_context: Callable[..., BrowserContext], axe_server: LiveServer,
                  **options) -> Page:
    """A page that can run axe. CSP would block the axe script; bypass_csp lets it in for this
    check only. Route no request on it unless you must: Playwright's routing turns Chromium's
    cache off, and axe is compiled afresh on every page."""
    page = make_context(bypass_csp=True, **options).new_page()
    page.axe_script_url = axe_server.url + "/axe.min.js"
    return page


@pytest.fixture
def new_axe_page(new_context, axe_server) -> Callable[..., Page]:
    """Makes pages that can run axe, in fresh contexts with the options given."""
    return lambda **options: open_axe_page(new_context, axe_server, **options)


@pytest.fixture(scope="module")
def axe_page(browser, axe_server) -> Iterator[Page]:
    # One page per module, each test opening its own page in it: a new browser context for
    # each of the hundreds of pages checked doubled the time the checks took.
    page = open_axe_page(browser.new_context, axe_server)
    yield page
    page.context.close()


@pytest.fixture
def small_screen_page(new_context):
    return new_context(viewport={"width": 320, "height": 640}).new_page()


SITE_SCRIPTS = "*/static/*.js"


@pytest.fixture(scope="module")
def shared_page_without_scripts(browser, axe_server):
    page = open_axe_page(browser.new_context, axe_server)
    # Blocked through the DevTools protocol rather than Playwright's routing, which would turn
    # Chromium's cache off and make every page compile axe afresh.
    devtools = page.context.new_cdp_session(page)
    devtools.send("Network.enable")
    devtools.send("Network.setBlockedURLs", {"urls": [SITE_SCRIPTS]})
    page.on("requestfailed", lambda request: page.blocked_scripts.append(request.url)
            if fnmatch(request.url, SITE_SCRIPTS) else None)
    yield page
    page.context.close()


@pytest.fixture
def axe_page_without_scripts(shared_page_without_scripts):
    shared_page_without_scripts.blocked_scripts = []
    return shared_page_without_scripts
