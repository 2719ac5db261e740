"""The web chat in a real browser: replies arrive without a page load, nothing is kept in the
browser, and the quick exit works in the middle of a conversation."""
from __future__ import annotations

from .pages import ChatPage


def test_a_chat_in_the_middle_leaves_with_esc_twice_and_back_does_not_return(page, site,
                                                                             quick_exit_url):
    chat = ChatPage(page, site.url).open()
    entries = page.evaluate("history.length")
    chat.send("he hits me when he drinks")
    assert any("999" in reply for reply in chat.replies)
    assert page.evaluate("history.length") == entries  # replies came without a page load
    chat.exit_by_escape_twice()
    page.wait_for_url(quick_exit_url)
    page.go_back()
    assert not page.url.startswith(site.url), "Back returned to the chat"


def test_the_chat_keeps_nothing_in_the_browser(page, context, site):
    chat = ChatPage(page, site.url).open()
    chat.send("my ex keeps following me")
    assert context.cookies() == []
    stored = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert stored == [0, 0]
