import datetime as dt

from actions import replies
from actions.directory_client import UK_TIME, ServiceSummary


def t(message):
    return message


ALWAYS = [{"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}]
WEEKDAYS = [{"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}]


def service(name="A line", phones=(("0808 157 0001", "voice"),), schedules=(), url=None):
    return ServiceSummary(id="x", name=name, phones=list(phones), schedules=list(schedules), url=url)


def test_open_status_comes_from_the_published_hours():
    monday_ten = dt.datetime(2026, 11, 23, 10, 0, tzinfo=UK_TIME)
    monday_six = dt.datetime(2026, 11, 23, 18, 0, tzinfo=UK_TIME)
    assert service(schedules=WEEKDAYS).open_now(monday_ten) is True
    assert service(schedules=WEEKDAYS).open_now(monday_six) is False
    assert service().open_now(monday_ten) is None  # no hours published: say nothing
    assert service(schedules=ALWAYS).always_open


def test_service_lines_show_numbers_and_24_hour_lines():
    lines = replies.lines_for_services([
        service("Helpline", schedules=ALWAYS),
        service("Text line", phones=[("0808 157 0002", "text")]),
        service("Website only", phones=[], url="https://example.org"),
        service("Nothing to act on", phones=[]),
    ], t)
    assert lines == ["Helpline: 0808 157 0001 (open 24 hours)", "Text line: text 0808 157 0002",
                     "Website only: https://example.org"]


def test_signpost_gives_pathway_services_guidance_and_999():
    messages = replies.signpost(replies.TOPICS["stalking"], [service()], "https://site.test", t,
                                ask_location=True, borough=None)
    texts = [m["text"] for m in messages]
    assert texts[0] == replies.TOPICS["stalking"].intro
    assert "A line: 0808 157 0001" in texts[1]
    assert texts[2].endswith("https://site.test/guidance/abuse/stalking")
    assert messages[3]["buttons"] and texts[-1] == replies.EMERGENCY[0]


def test_signpost_without_services_still_points_somewhere():
    messages = replies.signpost(replies.GENERAL, [], "", t, ask_location=False, borough="haringey")
    assert any("/search" in m["text"] for m in messages)
    assert not any(m.get("buttons") for m in messages)


def test_the_fallback_is_never_a_dead_end():
    texts = [m["text"] for m in replies.fallback([service()], "", t)]
    assert any("0808 157 0001" in text for text in texts)
    assert any("/search" in text for text in texts)
    assert texts[-1] == replies.EMERGENCY[0]


def test_every_topic_links_to_a_page():
    for name, topic in replies.TOPICS.items():
        assert topic.guidance.startswith("/"), name
        assert topic.query and topic.intro
