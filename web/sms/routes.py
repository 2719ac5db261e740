from __future__ import annotations

import datetime as dt
import logging

from flask import Response, abort, current_app, request
from sqlalchemy.exc import IntegrityError
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from directory import transaction

from ..chat.danger import says_danger
from ..chat.sessions import keyed_hash
from ..directory_handle import directory
from . import sms, state
from .conversation import Contact, Inbound, Outcome, answer, last_before_limit
from .segments import fit

log = logging.getLogger(__name__)
MAX_BODY = 1600  # Twilio's own limit for one inbound message
REPLY_SEPARATOR = "\x1e"
MESSAGES = 3          # texts in one reply
DANGER_MESSAGES = 5   # texts in a reply to a message that shows danger


@sms.post("/sms/twilio")
def twilio_webhook():
    check_signature()
    sid = request.form.get("MessageSid") or request.form.get("SmsSid")
    number = (request.form.get("From") or "").strip()
    if not sid or not number:
        abort(400, "A Twilio message needs MessageSid and From.")
    text = (request.form.get("Body") or "")[:MAX_BODY]
    secret = current_app.config["SMS_HASH_KEY"]
    sid_hash = keyed_hash(secret, f"sid:{sid}")
    sender_hash = keyed_hash(secret, f"sms:{number}")
    now = dt.datetime.now(dt.UTC)
    factory = directory().session_factory
    with factory() as session:
        answered = state.find_reply(session, sid_hash)
        if answered is not None:  # a Twilio retry: the same reply, nothing processed again
            return twiml(stored_replies(answered))
        over_limit = count_recent(session, sender_hash, now) - current_app.config["SMS_RATE_LIMIT"]
        known = state.get_contact(session, sender_hash)
        contact = Contact(known.lang, known.opted_out, True) if known else Contact()
    # The assistant is asked outside any transaction, so no database lock waits on it.
    inbound = Inbound(number, text, in_danger=says_danger(text))
    if over_limit < 0 or inbound.in_danger:  # danger is always answered
        outcome = answer(contact, inbound)
    elif over_limit == 0 and not contact.opted_out:
        outcome = Outcome(last_before_limit(contact))
    else:
        outcome = Outcome([])
    # In danger the advice alone (999, how to call without speaking, A&E) can fill three texts
    # in Urdu or Arabic, leaving no room for the numbers to call: two more are allowed then.
    replies = fit(outcome.replies, max_messages=DANGER_MESSAGES if inbound.in_danger else MESSAGES)
    try:
        with transaction(factory) as session:
            kept_hash = sender_hash
            if outcome.forget:
                # Every reply and the contact go at once. Only this message's id is kept (so a
                # Twilio retry is not answered twice), not linked to the number's hash.
                state.forget_sender(session, sender_hash)
                kept_hash = ""
            state.record_message(session, sid_hash, kept_hash, REPLY_SEPARATOR.join(replies), now)
            if not outcome.forget or outcome.opted_out:  # STOP remembers only the opt-out
                state.save_contact(session, sender_hash, now, lang=outcome.lang,
                                   opted_out=outcome.opted_out)
            state.forget_expired(session, now - dt.timedelta(
                minutes=current_app.config["SMS_RETENTION_MINUTES"]))
    except IntegrityError:
        # The same message arrived twice at once; the first to commit has answered it.
        with factory() as session:
            answered = state.find_reply(session, sid_hash)
        return twiml(stored_replies(answered) if answered else [])
    return twiml(replies)


def stored_replies(message) -> list[str]:
    return message.reply.split(REPLY_SEPARATOR) if message.reply else []


def count_recent(session, sender_hash: str, now: dt.datetime) -> int:
    window = dt.timedelta(minutes=current_app.config["SMS_RATE_WINDOW_MINUTES"])
    return state.count_recent_messages(session, sender_hash, now - window)


def check_signature() -> None:
    token = current_app.config["TWILIO_AUTH_TOKEN"]
    if not token:
        abort(503, "SMS is not configured: set TWILIO_AUTH_TOKEN.")
    base = current_app.config["SMS_WEBHOOK_BASE_URL"].rstrip("/")
    url = base + request.full_path.rstrip("?")
    signature = request.headers.get("X-Twilio-Signature", "")
    if not RequestValidator(token).validate(url, request.form.to_dict(flat=True), signature):
        abort(403, "The request signature does not match.")


def twiml(replies: list[str]) -> Response:
    response = MessagingResponse()
    for text in replies:
        response.message(text)
    return Response(str(response), mimetype="application/xml")
