"""Relaying a message to Rasa's REST channel, which listens on loopback only."""
from __future__ import annotations

import requests
from flask import current_app

from .replies import from_rasa


class AssistantUnavailable(RuntimeError):
    pass


class RasaRelay:
    def __init__(self, base_url: str, timeout: float):
        self.webhook = base_url.rstrip("/") + "/webhooks/rest/webhook"
        self.timeout = timeout
        self.session = requests.Session()

    def send(self, sender: str, text: str, lang: str, channel: str = "web", sure: bool = True,
             written: str | None = None) -> list[dict]:
        """`sure`: `lang` is the message's own language, not the page's or a default (the
        assistant then answers in the conversation's language: bot/actions/actions.language).
        `written`: the language the message is clearly in, even one we do not answer in (Roman
        Hindi), which the assistant remembers for the conversation's later messages."""
        try:
            response = self.session.post(
                self.webhook, timeout=self.timeout,
                json={"sender": sender, "message": text,
                      "metadata": {"lang": lang, "channel": channel, "lang_sure": sure,
                                   "written": written}})
            response.raise_for_status()
            messages = response.json()
        except (requests.RequestException, ValueError) as error:
            raise AssistantUnavailable(str(error)) from error
        if not isinstance(messages, list):
            raise AssistantUnavailable("unexpected reply from the assistant")
        replies = from_rasa(messages)
        if not replies:
            # Rasa answers nothing when its actions fail (the action server is down or
            # restarting): never leave the person with silence, let the fallback answer.
            raise AssistantUnavailable("the assistant said nothing")
        return replies


def relay() -> RasaRelay:
    """The app's one relay to the assistant, shared by the web chat and SMS."""
    if "chat_relay" not in current_app.extensions:
        current_app.extensions["chat_relay"] = RasaRelay(current_app.config["RASA_URL"],
                                                         current_app.config["RASA_TIMEOUT"])
    return current_app.extensions["chat_relay"]
