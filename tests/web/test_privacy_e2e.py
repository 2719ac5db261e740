"""Nothing a person types reaches a disk or a log, and deletion leaves nothing behind.

Everything is real: the site and its API process served by waitress as in production (with
debug logs), Rasa (with --debug) and its action server, SMS requests signed as Twilio signs
them. A scripted conversation full of marker words goes through the chat (JSON and the form
without JavaScript), SMS, and straight to Rasa with a client that gives up at once (as the
site does on a timeout). Then every log and every store is searched for the markers.
"""
import json
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from bs4 import BeautifulSoup
from twilio.request_validator import RequestValidator

from tests.support.assistant import RunningAssistant, free_port
from tests.support.served import ROOT, seeded_environment, server_command, start, stop, wait_for
from web.chat.sessions import keyed_hash, sender_id

pytestmark = pytest.mark.assistant
TOKEN, BASE = "privacy-e2e-token-not-real", "https://signpost.example.org"
MARKERS = ["quokkafern", "zibbletown", "marnequist", "vantablur", "glimmerwick", "vorpaltrix",
           "snarfblat", "900461"]


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("privacy")
    started = time.time()
    env = {**seeded_environment(folder), "SIGNPOST_LOG_LEVEL": "DEBUG", "TWILIO_AUTH_TOKEN": TOKEN,
           "SMS_WEBHOOK_BASE_URL": BASE}
    api_port, site_port = free_port(), free_port()
    api = start(server_command(api_port, "api"), env, folder / "api.log")
    wait_for(f"http://127.0.0.1:{api_port}/api/", process=api)
    assistant = RunningAssistant(api_url=f"http://127.0.0.1:{api_port}/api", workdir=folder,
                                 debug_logs=True)
    env = {**env, "RASA_URL": assistant.url, "SIGNPOST_TRACKER_DB": str(assistant.tracker_db)}
    site = start(server_command(site_port), env, folder / "site.log")
    try:
        assistant.wait_until_ready()
        wait_for(f"http://127.0.0.1:{site_port}/help-now", process=site)
        yield f"http://127.0.0.1:{site_port}", assistant, env, folder, started
    finally:
        stop(site)
        assistant.stop()
        stop(api)


def csrf(url: str) -> str:
    page = BeautifulSoup(requests.get(f"{url}/chat", timeout=30).text, "html.parser")
    return page.select_one("form#chat-form input[name=csrf]")["value"]


def chat(url, message, session=None):
    reply = requests.post(f"{url}/chat/messages", timeout=30, json={
        "session": session, "message": message, "lang": "en", "csrf": csrf(url)})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    return body["session"], " ".join(m["text"] for m in body["messages"])


def text_in(url, body, number, sid):
    params = {"MessageSid": sid, "From": number, "To": "+447700900999", "Body": body}
    signature = RequestValidator(TOKEN).compute_signature(f"{BASE}/sms/twilio", params)
    reply = requests.post(f"{url}/sms/twilio", data=params, timeout=30,
                          headers={"X-Twilio-Signature": signature})
    assert reply.status_code == 200, reply.text
    return reply.text


def hang_up_after_sending(url: str, path: str, payload: dict) -> None:
    """Send a whole request and close the connection without reading a byte of the reply, as
    the site does when it stops waiting. (A client timeout would do it only if the reply were
    slower than the timeout, which it need not be.)"""
    where = urlsplit(url)
    body = json.dumps(payload).encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: {where.netloc}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection((where.hostname, where.port), timeout=5) as connection:
        connection.sendall(head + body)


def every_file(folder: Path, since: float) -> list[Path]:
    """The test's folder (logs, both databases, the search index, Rasa's store), the app's
    instance folder, and anything in the project the run wrote (outside the environments)."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    files += [p for p in (ROOT / "instance").rglob("*") if p.is_file()]
    files += [p for p in (ROOT / "bot").rglob("*") if p.is_file() and ".venv" not in p.parts
              and p.stat().st_mtime >= since]
    return files


def test_marker_words_reach_no_log_and_no_store_and_deletion_leaves_nothing(stack):
    url, assistant, env, folder, started = stack
    kept, answer = chat(url, "hi my neighbour Quokkafern hits me every night near Zibbletown")
    assert "0808 2000 247" in answer or "999" in answer
    chat(url, "i'm Marnequist, he took my passport and my phone", kept)
    chat(url, "my email is vantablur@example.org and my number is 07700 900461", kept)
    form = requests.post(f"{url}/chat", timeout=30, data={
        "message": "Glimmerwick follows me home from work", "lang": "en", "session": kept,
        "csrf": csrf(url)})
    assert form.status_code == 200
    # The site gives up waiting (as on its timeout): Rasa must not log the message either.
    hang_up_after_sending(assistant.url, "/webhooks/rest/webhook",
                          {"sender": "web-gave-up", "message": "Vorpaltrix says he will hurt me"})
    # A chat deleted with STOP, and a text conversation deleted with DELETE.
    deleted, _ = chat(url, "my ex keeps following me")
    _, said = chat(url, "STOP", deleted)
    assert "deleted" in said
    number = "+447700900461"
    text_in(url, "Snarfblat keeps texting me threats", number, "SMprivacy1")
    assert "deleted" in text_in(url, "DELETE", number, "SMprivacy2")
    time.sleep(2)  # the abandoned message finishes inside Rasa

    chat_key, sms_key = env["CHAT_HASH_KEY"], env["SMS_HASH_KEY"]
    gone = [sender_id(chat_key, "web", deleted), sender_id(sms_key, "sms", number),
            keyed_hash(sms_key, f"sms:{number}")]
    still_there = sender_id(chat_key, "web", kept)

    files = every_file(folder, started)
    logs = "\n".join(p.read_text(errors="replace") for p in files if p.suffix == ".log")
    assert "/chat/messages" in logs and "processor" in logs.lower()  # the logs are really there
    assert still_there.encode() in assistant.tracker_db.read_bytes()  # a store we can search
    assert "conversation 'web-gave-up'" in logs  # Rasa took up the abandoned message
    found = {(str(p), marker) for p in files for marker in MARKERS
             if marker.encode() in p.read_bytes().lower()}
    assert found == set()
    # Deleted conversations leave nothing in any store, not even their pseudonyms. (Rasa's debug
    # log, used here only to search it for typed words, names conversations by pseudonym; it
    # runs --quiet in production.)
    stores = [p for p in files if p.suffix != ".log"]
    left = {(str(p), ident) for p in stores for ident in gone if ident.encode() in p.read_bytes()}
    assert left == set()
