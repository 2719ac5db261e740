"""The content loader: the fixture content loads, and every rule has a fixture that breaks it.

Each broken fixture is the good fixture tree (tests/web/fixtures/content) copied and changed in
one place, so the failure can only come from the rule under test. Every failure names the file
and the item.
"""
from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from directory.search import SearchRequest
from tests.support.public_site import FIXTURE_CONTENT
from web import create_app
from web.config import TestConfig
from web.pathways.content import (
    RISK_LEVELS,
    SEARCH_FILTERS,
    ContentError,
    load_content,
    seed_service_ids,
    taxonomy_codes,
)


@pytest.fixture(scope="module")
def vocabulary():
    return {"service_ids": seed_service_ids(), "codes": taxonomy_codes()}


@pytest.fixture
def content_dir(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, folder)
    return folder


def edit(folder: Path, name: str, change: Callable[[dict], object]) -> None:
    """Load one YAML file, let `change` alter it in place, and write it back."""
    path = folder / name
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")


def problems(folder: Path, vocabulary) -> str:
    with pytest.raises(ContentError) as raised:
        load_content(folder, **vocabulary)
    return str(raised.value)


def first_item(data: dict) -> dict:
    return data["sections"][0]["items"][0]


# -- the good fixture --------------------------------------------------------------------------

def test_the_fixture_content_loads_completely(vocabulary):
    content = load_content(FIXTURE_CONTENT, **vocabulary)
    assert set(content.abuse) == {"domestic_abuse", "forced_marriage"}
    assert set(content.risk) == set(RISK_LEVELS)
    assert set(content.audiences) == {"men"}
    assert set(content.professionals) == {"dash", "marac"}
    assert content.friends_family.section("call-999")
    assert [b.level for b in content.self_check.bands] == ["medium", "high", "immediate"]
    assert content.dash.threshold == 14 and len(content.dash.questions) == 27


def test_statements_carry_their_resolved_sources(vocabulary):
    page = load_content(FIXTURE_CONTENT, **vocabulary).abuse["domestic_abuse"]
    signs = page.section("signs")
    local = signs.items[0].sources[0]
    assert (local.id, local.document, local.date) == (
        "fixture-coercion", "Fixture leaflet on controlling behaviour", "undated")
    shared = page.section("do-now").items[1].sources
    assert [s.id for s in shared] == ["fixture-guide", "fixture-seed"]
    assert shared[1].url is None and shared[1].section == "Support Services table"
    assert page.review.status == "not-reviewed" and not page.review.reviewed
    assert page.directory_search == {"abuse_type": "domestic_abuse"}
    assert page.services == ("national-domestic-abuse-helpline", "womens-aid-live-chat")


def test_the_search_filters_allowed_are_the_search_requests_own():
    fields = {f.name for f in dataclasses.fields(SearchRequest)}
    assert set(SEARCH_FILTERS) == {"abuse_type", "borough", "audience", "language",
                                   "service_type", "open_now", "always_open", "text"}
    assert set(SEARCH_FILTERS) <= fields


def test_an_empty_content_folder_is_valid_and_has_no_pages(tmp_path, vocabulary):
    content = load_content(tmp_path, **vocabulary)
    assert list(content.pages()) == []


def test_a_missing_content_folder_is_an_error(tmp_path, vocabulary):
    with pytest.raises(ContentError, match="does not exist"):
        load_content(tmp_path / "nowhere", **vocabulary)


def test_the_site_reads_the_content_once_at_start_up(tmp_path, monkeypatch):
    app = create_app(TestConfig, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
                     SEARCH_INDEX_DIR=str(tmp_path / "index"), CONTENT_DIR=str(FIXTURE_CONTENT))
    try:
        loaded = app.extensions["pathways"]
        assert set(loaded.abuse) == {"domestic_abuse", "forced_marriage"}
        # After start-up no request reads a file again.
        monkeypatch.setattr(yaml, "safe_load", lambda *_a, **_k: pytest.fail("read again"))
        response = app.test_client().get("/self-check")
        assert response.status_code == 200
        assert app.extensions["pathways"] is loaded
    finally:
        app.extensions["directory"].engine.dispose()


def test_broken_content_stops_the_site_from_starting(content_dir, tmp_path):
    edit(content_dir, "abuse/domestic_abuse.yaml", lambda d: d.pop("review"))
    with pytest.raises(ContentError, match="abuse/domestic_abuse.yaml: review"):
        create_app(TestConfig, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
                   SEARCH_INDEX_DIR=str(tmp_path / "index"), CONTENT_DIR=str(content_dir))


# -- one broken rule at a time -----------------------------------------------------------------

def _set(path: list, value) -> Callable[[dict], None]:
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _drop(path: list) -> Callable[[dict], None]:
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


ITEM = ["sections", 0, "items", 0]
BROKEN = {
    # Every statement has sources, and every source id resolves.
    "statement without sources": (
        "abuse/domestic_abuse.yaml", _set([*ITEM, "sources"], []),
        ["abuse/domestic_abuse.yaml: section 'signs', item 1", "has no sources"]),
    "statement with no sources key": (
        "friends-family.yaml", _drop(["sections", 2, "items", 0, "sources"]),
        ["friends-family.yaml: section 'dont', item 1", "has no sources"]),
    "source id that resolves nowhere": (
        "risk/high.yaml", _set(["sections", 1, "items", 1, "sources"], ["fixture-guide", "nope"]),
        ["risk/high.yaml: section 'route', item 2", "source 'nope' is not in"]),
    "file-local source used by another file": (
        "abuse/forced_marriage.yaml", _set([*ITEM, "sources"], ["fixture-coercion"]),
        ["abuse/forced_marriage.yaml: section 'signs', item 1", "'fixture-coercion'"]),
    "source without a date": (
        "abuse/domestic_abuse.yaml", _drop(["sources", "fixture-coercion", "date"]),
        ["abuse/domestic_abuse.yaml: sources: fixture-coercion", "needs a `document` and a `date`"]),
    "shared source without a document": (
        "sources.yaml", _drop(["fixture-law", "document"]),
        ["content/sources.yaml: source fixture-law", "needs a `document`"]),
    "disclaimer without sources": (
        "tools/self-check.yaml", _drop(["disclaimer", "sources"]),
        ["tools/self-check.yaml: disclaimer", "has no sources"]),
    "question citing an unknown source": (
        "tools/dash.yaml", _set(["questions", 4, "sources"], ["missing-source"]),
        ["tools/dash.yaml: question 'q5'", "source 'missing-source'"]),
    # Every file has a review.
    "review missing": (
        "audiences/men.yaml", _drop(["review"]),
        ["audiences/men.yaml: review", "is missing"]),
    "review status unknown": (
        "risk/medium.yaml", _set(["review", "status"], "checked"),
        ["risk/medium.yaml: review"]),
    "reviewed without a reviewer": (
        "abuse/forced_marriage.yaml", _set(["review", "reviewer"], None),
        ["abuse/forced_marriage.yaml: review", "names its reviewer"]),
    # directory_search keys are the search's filters.
    "directory_search key that is not a filter": (
        "abuse/domestic_abuse.yaml", _set(["directory_search", "colour"], "red"),
        ["abuse/domestic_abuse.yaml: directory_search: colour", "is not a search filter"]),
    "directory_search code the taxonomy lacks": (
        "audiences/men.yaml", _set(["directory_search", "audience"], "martians"),
        ["audiences/men.yaml: directory_search: audience", "'martians'"]),
    "directory_search flag that is not true or false": (
        "risk/immediate.yaml", _set(["directory_search", "always_open"], "yes please"),
        ["risk/immediate.yaml: directory_search: always_open", "true or false"]),
    # services are the directory's services.
    "service id the directory lacks": (
        "abuse/domestic_abuse.yaml", _set(["services"], ["national-domestic-abuse-helpline",
                                                         "no-such-service"]),
        ["abuse/domestic_abuse.yaml: services: no-such-service", "not a service"]),
    # No contact details.
    "phone number in a statement": (
        "abuse/domestic_abuse.yaml", _set([*ITEM, "text"], "Call us on 0808 2000 247 any time."),
        ["abuse/domestic_abuse.yaml: sections[1].items[1].text", "phone number",
         "0808 2000 247"]),
    "international phone number in a summary": (
        "friends-family.yaml", _set(["summary"], "Ring +44 20 7946 0123 for advice."),
        ["friends-family.yaml: summary", "phone number"]),
    "a service's short number": (
        "audiences/men.yaml", _set(["title"], "Men: or text 85258"),
        ["audiences/men.yaml: title", "phone number", "85258"]),
    "phone number in a source": (
        "sources.yaml", _set(["fixture-guide", "section"], "Call 020 7946 0999"),
        ["content/sources.yaml: fixture-guide.section", "phone number"]),
    "email address": (
        "professionals/marac.yaml", _set([*ITEM, "text"], "Email marac@council.example."),
        ["professionals/marac.yaml: sections[1].items[1].text", "email address"]),
    # The documented layout, ids, sections and keys.
    "file for an abuse type the taxonomy lacks": (
        "abuse/werewolves.yaml", None, ["abuse/werewolves.yaml", "not a known abuse code"]),
    "file in an unknown place": (
        "guides/extra.yaml", None, ["guides/extra.yaml", "not a content file the site knows"]),
    "id that is not the file name": (
        "risk/standard.yaml", _set(["id"], "low"),
        ["risk/standard.yaml: id", "must be the file name"]),
    "required section missing": (
        "abuse/forced_marriage.yaml", lambda d: d["sections"].pop(3),
        ["abuse/forced_marriage.yaml: sections", "missing rights"]),
    "section id misspelt": (
        "audiences/men.yaml", _set(["sections", 1, "id"], "suport"),
        ["audiences/men.yaml: section 'suport'", "is not a section of audience pages"]),
    "unknown top-level key": (
        "professionals/marac.yaml", _set(["service"], ["haringey-marac"]),
        ["professionals/marac.yaml: service", "unknown key"]),
    "section without items": (
        "risk/high.yaml", _set(["sections", 0, "items"], []),
        ["risk/high.yaml: section 'what-it-means'", "needs `items`"]),
    "not YAML": (
        "risk/medium.yaml", "title: [unclosed", ["risk/medium.yaml", "is not valid YAML"]),
    # The tools.
    "self-check band with an unknown level": (
        "tools/self-check.yaml", _set(["bands", 1, "level"], "severe"),
        ["tools/self-check.yaml: band 'severe'", "`level` must be one of"]),
    "self-check bands leaving low scores without a band": (
        "tools/self-check.yaml", _set(["bands", 0, "min_score"], 1),
        ["tools/self-check.yaml: bands", "start at min_score 0"]),
    "self-check bands out of order": (
        "tools/self-check.yaml", _set(["bands", 2, "min_score"], 1),
        ["tools/self-check.yaml: bands", "rise with the level"]),
    "immediate question without an immediate band": (
        "tools/self-check.yaml", lambda d: d["bands"].pop(2),
        ["tools/self-check.yaml: bands", "needs an immediate band"]),
    "self-check telling a survivor 'standard' risk": (
        "tools/self-check.yaml",
        lambda d: d["bands"].insert(0, {"level": "standard", "min_score": 0, "heading": "Fine",
                                        "summary": "No clear signs."}),
        ["tools/self-check.yaml: bands", "never told 'standard' risk"]),
    "red-flag question without a high band": (
        "tools/self-check.yaml", lambda d: d["bands"].pop(1),
        ["tools/self-check.yaml: bands", "a `red_flag` question needs a high band"]),
    "red_flag that is not true or false": (
        "tools/dash.yaml", _set(["questions", 0, "red_flag"], "yes"),
        ["tools/dash.yaml: question 'q1'", "`red_flag` must be true or false"]),
    "self-check question with a negative weight": (
        "tools/self-check.yaml", _set(["questions", 2, "weight"], -3),
        ["tools/self-check.yaml: question 'threats-to-kill'", "`weight`"]),
    "two questions with one id": (
        "tools/dash.yaml", _set(["questions", 1, "id"], "q1"),
        ["tools/dash.yaml: question 2", "id 'q1' is used twice"]),
    "DASH threshold above the number of questions": (
        "tools/dash.yaml", _set(["threshold"], 28),
        ["tools/dash.yaml: threshold", "from 1 to the number of questions (27)"]),
}


@pytest.mark.parametrize("name, change, expected", BROKEN.values(), ids=BROKEN.keys())
def test_each_rule_fails_loudly_naming_file_and_item(content_dir, vocabulary, name, change,
                                                     expected):
    path = content_dir / name
    if change is None:
        path.parent.mkdir(exist_ok=True)
        shutil.copy(content_dir / "audiences" / "men.yaml", path)
    elif isinstance(change, str):
        path.write_text(change, "utf-8")
    else:
        edit(content_dir, name, change)
    message = problems(content_dir, vocabulary)
    for fragment in expected:
        assert fragment in message, message


def test_a_band_needs_its_risk_page_for_the_next_steps(content_dir, vocabulary):
    (content_dir / "risk" / "medium.yaml").unlink()
    message = problems(content_dir, vocabulary)
    assert "tools/self-check.yaml: band 'medium'" in message
    assert "content/risk/medium.yaml, which is missing" in message


def test_every_problem_is_listed_at_once(content_dir, vocabulary):
    edit(content_dir, "abuse/domestic_abuse.yaml", _set([*ITEM, "sources"], []))
    edit(content_dir, "risk/high.yaml", _drop(["review"]))
    edit(content_dir, "audiences/men.yaml", _set(["services"], ["nobody-at-all"]))
    message = problems(content_dir, vocabulary)
    assert message.count("\n- ") == 3, message
    assert message.startswith(f"The content in {content_dir} breaks its rules")


@pytest.mark.parametrize("text", [
    "In danger now? Call 999. If you can't speak, press 55.",
    "Call 101 when it is not an emergency, or 111 for the NHS.",
    "The Serious Crime Act 2015, section 76, and 1 in 4 women.",
    "Dates like 2026-11-01 and 12/03/2024 are not numbers to call.",
])
def test_emergency_numbers_and_ordinary_figures_are_allowed(content_dir, vocabulary, text):
    edit(content_dir, "abuse/domestic_abuse.yaml", _set([*ITEM, "text"], text))
    page = load_content(content_dir, **vocabulary).abuse["domestic_abuse"]
    assert page.section("signs").items[0].text == text
