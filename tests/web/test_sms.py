"""POST /sms/twilio with requests signed exactly as Twilio signs them. The assistant is not
running here (its address has nothing listening), so replies come from the keyword fallback;
the end-to-end tests with a running assistant are in test_assistant_e2e.py."""
import itertools
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import delete, select
from twilio.request_validator import RequestValidator

from directory.db import transaction
from tests.support.assistant import free_port
from web.chat.sessions import keyed_hash
from web.sms.models import SmsContact, SmsMessage
from web.sms.segments import segments

TOKEN = "test-auth-token-not-real"
BASE = "https://signpost.example.org"
NUMBER = "+447700900123"  # Ofcom's drama range
_sids = itertools.count(1)


SMS_SETTINGS = ("TWILIO_AUTH_TOKEN", "SMS_WEBHOOK_BASE_URL", "RASA_URL", "RASA_TIMEOUT")


@pytest.fixture
def app(seeded_app):
    """The shared seeded app, with SMS configured and no SMS state left from other tests."""
    saved = {key: seeded_app.config[key] for key in SMS_SETTINGS}
    seeded_app.config.update(TWILIO_AUTH_TOKEN=TOKEN, SMS_WEBHOOK_BASE_URL=BASE,
                             RASA_URL=f"http://127.0.0.1:{free_port()}", RASA_TIMEOUT=1)
    seeded_app.extensions.pop("chat_relay", None)
    yield seeded_app
    with transaction(seeded_app.extensions["directory"].session_factory) as session:
        session.execute(delete(SmsMessage))
        session.execute(delete(SmsContact))
    seeded_app.config.update(saved)
    seeded_app.extensions.pop("chat_relay", None)


def signed_post(app, params, url=f"{BASE}/sms/twilio", token=TOKEN, signature=None):
    signature = signature if signature is not None else \
        RequestValidator(token).compute_signature(url, params)
    return app.test_client().post("/sms/twilio", data=params,
                                  headers={"X-Twilio-Signature": signature})


def text(app, body, number=NUMBER, sid=None, **extra):
    params = {"MessageSid": sid or f"SM{next(_sids):032d}", "From": number,
              "To": "+447700900999", "Body": body, **extra}
    return signed_post(app, params)


def messages(response) -> list[str]:
    assert response.status_code == 200, response.data
    assert response.mimetype == "application/xml"
    return [m.text or "" for m in ET.fromstring(response.data).iter("Message")]


def test_a_signed_text_gets_twiml_with_help(app):
    replies = messages(text(app, "he hits me"))
    assert "999" in replies[0] and "delete" in replies[0].lower()  # first contact: how to stay safe
    assert any("0808 2000 247" in r for r in replies)


@pytest.mark.parametrize("tamper", ["body", "signature", "token", "url", "missing"])
def test_a_request_not_signed_by_twilio_is_refused(app, tamper):
    params = {"MessageSid": "SM1", "From": NUMBER, "Body": "hello"}
    if tamper == "body":
        signature = RequestValidator(TOKEN).compute_signature(f"{BASE}/sms/twilio", params)
        params = {**params, "Body": "changed"}
        response = signed_post(app, params, signature=signature)
    elif tamper == "signature":
        response = signed_post(app, params, signature="bm90IGEgc2lnbmF0dXJl")
    elif tamper == "token":
        response = signed_post(app, params, token="someone-elses-token")
    elif tamper == "url":
        response = signed_post(app, params, url="https://attacker.example/sms/twilio")
    else:
        response = app.test_client().post("/sms/twilio", data=params)
    assert response.status_code == 403


def test_the_public_base_url_is_what_is_checked(app):
    app.config["SMS_WEBHOOK_BASE_URL"] = "https://proxy.example.net/"
    params = {"MessageSid": "SM9", "From": NUMBER, "Body": "hello"}
    assert signed_post(app, params, url="https://proxy.example.net/sms/twilio").status_code == 200
    assert signed_post(app, params).status_code == 403


def test_sms_without_a_token_is_not_available(app):
    app.config["TWILIO_AUTH_TOKEN"] = ""
    assert text(app, "hello").status_code == 503


def test_a_twilio_retry_is_processed_once(app):
    first = messages(text(app, "he hits me", sid="SMretry"))
    second = messages(text(app, "he hits me", sid="SMretry"))
    assert first == second
    with app.extensions["directory"].session_factory() as session:
        assert len(session.scalars(select(SmsMessage)).all()) == 1


def test_the_safety_notice_comes_first_time_only(app):
    first = messages(text(app, "hello"))
    again = messages(text(app, "hello"))
    assert first[0].startswith("Signpost:") and not again[0].startswith("Signpost:")


def test_stop_opts_out_until_start(app):
    text(app, "hello")
    stopped = messages(text(app, "STOP"))
    said = " ".join(stopped)
    assert said.startswith("This chat has been deleted.") and "START" in said
    assert messages(text(app, "he hits me")) == []
    back = messages(text(app, "start"))
    assert back and "999" in back[0]
    assert messages(text(app, "he hits me"))


def test_menu_and_numbers_for_basic_phones(app):
    text(app, "hello")
    menu = messages(text(app, "MENU"))
    assert "1" in menu[0] and "5" in menu[0]
    danger = messages(text(app, "1"))
    assert danger[0].startswith("If you are in danger now, call 999")


def test_a_language_code_switches_language(app):
    text(app, "hello")
    english_menu = messages(text(app, "MENU"))[0]
    spanish_menu = messages(text(app, "ES"))[0]
    assert spanish_menu != english_menu and "1" in spanish_menu
    assert messages(text(app, "MENU"))[0] == spanish_menu


def test_replies_are_short(app):
    for body in ["he hits me when he drinks and i am scared", "MENU", "x" * 1600, "💜" * 400]:
        replies = messages(text(app, body))
        assert len(replies) <= 3
        assert all(segments(r) <= 2 for r in replies), replies


def test_a_number_sending_too_much_gets_one_last_text_with_help_then_silence(app):
    limit = app.config["SMS_RATE_LIMIT"]
    for _ in range(limit):
        assert messages(text(app, "hello"))
    last = " ".join(messages(text(app, "hello")))
    assert "999" in last and "0808 2000 247" in last  # never silence without help
    assert messages(text(app, "hello")) == []
    assert messages(text(app, "hello", number="+447700900124"))  # others are unaffected


def test_danger_is_answered_even_over_the_rate_limit(app):
    for _ in range(app.config["SMS_RATE_LIMIT"] + 2):
        text(app, "hello")
    assert messages(text(app, "hello")) == []
    danger = messages(text(app, "he is outside my door and says he will kill me"))
    assert danger and danger[0].startswith("If you are in danger now, call 999")


def stored_for(app):
    with app.extensions["directory"].session_factory() as session:
        contacts = session.scalars(select(SmsContact)).all()
        replies = session.scalars(select(SmsMessage)).all()
        return contacts, replies


def test_delete_removes_every_reply_and_the_contact_at_once(app):
    mine = keyed_hash(app.config["SMS_HASH_KEY"], f"sms:{NUMBER}")
    text(app, "my ex follows me home, I live in Haringey")
    text(app, "ES")
    text(app, "hello", number="+447700900124")  # someone else's conversation stays
    contacts, replies = stored_for(app)
    assert mine in {c.sender_hash for c in contacts}
    assert len([r for r in replies if r.sender_hash == mine and r.reply]) == 2
    gone = messages(text(app, "DELETE"))
    assert "borrado" in gone[-1]  # said in the language the texter chose
    contacts, replies = stored_for(app)
    assert [c.sender_hash for c in contacts] == [keyed_hash(app.config["SMS_HASH_KEY"],
                                                            "sms:+447700900124")]
    assert not [r for r in replies if r.sender_hash == mine]
    unlinked = [r for r in replies if r.sender_hash == ""]
    assert len(unlinked) == 1 and "borrado" in unlinked[0].reply  # kept only for Twilio retries
    again = messages(text(app, "hello"))
    assert again[0].startswith("Signpost:")  # a new conversation: nothing was remembered


def test_stop_forgets_the_conversation_but_remembers_the_opt_out(app):
    text(app, "my ex follows me home, I live in Haringey")
    messages(text(app, "STOP"))
    contacts, replies = stored_for(app)
    assert [c.opted_out for c in contacts] == [True] and contacts[0].lang is None
    assert [r.reply for r in replies if r.sender_hash] == []
    assert messages(text(app, "he hits me")) == []


def test_danger_is_answered_even_after_stop(app):
    text(app, "STOP")
    assert messages(text(app, "he hits me")) == []
    danger = messages(text(app, "he is outside my door and says he will kill me"))
    assert danger and danger[0].startswith("If you are in danger now, call 999")
    assert not any("Reply with a number" in m for m in danger)  # help, not the service's menu


@pytest.mark.parametrize("body", ["I just want all of this to stop", "delete him from my life",
                                  "stop it please he is hurting me"])
def test_stop_or_delete_inside_a_sentence_is_answered_never_deleted(app, body):
    text(app, "hello")
    replies = messages(text(app, body))
    assert not any("deleted" in r for r in replies) and any("999" in r for r in replies)
    contacts, _replies = stored_for(app)
    assert len(contacts) == 1 and contacts[0].opted_out is False


@pytest.mark.parametrize("params, status", [
    ({"MessageSid": "SMa", "From": NUMBER}, 200),                       # no Body
    ({"MessageSid": "SMb", "From": NUMBER, "Body": ""}, 200),           # empty Body
    ({"MessageSid": "SMc", "From": NUMBER, "Body": "🙂" * 800}, 200),
    ({"MessageSid": "SMd", "From": NUMBER, "Body": "a" * 5000}, 200),   # over Twilio's limit
    ({"MessageSid": "SMe", "From": NUMBER, "Body": "hi", "NumMedia": "1", "Whatever": "x"}, 200),
    ({"From": NUMBER, "Body": "hi"}, 400),                             # no MessageSid
    ({"MessageSid": "SMf", "Body": "hi"}, 400),                         # no From
    ({}, 400),
])
def test_no_input_gives_a_500(app, params, status):
    assert signed_post(app, params).status_code == status


def test_phone_numbers_are_never_stored_in_clear(app):
    text(app, "call me back on 07700 900555 please")
    text(app, "ES")
    with app.extensions["directory"].session_factory() as session:
        stored = [c.sender_hash for c in session.scalars(select(SmsContact))]
        stored += [m.sender_hash + m.reply for m in session.scalars(select(SmsMessage))]
    dump = " ".join(stored)
    assert stored and "7700900123" not in dump and "07700 900555" not in dump


@pytest.mark.parametrize("site_url", ["https://signpost.example.org/", ""])
def test_a_text_names_pages_by_their_full_address_or_not_at_all(app, site_url):
    # The fallback (the assistant is down here) points to the search page: on a phone that
    # is the site's full address (SIGNPOST_SITE_URL), and without one, no page at all.
    saved = app.config["SITE_URL"]
    app.config["SITE_URL"] = site_url
    try:
        replies = messages(text(app, "he hits me", number="+447700900124"))
    finally:
        app.config["SITE_URL"] = saved
    paths = [word for reply in replies for word in reply.split() if word.startswith(("/", "http"))]
    if site_url:
        assert "https://signpost.example.org/search" in paths
        assert all(p.startswith("https://signpost.example.org/") for p in paths)
    else:
        assert paths == []


def test_a_text_in_danger_may_take_five_messages_and_keeps_whole_sentences(app):
    # Urdu is UCS-2: the danger advice alone filled the three texts other replies get, and the
    # self-harm paragraph was cut before it named Samaritans.
    replies = messages(text(app, "aaj maine apne hath pe blade se kata, khoon ruk nahi raha. marna hai"))
    said = "\n".join(replies)
    assert "999" in said and "Samaritans" in said and "…" not in said, replies
    assert 3 < len(replies) <= 5 and all(segments(r) <= 2 for r in replies)


def test_a_text_after_self_harm_in_danger_gets_samaritans_number(app):
    # With the assistant down (as here), 999, A&E, the Silent Solution and emergencySMS in Urdu
    # filled all five texts, and Samaritans' number, which came after them, was never sent.
    replies = messages(text(app, "woh abhi ghar pe hai aur mujhe maar dega. maine apne hath pe "
                                 "blade se kata hai", number="+447700900131"))
    said = "\n".join(replies)
    assert said.index("999") < said.index("116 123"), replies
    assert len(replies) <= 5 and all(segments(r) <= 2 for r in replies)
