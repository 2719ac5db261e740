import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from actions import actions, replies
from actions.directory_client import Chosen, ServiceSummary, Signposted
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from signpost_common.emergency import ADVICE
from signpost_common.hours import UK_TIME


def t(message):
    return message


ALWAYS = [{"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}]
WEEKDAYS = [{"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}]
# A number or an address in a message's text would have to be found by pattern to be linked.
NUMBER_OR_PATH = re.compile(r"\d{4}|/search|/guidance|https?:")


def service(name="A line", phones=(("0808 157 0001", "voice"),), schedules=(), url=None):
    return ServiceSummary(id="x", name=name, phones=list(phones), schedules=list(schedules), url=url)


def texts(messages):
    return [m["text"] for m in messages]


def test_open_status_comes_from_the_published_hours():
    monday_ten = dt.datetime(2026, 11, 23, 10, 0, tzinfo=UK_TIME)
    monday_six = dt.datetime(2026, 11, 23, 18, 0, tzinfo=UK_TIME)
    assert service(schedules=WEEKDAYS).open_now(monday_ten) is True
    assert service(schedules=WEEKDAYS).open_now(monday_six) is False
    assert service().open_now(monday_ten) is None  # no hours published: say nothing
    assert service(schedules=ALWAYS).always_open


def test_services_travel_as_structure_with_phone_types_and_hours():
    found = replies.services_structure([
        service("Helpline", schedules=ALWAYS),
        service("Text line", phones=[("0808 157 0002", "text")]),
        service("Website only", phones=[], url="https://example.org"),
        service("Nothing to act on", phones=[]),
    ])
    assert found == [
        {"id": "x", "name": "Helpline", "phones": [{"number": "0808 157 0001", "type": "voice"}],
         "url": None, "hours": "always"},
        {"id": "x", "name": "Text line", "phones": [{"number": "0808 157 0002", "type": "text"}],
         "url": None, "hours": None},
        {"id": "x", "name": "Website only", "phones": [], "url": "https://example.org", "hours": None},
    ]


def decision(role="survivor", abuse=("stalking",), emergency=(), services=None, boroughs=(),
             local_known=None, audiences=(), pathway="/guidance/abuse/stalking"):
    chosen = services if services is not None else (Chosen(service(), "for stalking", False),)
    return Signposted(role=role, abuse=tuple(abuse), urgency="none", audiences=tuple(audiences),
                      boroughs=tuple(boroughs), emergency=tuple(emergency), pathway=pathway,
                      local_known=local_known, services=tuple(chosen), context={"abuse": list(abuse)})


def test_signposted_gives_pathway_services_with_reasons_and_a_guidance_link_as_structure():
    messages = replies.signposted(decision(), t, ask_location=True, place=None)
    assert messages[0]["text"] == replies.TOPICS["stalking"].intro
    assert messages[1]["services"][0]["phones"] == [{"number": "0808 157 0001", "type": "voice"}]
    assert messages[1]["services"][0]["reason"] == "for stalking"
    assert messages[2]["link"] == {"path": "/guidance/abuse/stalking", "kind": "guidance"}
    assert messages[3]["buttons"]
    assert not any(NUMBER_OR_PATH.search(text) for text in texts(messages))
    assert not any("999" in text for text in texts(messages))  # 999 only where it is due


def test_local_services_are_listed_apart_and_none_known_is_said_plainly():
    local = Chosen(service("Tottenham IDVA"), "in your area", True)
    national = Chosen(service("National line"), "for domestic abuse, 24 hours", False)
    found = replies.signposted(decision(services=(national, local), boroughs=("haringey",),
                                        local_known=True), t, False, "tottenham")
    near = next(m for m in found if m["text"].startswith("Services near"))
    assert near["text"] == "Services near Tottenham:" and [s["name"] for s in near["services"]] == [
        "Tottenham IDVA"]
    none = replies.signposted(decision(services=(national,), boroughs=("camden",), local_known=False),
                              t, False, None)
    assert replies.UNKNOWN_PLACE in texts(none)
    assert not any(m["text"].startswith("Services near") for m in none)


def test_a_local_service_asked_for_by_name_comes_before_the_national_lines():
    mash = Chosen(service("Haringey MASH"), "the service you asked about", True, named=True)
    national = Chosen(service("National line"), "for domestic abuse, 24 hours", False)
    found = replies.signposted(decision(services=(national, mash), boroughs=("haringey",), local_known=True),
                               t, False, None)
    listed = [s["name"] for m in found for s in m.get("services", [])]
    assert listed == ["Haringey MASH", "National line"]
    unnamed = replace(mash, named=False)
    found = replies.signposted(decision(services=(national, unnamed), boroughs=("haringey",),
                                        local_known=True), t, False, None)
    assert [s["name"] for m in found for s in m.get("services", [])] == ["National line", "Haringey MASH"]


def test_a_chosen_service_with_no_contact_details_is_named_after_those_that_can_be_reached():
    unconfirmed = Chosen(service("Harrow ISVA", phones=()), "you asked for it by name", True)
    line = Chosen(service("A local line"), "in your area", True)
    found = replies.signposted(decision(services=(unconfirmed, line), boroughs=("harrow",),
                                        local_known=True), t, False, "harrow")
    near = next(m for m in found if m["text"].startswith("Services near"))
    assert [s["name"] for s in near["services"]] == ["A local line", "Harrow ISVA"]
    assert near["services"][1]["phones"] == [] and near["services"][1]["url"] is None
    # Elsewhere (the fallback, "talk to someone") only services that can be reached are listed.
    assert replies.services_structure([service("Harrow ISVA", phones=())]) == []


def test_where_no_local_service_can_be_reached_that_is_said_before_the_ones_known_there():
    national = Chosen(service("National line"), "for domestic abuse, 24 hours", False)
    known = Chosen(service("Harrow IDVA", phones=()), "in your area", True)
    found = replies.signposted(decision(services=(national, known), boroughs=("harrow",),
                                        local_known=False), t, False, "pinner")
    said = texts(found)
    assert said.index(replies.NO_CONFIRMED_LOCAL) < said.index("Known in Pinner, with no confirmed "
                                                                "contact details:")
    listed = next(m for m in found if m["text"].startswith("Known in"))
    assert [s["name"] for s in listed["services"]] == ["Harrow IDVA"]
    assert replies.UNKNOWN_PLACE not in said
    assert not any(m["text"].startswith("Services near") for m in found)


def test_signposted_without_services_still_points_somewhere():
    messages = replies.signposted(decision(services=()), t, ask_location=False, place="haringey")
    assert {"path": "/search", "kind": "search"} in [m.get("link") for m in messages]
    assert not any(m.get("buttons") for m in messages)


def test_a_link_to_a_missing_guidance_page_is_caught():
    assert guidance_file("/guidance/abuse/no_such_thing") is not None
    assert not guidance_file("/guidance/abuse/no_such_thing").exists()
    assert guidance_file("/elsewhere") is None


def test_who_is_asking_picks_the_first_words():
    assert replies.topic_for(decision(role="perpetrator", abuse=("domestic_abuse",))) \
        is replies.TOPICS["perpetrator"]
    assert replies.topic_for(decision(role="parent", abuse=("fgm",))) is replies.TOPICS["child_abuse"]
    assert replies.topic_for(decision(role="professional", abuse=("fgm",))) is replies.TOPICS["professional"]
    assert replies.topic_for(decision(abuse=("domestic_abuse",), audiences=("man",))) is replies.TOPICS["man"]
    assert replies.topic_for(decision(abuse=())) is replies.GENERAL


def test_danger_from_the_decision_comes_first_and_fits_the_person():
    overdose = replies.signposted(decision(emergency=("call_999", "medical")), t, False, None)
    assert overdose[0] == {"text": replies.IN_DANGER, "danger": True, "call": "999",
                           "advice": "call_999"}
    assert overdose[1]["text"] == ADVICE["medical"]
    silent = replies.emergency(t, ("call_999", "silent_solution", "emergency_sms"))
    assert "55" in silent[1]["text"] and "emergencySMS" in silent[2]["text"]


def test_in_a_language_the_directory_cannot_read_999_comes_first_and_no_topic_is_guessed():
    unread = replace(decision(abuse=(), emergency=("call_999",)), unread_language="de")
    messages = replies.signposted(unread, t, False, None)
    assert messages[0] == {"text": replies.IN_DANGER, "danger": True, "call": "999",
                           "advice": "call_999"}
    assert messages[1]["text"] == replies.UNREAD_LANGUAGE
    assert all(m["text"] != replies.GENERAL.intro for m in messages)


def test_the_fallback_is_never_a_dead_end():
    messages = replies.fallback([service()], t)
    assert messages[1]["services"][0]["name"] == "A line"
    assert messages[-1]["link"]["path"] == "/search"
    assert not any("999" in text for text in texts(messages))


def test_danger_is_said_once_at_the_top_with_a_way_to_call_without_speaking():
    messages = replies.emergency(t)
    assert messages[0] == {"text": replies.IN_DANGER, "danger": True, "call": "999",
                           "advice": "call_999"}
    assert "55" in messages[1]["text"] and "emergencySMS" in messages[2]["text"]
    assert texts(messages).count(replies.IN_DANGER) == 1


def test_the_first_reply_starts_with_the_help_and_says_999_once():
    helped = replies.signposted(decision(), t, False, None)
    first = replies.first_reply_closing(helped, t, 30)
    assert first[0]["text"] == replies.TOPICS["stalking"].intro
    assert texts(first)[-2:] == [replies.SAFETY_NOTICE % {"minutes": 30}, replies.IN_DANGER]
    in_danger = replies.first_reply_closing(replies.emergency(t), t, 30)
    assert in_danger[0]["text"] == replies.IN_DANGER
    assert texts(in_danger).count(replies.IN_DANGER) == 1


# Where the site's guidance pages come from: each path the assistant links to must name a
# guidance file that exists, or the person gets a "not found" page.
CONTENT = Path(__file__).resolve().parents[2] / "content"
GUIDANCE_FILES = {
    re.compile(r"^/guidance/abuse/(?P<id>[a-z_]+)$"): "abuse/{id}.yaml",
    re.compile(r"^/guidance/for/(?P<id>[a-z_]+)$"): "audiences/{id}.yaml",
    re.compile(r"^/guidance/friends-and-family$"): "friends-family.yaml",
    re.compile(r"^/professionals$"): "professionals",
}


def guidance_file(path):
    for pattern, file in GUIDANCE_FILES.items():
        match = pattern.match(path)
        if match:
            return CONTENT / file.format(**match.groupdict())
    return None


def test_every_topic_links_to_a_guidance_page_that_exists():
    for name, topic in replies.TOPICS.items():
        file = guidance_file(topic.guidance)
        assert file is not None, f"{name}: {topic.guidance} is not a guidance page"
        assert file.exists(), f"{name}: {topic.guidance} has no {file.relative_to(CONTENT)}"
        assert topic.query and topic.intro
        assert topic.link_kind == "guidance"
    assert replies.GENERAL.link_kind == "search"


def tracker(*events, channel="web"):
    return Tracker("someone", {}, {"intent": {"name": "greet"}, "metadata": {"channel": channel}},
                   list(events), False, None, None, "action_listen")


STARTED = ({"event": "action", "name": "action_session_start"}, {"event": "session_started"},
           {"event": "action", "name": "action_listen"})
USER = {"event": "user", "text": None}


def sent(dispatcher):
    return [m["custom"] for m in dispatcher.messages]


def test_only_the_first_reply_of_a_web_conversation_closes_with_999():
    first = CollectingDispatcher()
    actions.reply(first, tracker(*STARTED, USER), [replies.message("hello")])
    assert [m["text"] for m in sent(first)][-1] == replies.IN_DANGER
    later = CollectingDispatcher()
    actions.reply(later, tracker(*STARTED, USER, {"event": "bot"}, USER), [replies.message("hello")])
    assert sent(later) == [{"text": "hello", "lang": "en"}]
    renewed = CollectingDispatcher()  # a new session after an idle one starts afresh
    actions.reply(renewed, tracker(*STARTED, USER, USER, *STARTED, USER), [replies.message("hi")])
    assert len(sent(renewed)) == 3


def test_texts_get_no_closing_because_sms_sends_its_own_first_notice():
    dispatcher = CollectingDispatcher()
    actions.reply(dispatcher, tracker(*STARTED, USER, channel="sms"), [replies.message("hello")])
    assert sent(dispatcher) == [{"text": "hello", "lang": "en"}]


def test_forgetting_tells_the_site_to_clear_the_conversation():
    dispatcher = CollectingDispatcher()
    stop = Tracker("someone", {}, {"text": "STOP", "intent": {"name": "forget"}, "metadata": {}},
                   [*STARTED, USER], False, None, None, "action_listen")
    actions.ActionForget().run(dispatcher, stop, {})
    assert sent(dispatcher) == [{"text": replies.FORGOTTEN, "forgotten": True, "lang": "en"}]
