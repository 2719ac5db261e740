"""Every kind of public page, with its CSS and JS, fits in 20 KB gzipped on a first visit."""
from __future__ import annotations

import gzip
import secrets

import pytest
from bs4 import BeautifulSoup

from tests.support.public_site import PAGE_TYPES, TYPED_SEARCHES, dispose, seeded_app

BUDGET_BYTES = 20 * 1024


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("public-budget"))
    yield site.test_client()
    dispose(site)


def gzipped_total(client, response) -> int:
    """The page and every stylesheet and script it loads, each gzipped as it is served."""
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assets = [el.get("href") or el.get("src") for el in soup.select("link[href], script[src]")]
    assert assets, "a page without its stylesheet would pass for the wrong reason"
    total = len(gzip.compress(response.get_data(), 6))
    for asset in assets:
        served = client.get(asset, buffered=True)
        assert served.status_code == 200, asset
        total += len(gzip.compress(served.get_data(), 6))
    return total


@pytest.mark.parametrize("name", PAGE_TYPES.keys())
def test_page_with_its_assets_fits_the_budget(client, name):
    url = PAGE_TYPES[name]
    page = client.get(url, buffered=True)
    # Only the page meant to be missing may be a 404: a page that broke must not pass.
    assert page.status_code == (404 if name == "not found" else 200), url
    total = gzipped_total(client, page)
    assert total <= BUDGET_BYTES, f"{url}: {total} bytes gzipped"


@pytest.mark.parametrize("name", TYPED_SEARCHES.keys())
def test_typed_search_results_fit_the_budget(client, name):
    page = client.post("/search", data=TYPED_SEARCHES[name], buffered=True)
    assert page.status_code == 200
    total = gzipped_total(client, page)
    assert total <= BUDGET_BYTES, f"{name}: {total} bytes gzipped"


def test_the_budget_check_counts_what_a_big_page_weighs(client):
    # The measure itself: a page padded past the budget must be reported over it.
    page = client.get("/", buffered=True)
    page.set_data(page.get_data() + f"<!-- {secrets.token_urlsafe(30_000)} -->".encode())
    assert gzipped_total(client, page) > BUDGET_BYTES


@pytest.mark.parametrize("url", ["/", "/static/site.css", "/static/quick-exit.js"])
def test_pages_and_assets_are_served_gzipped_to_browsers_that_accept_it(client, url):
    plain = client.get(url, buffered=True)
    packed = client.get(url, buffered=True, headers={"Accept-Encoding": "gzip, br"})
    assert "Content-Encoding" not in plain.headers
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.get_data()) == plain.get_data()
    assert packed.headers["Cache-Control"] == "no-store"


def test_the_api_is_left_alone(client):
    response = client.get("/api/", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in response.headers
