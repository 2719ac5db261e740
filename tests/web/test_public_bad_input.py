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
    "/search?q=" + "%E2%80%AE%F0%9F%92%A5%00" * 50,
    "/search?q=%22%2A%3F%28%29%5B%5D%7B%7D%3A~%5E%5C",
    "/search?q=AND+OR+NOT+(+)+*",
    "/search?q=%25%27%3B+DROP+TABLE+service%3B--",
    "/search?borough=Atlantis",
    "/search?borough=" + "N17" * 500,
    "/search?borough=ZZ99+9ZZ",
    "/search?borough=%00",
    "/search?page=-1",
    "/search?page=0&q=rape",
    "/search?page=abc&q=rape",
    "/search?page=99999999999999999999999&q=rape",
    "/search?page=150&q=rape",
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
    soup = BeautifulSoup(client.get("/search?q=" + "x" * 10_000).get_data(as_text=True),
                         "html.parser")
    assert len(soup.select_one("input[name=q]")["value"]) <= 200


def test_a_page_past_the_end_offers_the_way_back(client):
    soup = BeautifulSoup(client.get("/search?q=rape&page=150").get_data(as_text=True),
                         "html.parser")
    assert not soup.select("li.card")
    assert soup.select_one("main a[href*='page=1']")
