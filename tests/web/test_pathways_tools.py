"""The safety self-check and the DASH checklist: scored on the server from a POSTed form, never
stored, never logged, never in a URL, and never a server error whatever is sent.

Fixture self-check (tests/web/fixtures/content/tools/self-check.yaml): weights danger-now 1
(immediate), strangled 3, threats-to-kill 3, getting-worse 2 (these three red flags), money 1,
phone 1; bands medium 0, high 2, immediate 10 (no standard band: a survivor is never told that).
Fixture DASH: questions q1..q27 (q27 a red flag, q1 with a note box), threshold 14.
"""
from __future__ import annotations

import gzip
import logging

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from directory.models import Base
from tests.support.public_site import FIXTURE_CONTENT, dispose, seeded_app
from web.pathways.content import load_content
from web.pathways.tools import BadAnswers, read_answers, score_dash, score_self_check

QUESTIONS = ["danger-now", "strangled", "threats-to-kill", "getting-worse", "money", "phone"]
BUDGET_BYTES = 20 * 1024


@pytest.fixture(scope="module")
def content():
    return load_content(FIXTURE_CONTENT)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("pathways-tools"))
    yield site
    dispose(site)


@pytest.fixture
def client(app):
    return app.test_client()


def answers(yes=(), no=(), not_sure=None) -> dict[str, str]:
    """A full set of self-check answers: `yes` and `no` as given, the rest "not sure"."""
    given = {q: "yes" for q in yes} | {q: "no" for q in no}
    return {q: given.get(q, "not-sure") for q in QUESTIONS}


def dash_answers(yes: int, no: int = 0) -> dict[str, str]:
    values = ["yes"] * yes + ["no"] * no
    return {f"q{i}": value for i, value in enumerate(values, 1)}


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def texts(soup, selector: str) -> list[str]:
    return [" ".join(el.get_text(" ").split()) for el in soup.select(selector)]


# -- self-check scoring ------------------------------------------------------------------------

@pytest.mark.parametrize("yes, score, level", [
    ((), 0, "medium"),                                            # never "standard"
    (("money",), 1, "medium"),                                    # one under high
    (("money", "phone"), 2, "high"),                              # exactly high's min_score
    (("strangled", "getting-worse"), 5, "high"),
    (("strangled", "threats-to-kill", "getting-worse", "money"), 9, "high"),
    (("strangled", "threats-to-kill", "getting-worse", "money", "phone"), 10, "immediate"),
])
def test_the_band_is_the_highest_whose_min_score_is_reached(content, yes, score, level):
    result = score_self_check(content.self_check, answers(yes=yes, no=set(QUESTIONS) - set(yes)))
    assert (result.score, result.level) == (score, level)
    assert not result.immediate_answer
    assert result.band.heading == {b.level: b.heading for b in content.self_check.bands}[level]


def test_yes_to_an_immediate_question_gives_the_immediate_band_whatever_the_score(content):
    result = score_self_check(content.self_check,
                              answers(yes=["danger-now"], no=QUESTIONS[1:]))
    assert result.score == 1, "on its score alone this would be medium"
    assert result.level == "immediate" and result.immediate_answer


def test_not_sure_to_an_immediate_question_does_not_force_it(content):
    result = score_self_check(content.self_check, answers(yes=["money"]))
    assert result.level == "medium" and not result.immediate_answer


def test_all_not_sure_scores_nothing_and_counts_every_question(content):
    result = score_self_check(content.self_check, answers())
    assert (result.score, result.level, result.not_sure) == (0, "medium", len(QUESTIONS))


def test_read_answers_fills_gaps_with_not_sure_and_ignores_other_fields(content):
    form = MultiDict({"strangled": "yes", "money": "no", "lang": "es", "extra": "x"})
    found = read_answers(form, content.self_check.questions)
    assert found == answers(yes=["strangled"], no=["money"])


@pytest.mark.parametrize("form", [
    MultiDict({"strangled": "maybe"}),
    MultiDict({"strangled": "YES "}),
    MultiDict({"strangled": "yes" * 1000}),
    MultiDict([("strangled", "yes"), ("strangled", "no")]),
])
def test_read_answers_refuses_what_the_form_never_sends(content, form):
    with pytest.raises(BadAnswers):
        read_answers(form, content.self_check.questions)


# -- the self-check pages ----------------------------------------------------------------------

def test_the_form_has_every_question_as_a_post_form_with_autocomplete_off(client, content):
    soup = soup_of(client.get("/self-check"))
    form = soup.select_one("main form.tool")
    assert form["method"] == "post" and form["action"] == "/self-check"
    assert form["autocomplete"] == "off"
    fieldsets = form.select("fieldset.question")
    assert [f.select_one("legend").get_text(strip=True) for f in fieldsets] == [
        q.text for q in content.self_check.questions]
    for fieldset, question in zip(fieldsets, content.self_check.questions, strict=True):
        radios = fieldset.select("input[type=radio]")
        assert [(r["name"], r["value"]) for r in radios] == [
            (question.id, "yes"), (question.id, "no"), (question.id, "not-sure")]
        assert [fieldset.select_one(f"label[for='{r['id']}']").get_text() for r in radios] == [
            "Yes", "No", "Not sure"]
        assert not any(r.has_attr("checked") for r in radios)
    assert not form.select("input:not([type=radio]), textarea, select")
    assert content.self_check.disclaimer.text in texts(soup, "main .note")[0]
    assert texts(soup, "main .review") == ["Not yet reviewed by a specialist."]
    assert soup.select("section.references li")


def test_answers_in_the_address_are_ignored_and_the_form_starts_empty(client):
    empty = client.get("/self-check").get_data()
    tried = client.get("/self-check?danger-now=yes&strangled=yes&threats-to-kill=yes")
    assert tried.status_code == 200
    assert tried.get_data() == empty


def test_a_post_never_reads_answers_from_the_address(client):
    response = client.post("/self-check?strangled=yes&danger-now=yes", data={})
    assert response.status_code == 400
    assert soup_of(response).select_one("main form.tool")


def test_the_result_shows_the_band_next_steps_services_and_disclaimer(client, content):
    response = client.post("/self-check", data=answers(yes=["strangled", "getting-worse"],
                                                       no=["money", "phone"]))
    assert response.status_code == 200
    soup = soup_of(response)
    assert texts(soup, "main h1") == ["You may be at high risk"]
    assert "Fixture summary for the high band." in texts(soup, "main .lead")
    assert texts(soup, "main .meta")[0] == "Your result: High risk"
    assert content.self_check.disclaimer.text in texts(soup, "main .note")[0]
    steps = texts(soup, "section[aria-labelledby='section-next'] li")
    assert [s.split(" Sources")[0] for s in steps] == ["Fixture next step for high risk.",
                                                       "Fixture second step for high risk."]
    assert texts(soup, "section.services li.card h2")[0] == (
        "Paladin National Stalking Advocacy Service")
    assert soup.select_one("section.services a[href='/search?service_type=advocacy']")
    assert soup.select_one("a[href='/guidance/risk/high']")
    assert "2 questions" in soup.select_one("main").get_text(" ")   # danger-now, threats
    assert not soup.select("main .danger")
    assert soup.select("section.references li")


def test_the_immediate_result_leads_with_the_emergency(client):
    soup = soup_of(client.post("/self-check", data={"danger-now": "yes"}))
    assert texts(soup, "main h1") == ["You may be in danger now"]
    alert = soup.select_one("main .danger[role=alert]")
    assert "Call 999" in alert.get_text() and alert.select_one("a[href='/help-now']")


def test_all_not_sure_is_a_result_not_an_error(client):
    response = client.post("/self-check", data=answers())
    assert response.status_code == 200
    soup = soup_of(response)
    assert texts(soup, "main h1") == ["Things to think about"]
    assert f"{len(QUESTIONS)} questions" in soup.select_one("main").get_text(" ")


def test_a_partly_answered_form_counts_the_rest_as_not_sure(client):
    soup = soup_of(client.post("/self-check", data={"strangled": "yes", "getting-worse": "yes"}))
    assert texts(soup, "main h1") == ["You may be at high risk"]
    assert "4 questions" in soup.select_one("main").get_text(" ")


@pytest.mark.parametrize("data, message", [
    ({}, "Answer at least one question"),
    ({"lang": "en", "unrelated": "yes"}, "Answer at least one question"),
    ({"strangled": "maybe"}, "could not be read"),
    ({"strangled": ["yes", "no"]}, "could not be read"),
    ({"strangled": "yes", "money": "\x00" * 50}, "could not be read"),
    ({"strangled": "y" * 10_000}, "could not be read"),
])
def test_bad_posts_get_the_form_again_with_a_clear_400(client, data, message):
    response = client.post("/self-check", data=data)
    assert response.status_code == 400
    soup = soup_of(response)
    assert message in texts(soup, "main .problem[role=alert]")[0]
    assert soup.select_one("main form.tool[method=post]")
    assert not soup.select("input[checked]"), "nothing sent is echoed back"


@pytest.mark.parametrize("body, content_type", [
    (b"strangled=yes&" + b"x" * 100_000, "application/x-www-form-urlencoded"),
    # Over the site-wide limit too: the page must not fail while choosing its language.
    (b"strangled=yes&x=" + b"x" * (6 * 1024 * 1024), "application/x-www-form-urlencoded"),
    (b"&".join(b"f%d=1" % i for i in range(2000)), "application/x-www-form-urlencoded"),
    (b"--b\r\nContent-Disposition: form-data; name=\"strangled\"\r\n\r\n" + b"y" * 50_000
     + b"\r\n--b--\r\n", "multipart/form-data; boundary=b"),
])
def test_huge_bodies_get_a_clear_page_never_a_server_error(client, body, content_type):
    response = client.post("/self-check", data=body, content_type=content_type)
    assert response.status_code in (400, 413)
    soup = soup_of(response)
    assert soup.select_one("main .problem[role=alert]")
    assert soup.select_one("a[data-quick-exit]")


@pytest.mark.parametrize("body, content_type", [
    (b'{"strangled": "yes"}', "application/json"),
    (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
    (b"--broken", "multipart/form-data; boundary=b"),
])
def test_odd_bodies_are_never_a_server_error(client, body, content_type):
    response = client.post("/self-check", data=body, content_type=content_type)
    assert 400 <= response.status_code < 500


def row_counts(app) -> dict[str, int]:
    with app.extensions["directory"].engine.connect() as connection:
        return {table.name: connection.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


def test_nothing_is_stored_or_logged_and_no_cookie_is_set(client, app, caplog):
    before = row_counts(app)
    secret = answers(yes=["strangled", "threats-to-kill"], no=["phone"])
    with caplog.at_level(logging.DEBUG):
        responses = [client.post("/self-check", data=secret),
                     client.post("/self-check", data={"strangled": "bogus-answer"}),
                     client.post("/professionals/dash/checklist", data=dash_answers(14, 3))]
    assert [r.status_code for r in responses] == [200, 400, 200]
    assert row_counts(app) == before
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "POST /self-check 200" in logged, "the request log is captured, without the answers"
    for word in [*QUESTIONS, "bogus-answer", "not-sure", "yes", "q14"]:
        assert word not in logged, word
    for response in responses:
        assert response.headers["Cache-Control"] == "no-store"
        assert "Set-Cookie" not in response.headers
    assert client.get_cookie("session") is None


def test_result_pages_fit_the_page_budget(client):
    for response in (client.post("/self-check", data=answers(yes=QUESTIONS)),
                     client.post("/professionals/dash/checklist", data=dash_answers(27))):
        total = len(gzip.compress(response.get_data(), 6))
        for asset in ("/static/site.css", "/static/quick-exit.js"):
            total += len(gzip.compress(client.get(asset, buffered=True).get_data(), 6))
        assert total <= BUDGET_BYTES


# -- DASH -------------------------------------------------------------------------------------

@pytest.mark.parametrize("yes, high", [(0, False), (13, False), (14, True), (27, True)])
def test_dash_scores_yes_answers_against_the_threshold(content, yes, high):
    result = score_dash(content.dash, dash_answers(yes, 27 - yes))
    assert (result.yes, result.threshold, result.visible_high_risk) == (yes, 14, high)
    assert result.not_known == 0


def test_dash_counts_not_known_and_unanswered_as_not_yes(content):
    result = score_dash(content.dash, dash_answers(14) | {"q20": "not-sure"})
    assert (result.yes, result.not_known, result.visible_high_risk) == (14, 13, True)


def test_the_dash_form_has_all_27_questions_numbered(client):
    soup = soup_of(client.get("/professionals/dash/checklist"))
    form = soup.select_one("main form.tool")
    assert form["method"] == "post" and form["action"] == "/professionals/dash/checklist"
    assert form["autocomplete"] == "off"
    legends = texts(form, "fieldset.question legend")
    assert len(legends) == 27
    assert legends[0] == "1. Fixture DASH question 1?" and legends[26].startswith("27. ")
    labels = texts(form, "fieldset.question:first-of-type .answers label")
    assert labels == ["Yes", "No", "Not known"]
    # q1 asks to "state what": it alone has a box to write in.
    assert [t["name"] for t in form.select("textarea")] == ["q1-note"]
    # The introduction before the questions, the notes after them, the outcomes not at all.
    sections = [s["aria-labelledby"] for s in soup.select("section[aria-labelledby^='section-']")]
    assert sections == ["section-about", "section-why-it-matters"]
    assert soup.select_one("#section-about").find_next("form") is form
    assert form.find_next("section")["aria-labelledby"] == "section-why-it-matters"


def test_14_yes_answers_is_visible_high_risk_refer_to_marac(client):
    soup = soup_of(client.post("/professionals/dash/checklist", data=dash_answers(14, 13)))
    assert texts(soup, "main h1") == ["DASH checklist: 14 of 27 answered yes"]
    outcome = soup.select_one("section.outcome")
    assert "danger" in outcome["class"]
    assert texts(outcome, "h2") == ["Visible high risk: refer to MARAC"]
    assert "threshold of 14" in outcome.get_text()
    assert [s["aria-labelledby"] for s in soup.select("section[aria-labelledby^='section-']")
            ] == ["section-visible-high-risk"]
    assert texts(soup, "#section-visible-high-risk ~ .statements li") == [
        "Fixture: refer to MARAC and to an IDVA."]
    assert soup.select_one("main a[href='/professionals/marac']")


def test_13_yes_answers_explains_the_other_ways_to_marac(client):
    soup = soup_of(client.post("/professionals/dash/checklist", data=dash_answers(13, 14)))
    assert texts(soup, "main h1") == ["DASH checklist: 13 of 27 answered yes"]
    outcome = soup.select_one("section.outcome")
    assert "danger" not in outcome["class"]
    assert texts(outcome, "h2") == ["Below the threshold for visible high risk"]
    words = outcome.get_text(" ")
    for reason in ("professional judgement", "potential escalation", "repeat referral"):
        assert reason in words
    # What the content says about a result under the threshold, with its sources.
    assert [s["aria-labelledby"] for s in soup.select("section[aria-labelledby^='section-']")
            ] == ["section-below-threshold"]
    assert texts(soup, "#section-below-threshold ~ .statements li")[0].startswith(
        "Fixture: professional judgement, potential escalation or a repeat referral")
    assert soup.select("section.references li")


def test_the_dash_result_lists_the_answers_for_the_case_record(client):
    data = dash_answers(2, 1)
    soup = soup_of(client.post("/professionals/dash/checklist", data=data))
    answers_given = texts(soup, "ol.answer-list li strong")
    assert answers_given[:3] == ["Yes", "Yes", "No"]
    assert answers_given[3:] == ["Not known"] * 24
    assert "24 questions were answered" in soup.select_one("main").get_text(" ")


def test_dash_ignores_answers_in_the_address(client):
    empty = client.get("/professionals/dash/checklist").get_data()
    assert client.get("/professionals/dash/checklist?q1=yes&q2=yes").get_data() == empty


@pytest.mark.parametrize("data", [{}, {"q1": "perhaps"}, {"q1": ["yes", "yes"]},
                                  {"q99": "yes"}, {"q1": "x" * 20_000}])
def test_bad_dash_posts_are_a_clear_400(client, data):
    response = client.post("/professionals/dash/checklist", data=data)
    assert response.status_code in (400, 413)
    assert soup_of(response).select_one("main .problem[role=alert]")
