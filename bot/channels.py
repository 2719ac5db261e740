"""Rasa's REST channel, without ever logging what a person typed.

Rasa's own RestInput logs the message text when the site stops waiting (a timeout or a
disconnect) or when handling fails, and Rasa's structured debug logs carry the text, the
parse data and the entities. This channel logs neither, and a structlog processor removes
those fields from every structured log line of the process, at any level. Credentials:
`channels.PrivateRestInput:` (bot/credentials.yml); the webhook stays /webhooks/rest/webhook.
"""
from __future__ import annotations

import logging
from asyncio import CancelledError
from typing import Any

import structlog
from action_responses import install_once_built_validator
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

log = logging.getLogger(__name__)
# Every field Rasa's own anonymiser knows to hold typed words or what was read from them.
PRIVATE_FIELDS = frozenset({
    "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
    "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response",
    "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states",
    "old_states", "successes", "current_entity", "next_entity", "states", "entity", "token_text",
    "user_message", "json_message", "tracker", "events", "parse_data", "entities",
})


def drop_private_fields(_logger: Any, _name: str, event_dict: dict) -> dict:
    for key in PRIVATE_FIELDS & event_dict.keys():
        event_dict[key] = "[not logged]"
    return event_dict


def install_private_logging() -> None:
    """Put `drop_private_fields` first in the process's structlog chain, once.

    Rasa configures structlog before it loads channels and caches its loggers, so the
    processor list is changed in place: every logger, cached or not, shares that list.
    """
    processors = structlog.get_config()["processors"]
    if drop_private_fields not in processors:
        processors.insert(0, drop_private_fields)


class PrivateRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message) -> Blueprint:
        install_private_logging()
        install_once_built_validator()
        webhook = Blueprint("private_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await self.answer(request, on_new_message)

        return webhook

    async def answer(self, request: Request, on_new_message) -> HTTPResponse:
        collector = CollectingOutputChannel()
        message = UserMessage(self._extract_message(request), collector,
                              await self._extract_sender(request),
                              input_channel=self._extract_input_channel(request),
                              metadata=self.get_metadata(request))
        try:
            await on_new_message(message)
        except CancelledError:  # the site stopped waiting: it answers from its own fallback
            log.warning("a message was not answered in time (its text is not logged)")
        except Exception as error:  # noqa: BLE001 - the reason, never the message
            log.error("a message could not be handled: %s (its text is not logged)",
                      type(error).__name__)
        return response.json(collector.messages)
