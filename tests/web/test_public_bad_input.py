"""Whatever is typed or tampered with, the public site answers with a page, never a 500."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.support.public_site import dispose, seeded_app, service_path


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("public-bad-input"))
    yield site.test_client()
    dispose(site)


BAD_GETS = [
    "/search?q=" + "help " * 4000,
    "/search?borough=Atlantis",
    "/search?borough=" + "N17" * 500,
    "/search?borough=%00",
    "/search?page=-1",
    "/search?page=99999999999999999999999&abuse_type=stalking",
    "/search?abuse_type=unknown",
    "/search?audience=%27%3BDROP",
    "/search?language=zz&service_type=nonsense",
    "/search?open_now=yes&always_open=true",
    "/search?q=a&q=b&abuse_type=stalking&abuse_type=rape",
    "/services/not-a-real-id",
    "/services/" + "x" * 5000,
    "/services/%27%20OR%201%3D1--",
    service_path("childline") + "/report",
    "/browse/abuse/" + "a" * 3000,
    "/browse/area/%00",
    "/browse/nothing/x",
    "/browse/abuse/domestic_abuse?page=-7",
    "/browse/area/haringey?page=99999",
    "/nothing/here",
    "/?lang=xx",
    "/?lang=ar",
]


@pytest.mark.parametrize("url", BAD_GETS, ids=lambda url: url[:60])
def test_bad_get_input_never_gives_a_server_error(client, url):
    response = client.get(url)
    assert response.status_code < 500
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.select_one("a[data-quick-exit]"), "even error pages keep the quick exit"
    assert soup.select_one("h1")


BAD_SEARCHES = [
    {"q": "help " * 4000},
    {"q": "\u202e\U0001f4a5\x00" * 50},
    {"q": '"*?()[]{}:~^\\'},
    {"q": "AND OR NOT ( ) *"},
    {"q": "%';DROP TABLE service;--"},
    {"borough": "Atlantis"},
    {"borough": "N17" * 500},
    {"borough": "ZZ99 9ZZ"},
    {"borough": "\x00"},
    {"q": "rape", "page": "0"},
    {"q": "rape", "page": "abc"},
    {"q": "rape", "page": "99999999999999999999999"},
    {"q": "rape", "page": "150"},
    {"q": ["a", "b"], "abuse_type": ["stalking", "rape"]},
    {"q": "rape", "audience": "';DROP", "open_now": "yes"},
]


@pytest.mark.parametrize("data", BAD_SEARCHES, ids=lambda data: str(data)[:60])
def test_bad_typed_searches_never_give_a_server_error(client, data):
    response = client.post("/search", data=data)
    assert response.status_code < 500
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.select_one("a[data-quick-exit]")
    assert soup.select_one("h1")


@pytest.mark.parametrize("data", [
    {}, {"detail": ""}, {"detail": "x" * 100_000}, {"detail": ["hours", "phone"]},
    {"detail": "hours", "extra": "\x00" * 1000},
])
def test_bad_reports_never_give_a_server_error(client, data):
    response = client.post(service_path("childline") + "/report", data=data)
    assert response.status_code < 500


def test_report_on_an_unknown_service_is_404(client):
    assert client.post("/services/nobody/report", data={"detail": "hours"}).status_code == 404


def test_a_huge_query_is_cut_down_not_echoed_whole(client):
    soup = BeautifulSoup(client.post("/search", data={"q": "x" * 10_000}).get_data(
        as_text=True), "html.parser")
    # What was typed is never written back where it shows; only the pages' buttons carry it.
    assert all(not field.get("value") for field in soup.select("input[name=q]:not([type=hidden])"))
    assert all(len(field["value"]) <= 200 for field in soup.select("input[name=q][type=hidden]"))


def test_a_page_past_the_end_offers_the_way_back(client):
    soup = BeautifulSoup(client.get("/search?abuse_type=stalking&page=150").get_data(
        as_text=True), "html.parser")
    assert not soup.select("li.card")
    assert soup.select_one("main a[href*='page=1']")
