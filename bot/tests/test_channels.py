"""The REST channel that never logs typed words. The request is a stand-in holding only the
JSON body Flask sends; the handler, Rasa's message and output channel are real."""
import asyncio
import json
import logging
from types import SimpleNamespace

import structlog
from channels import PrivateRestInput, drop_private_fields, install_private_logging

MARKER = "zebracorn-private-words"


def post(handler, body):
    reply = asyncio.run(PrivateRestInput().answer(SimpleNamespace(json=body), handler))
    return reply.status, json.loads(reply.body)


def test_a_failing_message_is_answered_and_its_text_not_logged(caplog):
    async def fails(message):
        assert message.text == MARKER and message.sender_id == "web-x"
        raise RuntimeError(f"could not parse {message.text}")

    with caplog.at_level(logging.DEBUG):
        status, body = post(fails, {"sender": "web-x", "message": MARKER})
    assert status == 200 and body == []
    assert "RuntimeError" in caplog.text and MARKER not in caplog.text


def test_a_message_the_site_stopped_waiting_for_is_not_logged(caplog):
    async def cancelled(message):
        raise asyncio.CancelledError()

    with caplog.at_level(logging.DEBUG):
        status, _body = post(cancelled, {"sender": "web-x", "message": MARKER})
    assert status == 200 and "not answered in time" in caplog.text and MARKER not in caplog.text


def test_replies_come_back_as_the_rest_channel_gives_them():
    async def answers(message):
        assert message.metadata == {"lang": "es"}
        await message.output_channel.send_text_message(message.sender_id, "hola")

    _status, body = post(answers, {"sender": "web-y", "message": "hi", "metadata": {"lang": "es"}})
    assert body == [{"recipient_id": "web-y", "text": "hola"}]


def test_structured_logs_lose_every_field_that_holds_typed_words():
    install_private_logging()
    install_private_logging()  # once only, however often channels are built
    processors = structlog.get_config()["processors"]
    assert processors.count(drop_private_fields) == 1
    event = drop_private_fields(None, "debug", {"event": "processor.message.parse",
                                                "parse_data_text": MARKER, "text": MARKER,
                                                "parse_data_entities": [{"value": MARKER}]})
    assert MARKER not in str(event) and event["event"] == "processor.message.parse"
