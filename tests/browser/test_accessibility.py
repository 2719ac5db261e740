"""WCAG 2.2 AA in a real browser: axe finds nothing on any kind of page, the keyboard reaches
everything with the skip link and the quick exit first, and nothing needs sideways scrolling
on a 320 px wide phone.
"""
from __future__ import annotations

import pytest

from tests.support.public_site import PAGE_TYPES, service_path

from .pages import HomePage, ServicePage, SignpostPage


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_axe_finds_no_violations(axe_page, site, path):
    page = SignpostPage(axe_page, site.url).open(path)
    assert page.run_axe() == []


def test_axe_finds_no_violations_on_the_report_thank_you_page(axe_page, site):
    service = ServicePage(axe_page, site.url).open(service_path("childline"))
    thanks = service.report_wrong("Opening hours")
    assert thanks.run_axe() == []


def test_axe_finds_no_violations_with_the_folded_parts_open(axe_page, site):
    search = HomePage(axe_page, site.url).open().search("rape")
    axe_page.click("details.more-filters summary")
    assert search.run_axe() == []
    service = SignpostPage(axe_page, site.url).open(service_path("childline"))
    axe_page.click("details.report summary")
    assert service.run_axe() == []


def test_axe_really_runs(axe_page, site):
    # Guards the checks above against passing because axe never ran.
    page = SignpostPage(axe_page, site.url).open("/")
    axe_page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    assert "label" in {v["id"] for v in page.run_axe()}


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_usable_at_320_pixels_wide(small_screen_page, site, path):
    page = SignpostPage(small_screen_page, site.url).open(path)
    assert not page.overflows_horizontally()


@pytest.mark.parametrize("path", ["/?lang=ar", "/search?abuse_type=sexual_violence&lang=ur",
                                  "/chat?lang=ar"])
def test_right_to_left_pages_fit_a_phone_and_pass_axe(small_screen_page, axe_page, site, path):
    # A far-left offset (an old skip-link style) once made these pages 10,000px wide and blank.
    assert not SignpostPage(small_screen_page, site.url).open(path).overflows_horizontally()
    assert SignpostPage(axe_page, site.url).open(path).run_axe() == []


def test_a_language_chosen_from_the_list_follows_the_person(page, site):
    home = HomePage(page, site.url).open().choose_language("es")
    assert home.language == "es"
    assert home.follow_footer_link("/help-now").language == "es"


def test_skip_link_then_quick_exit_are_the_first_tab_stops(page, site):
    home = HomePage(page, site.url).open()
    first = home.press_tab()
    assert first.get_attribute("class") == "skip-link"
    assert first.is_visible(), "the skip link shows when it has focus"
    second = home.press_tab()
    assert second.get_attribute("data-quick-exit") is not None


def test_skip_link_moves_focus_to_the_main_content(page, site):
    home = HomePage(page, site.url).open()
    home.press_tab()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The first thing in the page is the call to the 24-hour helpline, then the search.
    assert home.press_tab().get_attribute("href").startswith("tel:")
    assert home.tab_to("input[name=q]").get_attribute("name") == "q"


def test_a_keyboard_only_journey_from_search_to_calling(page, site):
    home = HomePage(page, site.url).open()
    home.tab_to("input[name=q]")
    page.keyboard.type("stalking")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == site.url + "/search", "the words stay out of the address"
    results = home.tab_to("ol.results a")
    name = results.inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == name
    call = home.tab_to("a.call")
    assert call.get_attribute("href").startswith("tel:")
    # The report form opens and sends from the keyboard too.
    home.tab_to("details.report summary")
    page.keyboard.press("Enter")
    home.tab_to("details.report input[type=radio]")
    page.keyboard.press("Space")
    home.tab_to("details.report button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Thank you for telling us"


def test_focus_is_always_visible(page, site):
    home = HomePage(page, site.url).open()
    for _ in range(6):
        focused = home.press_tab()
        outline = focused.evaluate("el => getComputedStyle(el).outlineStyle")
        assert outline != "none", focused.evaluate("el => el.outerHTML")
