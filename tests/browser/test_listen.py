"""Read-aloud in real Chromium. Headless Chromium has no voices of its own, so the Listen
control plays the site's recording, made with espeak-ng on this machine."""
from __future__ import annotations

from .pages import SignpostPage


def test_listen_plays_the_sites_own_recording_inline(page, site):
    SignpostPage(page, site.url).open("/help-now?lang=ar")
    with page.expect_response(lambda r: r.url.startswith(site.url + "/listen?")) as answer:
        page.click("main a[data-listen]")
    response = answer.value
    assert response.status == 200 and response.headers["content-type"] == "audio/ogg"
    audio = page.locator("main p.listen audio")
    audio.wait_for(state="attached")
    assert audio.get_attribute("src") == site.url + "/listen?page=/help-now&lang=ar"
    # Still the help-now page: listening never navigates away from the help.
    assert page.url == site.url + "/help-now?lang=ar"


def test_without_javascript_listen_is_a_link_to_the_recording(no_js_page, site):
    SignpostPage(no_js_page, site.url).open("/help-now")
    href = no_js_page.locator("main a[data-listen]").get_attribute("href")
    response = no_js_page.request.get(site.url + href)
    assert response.status == 200 and response.body()[:4] == b"OggS"
