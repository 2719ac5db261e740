"""Quick exit leaves at once, by button or keyboard, and Back does not bring the page back."""
from __future__ import annotations

import pytest

from tests.support.public_site import service_path

from .pages import HomePage, SearchResultsPage, ServicePage

WAYS_OUT = {
    "button": ServicePage.exit_by_click,
    "shift x3": ServicePage.exit_by_shift_three_times,
    "esc x2": ServicePage.exit_by_escape_twice,
}


@pytest.mark.parametrize("way_out", WAYS_OUT.values(), ids=WAYS_OUT.keys())
def test_quick_exit_leaves_and_back_does_not_return(page, site, quick_exit_url, way_out):
    service = ServicePage(page, site.url).open(service_path("national-domestic-abuse-helpline"))
    way_out(service)
    page.wait_for_url(quick_exit_url)
    assert page.url == quick_exit_url
    page.go_back()
    assert not page.url.startswith(site.url), "Back returned to Signpost"


def test_the_page_is_hidden_before_the_neutral_site_arrives(page, site, slow_quick_exit):
    ServicePage(page, site.url).open(service_path("childline"))
    # Clicked from inside the page, so we can look at it in the same moment, while the
    # neutral site is still on its way.
    seen = page.evaluate("""() => {
        document.querySelector("a[data-quick-exit]").click();
        return {display: getComputedStyle(document.body).display, title: document.title};
    }""")
    assert seen == {"display": "none", "title": ""}
    page.wait_for_url(slow_quick_exit)


def test_after_a_journey_back_skips_the_page_that_was_left(page, site, quick_exit_url):
    # Quick exit replaces only the page it was used on: earlier pages stay in the history,
    # as the safe browsing page says.
    results = HomePage(page, site.url).open().search("he hits me")
    service = results.open_result(results.result_names[0])
    left = service.url
    service.exit_by_escape_twice()
    page.wait_for_url(quick_exit_url)
    # Back lands where the results were: they forgot the form they answered, so Back shows
    # the empty search, never the results (or the words), and never offers to send them again.
    assert service.go_back() == site.url + "/search"
    assert not SearchResultsPage(page, site.url).result_names
    assert left != page.evaluate("location.href")
    assert not service.search_words_shown("he hits me")


def test_refining_a_search_keeps_the_words_out_of_the_address(page, site):
    results = HomePage(page, site.url).open().search("stalking")
    results.filter_by(audience="women")
    results.tick("always_open")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert page.url == site.url + "/search"
    assert results.result_names
    assert all("Open 24 hours" in card for card in
               page.locator("ol.results li.card").all_inner_texts())


def test_typing_capitals_or_one_escape_does_not_exit(page, site):
    home = HomePage(page, site.url).open()
    page.click("input[name=q]")
    for key in ("Shift+H", "Shift+E", "Shift+L", "Escape"):
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert page.url == site.url + "/"
    assert not home.is_hidden()


def test_without_javascript_the_quick_exit_is_a_plain_link(no_js_page, site, quick_exit_url):
    home = HomePage(no_js_page, site.url).open()
    assert home.quick_exit.get_attribute("href") == quick_exit_url
    assert "noreferrer" in home.quick_exit.get_attribute("rel")
    home.exit_by_click()
    no_js_page.wait_for_url(quick_exit_url)


def test_quick_exit_stays_on_screen_when_scrolling_a_phone(small_screen_page, site):
    results = SearchResultsPage(small_screen_page, site.url).open(
        "/search?abuse_type=domestic_abuse")
    small_screen_page.mouse.wheel(0, 3000)
    small_screen_page.wait_for_timeout(200)
    box = results.quick_exit.bounding_box()
    assert box is not None and box["y"] <= 1 and box["height"] >= 44
