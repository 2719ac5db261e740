"""The real content/ folder, as the site serves it: complete, sourced, free of contact details,
and every page it makes renders within the page budget.

The rest of the suite reads the small fixture content in tests/web/fixtures/content; this module
is the one that reads content/ itself, so an unfinished or broken file fails here, by name.
"""
from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from directory.taxonomy import build_term_index, read_taxonomy_file
from signpost_common.languages import LANGUAGES
from tests.support.public_site import dispose, seeded_app
from web.config import Config
from web.pathways.content import RISK_LEVELS, SURVIVOR_HIDDEN_LEVELS, load_content
from web.pathways.easy_read import load_easy_read

CONTENT = Path(Config.CONTENT_DIR)
REPOSITORY = Path(__file__).resolve().parents[2]
# The project's shared tool for untraced phone numbers (see shared/tools/check_contacts.py).
CHECK_CONTACTS = REPOSITORY.parent / "shared" / "tools" / "check_contacts.py"
BUDGET_BYTES = 20 * 1024

# Every abuse type in the taxonomy, the narrower ones (coercive control, economic abuse) too.
ABUSE_TYPES = sorted(t.code for t in build_term_index(read_taxonomy_file()).in_taxonomy(
    "abuse-type"))
AUDIENCES = ["men", "lgbtq", "young_people", "older_people", "deaf_disabled", "migrant_women"]
ROUTES = ["marac", "dash", "mash", "fgm-duty", "forced-marriage-unit", "nrm", "cse-mase",
          "clares-law", "sanctuary-housing", "idva-isva", "information-sharing"]


@pytest.fixture(scope="module")
def content():
    return load_content(CONTENT)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("real-content"), CONTENT_DIR=str(CONTENT))
    yield site.test_client()
    dispose(site)


def get_page(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def page_urls(content) -> list[str]:
    return ([f"/guidance/abuse/{code}" for code in content.abuse]
            + [f"/guidance/risk/{level}" for level in content.risk]
            + [f"/guidance/for/{code}" for code in content.audiences]
            + ["/guidance/friends-and-family"] * bool(content.friends_family)
            + ["/professionals"]
            + [f"/professionals/{route}" for route in content.professionals]
            + ["/self-check"] * bool(content.self_check)
            + ["/professionals/dash/checklist"] * bool(content.dash))


def test_the_content_keeps_every_rule():
    # On failure the message lists every problem, by file and item.
    load_content(CONTENT)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if (CONTENT / lang).is_dir()])
def test_every_translation_keeps_every_rule(lang):
    # Read through its translations, each page obeys the same rules (no contact details).
    load_content(CONTENT, lang=lang)


# -- complete --------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ABUSE_TYPES)
def test_every_abuse_type_has_a_page_with_next_steps_and_services(content, client, code):
    page = content.abuse.get(code)
    assert page, f"content/abuse/{code}.yaml is missing"
    assert page.section("do-now").items
    assert page.services or page.directory_search, "no matching services"
    soup = get_page(client, f"/guidance/abuse/{code}")
    assert soup.select("section[aria-labelledby='section-do-now'] .statements li")
    assert soup.select("section.services li.card a[href^='/services/']")
    assert soup.select_one("section.services a[href^='/search?']")


@pytest.mark.parametrize("level", RISK_LEVELS)
def test_every_risk_level_has_a_page_with_next_steps_and_services(content, client, level):
    page = content.risk.get(level)
    assert page, f"content/risk/{level}.yaml is missing"
    assert page.section("route").items
    assert page.services or page.directory_search, "no matching services"
    soup = get_page(client, f"/guidance/risk/{level}")
    assert soup.select("section[aria-labelledby='section-route'] .statements li")
    assert soup.select("section.services li.card a[href^='/services/']")


@pytest.mark.parametrize("code", AUDIENCES)
def test_every_audience_has_a_page(content, code):
    assert code in content.audiences, f"content/audiences/{code}.yaml is missing"


@pytest.mark.parametrize("route", ROUTES)
def test_every_professionals_route_is_written(content, route):
    assert route in content.professionals, f"content/professionals/{route}.yaml is missing"


def test_friends_and_family_is_written(content):
    assert content.friends_family, "content/friends-family.yaml is missing"


def test_the_self_check_can_reach_every_band(content):
    tool = content.self_check
    assert tool, "content/tools/self-check.yaml is missing"
    # Every level but the ones a survivor is never told ("standard").
    assert {band.level for band in tool.bands} == set(RISK_LEVELS) - set(SURVIVOR_HIDDEN_LEVELS)
    assert any(q.immediate for q in tool.questions), "no question means danger now"
    assert sum(q.weight for q in tool.questions) >= tool.bands[-1].min_score


def test_the_dash_checklist_is_the_full_checklist(content):
    # The SafeLives Dash risk checklist used by partner agencies: 24 questions, visible high
    # risk at 14 "yes" answers (content/professionals/dash.yaml, source safelives-dash-24). The
    # 27-question DASH is the police's own 2009 version, with different referral rules.
    tool = content.dash
    assert tool, "content/tools/dash.yaml is missing"
    assert tool.threshold == 14
    assert len(tool.questions) == 24


# -- sourced and free of contact details -----------------------------------------------------

def test_every_content_file_carries_sources(content):
    files = {p.relative_to(CONTENT.parent).as_posix() for p in CONTENT.rglob("*.yaml")}
    files.discard("content/sources.yaml")
    # content/<lang>/... are translations, not pages: each must translate an English page.
    translations = {f for f in files if f.split("/")[1] in LANGUAGES}
    pages = {page.path for page in content.pages()}
    pages |= {page.path for page in load_easy_read(CONTENT).values()}  # read by easy_read.py
    assert pages == files - translations
    assert {"content/" + f.split("/", 2)[2] for f in translations} <= pages, translations
    for page in content.pages():
        statements = [item for section in page.sections for item in section.items]
        statements += [getattr(page, "disclaimer", None)] if getattr(page, "disclaimer",
                                                                      None) else []
        statements += [q for q in getattr(page, "questions", ()) if q.sources]
        assert statements, f"{page.path} says nothing with a source"
        assert all(s.sources for s in statements), page.path


def test_check_contacts_finds_no_phone_number_in_the_content():
    assert CHECK_CONTACTS.is_file(), f"{CHECK_CONTACTS} is missing"
    run = subprocess.run([sys.executable, str(CHECK_CONTACTS), str(CONTENT)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout
    assert run.stdout.strip().endswith("0 untraced phone numbers"), run.stdout


# -- served ----------------------------------------------------------------------------------

def test_every_page_renders_with_sources_and_fits_the_budget(content, client):
    assets = sum(len(gzip.compress(client.get(a, buffered=True).get_data(), 6))
                 for a in ("/static/site.css", "/static/quick-exit.js"))
    for url in page_urls(content):
        response = client.get(url)
        assert response.status_code == 200, url
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        assert soup.select_one("main h1"), url
        if url != "/professionals":
            assert soup.select("section.references li"), url
            assert soup.select_one("main .review"), url
        size = len(gzip.compress(response.get_data(), 6)) + assets
        assert size <= BUDGET_BYTES, f"{url}: {size} bytes gzipped"


def translated_abuse_pages() -> list[tuple[str, str]]:
    return sorted((path.parts[-3], path.stem) for lang in LANGUAGES
                  for path in (CONTENT / lang / "abuse").glob("*.yaml"))


@pytest.mark.parametrize(("lang", "code"), translated_abuse_pages())
def test_every_translated_guidance_page_is_served_in_its_language_within_the_budget(
        client, lang, code):
    page = load_content(CONTENT, lang=lang).abuse[code]
    assert page.translation.state == "current", (lang, code, page.translation.missing[:3])
    assets = sum(len(gzip.compress(client.get(a, buffered=True).get_data(), 6))
                 for a in ("/static/site.css", "/static/quick-exit.js"))
    response = client.get(f"/guidance/abuse/{code}?lang={lang}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    title = soup.select_one("main h1")
    assert title.get_text(strip=True) == page.title and not title.has_attr("lang")
    assert soup.select_one("p.translation-state")     # says it is a machine translation
    size = len(gzip.compress(response.get_data(), 6)) + assets
    assert size <= BUDGET_BYTES, f"{code}?lang={lang}: {size} bytes gzipped"


def test_the_tools_results_render_for_every_answer(content, client):
    if content.self_check:
        for value in ("yes", "no", "not-sure"):
            response = client.post("/self-check",
                                   data={q.id: value for q in content.self_check.questions})
            assert response.status_code == 200, value
    if content.dash:
        response = client.post("/professionals/dash/checklist",
                               data={q.id: "yes" for q in content.dash.questions})
        assert response.status_code == 200
        assert "Visible high risk" in response.get_data(as_text=True)


def test_every_survivor_guidance_page_opens_with_three_things_to_do_now(content):
    survivor_pages = [*content.abuse.values(), *content.risk.values(),
                      *content.audiences.values(), content.friends_family]
    for page in survivor_pages:
        assert len(page.first_steps) == 3, page.path
        assert all(step.sources for step in page.first_steps), page.path


def test_no_source_is_named_by_an_internal_file_name(content):
    for page in content.pages():
        for section in page.sections:
            for item in section.items:
                for source in item.sources:
                    assert not source.document.startswith("Seed:"), (page.path, source.id)


def test_the_dash_route_links_to_the_checklist_and_names_no_internal_path(client):
    soup = get_page(client, "/professionals/dash")
    assert soup.select_one("main a[href='/professionals/dash/checklist']")
    assert "tools/dash" not in soup.select_one("main").get_text()
    listing = get_page(client, "/professionals")
    assert listing.select_one("main a[href='/professionals/dash/checklist']")
