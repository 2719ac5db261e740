"""The actions around the directory's signposting decision, with a stand-in client (unit)."""
from actions import actions, replies
from actions.directory_client import Chosen, DirectoryUnavailable, ServiceSummary, Signposted
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

HELPLINE = ServiceSummary("2", "A helpline", [("0808 157 0002", "voice")])


class FakeDirectory:
    def __init__(self, decided=None, found=()):
        self.decided, self.asked, self.found = decided, [], list(found)

    def signpost(self, message, context, hints):
        self.asked.append((message, context, hints))
        if self.decided is None:
            raise DirectoryUnavailable("down")
        return self.decided

    def find_services(self, query, limit=3):
        return self.found[:limit]


def decided(**changes):
    values = dict(role="survivor", abuse=("domestic_abuse",), urgency="none", audiences=(),
                  boroughs=(), emergency=(), pathway="/guidance/abuse/domestic_abuse", local_known=None,
                  services=(Chosen(ServiceSummary("1", "A line", [("0808 157 0001", "voice")]),
                                   "for domestic abuse, 24 hours", False),),
                  context={"abuse": ["domestic_abuse"]})
    values.update(changes)
    return Signposted(**values)


def tracker(text, intent="domestic_abuse", confidence=0.9, slots=None, lang="en"):
    message = {"text": text, "intent": {"name": intent, "confidence": confidence},
               "metadata": {"channel": "web", "lang": lang}}
    events = [{"event": "session_started"}, {"event": "user"}, {"event": "bot"}, {"event": "user"}]
    return Tracker("someone", slots or {}, message, events, False, None, None, "action_listen")


def run(action, fake, track, monkeypatch):
    monkeypatch.setattr(actions, "DIRECTORY", fake)
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, track, {})
    return [m["custom"] for m in dispatcher.messages], events


def test_the_message_context_and_a_confident_intent_go_to_the_decision(monkeypatch):
    fake = FakeDirectory(decided())
    _, events = run(actions.ActionSignpost(), fake,
                    tracker("he hits me", slots={"signpost_context": {"abuse": ["stalking"]}}), monkeypatch)
    assert fake.asked == [("he hits me", {"abuse": ["stalking"]}, ["domestic_abuse"])]
    assert {"event": "slot", "timestamp": None, "name": "signpost_context",
            "value": {"abuse": ["domestic_abuse"]}} in events
    unsure = FakeDirectory(decided())
    run(actions.ActionSignpost(), unsure, tracker("hmm", intent="perpetrator", confidence=0.4), monkeypatch)
    assert unsure.asked[0][2] == []  # an unsure classifier gives no hint


def test_the_classifier_gives_no_hint_in_a_language_it_was_not_trained_on(monkeypatch):
    assert "en" in actions.SETTINGS.nlu_languages and "ku" not in actions.SETTINGS.nlu_languages
    fake = FakeDirectory(decided())
    run(actions.ActionSignpost(), fake, tracker("kesek heye ku kurdi diaxive", intent="fgm", lang="ku"),
        monkeypatch)
    assert fake.asked[0][2] == []


def test_what_a_message_not_understood_did_say_is_kept_for_the_next_turn(monkeypatch):
    friday = decided(abuse=(), services=(), context={"recent": True})
    said, events = run(actions.ActionFallback(), FakeDirectory(friday),
                       tracker("went home with someone from the bar friday", intent="nlu_fallback"),
                       monkeypatch)
    assert said[0]["text"] == replies.NOT_UNDERSTOOD
    assert {"event": "slot", "timestamp": None, "name": "signpost_context",
            "value": {"recent": True}} in events
    _, thanked = run(actions.ActionThanks(), FakeDirectory(friday), tracker("ok thanks", intent="thanks"),
                     monkeypatch)
    assert thanked and thanked[0]["value"] == {"recent": True}


def test_a_service_asked_for_by_name_is_understood(monkeypatch):
    galop = Chosen(ServiceSummary("g", "Galop", [("0800 999 5428", "voice")]), "the service you asked about",
                   False, named=True)
    said, _ = run(actions.ActionFallback(), FakeDirectory(decided(abuse=(), services=(galop,), context={})),
                  tracker("does galop have someone who speaks spanish", intent="nlu_fallback"), monkeypatch)
    assert said[0]["text"] != replies.NOT_UNDERSTOOD
    assert [s["name"] for m in said for s in m.get("services", [])][:1] == ["Galop"]


def test_the_classifier_seeing_danger_is_enough_for_999_first(monkeypatch):
    sent, _ = run(actions.ActionEmergency(), FakeDirectory(decided()),
                  tracker("he is outside", intent="immediate_danger"), monkeypatch)
    assert sent[0] == {"text": replies.IN_DANGER, "danger": True, "call": "999",
                       "advice": "call_999", "lang": "en"}
    down, _ = run(actions.ActionEmergency(), FakeDirectory(None),
                  tracker("he is outside", intent="immediate_danger"), monkeypatch)
    assert down[0]["call"] == "999"


def test_the_fallback_answers_what_the_decision_understood(monkeypatch):
    understood, _ = run(actions.ActionFallback(), FakeDirectory(decided()),
                        tracker("tottenham innit", intent="nlu_fallback"), monkeypatch)
    assert understood[0]["text"] == replies.TOPICS["domestic_abuse"].intro
    nothing = decided(abuse=(), services=(), context={})
    lost, _ = run(actions.ActionFallback(), FakeDirectory(nothing), tracker("weather?"), monkeypatch)
    assert lost[0]["text"] == replies.NOT_UNDERSTOOD


def test_a_greeting_with_something_in_it_is_signposted_and_a_bare_one_is_greeted(monkeypatch):
    hello_and_more, _ = run(actions.ActionGreet(), FakeDirectory(decided()),
                            tracker("hi my husband hits me", intent="greet"), monkeypatch)
    assert hello_and_more[0]["text"] == replies.TOPICS["domestic_abuse"].intro
    nothing = decided(abuse=(), services=(), context={})
    hello, _ = run(actions.ActionGreet(), FakeDirectory(nothing), tracker("hi", intent="greet"), monkeypatch)
    assert hello[0]["text"] == replies.GREETING


def test_a_long_message_taken_for_a_greeting_but_not_understood_gets_the_helpline(monkeypatch):
    nothing = decided(abuse=(), services=(), context={})
    said, _ = run(actions.ActionGreet(), FakeDirectory(nothing, found=[HELPLINE]),
                  tracker("приятелят ми ме удря, когато пие. какво да правя?", intent="greet"),
                  monkeypatch)
    assert said[0]["text"] == replies.NOT_UNDERSTOOD
    assert [s["name"] for m in said for s in m.get("services", [])] == ["A helpline"]


# Who is asking comes first, then who the person is, then what happened; among audiences the
# first in replies.AUDIENCE_TOPICS wins. Each row: what the decision found -> the topic said.
PRECEDENCE = [
    (dict(role="perpetrator", audiences=("man",), abuse=("stalking",)), "perpetrator"),
    (dict(role="professional", audiences=("young_person",), abuse=("fgm",)), "professional"),
    (dict(role="friend_family", audiences=("older",), abuse=("domestic_abuse",)), "friend_family"),
    (dict(role="parent", audiences=("man",), abuse=("fgm",)), "child_abuse"),
    (dict(role="parent", audiences=(), abuse=("domestic_abuse",)), "friend_family"),
    (dict(role="survivor", audiences=("man", "young_person"), abuse=("stalking",)), "young_person"),
    (dict(role="survivor", audiences=("lgbt", "man"), abuse=("stalking",)), "man"),
    (dict(role="survivor", audiences=("older", "lgbt"), abuse=("fgm",)), "lgbt"),
    (dict(role="survivor", audiences=("older",), abuse=("fgm",)), "older_person"),
    (dict(role="survivor", audiences=(), abuse=("economic_abuse", "stalking")), "domestic_abuse"),
    (dict(role="survivor", audiences=(), abuse=("stalking", "economic_abuse")), "stalking"),
]


def test_signpost_picks_the_topic_by_who_asks_then_who_they_are_then_what_happened(monkeypatch):
    for found, expected in PRECEDENCE:
        topic = replies.TOPICS[expected]
        sent, _ = run(actions.ActionSignpost(), FakeDirectory(decided(**found)),
                      tracker("some words"), monkeypatch)
        assert sent[0]["text"] == topic.intro, (found, expected)


def test_signpost_with_nothing_understood_points_to_search(monkeypatch):
    sent, _ = run(actions.ActionSignpost(), FakeDirectory(decided(abuse=(), context={})),
                  tracker("some words"), monkeypatch)
    assert sent[0]["text"] == replies.GENERAL.intro


def obrigada_after_portuguese() -> Tracker:
    """'obrigada', too short for the site to tell (taken as the page's English), after a
    Portuguese message it was sure of."""
    events = [{"event": "session_started"},
              {"event": "user", "metadata": {"lang": "pt", "lang_sure": True}}, {"event": "bot"},
              {"event": "user", "metadata": {"lang": "en", "lang_sure": False}}]
    return Tracker("someone", {}, {"text": "obrigada", "intent": {"name": "thanks", "confidence": 0.9},
                                   "metadata": {"channel": "web", "lang": "en", "lang_sure": False}},
                   events, False, None, None, "action_listen")


def test_a_message_too_short_to_tell_its_language_is_answered_in_the_conversations(monkeypatch):
    unsure = obrigada_after_portuguese()
    events = unsure.events
    assert actions.language(unsure) == "pt"
    sure = Tracker("someone", {}, {"text": "thank you so much",
                                   "metadata": {"lang": "en", "lang_sure": True}},
                   events, False, None, None, "action_listen")
    assert actions.language(sure) == "en"
    first = Tracker("someone", {}, {"text": "ok", "metadata": {"lang": "es", "lang_sure": False}},
                    [{"event": "user", "metadata": {"lang": "es", "lang_sure": False}}], False, None, None,
                    "action_listen")
    assert actions.language(first) == "es"  # nothing surer before it: the page's language


def test_roman_urdu_looking_words_in_a_roman_hindi_conversation_are_not_answered_in_urdu():
    # "mera pati mujhe maarta hai" (a Hindi-only word: written in Hindi, answered in the page's
    # English), then "ghar se nikalna hai, madad chahiye" (nothing only Hindi uses: taken for Urdu).
    hindi_first = [{"event": "user", "metadata": {"lang": "en", "lang_sure": False, "written": "hi"}},
                   {"event": "bot"},
                   {"event": "user", "metadata": {"lang": "ur", "lang_sure": True, "written": "ur"}}]
    later = Tracker("someone", {}, {"text": "ghar se nikalna hai, madad chahiye",
                                    "metadata": {"lang": "ur", "lang_sure": True, "written": "ur"}},
                    hindi_first, False, None, None, "action_listen")
    assert actions.language(later) == "en"
    # A conversation in Roman Urdu throughout is answered in Urdu.
    urdu = [{"event": "user", "metadata": {"lang": "ur", "lang_sure": True, "written": "ur"}}]
    assert actions.language(Tracker("someone", {}, {"text": "madad chahiye", "metadata": urdu[0]["metadata"]},
                                    urdu, False, None, None, "action_listen")) == "ur"
    # Another language later in a Hindi conversation is answered in it.
    in_spanish = {"lang": "es", "lang_sure": True}
    spanish = Tracker("someone", {}, {"text": "necesito ayuda", "metadata": in_spanish},
                      [*hindi_first[:2], {"event": "user", "metadata": in_spanish}],
                      False, None, None, "action_listen")
    assert actions.language(spanish) == "es"


def test_asking_for_a_person_with_a_new_need_is_signposted_and_a_bare_ask_gets_the_lines(monkeypatch):
    # "unde pot sa merg cu baietelul?" (where can I go with my little boy?) read as ask_human
    somewhere = decided(abuse=(), context={"needs": ["safe_place"], "area": "harrow"})
    said, _ = run(actions.ActionTalkToPerson(), FakeDirectory(somewhere),
                  tracker("unde pot sa merg cu baietelul?", intent="ask_human",
                          slots={"signpost_context": {"area": "harrow"}}), monkeypatch)
    assert said[0]["text"] == replies.GENERAL.intro
    # The same context with nothing new: the lines where real people answer.
    known = decided(context={"abuse": ["domestic_abuse"], "area": "harrow"})
    bare, _ = run(actions.ActionTalkToPerson(), FakeDirectory(known),
                  tracker("can i talk to a real person", intent="ask_human",
                          slots={"signpost_context": {"abuse": ["domestic_abuse"], "area": "harrow"}}),
                  monkeypatch)
    assert bare[0]["text"] == replies.REAL_PEOPLE
    moved, _ = run(actions.ActionTalkToPerson(), FakeDirectory(decided(context={"area": "haringey"})),
                   tracker("is there someone in haringey", intent="ask_human",
                           slots={"signpost_context": {"area": "harrow"}}), monkeypatch)
    assert moved[0]["text"] != replies.REAL_PEOPLE


def test_a_need_said_in_what_was_taken_for_a_goodbye_is_signposted(monkeypatch):
    leaving = decided(abuse=(), context={"needs": ["safe_place"]})
    said, _ = run(actions.ActionGoodbye(), FakeDirectory(leaving),
                  tracker("if i leave will the council give me somewhere to live", intent="goodbye"),
                  monkeypatch)
    assert replies.GOODBYE not in [m["text"] for m in said]
    assert said[0]["text"] == replies.GENERAL.intro
    bye = decided(abuse=(), services=(), context={})
    plain, _ = run(actions.ActionGoodbye(), FakeDirectory(bye), tracker("bye", intent="goodbye"), monkeypatch)
    assert plain[0]["text"] == replies.GOODBYE


def test_where_they_are_is_asked_only_when_no_place_was_given(monkeypatch):
    nowhere, events = run(actions.ActionSignpost(), FakeDirectory(decided()), tracker("he hits me"),
                          monkeypatch)
    assert nowhere[-1]["text"] == replies.ask_location_message(str)["text"]
    assert {"event": "slot", "timestamp": None, "name": "asked_location", "value": True} in events
    # "I'm in Leeds": a place outside London, where no local service is known.
    leeds, events = run(actions.ActionSignpost(), FakeDirectory(decided(local_known=False)),
                        tracker("he hits me, im in leeds"), monkeypatch)
    assert replies.UNKNOWN_PLACE in [m["text"] for m in leeds]
    assert replies.ask_location_message(str)["text"] not in [m["text"] for m in leeds]
    assert "asked_location" not in [e.get("name") for e in events]


def test_every_message_says_the_language_it_is_in(monkeypatch):
    # The reply is in the conversation's Portuguese, and says so, for the site to mark it up so.
    said, _ = run(actions.ActionFallback(), FakeDirectory(decided()), obrigada_after_portuguese(),
                  monkeypatch)
    assert said and all(message["lang"] == "pt" for message in said)
