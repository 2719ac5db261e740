"""Who may continue a conversation, and how a chat is deleted, with the assistant down.

Only the server mints conversation ids; the chat form and its JSON need a signed token that
no cookie carries; a deletion command standing on its own starts afresh, a sentence is answered.
"""
import pytest
from bs4 import BeautifulSoup

from tests.support.assistant import free_port
from web.chat.sessions import (
    is_known_session,
    is_valid_csrf_token,
    new_csrf_token,
    new_session_id,
)


@pytest.fixture
def client(seeded_app):
    seeded_app.config["RASA_URL"] = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    seeded_app.config["RASA_TIMEOUT"] = 2
    seeded_app.extensions.pop("chat_relay", None)
    yield seeded_app.test_client()
    seeded_app.extensions.pop("chat_relay", None)


def token(client) -> str:
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    return page.select_one("form#chat-form input[name=csrf]")["value"]


def said(body) -> str:
    """Everything a reply says: its text, and the numbers it offers (they travel as structure)."""
    return " ".join([m["text"] for m in body["messages"]] + [
        p["number"] for m in body["messages"] for s in m.get("services", []) for p in s["phones"]]
        + [m["call"] for m in body["messages"] if m.get("call")])


def say(client, message, session=None, csrf=None):
    return client.post("/chat/messages", json={"session": session, "message": message, "lang": "en",
                                                "csrf": csrf or token(client)})


def test_only_ids_the_server_minted_are_known():
    minted = new_session_id("key")
    assert is_known_session("key", minted)
    assert not is_known_session("other-key", minted)
    assert not is_known_session("key", minted[:-1] + ("A" if minted[-1] != "A" else "B"))
    assert not is_known_session("key", "a" * 46) and not is_known_session("key", None)


def test_an_invented_id_starts_a_new_conversation_with_a_new_id(client):
    invented = "x" * 46
    reply = say(client, "he hits me", session=invented)
    assert reply.status_code == 200
    assert reply.get_json()["session"] != invented
    # ... while an id the server gave continues its conversation
    session = reply.get_json()["session"]
    assert say(client, "ok", session=session).get_json()["session"] == session


def test_the_chat_refuses_a_post_without_the_signed_token(client):
    reply = client.post("/chat/messages", json={"session": None, "message": "hi", "lang": "en"})
    body = reply.get_json()
    assert reply.status_code == 400 and "csrf" in body["error"]
    assert "999" in body["messages"][0]["text"]  # the page shows this: never silence
    resent = client.post("/chat/messages", json={"message": "hi", "csrf": body["csrf"]})
    assert resent.status_code == 200  # the fresh token works
    forged = client.post("/chat/messages", json={"message": "hi", "csrf": "forged.token.value"})
    assert forged.status_code == 400
    form = client.post("/chat", data={"message": "hi", "lang": "en"})
    page = BeautifulSoup(form.data, "html.parser")
    assert form.status_code == 400 and "999" in page.select_one(".chat-bot").get_text()
    assert not page.select(".chat-you")  # nothing was sent on
    assert is_valid_csrf_token(client.application.config["SECRET_KEY"],
                               page.select_one("form#chat-form input[name=csrf]")["value"])


def test_tokens_expire_and_belong_to_this_site():
    fresh = new_csrf_token("key")
    assert is_valid_csrf_token("key", fresh)
    assert not is_valid_csrf_token("another-site-key", fresh)
    assert not is_valid_csrf_token("key", fresh, max_age=-1)


def test_each_reply_brings_a_fresh_token_and_no_cookie(client):
    reply = say(client, "he hits me")
    assert is_valid_csrf_token(client.application.config["SECRET_KEY"], reply.get_json()["csrf"])
    assert "Set-Cookie" not in reply.headers


@pytest.mark.parametrize("command", ["STOP", "delete", "Borrar!", "/forget", "حذف"])
def test_a_deletion_command_on_its_own_deletes_and_starts_afresh(client, command):
    session = say(client, "he hits me").get_json()["session"]
    body = say(client, command, session=session).get_json()
    assert body["messages"] and body["session"] != session  # gone; a new conversation begins


@pytest.mark.parametrize("request_", ["Thank you. Please delete our conversation now.",
                                      "sterge tot", "apague tudo o que escrevi",
                                      # taken for Dutch, a language we do not read, whose 999
                                      # for every message had been taken for danger
                                      "șterge tot"])
def test_a_short_request_naming_what_to_delete_deletes_too(client, request_):
    session = say(client, "he hits me").get_json()["session"]
    body = say(client, request_, session=session).get_json()
    assert body["messages"][0].get("forgotten") and body["session"] != session


def test_a_request_to_delete_that_shows_danger_gets_999_and_is_not_deleted(client):
    session = say(client, "hello").get_json()["session"]
    body = say(client, "delete everything, he is outside with a knife",
               session=session).get_json()
    assert body["messages"][0]["danger"] and "999" in body["messages"][0]["text"]
    assert body["session"] == session and "deleted" not in said(body)


def test_deleting_says_what_it_did_in_the_persons_language(client):
    english = say(client, "STOP").get_json()["messages"][0]["text"]
    arabic = say(client, "حذف").get_json()["messages"][0]["text"]
    assert "deleted" in english and arabic != english
    # Too short for the language detector: the command word's own language says it.
    assert say(client, "msa7").get_json()["messages"][0]["text"] == arabic
    assert say(client, "sil").get_json()["messages"][0]["text"] not in (english, arabic)
    # The English word is everyone's: on a Polish page, Polish.
    polish = client.post("/chat/messages", json={"session": None, "message": "stop", "lang": "pl",
                                                 "csrf": token(client)}).get_json()["messages"][0]["text"]
    assert polish not in (english, arabic)


@pytest.mark.parametrize("message", ["I just want it all to stop", "please stop him, he will kill me",
                                     "how do I delete my messages so he can't see"])
def test_stop_or_delete_in_a_sentence_is_answered_with_help_not_deleted(client, message):
    session = say(client, "hello").get_json()["session"]
    body = say(client, message, session=session).get_json()
    text = said(body)
    # Help, never deletion: a helpline, and 999 at the top when the words show danger (999 is
    # otherwise on the chat page itself, not repeated in every reply).
    assert "deleted" not in text
    assert any(s["phones"] for m in body["messages"] for s in m.get("services", []))
    assert ("999" in body["messages"][0]["text"]) == any(m["danger"] for m in body["messages"])
    assert body["session"] == session


def silent_assistant(environ, start_response):
    """Rasa as it answers when its action server is down: 200 and no messages."""
    start_response("200 OK", [("Content-Type", "application/json")])
    return [b"[]"]


def test_an_assistant_that_says_nothing_gets_the_fallback_not_silence(seeded_app):
    from tests.support.public_site import LiveServer
    with LiveServer(silent_assistant) as rasa:
        seeded_app.config["RASA_URL"] = rasa.url
        seeded_app.extensions.pop("chat_relay", None)
        try:
            client = seeded_app.test_client()
            text = said(say(client, "he hits me").get_json())
        finally:
            seeded_app.extensions.pop("chat_relay", None)
    assert "0808 2000 247" in text and "999" in text


def test_json_nested_too_deep_gets_a_clear_400(client):
    reply = client.post("/chat/messages", data="[" * 100_000 + "]" * 100_000,
                        content_type="application/json")
    assert reply.status_code == 400 and reply.get_json()["error"]


def test_stop_with_the_assistant_down_deletes_from_its_store_directly(client, tmp_path):
    import sqlite3
    from contextlib import closing

    from web.chat.sessions import sender_id
    app = client.application
    store = tmp_path / "conversations.sqlite3"
    session = say(client, "he hits me").get_json()["session"]
    mine = sender_id(app.config["CHAT_HASH_KEY"], "web", session)
    with closing(sqlite3.connect(store)) as db, db:  # the table Rasa's SQL tracker store keeps
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, data TEXT)")
        db.executemany("INSERT INTO events (sender_id, data) VALUES (?, ?)",
                       [(mine, "{}"), (mine, "{}"), ("web-someone-else", "{}")])
    app.config["ASSISTANT_TRACKER_DB"] = str(store)
    try:
        say(client, "STOP", session=session)
    finally:
        app.config["ASSISTANT_TRACKER_DB"] = ""
    with closing(sqlite3.connect(store)) as db:
        assert [row[0] for row in db.execute("SELECT sender_id FROM events")] == ["web-someone-else"]
