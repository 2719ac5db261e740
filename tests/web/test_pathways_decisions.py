"""The decisions the real content makes, table by table: any red flag is high risk, a survivor is
never told "standard", and every page a survivor or professional lands on after a decision
shows a number they can call (issue 16's four dangerous problems)."""
from __future__ import annotations

import itertools
import logging

import pytest
from bs4 import BeautifulSoup

from tests.support.public_site import dispose, seeded_app
from web.config import Config
from web.pathways.content import load_content
from web.pathways.tools import score_dash, score_self_check

CONTENT = Config.CONTENT_DIR
# The signs that alone mean high risk (SafeLives; issue 16): strangulation, threats to kill,
# weapons, fear, escalation, separation, pregnancy.
SELF_CHECK_RED_FLAGS = ["scared", "choking", "kill-threat", "weapon", "getting-worse",
                        "leaving", "pregnant"]
DASH_RED_FLAGS = ["q2", "q6", "q9", "q10", "q11", "q13", "q14", "q15"]
EMERGENCY_TEL = "tel:999"
HELPLINE_TEL = "tel:08082000247"
REASSURANCE = ["not likely", "no clear signs", "standard risk means"]


@pytest.fixture(scope="module")
def content():
    return load_content(CONTENT)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("decisions"), CONTENT_DIR=str(CONTENT))
    yield site.test_client()
    dispose(site)


def all_no(questions) -> dict[str, str]:
    return {q.id: "no" for q in questions}


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def reachable_links(soup) -> list[str]:
    return [a["href"] for a in soup.select("main section.reachable a[href^='tel:']")]


# -- the self-check --------------------------------------------------------------------------

def test_the_red_flags_are_the_ones_the_content_marks(content):
    marked = [q.id for q in content.self_check.questions if q.red_flag]
    assert marked == SELF_CHECK_RED_FLAGS
    assert [q.id for q in content.dash.questions if q.red_flag] == DASH_RED_FLAGS


@pytest.mark.parametrize("flags", [
    combo for size in (1, 2, 3, 7) for combo in itertools.combinations(SELF_CHECK_RED_FLAGS, size)
], ids=lambda combo: "+".join(combo))
def test_any_red_flag_alone_or_together_is_high_risk(content, flags):
    answers = all_no(content.self_check.questions) | {flag: "yes" for flag in flags}
    result = score_self_check(content.self_check, answers)
    assert result.level in ("high", "immediate")
    assert set(result.red_flags) == set(flags)


def test_a_red_flag_with_danger_now_is_immediate(content):
    answers = all_no(content.self_check.questions) | {"choking": "yes", "danger-now": "yes"}
    assert score_self_check(content.self_check, answers).level == "immediate"


@pytest.mark.parametrize("answer", ["no", "not-sure"])
def test_no_answer_ever_gives_standard_or_low(content, answer):
    questions = content.self_check.questions
    for yes in itertools.chain.from_iterable(
            itertools.combinations([q.id for q in questions], n) for n in range(3)):
        answers = {q.id: answer for q in questions} | {q: "yes" for q in yes}
        assert score_self_check(content.self_check, answers).level not in ("standard", "low")


@pytest.mark.parametrize("flag", SELF_CHECK_RED_FLAGS)
def test_a_red_flag_result_page_is_high_and_opens_with_numbers(client, content, flag):
    answers = all_no(content.self_check.questions) | {flag: "yes"}
    soup = soup_of(client.post("/self-check", data=answers))
    high = next(b for b in content.self_check.bands if b.level == "high")
    assert soup.select_one("main h1").get_text(strip=True) == high.heading
    links = reachable_links(soup)
    assert links[:2] == [EMERGENCY_TEL, HELPLINE_TEL]
    # The numbers come before any advice to read.
    first_section = soup.select_one("main section")
    assert "reachable" in first_section["class"]


@pytest.mark.parametrize("answers", [{}, {"hurt": "yes"}, {"danger-now": "yes"}],
                         ids=["nothing", "hurt", "danger"])
def test_every_self_check_result_has_reachable_numbers(client, content, answers):
    form = {q.id: "not-sure" for q in content.self_check.questions} | answers
    soup = soup_of(client.post("/self-check", data=form))
    assert {EMERGENCY_TEL, HELPLINE_TEL} <= set(reachable_links(soup))
    text = soup.select_one("main").get_text(" ").lower()
    for words in REASSURANCE + ["standard risk", "low risk"]:
        assert words not in text


# -- risk pages ------------------------------------------------------------------------------

@pytest.mark.parametrize("level", ["immediate", "high", "medium", "standard"])
def test_every_risk_page_opens_with_999_then_the_24_hour_helpline(client, level):
    soup = soup_of(client.get(f"/guidance/risk/{level}"))
    reachable = soup.select_one("main section")
    assert "reachable" in reachable["class"], "the numbers come first"
    links = reachable_links(soup)
    assert links[:2] == [EMERGENCY_TEL, HELPLINE_TEL]
    assert "press 55" in reachable.get_text(" ")
    assert "24/7" in reachable.select_one("li.helpline").get_text()
    # A local IDVA service is listed only with a number to call.
    for item in reachable.select("li.local-idva"):
        assert item.select_one("a[href^='tel:']")


@pytest.mark.parametrize("level", ["medium", "standard"])
def test_lower_risk_pages_do_not_reassure_or_offer_family_work(content, level):
    page = content.risk[level]
    text = " ".join([page.title, page.summary] + [item.text for section in page.sections
                                                  for item in section.items]).lower()
    for words in REASSURANCE:
        assert words not in text
    assert "counselling can help you" not in text
    assert "couples counselling, family therapy or mediation" in text   # the warning


def test_no_page_suggests_systemic_family_support(content):
    for page in content.pages():
        assert not any("systemic" in key for key in page.services), page.path
        words = " ".join(item.text for section in page.sections for item in section.items)
        assert "systemic family" not in words.lower(), page.path


def test_every_mention_of_the_migrant_concession_says_get_advice_first(content):
    mentions = 0
    for page in content.pages():
        items = [item.text for section in page.sections for item in section.items]
        for number, text in enumerate(items):
            if "Migrant Victims of Domestic Abuse Concession" in text:
                mentions += 1
                following = " ".join(items[number:number + 3])
                assert "regulated immigration advice before you apply" in following, page.path
                assert "ends the permission" in following, page.path
                assert "no way to settle" in following, page.path
    assert mentions >= 7


# -- DASH ------------------------------------------------------------------------------------

@pytest.mark.parametrize("flags", [
    combo for size in (1, 2, 8) for combo in itertools.combinations(DASH_RED_FLAGS, size)
], ids=lambda combo: "+".join(combo))
def test_any_dash_red_flag_is_marac_level(content, flags):
    answers = all_no(content.dash.questions) | {flag: "yes" for flag in flags}
    result = score_dash(content.dash, answers)
    assert result.high_risk and not result.visible_high_risk
    assert set(result.red_flags) == set(flags)


@pytest.mark.parametrize("yes, judgement, high", [
    (0, False, False), (0, True, True), (13, False, False), (14, False, True), (17, False, True)])
def test_dash_high_risk_by_count_judgement_or_flag(content, yes, judgement, high):
    plain = [q.id for q in content.dash.questions if not q.red_flag]
    flagged = [q.id for q in content.dash.questions if q.red_flag]
    chosen = (plain + flagged)[:yes]          # the 16 plain questions first, then a red flag
    answers = all_no(content.dash.questions) | {q: "yes" for q in chosen}
    result = score_dash(content.dash, answers, judgement)
    assert result.high_risk is high


def test_dash_result_with_one_red_flag_says_refer_and_ends_with_numbers(client, content):
    data = all_no(content.dash.questions) | {"q15": "yes"}
    soup = soup_of(client.post("/professionals/dash/checklist", data=data))
    outcome = soup.select_one("section.outcome")
    assert "danger" in outcome["class"]
    assert outcome.select_one("h2").get_text(strip=True) == "High risk: refer to MARAC"
    assert "strangle" in outcome.select_one("ul.reasons").get_text()
    assert {EMERGENCY_TEL, HELPLINE_TEL} <= set(reachable_links(soup))


def test_dash_professional_judgement_alone_is_high_risk(client, content):
    data = all_no(content.dash.questions) | {"professional-judgement": "yes"}
    soup = soup_of(client.post("/professionals/dash/checklist", data=data))
    assert "serious concerns" in soup.select_one("section.outcome ul.reasons").get_text()


def test_dash_notes_reach_the_result_page_and_nowhere_else(client, content, caplog):
    secret = "He keeps a knife in the car 7731"
    data = all_no(content.dash.questions) | {"q1": "yes", "q1-note": secret}
    caplog.set_level(logging.DEBUG)
    response = client.post("/professionals/dash/checklist", data=data)
    soup = soup_of(response)
    assert secret in soup.select_one("ol.answer-list").get_text()
    assert "no-store" in response.headers["Cache-Control"]
    assert secret not in caplog.text
    assert not response.headers.getlist("Set-Cookie")


# -- professionals' routes -------------------------------------------------------------------

@pytest.mark.parametrize("route", ["marac", "mash", "fgm-duty", "forced-marriage-unit", "nrm"])
def test_each_professional_route_ends_with_a_reachable_number(client, route):
    soup = soup_of(client.get(f"/professionals/{route}"))
    assert {EMERGENCY_TEL, HELPLINE_TEL} <= set(reachable_links(soup))


def test_risk_pages_list_services_with_contact_details_before_those_without(client):
    soup = soup_of(client.get("/guidance/risk/high"))
    cards = soup.select("section.services li.card")
    reachable = [bool(card.select("a[href^='tel:'], a[href^='http']")) for card in cards]
    assert reachable and reachable[0]
    assert reachable == sorted(reachable, reverse=True), "a dead end listed above reachable help"


PRACTICAL = ("Keep", "Write", "Pack", "Save", "Screenshot", "Hide", "Record", "Collect")


def test_practical_steps_on_survivor_pages_say_if_it_is_safe(content):
    pages = [*content.abuse.values(), *content.risk.values(), *content.audiences.values()]
    for page in pages:
        for section in page.sections:
            for item in section.items:
                if item.text.startswith(PRACTICAL):
                    assert "safe" in item.text.lower(), (page.path, item.text)


def test_survivor_pages_carry_no_council_policy_background(content):
    pages = [*content.abuse.values(), *content.risk.values(), *content.audiences.values()]
    for page in pages:
        for section in page.sections:
            for item in section.items:
                assert "consultation" not in item.text, (page.path, item.text)
                assert "strategy listed" not in item.text, (page.path, item.text)
