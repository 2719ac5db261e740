"""The assistant's actions. Each reads what it needs from the tracker and the directory API."""
from __future__ import annotations

import logging
from dataclasses import replace

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from signpost_common.commands import is_forget_command
from signpost_common.emergency import DEFAULT_ADVICE
from signpost_common.languages import URDU, WRITTEN_LIKE_URDU

from . import replies
from .directory_client import DirectoryClient, DirectoryUnavailable, ServiceSummary, Signposted
from .i18n import translator
from .settings import load_settings

log = logging.getLogger(__name__)
SETTINGS = load_settings()
DIRECTORY = DirectoryClient(SETTINGS.api_url, SETTINGS.timeout_seconds)
HELPLINE_QUERY = "domestic abuse helpline"
CONTEXT_SLOT = "signpost_context"
# What the classifier's intent tells the directory's decision, when it is sure enough. The
# decision reads the words itself and trusts them first; these fill in what they leave out.
INTENT_HINTS = {
    "domestic_abuse": ["domestic_abuse"], "sexual_violence": ["sexual_violence"],
    "stalking": ["stalking"], "forced_marriage_honour": ["forced_marriage"], "fgm": ["fgm"],
    "trafficking_exploitation": ["trafficking_exploitation"], "child_abuse": ["child_abuse"],
    "friend_family": ["friend_family"], "professional": ["professional"], "man": ["man"],
    "lgbt": ["lgbt"], "young_person": ["young_person"], "older_person": ["older"],
    "perpetrator": ["perpetrator"],
}
HINT_CONFIDENCE = 0.6


def metadata(tracker: Tracker) -> dict:
    # The first message of a session reaches action_session_start through this slot.
    return tracker.latest_message.get("metadata") or tracker.get_slot("session_started_metadata") or {}


def language(tracker: Tracker) -> str:
    """The language to reply in. When the site could not tell this message's language ("ok
    thanks", "obrigada": too short), the conversation's: the last message it was sure of. When
    it took a message for Roman Urdu in a conversation that was Roman Hindi or Punjabi before (a
    later message without a word only they use), the language that conversation was answered in:
    a Hindi reader cannot read Urdu's script."""
    said = metadata(tracker)
    earlier = [(event.get("metadata") or {}) for event in reversed(tracker.events or [])
               if event.get("event") == "user"]
    if said.get("lang") == URDU:
        like_urdu = next((e for e in earlier if e.get("written") in WRITTEN_LIKE_URDU), None)
        if like_urdu and like_urdu.get("lang"):
            return str(like_urdu["lang"])
    if said.get("lang_sure", True) is False:
        for before in earlier:
            if before.get("lang_sure") and before.get("lang"):
                return str(before["lang"])
    return str(said.get("lang") or "en")


def t_for(tracker: Tracker):
    return translator(SETTINGS.translations_dir, language(tracker))


def send(dispatcher: CollectingDispatcher, tracker: Tracker, messages: list[dict]) -> None:
    """Each message goes out whole as structure (Rasa's REST channel returns it as `custom`),
    with the language it is in: not always the one the site took the message for ("ok thanks"
    is answered in the conversation's language), and the site marks each reply up in its own."""
    lang = language(tracker)
    for message in messages:
        dispatcher.utter_message(json_message={**message, "lang": lang})


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
    send(dispatcher, tracker, messages)


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


def decide(tracker: Tracker) -> Signposted | None:
    """The directory's signposting decision for the latest message, or None if it is down."""
    intent = tracker.latest_message.get("intent") or {}
    sure = (intent.get("confidence") or 0) >= HINT_CONFIDENCE and language(tracker) in SETTINGS.nlu_languages
    hints = INTENT_HINTS.get(intent.get("name"), []) if sure else []
    try:
        return DIRECTORY.signpost(tracker.latest_message.get("text") or "",
                                  tracker.get_slot(CONTEXT_SLOT), hints)
    except DirectoryUnavailable as error:
        log.warning("directory unavailable: %s", error)
        return None


def signpost_reply(dispatcher, tracker, decided: Signposted | None, danger: bool = False
                   ) -> list[EventType]:
    """Says what the decision chose. `danger` is the classifier's own reading: either one
    seeing danger is enough for 999 to come first."""
    t = t_for(tracker)
    place = tracker.get_slot("postcode") or tracker.get_slot("borough")
    if decided is None:
        messages = replies.emergency(t) if danger else []
        reply(dispatcher, tracker, messages + replies.unavailable(replies.GENERAL, t, False))
        return []
    if danger and not decided.emergency:
        decided = replace(decided, emergency=DEFAULT_ADVICE)
    events: list[EventType] = [SlotSet(CONTEXT_SLOT, decided.context)]
    # local_known is None only where no place was given: not after "I'm in Leeds".
    ask_location = (decided.local_known is None and not tracker.get_slot("asked_location")
                    and decided.role != "professional" and not decided.emergency)
    if ask_location:
        events.append(SlotSet("asked_location", True))
    reply(dispatcher, tracker, replies.signposted(decided, t, ask_location, place))
    return events


def chosen_or_helpline(decided: Signposted | None) -> list[ServiceSummary]:
    """The services the decision chose, or the national helpline when it chose none."""
    if decided is not None and decided.services:
        return [choice.service for choice in decided.services]
    return find(HELPLINE_QUERY)


# What a message can add to the conversation's context that changes which help fits.
TELLING_KEYS = ("abuse", "needs", "audiences", "area", "elsewhere")


def adds_to_context(tracker: Tracker, decided: Signposted) -> bool:
    """Whether the latest message told something the earlier turns had not."""
    before = tracker.get_slot(CONTEXT_SLOT) or {}
    after = decided.context or {}
    return any(_codes(after.get(key)) - _codes(before.get(key)) for key in TELLING_KEYS)


def _codes(value) -> set[str]:
    if not value:
        return set()
    return {value} if isinstance(value, str) else set(value)


def remembered(decided: Signposted | None) -> list[EventType]:
    return [SlotSet(CONTEXT_SLOT, decided.context)] if decided is not None else []


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return signpost_reply(dispatcher, tracker, decide(tracker), danger=True)


class ActionSignpost(Action):
    """The pathway for what the person described, and the services that fit,
    as the directory's signposting decision chose them."""

    def name(self) -> str:
        return "action_signpost"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return signpost_reply(dispatcher, tracker, decide(tracker))


class ActionTalkToPerson(Action):
    def name(self) -> str:
        return "action_talk_to_person"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        decided = decide(tracker)
        # Danger first, whatever was asked. And "where can I go with my son?" read as asking
        # for a person still says what they need: a message that adds to what we knew is
        # signposted, and only a bare "can I talk to someone real" gets the lines alone.
        if decided is not None and (decided.emergency or adds_to_context(tracker, decided)):
            return signpost_reply(dispatcher, tracker, decided)
        reply(dispatcher, tracker, replies.talk_to_person(chosen_or_helpline(decided), t_for(tracker)))
        return remembered(decided)


class ActionWhatHappens(Action):
    def name(self) -> str:
        return "action_what_happens"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        decided = decide(tracker)
        if decided is not None and decided.emergency:  # danger first, whatever was asked
            return signpost_reply(dispatcher, tracker, decided)
        known = list(decided.abuse) if decided else (tracker.get_slot(CONTEXT_SLOT) or {}).get("abuse") or []
        topic = next((replies.TOPICS[replies.ABUSE_TOPICS[a]] for a in known if a in replies.ABUSE_TOPICS),
                     replies.TOPICS["domestic_abuse"])
        reply(dispatcher, tracker, replies.what_happens(topic, chosen_or_helpline(decided), t_for(tracker)))
        return remembered(decided)


class _Simple(Action):
    """An action that says fixed, translated sentences."""

    action_name = ""
    lines: tuple[str, ...] = ()

    def name(self) -> str:
        return self.action_name

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        # "hi, my husband hits me" is more than a greeting: whatever the classifier read, a
        # message the decision understands gets signposted.
        decided = decide(tracker)
        if decided is not None and decided.understood_anything:
            return signpost_reply(dispatcher, tracker, decided)
        t = t_for(tracker)
        reply(dispatcher, tracker, [replies.message(t(line)) for line in self.lines])
        return remembered(decided)


class ActionGreet(_Simple):
    action_name = "action_greet"
    lines = (replies.GREETING,)
    # Hellos are short. A longer message the classifier took for one, in words the decision
    # cannot read either (often a language we do not support), is someone describing what is
    # happening: they get the helpline, not a bare hello.
    MAX_GREETING_WORDS = 5

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        words = (tracker.latest_message.get("text") or "").split()
        if len(words) <= self.MAX_GREETING_WORDS:
            return super().run(dispatcher, tracker, domain)
        return ActionFallback().run(dispatcher, tracker, domain)


class ActionThanks(_Simple):
    action_name = "action_thanks"
    lines = (replies.THANKS,)


class ActionGoodbye(_Simple):
    action_name = "action_goodbye"
    lines = (replies.GOODBYE,)


class ActionForget(Action):
    """The tracker store deletes the conversation when it sees this turn (tracker_store.py),
    and the reply tells the site to clear what it shows too.

    Only a command standing on its own deletes. A sentence the model reads as "forget" ("I
    want it all to stop") is not deleted: it gets 999 first and the help that fits it.
    """

    def name(self) -> str:
        return "action_forget"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        if is_forget_command(tracker.latest_message.get("text") or ""):
            send(dispatcher, tracker, [replies.message(t_for(tracker)(replies.FORGOTTEN), forgotten=True)])
            return []
        return signpost_reply(dispatcher, tracker, decide(tracker), danger=True)


class ActionFallback(Action):
    """When the classifier is unsure, the directory's decision may still understand the words
    ("he's outside", "tottenham"); only when it understands nothing do we say so."""

    def name(self) -> str:
        return "action_fallback"

    def run(self, dispatcher, tracker, domain) -> list[EventType]:
        decided = decide(tracker)
        if decided is not None and decided.understood_anything:
            return signpost_reply(dispatcher, tracker, decided)
        reply(dispatcher, tracker, replies.fallback(find(HELPLINE_QUERY, 2), t_for(tracker)))
        # What it did read ("on Friday") is kept for the next turn.
        return remembered(decided)


class ActionDefaultFallback(ActionFallback):
    def name(self) -> str:
        return "action_default_fallback"
