"""The assistant's actions. Each reads what it needs from the tracker and the directory API."""
from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import replies
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
    """Each message goes out whole as structure (Rasa's REST channel returns it as `custom`)."""
    for message in messages:
        dispatcher.utter_message(json_message=message)


def is_first_reply(tracker: Tracker) -> bool:
    """True while answering the first message of this conversation (or of a fresh session)."""
    said = 0
    for event in reversed(tracker.events):
        if event.get("event") == "session_started":
            break
        said += event.get("event") == "user"
    return said <= 1


def reply(dispatcher: CollectingDispatcher, tracker: Tracker, messages: list[dict]) -> None:
    """Sends a reply. The first in a web conversation ends with the notice and 999, once;
    later ones leave 999 to the chat page's own line. SMS sends its own first notice."""
    if is_first_reply(tracker) and metadata(tracker).get("channel") != "sms":
        messages = replies.first_reply_closing(messages, t_for(tracker), SETTINGS.idle_minutes)
    send(dispatcher, messages)


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
        # Nothing is said here: the first reply starts with the help (see `reply`).
        return [SessionStarted(), ActionExecuted("action_listen")]


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        reply(dispatcher, tracker, replies.emergency(t_for(tracker)))
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
        reply(dispatcher, tracker, replies.signpost(chosen, find(query), t_for(tracker),
                                                    ask_location, place))
        return events


class ActionTalkToPerson(Action):
    def name(self) -> str:
        return "action_talk_to_person"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        reply(dispatcher, tracker, replies.talk_to_person(find(HELPLINE_QUERY), t_for(tracker)))
        return []


class ActionWhatHappens(Action):
    def name(self) -> str:
        return "action_what_happens"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        topic = replies.TOPICS.get(tracker.get_slot("topic") or "", replies.TOPICS["domestic_abuse"])
        reply(dispatcher, tracker, replies.what_happens(topic, find(HELPLINE_QUERY), t_for(tracker)))
        return []


class _Simple(Action):
    """An action that says fixed, translated sentences."""

    action_name = ""
    lines: tuple[str, ...] = ()

    def name(self) -> str:
        return self.action_name

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        t = t_for(tracker)
        reply(dispatcher, tracker, [replies.message(t(line)) for line in self.lines])
        return []


class ActionGreet(_Simple):
    action_name = "action_greet"
    lines = (replies.GREETING,)


class ActionThanks(_Simple):
    action_name = "action_thanks"
    lines = (replies.THANKS,)


class ActionGoodbye(_Simple):
    action_name = "action_goodbye"
    lines = (replies.GOODBYE,)


class ActionForget(Action):
    """The tracker store deletes the conversation when it sees this turn (tracker_store.py).
    The reply says so, and tells the site to clear what it shows too."""

    def name(self) -> str:
        return "action_forget"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        send(dispatcher, [replies.message(t_for(tracker)(replies.FORGOTTEN), forgotten=True)])
        return []


class ActionFallback(Action):
    def name(self) -> str:
        return "action_fallback"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        reply(dispatcher, tracker, replies.fallback(find(HELPLINE_QUERY, 2), t_for(tracker)))
        return []


class ActionDefaultFallback(ActionFallback):
    def name(self) -> str:
        return "action_default_fallback"
