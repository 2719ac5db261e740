"""A person picks their language once, on any page, and the site stays in it, with no cookie."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from flask import url_for

from tests.support.public_site import dispose, get_page, seeded_app
from web.config import Config
from web.i18n import LANGUAGE_NAMES


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("i18n"))
    yield site
    dispose(site)


@pytest.fixture
def client(app):
    return app.test_client()


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_every_page_offers_every_language_named_in_itself(client):
    soup = get_page(client, "/help-now")
    links = soup.select("nav.languages a[hreflang]")
    assert [a["hreflang"] for a in links] == Config.LANGUAGES
    assert {a["hreflang"]: a.get_text(strip=True) for a in links} == LANGUAGE_NAMES
    assert all(a["lang"] == a["hreflang"] for a in links)
    assert all(urlsplit(a["href"]).path == "/help-now" for a in links)
    assert [a["hreflang"] for a in soup.select("nav.languages a[aria-current]")] == ["en"]


def test_a_chosen_language_is_kept_in_every_link_and_never_in_a_cookie(client):
    response = client.get("/?lang=tr")
    assert not response.headers.getlist("Set-Cookie")
    soup = get_page(client, "/?lang=tr")
    assert soup.html["lang"] == "tr"
    page_links = [a["href"] for a in soup.select("main a[href], footer a[href]")
                  if urlsplit(a["href"]).path.startswith("/") and not a["href"].startswith("//")]
    assert page_links and all(query(href).get("lang") == ["tr"] for href in page_links)
    assert all("lang" not in query(el["href"]) for el in soup.select("link[href]"))
    assert all("lang" not in query(el["src"]) for el in soup.select("script[src]"))


def test_a_search_form_sends_the_chosen_language_back(client):
    soup = get_page(client, "/search?lang=ar")
    assert soup.html["dir"] == "rtl"
    form = soup.select_one("form[role=search]")
    assert form.select_one("input[type=hidden][name=lang]")["value"] == "ar"
    assert get_page(client, "/search").select_one("form[role=search] input[name=lang]") is None


def test_switching_language_keeps_the_filters_but_not_words_or_answers(client):
    soup = get_page(client, "/search?q=stalking&abuse_type=stalking&lang=pl")
    spanish = soup.select_one("nav.languages a[hreflang=es]")["href"]
    assert query(spanish) == {"abuse_type": ["stalking"], "lang": ["es"]}
    typed = client.post("/search?lang=pl", data={"q": "he follows me", "lang": "pl"})
    soup = BeautifulSoup(typed.get_data(as_text=True), "html.parser")
    assert all("follows" not in a["href"] for a in soup.select("nav.languages a"))
    soup = get_page(client, "/self-check?danger-now=yes")
    spanish = soup.select_one("nav.languages a[hreflang=es]")["href"]
    assert spanish == "/self-check?lang=es"


def test_an_unknown_language_is_ignored_not_echoed(client):
    soup = get_page(client, "/?lang=xx%22%3E")
    assert soup.html["lang"] == "en"
    assert all("xx" not in a["href"] for a in soup.select("a[href]"))


def test_the_api_and_static_files_never_carry_a_page_language(app):
    with app.test_request_context("/?lang=es"):
        assert url_for("public.help_now") == "/help-now?lang=es"
        assert "lang" not in url_for("static", filename="site.css")
        assert "lang" not in url_for("api.services")


MACHINE_NOTE = "header .translation-note"


@pytest.mark.parametrize("path", ["/", "/help-now", "/search?q=stalking", "/no-such-page"])
def test_a_page_in_a_machine_made_language_says_so_below_the_danger_line(client, path):
    page = client.get(f"{path}{'&' if '?' in path else '?'}lang=es")
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    note = soup.select_one(MACHINE_NOTE)
    assert note is not None and note.get_text(strip=True)
    header = soup.select_one("header")
    parts = header.select(".danger-line, .translation-note")
    assert [p["class"][0] for p in parts] == ["danger-line", "translation-note"]
    english = client.get(path)
    assert BeautifulSoup(english.get_data(as_text=True), "html.parser").select(MACHINE_NOTE) == []


def test_the_note_is_in_the_page_language(client):
    soup = get_page(client, "/?lang=so")
    assert soup.html["lang"] == "so"
    assert soup.select_one(MACHINE_NOTE).get_text(strip=True) == (
        "Mashiin ayaa turjumay, weli ma hubin qof afkan ku dhashay")
