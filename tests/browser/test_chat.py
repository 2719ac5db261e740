"""The web chat in a real browser, answered by a really trained, really running assistant:
replies arrive without a page load in every site language, nothing is kept in the browser,
the quick exit works in the middle of a conversation, and without JavaScript the whole
conversation is shown."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from signpost_common.languages import LANGUAGES
from tests.support.assistant import RunningAssistant

from .pages import ChatPage

# Someone describing abuse, in each site language, as a person might type it.
SAID = {
    "en": "my husband hits me and i am scared",
    "es": "mi marido me pega cuando bebe",
    "pt": "o meu marido bate-me e tenho medo",
    "pl": "mój mąż mnie bije",
    "ro": "soțul meu mă bate",
    "tr": "kocam bana vuruyor, çok korkuyorum",
    "ar": "زوجي يضربني",
    "ur": "میرا شوہر مجھے مارتا ہے",
    "so": "ninkeyga ayaa i garaaca, waan baqayaa",
    "ku": "mêrê min li min dixe, ez ditirsim",
    "bn": "আমার স্বামী আমাকে মারে, আমি ভয় পাই",
    "ta": "என் கணவர் என்னை அடிக்கிறார், எனக்கு பயமாக இருக்கிறது",
    "fa": "شوهرم منو میزنه، میترسم",
    "gu": "મારો પતિ મને મારે છે, મને ડર લાગે છે",
    "ti": "ሰብአየይ ይወቕዓኒ፣ እፈርህ እየ",
}
OFFLINE = "Could not send"


@pytest.fixture(scope="module", autouse=True)
def assistant(site_app, site, tmp_path_factory):
    """Rasa and its action server, asking the browser site's own API, for this module only."""
    running = RunningAssistant(api_url=f"{site.url}/api", workdir=tmp_path_factory.mktemp("assistant"))
    original = site_app.config["RASA_URL"]
    try:
        running.wait_until_ready()
        site_app.config["RASA_URL"] = running.url
        site_app.extensions.pop("chat_relay", None)
        yield running
    finally:
        site_app.config["RASA_URL"] = original
        site_app.extensions.pop("chat_relay", None)
        running.stop()


def test_every_site_language_is_tried():
    assert set(LANGUAGES) <= set(SAID)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_chat_answers_in_every_language_chosen_from_the_picker(page, site, lang):
    chat = ChatPage(page, site.url).open()
    chat.choose_language(lang)
    page.wait_for_url(f"**/chat?lang={lang}")
    assert chat.language == lang
    entries = page.evaluate("history.length")
    chat.send(SAID[lang])
    assert OFFLINE not in chat.replies[-1]
    assert "tel:08082000247" in chat.call_links()  # the national helpline, as a link
    assert chat.last_answer.locator("a[href^='/guidance/']").count() == 1
    assert page.evaluate("history.length") == entries  # no page load


def test_a_chat_in_the_middle_leaves_with_esc_twice_and_back_does_not_return(page, site,
                                                                             quick_exit_url):
    chat = ChatPage(page, site.url).open()
    chat.send("he is outside my door right now and says he will kill me")
    assert "tel:999" in chat.call_links()
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


def test_the_person_and_the_assistant_look_different_and_are_named(page, site):
    chat = ChatPage(page, site.url).open()
    chat.send("my partner controls all my money and checks my phone")
    assert chat.background_of(".chat-you") != chat.background_of(".chat-bot")
    assert page.locator(".chat-you .visually-hidden").first.inner_text() == "You said:"
    assert page.locator(".chat-bot .visually-hidden").first.inner_text() == "Signpost said:"
    chat.choose("Haringey")
    assert chat.said == ["my partner controls all my money and checks my phone", "Haringey"]
    assert OFFLINE not in chat.replies[-1]


def test_999_is_said_once_in_the_first_reply_and_then_left_to_the_page(page, site):
    chat = ChatPage(page, site.url).open()
    chat.send("my ex keeps following me")
    chat.send("he sends me messages all day")
    chat.send("thank you")
    first, *later = chat.replies
    assert first.count("999") == 1
    assert all("999" not in reply for reply in later)
    assert page.locator("main a[href='tel:999']").count() == 1  # the page's own line, once


def test_stop_clears_the_conversation_from_the_screen_too(page, site):
    chat = ChatPage(page, site.url).open()
    chat.send("my ex keeps following me")
    chat.send("stop")
    assert chat.said == ["stop"]
    assert "deleted" in chat.replies[-1]


def test_without_javascript_the_whole_conversation_is_shown(no_js_page, site):
    chat = ChatPage(no_js_page, site.url).open()
    chat.choose_language("es")
    chat.send("mi ex me sigue a todas partes")
    chat.choose("Haringey")  # a reply's button, shown as what it says
    chat.send("¿qué pasa si se lo cuento a la policía?")
    assert chat.said == ["mi ex me sigue a todas partes", "Haringey",
                         "¿qué pasa si se lo cuento a la policía?"]
    assert len(chat.replies) == 3 and OFFLINE not in chat.replies[-1]
    assert chat.language == "es"
    assert chat.call_links()
    expect(no_js_page.locator("#latest")).to_be_in_viewport()  # opens at the latest exchange
    assert no_js_page.locator("#latest").inner_text().endswith("policía?")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_conversation_passes_axe_and_fits_a_phone_with_and_without_javascript(
        axe_page, new_axe_page, site, lang):
    chat = ChatPage(axe_page, site.url).open(f"/chat?lang={lang}")
    chat.send(SAID[lang])
    chat.choose("Haringey")
    assert chat.run_axe() == []
    # Without chat.js the chat is the form post; scripts stay on so axe itself can run.
    no_chat_js = new_axe_page(viewport={"width": 360, "height": 640})
    no_chat_js.route("**/chat.js", lambda route: route.abort())
    chat = ChatPage(no_chat_js, site.url).open(f"/chat?lang={lang}")
    chat.send(SAID[lang])
    chat.send("N17")
    assert len(chat.said) == 2
    assert not chat.overflows_horizontally()
    assert chat.run_axe() == []


def test_each_chat_reply_can_be_listened_to(page, site):
    chat = ChatPage(page, site.url).open()
    chat.send("my husband hits me")
    button = page.locator(".chat-log > .chat-bot + button.listen-reply").last
    with page.expect_response(lambda r: r.url == site.url + "/listen"
                              and r.request.method == "POST") as answer:
        button.click()
    assert answer.value.status == 200
    page.locator(".chat-log audio").last.wait_for(state="attached")
    assert "Listen" not in chat.replies[-1]
