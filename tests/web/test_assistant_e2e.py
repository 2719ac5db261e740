"""End to end: the web chat and the SMS webhook, through Flask, to a really trained, really
running Rasa whose actions ask the live site's HSDS API. Nothing here is mocked; SMS requests
are signed exactly as Twilio signs them."""
import gettext
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from twilio.request_validator import RequestValidator

from directory import detect_language
from tests.support.assistant import RunningAssistant
from tests.support.public_site import LiveServer, dispose, seeded_app
from web.chat.sessions import new_csrf_token, sender_id
from web.sms.segments import segments

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


pytestmark = pytest.mark.assistant
TWILIO_TOKEN = "e2e-token-not-real"
SMS_BASE = "https://signpost.example.org"


@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    folder = tmp_path_factory.mktemp("assistant")
    app = seeded_app(folder, TWILIO_AUTH_TOKEN=TWILIO_TOKEN, SMS_WEBHOOK_BASE_URL=SMS_BASE,
                     SITE_URL=SMS_BASE)
    with LiveServer(app) as live:
        assistant = RunningAssistant(api_url=f"{live.url}/api", workdir=folder)
        try:
            app.config["RASA_URL"] = assistant.url
            assistant.wait_until_ready()
            yield app, assistant
        finally:
            assistant.stop()
    dispose(app)


def text_in(app, body, number="+447700900321", sid="SM0"):
    params = {"MessageSid": sid, "From": number, "To": "+447700900999", "Body": body}
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(f"{SMS_BASE}/sms/twilio", params)
    reply = app.test_client().post("/sms/twilio", data=params,
                                   headers={"X-Twilio-Signature": signature})
    assert reply.status_code == 200, reply.data
    return [m.text or "" for m in ET.fromstring(reply.data).iter("Message")]


def say(app, message, session=None, lang="en"):
    session, messages = say_structured(app, message, session, lang)
    return session, [m["text"] for m in messages]


def say_structured(app, message, session=None, lang="en"):
    body = say_whole(app, message, session, lang)
    return body["session"], body["messages"]


def say_whole(app, message, session=None, lang="en"):
    reply = app.test_client().post("/chat/messages",
                                   json={"session": session, "message": message, "lang": lang,
                                         "csrf": new_csrf_token(app.config["SECRET_KEY"])})
    assert reply.status_code == 200, reply.data
    return reply.get_json()


def turn_language(body) -> str | None:
    """The language the turn's HTML is marked up in (none: the page's)."""
    return BeautifulSoup(body["html"], "html.parser").select_one(".chat-bot").get("lang")


def stored_texts(assistant, app, session, channel="web"):
    key = app.config["SMS_HASH_KEY" if channel == "sms" else "CHAT_HASH_KEY"]
    sender = sender_id(key, channel, session)
    with sqlite3.connect(assistant.tracker_db) as db:
        return [row[0] for row in db.execute("SELECT data FROM events WHERE sender_id = ?", (sender,))]


def test_the_first_reply_starts_with_the_help_and_says_999_once_at_its_end(chat):
    app, _ = chat
    session, messages = say_structured(app, "he hits me when he drinks")
    texts = [m["text"] for m in messages]
    assert "domestic abuse" in texts[0]
    numbers = [p["number"] for m in messages for s in m["services"] for p in s["phones"]]
    assert "0808 2000 247" in numbers
    assert {"path": "/guidance/abuse/domestic_abuse", "kind": "guidance"} in [m["link"] for m in messages]
    assert "STOP" in texts[-2] and texts[-1] == "If you are in danger now, call 999."
    assert sum("999" in text for text in texts) == 1
    _, later = say(app, "he checks my phone and takes my money", session)
    assert later and not any("999" in text for text in later)  # the chat page says it, once


def test_danger_in_the_middle_of_a_conversation_gets_999_at_once(chat):
    app, _ = chat
    session, _ = say(app, "my ex keeps following me home from work")
    _, messages = say_structured(app, "he is outside my door right now and says he will kill me", session)
    texts = [m["text"] for m in messages]
    assert texts[0] == "If you are in danger now, call 999."
    assert messages[0]["danger"] and messages[0]["call"] == "999"
    assert texts.count("If you are in danger now, call 999.") == 1
    assert any("55" in text for text in texts) and any("emergencySMS" in text for text in texts)


def test_a_postcode_district_brings_local_services(chat):
    app, _ = chat
    session, first = say(app, "my partner controls all my money and checks my phone")
    assert any("N17" in text for text in first)  # it asks where, once
    _, texts = say(app, "N17", session)
    assert any(text.startswith("Services near N17") for text in texts)


def test_stop_deletes_the_conversation_at_once(chat):
    app, assistant = chat
    session, _ = say(app, "hello")
    assert stored_texts(assistant, app, session)
    _, texts = say(app, "stop", session)
    assert any("deleted" in text for text in texts)
    assert stored_texts(assistant, app, session) == []


def test_a_typed_phone_number_or_name_is_never_stored(chat):
    app, assistant = chat
    session, _ = say(app, "my name is Maria, call me on 07700 900123, he hurts me")
    say(app, "Joanna from next door says her husband hits her", session)
    stored = "\n".join(stored_texts(assistant, app, session))
    assert stored and "07700" not in stored and "Maria" not in stored
    assert "Joanna" not in stored and "next door" not in stored  # no words typed are kept


def test_the_unknown_gets_a_way_forward_not_a_dead_end(chat):
    app, _ = chat
    _, messages = say_structured(app, "what will the weather be like tomorrow")
    assert {"path": "/search", "kind": "search"} in [m["link"] for m in messages]
    assert messages[-1]["text"] == "If you are in danger now, call 999."


def test_replies_come_in_the_language_the_person_writes_in(chat):
    app, _ = chat
    spanish = gettext.translation("messages", str(TRANSLATIONS), ["es"]).gettext
    in_danger = "If you are in danger now, call 999."
    assert spanish(in_danger) != in_danger  # the catalog really is translated
    _, texts = say(app, "mi marido me pega cuando bebe y tengo miedo", lang="en")
    assert texts[-1] == spanish(in_danger)


def test_a_follow_up_too_short_to_tell_keeps_the_conversations_language(chat):
    app, _ = chat
    session, _ = say(app, "mi marido me pega cuando bebe y tengo miedo", lang="en")
    body = say_whole(app, "vale", session=session, lang="en")
    texts = [m["text"] for m in body["messages"]]
    assert detect_language(" ".join(texts)) == "es", texts
    # Marked up as Spanish, though "vale" alone could not tell and the page is English.
    assert turn_language(body) == "es"


def test_a_roman_hindi_conversation_is_not_answered_in_urdu_when_a_later_message_looks_like_it(chat):
    # "pati" is a word only Hindi uses: the first message is Hindi, which we do not answer in, so
    # the page's English. The second has only words Urdu shares: alone it would be Urdu.
    app, _ = chat
    session, first = say(app, "mera pati mujhe roz maarta hai, kya karu", lang="en")
    body = say_whole(app, "mujhe ghar se nikalna hai mere paas paise nahi hain", session=session, lang="en")
    later = [m["text"] for m in body["messages"]]
    assert detect_language(" ".join(first)) == "en", first
    assert detect_language(" ".join(later)) == "en", later
    assert turn_language(body) is None  # English on an English page: not marked up as Urdu, right to left
    # Roman Urdu from the start is answered in Urdu.
    _, urdu = say(app, "mujhe ghar se nikalna hai mere paas paise nahi hain", lang="en")
    assert detect_language(" ".join(urdu)) == "ur", urdu


def test_replies_follow_the_page_language_when_the_message_does_not_tell(chat):
    app, _ = chat
    polish = gettext.translation("messages", str(TRANSLATIONS), ["pl"]).gettext
    _, texts = say(app, "N17", lang="pl")
    assert texts[-1] == polish("If you are in danger now, call 999.")


def test_a_text_is_answered_by_the_assistant_in_at_most_three_short_messages(chat):
    app, _ = chat
    replies = text_in(app, "he hits me when he drinks", sid="SMe2e1")
    assert replies[0].startswith("Signpost:")  # how to delete texts, first time only
    assert any("0808 2000 247" in r for r in replies)
    assert len(replies) <= 3 and all(segments(r) <= 2 for r in replies)
    assert sum("999" in r for r in replies) == 1  # in the first notice only


def test_a_text_gives_a_page_as_a_full_address_never_a_bare_path(chat):
    app, _ = chat
    number = "+447700900324"
    text_in(app, "my ex keeps following me", number=number, sid="SMe2e6")
    replies = text_in(app, "what happens if I tell the police", number=number, sid="SMe2e7")
    joined = "\n".join(replies)
    assert f"{SMS_BASE}/guidance/abuse/stalking#if-you-tell" in joined
    assert " /guidance" not in joined and " /search" not in joined


def test_a_menu_number_reaches_the_assistant_as_what_it_stands_for(chat):
    app, _ = chat
    text_in(app, "hello", number="+447700900322", sid="SMe2e2")
    replies = text_in(app, "1", number="+447700900322", sid="SMe2e3")
    assert replies[0].startswith("If you are in danger now, call 999")


def test_delete_by_text_forgets_the_conversation(chat):
    app, assistant = chat
    number = "+447700900323"
    text_in(app, "my ex keeps following me", number=number, sid="SMe2e4")
    assert stored_texts(assistant, app, number, channel="sms")
    text_in(app, "DELETE", number=number, sid="SMe2e5")
    assert stored_texts(assistant, app, number, channel="sms") == []
    with sqlite3.connect(assistant.tracker_db) as db:
        dump = " ".join(row[0] for row in db.execute("SELECT sender_id || data FROM events"))
    assert "7700900" not in dump  # numbers never reach the assistant's store
