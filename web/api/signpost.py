"""POST /api/signpost: the signposting decision for one message, for the assistant and others.

The message is read and forgotten: it is never logged or stored. What comes back carries only
codes (and the services chosen), including the `context` to send with the next message so a
conversation keeps its thread without anyone keeping its words.
"""
from __future__ import annotations

from flask import jsonify, request

from directory import REASONS, Context, Signpost, get_services_json, signpost_message

from ..directory_handle import db_session, directory
from ..errors import BadRequestInput
from . import api

MAX_MESSAGE = 1000
CONTEXT_LISTS = ("abuse", "audiences", "needs", "danger", "soon", "parts")
CONTEXT_CODES = ("role", "area", "elsewhere")
CONTEXT_FLAGS = ("recent_assault", "abroad", "historic", "recent", "images")


@api.post("/signpost")
def signpost():
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadRequestInput('Send a JSON object: {"message": "...", "context": {...}}.')
    message = body.get("message")
    if not isinstance(message, str) or not message.strip() or len(message) > MAX_MESSAGE:
        raise BadRequestInput(f"'message' must be text of 1 to {MAX_MESSAGE} characters.")
    hints = body.get("hints") or []
    if not isinstance(hints, list) or not all(isinstance(h, str) and len(h) < 40 for h in hints):
        raise BadRequestInput("'hints' must be a list of codes.")
    context = read_context(body.get("context"))
    session = db_session()
    decided = signpost_message(session, directory().search, message, context, tuple(hints))
    return jsonify(signpost_json(decided, session))


def read_context(raw) -> Context | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise BadRequestInput("'context' must be the object an earlier answer gave.")
    values = {}
    for name in CONTEXT_LISTS:
        value = raw.get(name) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and len(v) < 40 for v in value):
            raise BadRequestInput(f"'context.{name}' must be a list of codes.")
        values[name] = tuple(value)
    for name in CONTEXT_CODES:
        value = raw.get(name)
        if value is not None and (not isinstance(value, str) or len(value) > 40):
            raise BadRequestInput(f"'context.{name}' must be a code.")
        values[name] = value
    for name in CONTEXT_FLAGS:
        values[name] = bool(raw.get(name))
    return Context(**values)


def signpost_json(decided: Signpost, session) -> dict:
    understood = decided.understanding
    services = {s["id"]: s for s in get_services_json(session, [c.service_id for c in decided.services])}
    context = understood.as_context()
    return {
        "understanding": {
            "role": understood.role, "abuse": list(understood.abuse), "urgency": understood.urgency,
            "danger": list(understood.danger), "audiences": list(understood.audiences),
            "needs": list(understood.needs), "boroughs": list(understood.boroughs),
            "district": understood.district, "elsewhere": understood.elsewhere,
            "unread_language": understood.unread_language,
        },
        # The same fields read_context reads back.
        "context": {**{name: getattr(context, name) for name in CONTEXT_CODES},
                    **{name: list(getattr(context, name)) for name in CONTEXT_LISTS},
                    **{name: getattr(context, name) for name in CONTEXT_FLAGS}},
        "pathway": decided.pathway,
        "emergency": list(decided.emergency),
        "local_known": decided.local_known,
        "services": [{"reason": c.reason, "reason_text": REASONS[c.reason], "local": c.local,
                      "service": services[c.service_id]}
                     for c in decided.services if c.service_id in services],
    }
