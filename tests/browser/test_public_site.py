"""The public site on a watched phone, in real Chromium at 360 px and 1280 px: what is typed
never shows again, the exit never moves, help is on the first screen, and numbers read the
right way round in Arabic."""
from __future__ import annotations

import pytest

from tests.support.public_site import PAGE_TYPES, service_path

from .pages import HomePage, SearchResultsPage, SignpostPage

WORDS = "he checks my phone and takes my money"
SCREENS = {"phone": {"width": 360, "height": 640}, "desktop": {"width": 1280, "height": 800}}


@pytest.fixture(params=SCREENS.values(), ids=SCREENS.keys())
def screen_page(request, new_context):
    return new_context(viewport=request.param).new_page()


@pytest.fixture
def phone_page(new_context):
    return new_context(viewport=SCREENS["phone"]).new_page()


# -- no trace --------------------------------------------------------------------------------

def test_the_words_never_show_after_searching_or_back(screen_page, site):
    home = HomePage(screen_page, site.url).open()
    results = home.search(WORDS, place="N17")
    assert results.result_names
    assert screen_page.url == site.url + "/search"
    assert home.go_back() == site.url + "/"
    assert not home.search_words_shown(WORDS), "Chromium put the words back in the box"
    # A reload does not send the form again: the results page forgot it as it arrived, so the
    # reload shows the empty search, with neither the words nor what they found.
    reloaded = home.open().search(WORDS)
    assert reloaded.result_names
    screen_page.reload()
    assert screen_page.url == site.url + "/search"
    assert not reloaded.result_names
    assert not reloaded.search_words_shown(WORDS)


def test_the_words_never_show_after_a_quick_exit_and_back(screen_page, site, quick_exit_url):
    home = HomePage(screen_page, site.url).open()
    results = home.search(WORDS)
    assert results.result_names
    results.exit_by_escape_twice()
    screen_page.wait_for_url(quick_exit_url)
    # The exit replaced the results in the history: Back is the page before them, and the
    # words are not put back in its box.
    assert results.go_back() == site.url + "/"
    assert not results.search_words_shown(WORDS)


def test_back_to_results_from_a_service_shows_no_results_and_no_words(screen_page, site):
    results = HomePage(screen_page, site.url).open().search(WORDS)
    service = results.open_result(results.result_names[0])
    # The results page forgot the form it answered: Back asks for the empty search page, and
    # never offers to send the words again.
    assert service.go_back() == site.url + "/search"
    assert not SearchResultsPage(screen_page, site.url).result_names
    assert not service.search_words_shown(WORDS)


def test_pages_of_a_typed_search_keep_the_words_out_of_the_address(screen_page, site):
    results = HomePage(screen_page, site.url).open().search("abuse")
    results.next_page()
    assert results.current_page_number == "2"
    assert screen_page.url == site.url + "/search"


# -- the exit never moves --------------------------------------------------------------------

def longest_page(page, site) -> str:
    heights = {}
    for path in PAGE_TYPES.values():
        page.goto(site.url + path)
        heights[path] = page.evaluate("document.documentElement.scrollHeight")
    return max(heights, key=heights.get)


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_exit_stays_on_screen_at_the_bottom_of_the_longest_page(
        screen_page, site, text_size):
    path = longest_page(screen_page, site)
    page = SignpostPage(screen_page, site.url).open(path).set_text_size(text_size)
    assert page.in_viewport(page.quick_exit)
    page.scroll_to_bottom()
    assert screen_page.evaluate("scrollY") > 500, "the page was long enough to scroll"
    assert page.in_viewport(page.quick_exit), path
    assert page.quick_exit.bounding_box()["height"] >= 44


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_exit_covers_nothing_and_the_header_leaves_room(screen_page, site, text_size):
    page = HomePage(screen_page, site.url).open().set_text_size(text_size)
    exit_box = page.quick_exit.bounding_box()
    header_box = screen_page.locator("header.site-header").bounding_box()
    assert exit_box["y"] + exit_box["height"] <= header_box["y"] + 0.5
    # At 200% text on a phone the header used to fill the whole first screen: now the page's
    # own heading starts in the top two thirds of it.
    heading = screen_page.locator("main h1").bounding_box()
    assert heading["y"] <= screen_page.viewport_size["height"] * 2 / 3


def test_the_exit_keeps_its_shortcuts_and_replaces_the_page(phone_page, site, quick_exit_url):
    page = SignpostPage(phone_page, site.url).open(PAGE_TYPES["professionals' routes"])
    page.scroll_to_bottom()
    page.exit_by_shift_three_times()
    phone_page.wait_for_url(quick_exit_url)
    assert not page.go_back().startswith(site.url + "/professionals")


# -- help on the first screen ----------------------------------------------------------------

def test_the_home_page_offers_the_helpline_chat_and_self_check_on_the_first_screen(
        screen_page, site):
    home = HomePage(screen_page, site.url).open()
    assert home.helpline_call.get_attribute("href") == "tel:08082000247"
    for element in (home.helpline_call, home.link_to("/chat"), home.link_to("/self-check"),
                    screen_page.locator(".danger-line")):
        assert home.in_viewport(element), element
    assert "999" in screen_page.locator(".danger-line").inner_text()
    assert "55" in screen_page.locator(".danger-line").inner_text()


def test_filters_start_closed_on_a_phone(phone_page, site):
    results = HomePage(phone_page, site.url).open().search("stalking")
    assert not results.filters_open
    results = SearchResultsPage(phone_page, site.url).open("/search?abuse_type=stalking")
    assert not results.filters_open
    assert results.in_viewport(phone_page.locator("p.count"))


# -- right to left ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/?lang=ar", "/help-now?lang=ar",
                                  service_path("financial-support-line") + "?lang=ar"])
def test_phone_numbers_read_left_to_right_on_arabic_pages(phone_page, site, path):
    page = SignpostPage(phone_page, site.url).open(path)
    assert phone_page.get_attribute("html", "dir") == "rtl"
    numbers = phone_page.locator("main a[href^='tel:'] bdi, main a[href^='sms:'] bdi")
    assert numbers.count() >= 1
    for index in range(numbers.count()):
        number = numbers.nth(index)
        assert number.evaluate("el => getComputedStyle(el).direction") == "ltr"
        # The first group of digits is drawn to the left of the last one.
        first, last = number.evaluate("""el => {
            const text = el.firstChild, groups = text.data.split(" "), range = document.createRange();
            range.setStart(text, 0); range.setEnd(text, groups[0].length);
            const first = range.getBoundingClientRect().left;
            range.setStart(text, text.data.length - groups[groups.length - 1].length);
            range.setEnd(text, text.data.length);
            return [first, range.getBoundingClientRect().left];
        }""")
        if " " in number.inner_text():
            assert first < last, number.inner_text()
    assert page.language == "ar"
