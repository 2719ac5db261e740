"""With JavaScript off, searching, filtering, paging and reporting all still work."""
from __future__ import annotations

from .pages import HomePage


def test_search_filter_and_page_through_results_without_javascript(no_js_page, site):
    results = HomePage(no_js_page, site.url).open().search("abuse")
    assert len(results.result_names) == 10
    first_page = results.result_names
    results.next_page()
    assert results.current_page_number == "2"
    assert no_js_page.url == site.url + "/search", "paging posts the words, never shows them"
    assert set(results.result_names).isdisjoint(first_page)

    results.filter_by(abuse_type="stalking", audience="women")
    assert no_js_page.url == site.url + "/search"
    assert "National Stalking Helpline" in results.result_names

    service = results.open_result("National Stalking Helpline")
    assert any(href.startswith("tel:") for href in service.call_links)
    thanks = service.report_wrong("A phone number or text number")
    assert thanks.heading == "Thank you for telling us"


def test_browse_links_work_without_javascript(no_js_page, site):
    home = HomePage(no_js_page, site.url).open()
    results = home.choose_abuse_type("Forced marriage")
    no_js_page.wait_for_url("**/guidance/abuse/forced_marriage")
    assert "Forced Marriage Unit" in results.result_names
