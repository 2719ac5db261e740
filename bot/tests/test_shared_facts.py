"""The facts the assistant shares with the site (signpost_common) fit the assistant itself."""
from pathlib import Path

import pytest
import yaml
from actions import actions, replies
from test_actions import FakeDirectory, decided, run, tracker

from signpost_common.emergency import DEFAULT_ADVICE, emergency_messages
from signpost_common.intents import SITE_INTENTS, payload
from signpost_common.pages import LOCAL_BOROUGHS

BOT = Path(__file__).resolve().parents[1]
DOMAIN = yaml.safe_load((BOT / "domain.yml").read_text("utf-8"))
LOCATIONS = (BOT / "data" / "nlu" / "locations.yml").read_text("utf-8").lower()


def test_every_intent_the_site_sends_is_one_the_assistant_knows():
    assert set(SITE_INTENTS) <= set(DOMAIN["intents"])
    assert payload("ask_human") == "/ask_human"
    with pytest.raises(KeyError):
        payload("not_an_intent")


def test_the_borough_buttons_are_the_shared_boroughs_and_places_the_assistant_knows():
    buttons = replies.ask_location_message(str)["buttons"]
    assert [b["title"] for b in buttons] == [name for _code, name in LOCAL_BOROUGHS]
    assert buttons[0]["payload"] == '/give_location{"borough": "haringey"}'
    assert "give_location" in DOMAIN["intents"]
    assert all(code in LOCATIONS for code, _name in LOCAL_BOROUGHS)


def test_danger_the_classifier_sees_gets_the_shared_emergency_lines(monkeypatch):
    # The decision saw no danger; the classifier did: 999 and how to reach it without speaking.
    sent, _ = run(actions.ActionEmergency(), FakeDirectory(decided()),
                  tracker("he is outside", intent="immediate_danger"), monkeypatch)
    assert sent[:3] == [{**m, "lang": "en"} for m in emergency_messages(str, DEFAULT_ADVICE)]
