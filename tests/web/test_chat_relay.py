"""/chat and /chat/messages when the assistant is down: the keyword fallback answers, with the
same structure and the same rendering as the assistant's replies, answering only a form or
request that carries the page's signed token."""
import pytest
from bs4 import BeautifulSoup

from tests.support.assistant import free_port
from web.chat.sessions import new_csrf_token

HELPLINE = "0808 2000 247"


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


def say(client, message, session=None, lang="en"):
    token = new_csrf_token(client.application.config["SECRET_KEY"])
    reply = client.post("/chat/messages", json={"session": session, "message": message, "lang": lang,
                                                "csrf": token})
    assert reply.status_code == 200, reply.data
    return reply.get_json()


def test_the_server_issues_a_session_and_answers_with_helplines_as_structure(client):
    body = say(client, "he hits me")
    assert body["session"]
    phones = [p["number"] for m in body["messages"] for s in m["services"] for p in s["phones"]]
    assert HELPLINE in phones
    texts = [m["text"] for m in body["messages"]]
    assert not any(HELPLINE in text for text in texts)  # numbers are structure, not text
    assert sum("999" in text for text in texts) == 1  # the first reply says 999 once
    again = say(client, "ok", body["session"])
    assert again["session"] == body["session"]
    assert not any("999" in m["text"] for m in again["messages"])  # the page says it, once


def test_the_site_makes_the_links_from_the_structure(client):
    html = BeautifulSoup(say(client, "he hits me")["html"], "html.parser")
    call = html.select_one("a.call[href='tel:08082000247']")
    assert call is not None and call.select_one("bdi").get_text() == HELPLINE
    assert html.select_one(".chat-bot > .visually-hidden").get_text() == "Signpost said:"
    service_page = html.select_one("a[href^='/services/']")  # the service's own page
    assert client.get(service_page["href"]).status_code == 200
    assert html.select_one("a[href='/search']")


def test_links_keep_the_language_the_page_was_chosen_in(client):
    reply = client.post("/chat/messages?lang=es",
                        json={"session": None, "message": "he hits me", "lang": "es",
                              "csrf": new_csrf_token(client.application.config["SECRET_KEY"])})
    html = BeautifulSoup(reply.get_json()["html"], "html.parser")
    assert html.select_one("a[href='/search?lang=es']")


def test_danger_gets_999_first_even_without_the_assistant(client):
    body = say(client, "he is outside and will kill me")
    texts = [m["text"] for m in body["messages"]]
    assert "999" in texts[0] and body["messages"][0]["danger"]
    assert any("55" in text for text in texts) and any("emergencySMS" in text for text in texts)
    html = BeautifulSoup(body["html"], "html.parser")
    assert html.select_one(".chat-danger a.call[href='tel:999']")


@pytest.mark.parametrize("payload", [None, [], {"message": ""}, {"message": 5},
                                     {"message": "x" * 1001}, {"message": "hi", "session": "../x"},
                                     {"message": "hi", "lang": ["en"]}, {"message": "hi", "csrf": 5}])
def test_bad_requests_get_a_clear_400(client, payload):
    reply = client.post("/chat/messages", json=payload)
    assert reply.status_code == 400 and reply.get_json()["error"]


@pytest.mark.parametrize("message", ["💜" * 300, "\u0000", "<script>alert(1)</script>", "ع" * 999])
def test_odd_messages_never_error(client, message, csrf):
    assert client.post("/chat/messages", json={"message": message, "csrf": csrf}).status_code == 200


def post_form(client, page, message=None, choice=None):
    """Sends the chat form of `page` as a browser without JavaScript would."""
    form = page.select_one("form#chat-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}
    data.update({"message": message or ""}, **({"choice": choice} if choice else {}))
    reply = client.post(form["action"], data=data)
    assert "Set-Cookie" not in reply.headers and reply.headers["Cache-Control"] == "no-store"
    return reply, BeautifulSoup(reply.data, "html.parser")


def test_the_chat_works_without_javascript(client):
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    form = page.select_one("form#chat-form")
    assert form["method"] == "post" and form.select_one("textarea[name=message]")
    reply, page = post_form(client, page, "my ex keeps following me")
    assert reply.status_code == 200
    assert page.select_one(".chat-you").get_text(strip=True).endswith("my ex keeps following me")
    assert page.select(".chat-bot a.call[href^='tel:']")
    assert page.select_one("form#chat-form input[name=session]")["value"]


def test_without_javascript_the_whole_conversation_is_shown(client):
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    said = ["my ex keeps following me", "he turns up at my work", "what can I do"]
    for message in said:
        reply, page = post_form(client, page, message)
        assert reply.status_code == 200
    you = [p.get_text(" ", strip=True) for p in page.select(".chat-log > .chat-you")]
    assert you == [f"You said: {message}" for message in said]
    assert len(page.select(".chat-log > .chat-bot")) == len(said)
    # The person's and the assistant's turns alternate, each labelled for screen readers.
    speakers = [el["class"][0] for el in page.select(".chat-log > .chat-you, .chat-log > .chat-bot")]
    assert speakers == ["chat-you", "chat-bot"] * len(said)


def test_a_forged_conversation_is_never_shown(client):
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    _, page = post_form(client, page, "my ex keeps following me")
    field = page.select_one("form#chat-form input[name=transcript]")
    good = field["value"]
    field["value"] = good[:-3] + ("AAA" if not good.endswith("AAA") else "BBB")
    _, forged = post_form(client, page, "hello again")
    assert [p.get_text(" ", strip=True) for p in forged.select(".chat-you")] == ["You said: hello again"]


def test_a_conversation_does_not_follow_into_another_session(client):
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    _, page = post_form(client, page, "my ex keeps following me")
    page.select_one("form#chat-form input[name=session]")["value"] = ""
    _, fresh = post_form(client, page, "hello")
    assert len(fresh.select(".chat-you")) == 1


def test_an_empty_message_without_javascript_is_a_clear_400_that_keeps_the_conversation(client):
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    _, page = post_form(client, page, "my ex keeps following me")
    reply, page = post_form(client, page, "   ")
    assert reply.status_code == 400
    assert len(page.select(".chat-you")) == 1


def test_a_missing_or_forged_token_gets_a_fresh_token_and_no_reply(client):
    reply = client.post("/chat/messages", json={"message": "he hits me", "csrf": "forged"})
    body = reply.get_json()
    assert reply.status_code == 400 and body["csrf"] and "999" in body["messages"][0]["text"]
    page = BeautifulSoup(client.get("/chat").data, "html.parser")
    page.select_one("form#chat-form input[name=csrf]")["value"] = "forged"
    refused, page = post_form(client, page, "he hits me")
    assert refused.status_code == 400 and not page.select(".chat-you")
    assert page.select_one(".chat-bot a.call[href='tel:999']")
