"""/chat and /chat/messages when the assistant is down: the keyword fallback answers."""
import pytest
from bs4 import BeautifulSoup

from tests.support.assistant import free_port
from web.chat.sessions import new_csrf_token


@pytest.fixture
def client(seeded_app):
    seeded_app.config["RASA_URL"] = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    seeded_app.config["RASA_TIMEOUT"] = 2
    seeded_app.extensions.pop("chat_relay", None)
    yield seeded_app.test_client()
    seeded_app.extensions.pop("chat_relay", None)


@pytest.fixture
def csrf(seeded_app):
    return new_csrf_token(seeded_app.config["SECRET_KEY"])


def test_the_server_issues_a_session_and_answers_with_helplines(client, csrf):
    reply = client.post("/chat/messages", json={"session": None, "message": "he hits me", "lang": "en",
                                                "csrf": csrf})
    body = reply.get_json()
    assert reply.status_code == 200 and body["session"]
    text = " ".join(m["text"] for m in body["messages"])
    assert "0808 2000 247" in text and "999" in text
    again = client.post("/chat/messages", json={"session": body["session"], "message": "ok", "lang": "en",
                                                "csrf": body["csrf"]})
    assert again.get_json()["session"] == body["session"]


def test_danger_gets_999_first_even_without_the_assistant(client, csrf):
    body = client.post("/chat/messages", json={"session": None, "lang": "en", "csrf": csrf,
                                               "message": "he is outside and will kill me"}).get_json()
    assert "999" in body["messages"][0]["text"]


@pytest.mark.parametrize("payload", [None, [], {"message": ""}, {"message": 5},
                                     {"message": "x" * 1001}, {"message": "hi", "session": "../x"},
                                     {"message": "hi", "lang": ["en"]}, {"message": "hi", "csrf": 5}])
def test_bad_requests_get_a_clear_400(client, payload):
    reply = client.post("/chat/messages", json=payload)
    assert reply.status_code == 400 and reply.get_json()["error"]


@pytest.mark.parametrize("message", ["💜" * 300, "\u0000", "<script>alert(1)</script>", "ع" * 999])
def test_odd_messages_never_error(client, message, csrf):
    assert client.post("/chat/messages", json={"message": message, "csrf": csrf}).status_code == 200


def test_the_chat_works_without_javascript(client):
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    form = page.select_one("form#chat-form")
    assert form["method"] == "post" and form.select_one("textarea[name=message]")
    token = form.select_one("input[name=csrf]")["value"]
    reply = client.post("/chat", data={"message": "my ex keeps following me", "lang": "en", "csrf": token})
    page = BeautifulSoup(reply.data, "html.parser")
    assert page.select_one(".chat-you").get_text(strip=True).endswith("my ex keeps following me")
    assert page.select(".chat-bot")
    session = page.select_one("form#chat-form input[name=session]")["value"]
    assert session and "Set-Cookie" not in reply.headers
