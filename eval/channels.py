"""Putting one case through the real site search, the web chat or SMS, as a person would.

The chat and SMS go through the Flask site to a really trained, really running Rasa whose
actions ask the site's own HSDS API; SMS requests are signed exactly as Twilio signs them.
"""
from __future__ import annotations

import itertools
import time
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup
from evalset import Case
from twilio.request_validator import RequestValidator

SMS_TOKEN = "evaluation-token-not-real"
SMS_BASE = "https://signpost.example.org"
_numbers = itertools.count(100000)


def run_search(client, case: Case) -> tuple[list[str], float]:
    """The site's search for the query; returns result links in page order."""
    started = time.perf_counter()
    form = {"q": case.turns[0], "lang": case.page_lang}
    reply = client.post("/search", data=form)
    if reply.status_code == 405:  # the search was a GET form before it learnt to leave no trace
        reply = client.get("/search", query_string=form)
    seconds = time.perf_counter() - started
    if reply.status_code != 200:
        raise RuntimeError(f"search answered {reply.status_code}")
    page = BeautifulSoup(reply.data, "html.parser")
    hrefs = [a["href"] for a in page.select("main a[href*='/services/']")]
    return hrefs, seconds


def run_chat(client, case: Case) -> tuple[str, float]:
    """Every turn through POST /chat/messages in one conversation; returns the last reply."""
    session, texts, seconds = None, [], 0.0
    page = client.get("/chat", query_string={"lang": case.page_lang})
    token = _csrf_token(page.data)
    for turn in case.turns:
        started = time.perf_counter()
        body = {"session": session, "message": turn, "lang": case.page_lang, "csrf": token}
        reply = client.post("/chat/messages", json=body)
        seconds = time.perf_counter() - started
        if reply.status_code != 200:
            raise RuntimeError(f"chat answered {reply.status_code}: {reply.data[:200]!r}")
        answer = reply.get_json()
        session, token = answer["session"], answer.get("csrf") or token
        texts = [_message_text(m) for m in answer["messages"]]
    return "\n".join(texts), seconds


def run_sms(client, case: Case) -> tuple[str, float]:
    """Every turn as a signed Twilio webhook from one new number; returns the last reply."""
    number = f"+4477009{next(_numbers):05d}"
    validator = RequestValidator(SMS_TOKEN)
    texts, seconds = [], 0.0
    for n, turn in enumerate(case.turns):
        params = {"MessageSid": f"SM{case.id}-{n}", "From": number, "To": "+447700900999", "Body": turn}
        signature = validator.compute_signature(f"{SMS_BASE}/sms/twilio", params)
        started = time.perf_counter()
        reply = client.post("/sms/twilio", data=params, headers={"X-Twilio-Signature": signature})
        seconds = time.perf_counter() - started
        if reply.status_code != 200:
            raise RuntimeError(f"sms answered {reply.status_code}")
        texts = [m.text or "" for m in ET.fromstring(reply.data).iter("Message")]
    return "\n".join(texts), seconds


def _message_text(message: dict) -> str:
    """A chat message's text plus whatever structure it carries (services, links, buttons)."""
    parts = [str(message.get("text") or "")]
    for service in message.get("services") or []:
        parts.append(str(service.get("name") or ""))
        parts += [str(p.get("number") or "") for p in service.get("phones") or []]
    parts += [str(b.get("title") or "") for b in message.get("buttons") or []]
    return "\n".join(p for p in parts if p)


def _csrf_token(html: bytes) -> str | None:
    """The signed token the chat page carries, as a browser would send it back."""
    field = BeautifulSoup(html, "html.parser").select_one("form#chat-form input[name=csrf]")
    return field.get("value") if field else None
