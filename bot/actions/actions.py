"""The assistant's actions. Each reads what it needs from the tracker and the directory API."""
from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import replies
from .commands import is_forget_command
from .directory_client import DirectoryClient, DirectoryUnavailable, ServiceSummary
from .i18n import translator
from .settings import load_settings

log = logging.getLogger(__name__)
SETTINGS = load_settings()
DIRECTORY = DirectoryClient(SETTINGS.api_url, SETTINGS.timeout_seconds)
AUDIENCE_INTENTS = {"friend_family", "professional", "man", "lgbt", "young_person",
                    "older_person", "perpetrator"}
HELPLINE_QUERY = "domestic abuse helpline"


def metadata(tracker: Tracker) -> dict:
    # The first message of a session reaches action_session_start through this slot.
    return tracker.latest_message.get("metadata") or tracker.get_slot("session_started_metadata") or {}


def language(tracker: Tracker) -> str:
    return str(metadata(tracker).get("lang") or "en")


def t_for(tracker: Tracker):
    return translator(SETTINGS.translations_dir, language(tracker))


def send(dispatcher: CollectingDispatcher, messages: list[dict]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message["text"], buttons=message.get("buttons") or [])


def find(query: str, limit: int = 3) -> list[ServiceSummary]:
    try:
        return DIRECTORY.find_services(query, limit)
    except DirectoryUnavailable as error:
        log.warning("directory unavailable: %s", error)
        return []


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher, tracker, domain) -> list[EventType]:
        # Text messages get their own first notice from the SMS channel (how to delete texts).
        if metadata(tracker).get("channel") != "sms":
            t = t_for(tracker)
            send(dispatcher, [{"text": t(line) % {"minutes": SETTINGS.idle_minutes}}
                              if "%(minutes)" in line else {"text": t(line)}
                              for line in replies.SAFETY_NOTICE])
        return [SessionStarted(), ActionExecuted("action_listen")]


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        t = t_for(tracker)
        send(dispatcher, [{"text": t(line)} for line in replies.EMERGENCY])
        return []


class ActionSignpost(Action):
    """The pathway for what the person described, and the one to three best services."""

    def name(self) -> str:
        return "action_signpost"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        intent = tracker.latest_message.get("intent", {}).get("name")
        events: list[EventType] = []
        topic_name = tracker.get_slot("topic")
        audience = tracker.get_slot("audience")
        if intent in replies.TOPICS and intent not in AUDIENCE_INTENTS:
            topic_name = intent
            events.append(SlotSet("topic", intent))
        elif intent in AUDIENCE_INTENTS:
            audience = intent
            events.append(SlotSet("audience", intent))
        place = tracker.get_slot("postcode") or tracker.get_slot("borough")
        chosen = replies.TOPICS.get(audience if intent in AUDIENCE_INTENTS else topic_name or "",
                                    None) or replies.TOPICS.get(audience or "", replies.GENERAL)
        query = " ".join(filter(None, [chosen.query, place]))
        ask_location = not place and not tracker.get_slot("asked_location") and intent != "professional"
        if ask_location:
            events.append(SlotSet("asked_location", True))
        send(dispatcher, replies.signpost(chosen, find(query), SETTINGS.site_url, t_for(tracker),
                                          ask_location, place))
        return events


class ActionTalkToPerson(Action):
    def name(self) -> str:
        return "action_talk_to_person"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        t = t_for(tracker)
        lines = replies.lines_for_services(find(HELPLINE_QUERY), t)
        if lines:
            text = "\n".join([t(replies.REAL_PEOPLE), *lines])
        else:
            text = f"{t(replies.REAL_PEOPLE_SEARCH)} {SETTINGS.site_url}/search"
        send(dispatcher, [{"text": text}, {"text": t(replies.EMERGENCY[0])}])
        return []


class ActionWhatHappens(Action):
    def name(self) -> str:
        return "action_what_happens"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        t = t_for(tracker)
        topic = replies.TOPICS.get(tracker.get_slot("topic") or "", replies.TOPICS["domestic_abuse"])
        messages = [{"text": f"{t(replies.WHAT_HAPPENS)} {SETTINGS.site_url}{topic.guidance}#if-you-tell"}]
        lines = replies.lines_for_services(find(HELPLINE_QUERY), t)
        if lines:
            messages.append({"text": "\n".join([t(replies.ASK_FIRST), *lines])})
        send(dispatcher, messages)
        return []


class _Simple(Action):
    """An action that says fixed, translated sentences."""

    action_name = ""
    lines: tuple[str, ...] = ()

    def name(self) -> str:
        return self.action_name

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        t = t_for(tracker)
        send(dispatcher, [{"text": t(line)} for line in self.lines])
        return []


class ActionGreet(_Simple):
    action_name = "action_greet"
    lines = (replies.GREETING,)


class ActionThanks(_Simple):
    action_name = "action_thanks"
    lines = (replies.THANKS, replies.EMERGENCY[0])


class ActionGoodbye(_Simple):
    action_name = "action_goodbye"
    lines = (replies.GOODBYE, replies.EMERGENCY[0])


class ActionForget(_Simple):
    """The tracker store deletes the conversation when it sees this turn (tracker_store.py).

    Only a command standing on its own deletes. A sentence the model reads as "forget" ("I
    want it all to stop") is not deleted, and gets 999 and a helpline: danger first.
    """

    action_name = "action_forget"
    lines = (replies.FORGOTTEN,)

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if is_forget_command(tracker.latest_message.get("text") or ""):
            return super().run(dispatcher, tracker, domain)
        t = t_for(tracker)
        send(dispatcher, [{"text": t(line)} for line in replies.EMERGENCY])
        return ActionTalkToPerson().run(dispatcher, tracker, domain)


class ActionFallback(Action):
    def name(self) -> str:
        return "action_fallback"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        send(dispatcher, replies.fallback(find(HELPLINE_QUERY, 2), SETTINGS.site_url, t_for(tracker)))
        return []


class ActionDefaultFallback(ActionFallback):
    def name(self) -> str:
        return "action_default_fallback"
