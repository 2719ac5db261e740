"""A whole visit leaves no cookie and asks no other host for anything."""
from __future__ import annotations

from .pages import HomePage


def test_a_full_journey_sets_no_cookie_and_talks_only_to_signpost(
        page, context, network_log, site, quick_exit_url):
    home = HomePage(page, site.url).open()
    results = home.search("he reads my messages", place="N17")
    results.filter_by(abuse_type="domestic_abuse")
    page.goto(site.url + "/search?abuse_type=domestic_abuse")
    results.next_page()
    service = results.open_result(results.result_names[0])
    service.report_wrong("Opening hours")
    for path in ("/help-now", "/safe-browsing", "/browse/area", "/browse/area/haringey",
                 "/browse/abuse/stalking", "/browse/audience/friends_family"):
        page.goto(site.url + path)
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    home.open().exit_by_click()
    page.wait_for_url(quick_exit_url)

    assert context.cookies() == []
    elsewhere = [url for url in network_log.urls if not url.startswith(site.url + "/")]
    assert elsewhere == [quick_exit_url], "only the deliberate quick exit may leave the site"
    assert len(network_log.urls) > 15
