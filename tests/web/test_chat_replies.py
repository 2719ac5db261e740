"""The assistant's structured replies: cleaned, shown as links on the web and as plain text
with full addresses by SMS, and carried in the no-JavaScript form within the page budget."""
from __future__ import annotations

import gzip
import random

import pytest
from bs4 import BeautifulSoup
from flask_babel import gettext

from web import create_app
from web.chat import transcript
from web.chat.replies import as_text, clean_reply, for_page, from_rasa, language_of
from web.chat.view import render_turn
from web.config import TestConfig

HELPLINE = {"id": "abc-123", "name": "National Domestic Abuse Helpline",
            "phones": [{"number": "0808 2000 247", "type": "voice"}], "url": None, "hours": "always"}
TEXT_LINE = {"id": "def", "name": "A text line", "phones": [{"number": "0808 157 0002", "type": "text"}],
             "url": None, "hours": None}
SIGNPOST_REPLY = [
    {"text": "What you describe sounds like domestic abuse. It is not your fault."},
    {"text": "These can help:", "services": [HELPLINE, TEXT_LINE]},
    {"text": "More about what you can do:", "link": {"path": "/guidance/abuse/domestic_abuse",
                                                     "kind": "guidance"}},
]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chat-replies")
    app = create_app(TestConfig, DATABASE_URL=f"sqlite:///{folder / 'unused.sqlite3'}",
                     SEARCH_INDEX_DIR=str(folder / "index"))
    yield app
    app.extensions["directory"].search.index.close()
    app.extensions["directory"].engine.dispose()


def test_the_rest_channel_custom_payload_becomes_a_reply():
    replies = from_rasa([{"recipient_id": "x", "custom": SIGNPOST_REPLY[1]},
                         {"recipient_id": "x", "text": "plain", "buttons": [{"title": "A", "payload": "/a"}]},
                         {"recipient_id": "x"}, "not a message"])
    assert replies[0]["services"][0]["phones"] == [{"number": "0808 2000 247", "type": "voice"}]
    assert replies[1]["text"] == "plain" and replies[1]["buttons"] == [{"title": "A", "payload": "/a"}]
    assert len(replies) == 2


@pytest.mark.parametrize("bad", [
    {"text": "x", "link": {"path": "//evil.example/x", "kind": "guidance"}},
    {"text": "x", "link": {"path": "https://evil.example", "kind": "guidance"}},
    {"text": "x", "link": {"path": "/guidance/../admin", "kind": "guidance"}},
    {"text": "x", "link": {"path": "/search", "kind": "javascript"}},
])
def test_a_link_that_would_leave_the_site_is_dropped(bad):
    assert clean_reply(bad)["link"] is None


def test_numbers_that_are_not_numbers_are_dropped():
    reply = clean_reply({"text": "x", "call": "999; rm", "services": [
        {"name": "Odd", "phones": [{"number": "javascript:alert(1)", "type": "voice"}]},
        {"name": "Fax only", "phones": [{"number": "020 7946 0000", "type": "fax"}]}]})
    assert reply["call"] is None and reply["services"] == []


def test_a_service_with_no_contact_details_is_named_on_the_web_only_with_its_page(app):
    unconfirmed = {"id": "ghi", "name": "A local ISVA service", "phones": [], "url": None}
    reply = clean_reply({"text": "These can help:", "services": [HELPLINE, unconfirmed,
                                                                  {**unconfirmed, "id": "../x"}]})
    assert [s["name"] for s in reply["services"]] == [HELPLINE["name"], "A local ISVA service"]
    with app.test_request_context("/chat"):
        shown = for_page(reply)["services"][1]
    assert shown["page"] == "/services/ghi" and shown["contactless"] and not shown["phones"]
    # A name with no number or address is no help in a text message.
    assert "A local ISVA service" not in as_text(reply, "https://signpost.example")
    # A heading over only such names is left out of a text altogether.
    only_unconfirmed = clean_reply({"text": "Known in Harrow:", "services": [unconfirmed]})
    assert as_text(only_unconfirmed, "https://signpost.example") == ""
    assert as_text(reply, "https://signpost.example").startswith("These can help:")


def test_the_web_gets_tel_and_sms_links_with_numbers_kept_left_to_right(app):
    with app.test_request_context("/chat?lang=ar"):
        shown = for_page(clean_reply(SIGNPOST_REPLY[1]))
        open_all_day = gettext("open 24 hours")
    assert open_all_day != "open 24 hours"  # labelled in the page's language
    helpline, text_line = shown["services"]
    assert helpline["phones"][0]["href"] == "tel:08082000247"
    assert "<bdi>0808 2000 247</bdi>" in helpline["phones"][0]["label"]
    assert text_line["phones"][0]["href"] == "sms:08081570002"
    assert helpline["page"] == "/services/abc-123?lang=ar" and helpline["hours"] == open_all_day


def test_guidance_links_keep_the_page_language_and_their_fragment(app):
    with app.test_request_context("/chat?lang=pl"):
        link = for_page(clean_reply({"text": "x", "link": {"path": "/guidance/abuse/fgm#if-you-tell",
                                                             "kind": "guidance"}}))["link"]
    assert link["href"] == "/guidance/abuse/fgm?lang=pl#if-you-tell"


def test_sms_gets_full_addresses_or_none(app):
    guidance, services = clean_reply(SIGNPOST_REPLY[2]), clean_reply(SIGNPOST_REPLY[1])
    with app.test_request_context("/sms/twilio"):
        assert as_text(guidance, "https://signpost.example.org") == (
            "More about what you can do: https://signpost.example.org/guidance/abuse/domestic_abuse")
        assert as_text(guidance, "") == ""  # a path alone is no use on a phone
        assert as_text(services, "") == ("These can help:\n"
                                         "National Domestic Abuse Helpline: 0808 2000 247 (open 24 hours)\n"
                                         "A text line: Text 0808 157 0002")


def test_a_button_is_shown_as_its_title_not_its_payload():
    where = clean_reply({"text": "Where?", "buttons": [
        {"title": "Haringey", "payload": '/give_location{"borough": "haringey"}'}]})
    history = transcript.Transcript("s" * 32, [transcript.Turn("hi", "en", [where])])
    assert transcript.shown_for(history, '/give_location{"borough": "haringey"}') == "Haringey"
    assert transcript.shown_for(history, "N17") == "N17"


def test_deleting_starts_the_shown_conversation_afresh():
    session = "s" * 32
    first = transcript.Turn("he hits me", "en", [clean_reply(SIGNPOST_REPLY[0])])
    history = transcript.Transcript(session, [first])
    forgotten = clean_reply({"text": "Done: this conversation has been deleted.", "forgotten": True})
    after = transcript.add(history, session, "stop", "en", [forgotten])
    assert [turn.you for turn in after.turns] == ["stop"]


WORDS = ["he", "my", "partner", "takes", "the", "money", "and", "checks", "phone", "I", "am",
         "scared", "to", "go", "home", "tonight", "kids", "school", "friend", "said", "call",
         "police", "what", "happens", "if", "tell", "family", "work", "follows"]


def test_a_long_conversation_without_javascript_stays_within_the_page_budget(app):
    """Ten turns of the longest messages a person can send, each answered with services."""
    rng = random.Random(7)
    session = "s" * 32
    history = transcript.Transcript(session)
    with app.test_request_context("/chat"):
        for _ in range(14):
            said = " ".join(rng.choice(WORDS) for _ in range(400))[:1000]
            history = transcript.add(history, session, said, "en",
                                     [clean_reply(r) for r in SIGNPOST_REPLY])
        token = transcript.dump(history)
    assert len(token) <= transcript.MAX_FIELD
    client = app.test_client()
    page = client.post("/chat", buffered=True, data={"session": session, "transcript": token, "lang": "en",
                                      "message": ""})
    soup = BeautifulSoup(page.data, "html.parser")
    assert len(soup.select(".chat-you")) >= 5  # the budget still leaves a real conversation
    total = len(gzip.compress(page.data, 6))
    for asset in [el.get("href") or el.get("src") for el in soup.select("link[href], script[src]")]:
        total += len(gzip.compress(client.get(asset, buffered=True).data, 6))
    assert total <= 20 * 1024, total


def test_each_reply_is_marked_up_in_the_language_it_came_in(app):
    # 999 said by the site in the page's English before the assistant's Arabic reply: the turn is
    # Arabic, right to left, and the English line says it is English. A language code the site
    # does not know is dropped, not put in the page.
    assert clean_reply({"text": "hi", "lang": "xx\" onclick=\"x"})["lang"] is None
    replies = [clean_reply({"text": "If you are in danger now, call 999.", "danger": True, "lang": "en"}),
               clean_reply({"text": "ما تصفينه يبدو عنفاً أسرياً.", "lang": "ar"})]
    with app.test_request_context("/chat"):
        html = BeautifulSoup(render_turn(replies, language_of(replies[1:], "en"), "en"), "html.parser")
    turn = html.select_one(".chat-bot")
    assert (turn["lang"], turn["dir"]) == ("ar", "rtl")
    english, arabic = html.select(".chat-message")
    assert (english["lang"], english["dir"]) == ("en", "ltr")
    assert not arabic.has_attr("lang")  # the turn's own
