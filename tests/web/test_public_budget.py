"""Every kind of public page, with its CSS and JS, fits in 20 KB gzipped on a first visit."""
from __future__ import annotations

import gzip

import pytest
from bs4 import BeautifulSoup

from tests.support.public_site import PAGE_TYPES, dispose, seeded_app

BUDGET_BYTES = 20 * 1024


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("public-budget"))
    yield site.test_client()
    dispose(site)


@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_with_its_assets_fits_the_budget(client, url):
    page = client.get(url, buffered=True)
    assert page.status_code in (200, 404)
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    assets = [el.get("href") or el.get("src") for el in soup.select("link[href], script[src]")]
    total = len(gzip.compress(page.get_data(), 6))
    for asset in assets:
        response = client.get(asset, buffered=True)
        assert response.status_code == 200, asset
        total += len(gzip.compress(response.get_data(), 6))
    assert total <= BUDGET_BYTES, f"{url}: {total} bytes gzipped"


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
