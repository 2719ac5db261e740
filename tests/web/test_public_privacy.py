"""Privacy by construction, checked on every page reachable from the home page: the headers,
no cookies, nothing from (or sent to) another host, no inline code, and no invented numbers.
"""
from __future__ import annotations

from collections import deque
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from directory import catalogue
from tests.support.public_site import dispose, seeded_app, service_path

HOST = "localhost"
# Attributes that make a browser fetch or go somewhere.
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "srcset", "poster", "data", "ping",
                  "background", "cite", "manifest")
MAX_PAGES = 600


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("public-privacy"))
    yield site
    dispose(site)


@pytest.fixture(scope="module")
def crawl(app):
    """{path: response} for every page and asset reachable by following links from "/"."""
    client = app.test_client()
    seen: dict[str, object] = {}
    queue = deque(["/"])
    while queue and len(seen) < MAX_PAGES:
        path = queue.popleft()
        if path in seen:
            continue
        # Buffered, so static files are read whole and closed, not left open in the response.
        response = client.get(path, buffered=True)
        seen[path] = response
        if response.mimetype != "text/html":
            continue
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        for element in soup.select("[href], [src]"):
            target = urlsplit(urljoin(f"http://{HOST}{path}", element.get("href")
                                      or element.get("src")))
            if target.scheme == "http" and target.netloc == HOST:
                # Every page links to itself in each language: the same templates, so the
                # crawl follows one language (test_public_pages covers the switch itself).
                query = urlencode([(k, v) for k, v in parse_qsl(target.query) if k != "lang"])
                queue.append(target.path + (f"?{query}" if query else ""))
    assert len(seen) < MAX_PAGES, "the crawl did not finish: is something generating links?"
    return seen


@pytest.fixture(scope="module")
def directory_facts(app):
    """The services' own websites and every phone number the directory holds."""
    with app.app_context():
        session = app.extensions["directory"].session_factory()
        services = catalogue.list_services(session, app.extensions["directory"].search,
                                           per_page=1000, full=True).items
        websites = {s["url"] for s in services if s.get("url")}
        numbers = {"".join(ch for ch in p["number"] if ch.isdigit() or ch == "+")
                   for s in services for p in s["phones"]}
        session.close()
    return websites, numbers


@pytest.fixture(scope="module")
def pages(crawl):
    """{path: parsed HTML} for every page the crawl reached, parsed once."""
    return {path: BeautifulSoup(r.get_data(as_text=True), "html.parser")
            for path, r in crawl.items() if r.mimetype == "text/html"}


def test_the_crawl_reaches_every_kind_of_page(crawl):
    paths = set(crawl)
    for prefix in ("/search", "/services/", "/browse/abuse/", "/browse/area/",
                   "/browse/audience/", "/help-now", "/safe-browsing", "/static/site.css",
                   "/static/quick-exit.js"):
        assert any(p.startswith(prefix) for p in paths), prefix
    assert any("page=2" in p for p in paths)
    assert all(r.status_code == 200 for r in crawl.values()), [
        p for p, r in crawl.items() if r.status_code != 200]


def test_every_response_has_the_privacy_headers_and_no_cookie(crawl):
    for path, response in crawl.items():
        headers = response.headers
        assert headers["Cache-Control"] == "no-store", path
        assert headers["Referrer-Policy"] == "no-referrer", path
        policy = headers["Content-Security-Policy"]
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy, path
        assert "script-src 'self'" in policy and "style-src 'self'" in policy, path
        assert "Set-Cookie" not in headers, path


def test_error_pages_and_form_posts_set_no_cookie_either(app):
    client = app.test_client()
    for response in (client.get("/no-such-page"), client.get(service_path("nobody")),
                     client.post(service_path("childline") + "/report", data={"detail": "hours"})):
        assert "Set-Cookie" not in response.headers
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["Referrer-Policy"] == "no-referrer"
    assert client.get_cookie("session") is None


def test_nothing_points_to_another_host_but_service_websites_and_quick_exit(
        pages, app, directory_facts):
    websites, _numbers = directory_facts
    quick_exit = app.config["QUICK_EXIT_URL"]
    for path, soup in pages.items():
        for element in soup.find_all(True):
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if not value:
                    continue
                target = urlsplit(urljoin(f"http://{HOST}{path}", value.strip()))
                if target.scheme not in ("http", "https") or target.netloc == HOST:
                    continue
                allowed_exit = element.has_attr("data-quick-exit") and value == quick_exit
                allowed_website = (element.name == "a" and attribute == "href"
                                   and value in websites and "noreferrer" in element["rel"])
                # A guidance page's sources, listed at its foot, link to where each fact comes
                # from (issue 11): plain links that send no referrer, nothing loaded.
                allowed_source = (element.name == "a" and attribute == "href"
                                  and "noreferrer" in element.get("rel", [])
                                  and element.get("referrerpolicy") == "no-referrer"
                                  and element.find_parent("section", class_="references") is not None)
                where = f"{path}: <{element.name} {attribute}={value}>"
                assert allowed_exit or allowed_website or allowed_source, where


def test_no_inline_scripts_styles_or_handlers(pages):
    for path, soup in pages.items():
        assert not soup.select("style"), path
        assert all(script.get("src") for script in soup.select("script")), path
        for element in soup.find_all(True):
            assert "style" not in element.attrs, path
            assert not [a for a in element.attrs if a.lower().startswith("on")], path
            assert not str(element.get("href", "")).lower().startswith("javascript:"), path


def test_every_number_offered_is_one_the_directory_holds(pages, directory_facts):
    _websites, numbers = directory_facts
    for path, soup in pages.items():
        for link in soup.select("a[href^='tel:'], a[href^='sms:']"):
            assert link["href"].split(":", 1)[1] in numbers, f"{path}: {link['href']}"


def test_pages_ask_for_no_referrer_themselves(pages):
    for path, soup in pages.items():
        assert soup.select_one("meta[name=referrer][content=no-referrer]"), path
