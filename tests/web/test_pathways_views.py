"""The pathway pages, from the fixture content: sections, sources, review status and services,
checked through the HTML."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from tests.support.public_site import FIXTURE_CONTENT, dispose, get_page, seeded_app
from web.pathways.content import load_content


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("pathways-views"))
    yield site
    dispose(site)


@pytest.fixture
def client(app):
    return app.test_client()


def texts(soup, selector: str) -> list[str]:
    return [" ".join(el.get_text(" ").split()) for el in soup.select(selector)]


def card_names(soup) -> list[str]:
    return texts(soup, "section.services li.card h2")


GUIDANCE = {
    "/guidance/abuse/domestic_abuse": ["signs", "do-now", "if-you-tell", "rights"],
    "/guidance/abuse/forced_marriage": ["signs", "do-now", "if-you-tell", "rights"],
    "/guidance/risk/immediate": ["what-it-means", "route"],
    "/guidance/risk/high": ["what-it-means", "route"],
    "/guidance/risk/medium": ["what-it-means", "route"],
    "/guidance/risk/standard": ["what-it-means", "route"],
    "/guidance/for/men": ["what-is-different", "support"],
    "/guidance/friends-and-family": ["recognise", "listen", "dont", "stay-safe", "call-999",
                                     "support-for-you"],
    "/professionals/marac": ["when", "criteria", "steps", "after"],
    "/professionals/dash": ["when", "steps", "after"],
}


# -- every guidance page ---------------------------------------------------------------------

@pytest.mark.parametrize("url, section_ids", GUIDANCE.items(), ids=GUIDANCE.keys())
def test_each_page_has_its_sections_each_statement_with_its_sources(client, url, section_ids):
    soup = get_page(client, url)
    assert soup.select_one("main h1").get_text(strip=True)
    found = [s["aria-labelledby"].removeprefix("section-")
             for s in soup.select("main section[aria-labelledby^='section-']")]
    assert found == section_ids
    for section_id in section_ids:
        section = soup.select_one(f"section[aria-labelledby='section-{section_id}']")
        assert section.select_one(f"h2#section-{section_id}").get_text(strip=True)
        items = section.select(".statements > li")
        assert items, section_id
        # No "[n]" on every line: the sources are listed once, at the foot.
        assert not section.select(".refs"), section_id
        assert not any(re.search(r"\[\d+(, \d+)*\]$", text) for text in texts(section, "li"))


@pytest.mark.parametrize("url", GUIDANCE.keys())
def test_every_source_a_page_cites_is_listed_once_at_the_foot(client, url):
    soup = get_page(client, url)
    page = page_for(url)
    cited = {s.document for section in page.sections for item in section.items
             for s in item.sources}
    cited |= {s.document for item in page.first_steps for s in item.sources}
    listed = soup.select("section.references > ol > li")
    assert [li["id"] for li in listed] == [f"ref-{n}" for n in range(1, len(listed) + 1)]
    titles = [" ".join(li.get_text(" ").split()) for li in listed]
    for document in cited:
        assert sum(title.startswith(document) for title in titles) >= 1, document
    # Document, section and date on every line; an address only as a link, never as text.
    for line in titles:
        assert re.search(r"\(.+\)", line), line
        assert "http" not in line, line
    for link in soup.select("section.references a"):
        assert link["href"].startswith("https://") and link.get_text(strip=True)
        assert "noreferrer" in link["rel"] and link["referrerpolicy"] == "no-referrer"


def page_for(url: str):
    found = load_content(FIXTURE_CONTENT)
    kind, _, code = url.strip("/").rpartition("/")
    return {"guidance/abuse": found.abuse, "guidance/risk": found.risk,
            "guidance/for": found.audiences, "professionals": found.professionals,
            }.get(kind, {}).get(code) or found.friends_family


def test_a_reference_shows_a_readable_title_linked_with_section_and_date(client):
    soup = get_page(client, "/guidance/abuse/domestic_abuse")
    first = soup.select_one("section.references li#ref-1")
    assert " ".join(first.get_text().split()) == (
        "Fixture leaflet on controlling behaviour, Signs (undated)")
    assert first.select_one("a")["href"] == "https://charity.example/controlling-behaviour"
    assert first.select_one("a").get_text() == "Fixture leaflet on controlling behaviour"


def test_guidance_sections_open_on_request_and_three_first_steps_come_first(client):
    soup = get_page(client, "/guidance/abuse/domestic_abuse")
    steps = soup.select("main section.first-steps ol > li")
    assert len(steps) == 3
    first_section = soup.select_one("main section[aria-labelledby^='section-']")
    assert first_section.find_previous("section", class_="first-steps")
    for section in soup.select("main section[aria-labelledby^='section-']"):
        details = section.select_one("details")
        assert details and not details.has_attr("open")
        assert details.select_one("summary h2")


@pytest.mark.parametrize("url, expected", [
    ("/guidance/abuse/domestic_abuse", "Not yet reviewed by a specialist."),
    ("/guidance/abuse/forced_marriage", "Reviewed by Fixture Reviewer on 2026-11-01."),
    ("/professionals/marac", "Not yet reviewed by a specialist."),
])
def test_the_review_status_is_shown(client, url, expected):
    assert texts(get_page(client, url), "main .review") == [expected]


def test_listed_services_come_first_with_the_matching_search(client):
    soup = get_page(client, "/guidance/abuse/domestic_abuse")
    assert card_names(soup) == ["National Domestic Abuse Helpline",
                                "Women's Aid Live Chat and Survivors' Forum"]
    assert soup.select_one("section.services li.card a.call[href^='tel:']")
    assert soup.select_one("section.services a[href='/search?abuse_type=domestic_abuse']")


def test_a_page_listing_no_services_shows_the_searchs_best(client):
    soup = get_page(client, "/guidance/abuse/forced_marriage")
    names = card_names(soup)
    assert "Forced Marriage Unit" in names and len(names) <= 5
    assert soup.select_one("a[href='/search?abuse_type=forced_marriage']")


def test_search_links_use_the_search_forms_own_names(client):
    soup = get_page(client, "/guidance/risk/immediate")
    assert soup.select_one("section.services a[href='/search?always_open=1']")
    medium = get_page(client, "/guidance/risk/medium")
    link = medium.select_one("section.services a[href^='/search?']")["href"]
    assert set(link.split("?")[1].split("&")) == {"abuse_type=domestic_abuse",
                                                  "service_type=helpline"}


def test_the_immediate_risk_page_leads_with_the_emergency(client):
    soup = get_page(client, "/guidance/risk/immediate")
    assert "Call 999" in texts(soup, "main .danger")[0]
    assert soup.select_one("main .danger a[href='/help-now']")
    assert card_names(soup)[0] == "Police emergency 999 (Silent Solution)"
    assert not soup.select("a[href='/self-check']"), "in danger now is not the time for a quiz"


def test_survivors_pages_offer_the_self_check(client):
    for url in ("/guidance/abuse/domestic_abuse", "/guidance/for/men", "/guidance/risk/high"):
        assert get_page(client, url).select_one("main a[href='/self-check']"), url


@pytest.mark.parametrize("url", [
    "/guidance/abuse/stalking",            # a taxonomy code with no content (yet)
    "/guidance/abuse/nothing",
    "/guidance/abuse/" + "a" * 3000,
    "/guidance/risk/extreme",
    "/guidance/for/aliens",
    "/guidance/for/friends_family",
    "/professionals/no-such-route",
    "/professionals/%27%3Bdrop",
])
def test_unknown_pages_are_a_friendly_404(client, url):
    soup = get_page(client, url, status=404)
    assert soup.select_one("a[data-quick-exit]") and soup.select_one("main a[href='/']")


# -- ways in -----------------------------------------------------------------------------------

def test_home_links_each_abuse_type_to_its_guidance_or_its_services(client, app):
    soup = get_page(client, "/")
    terms, _ = app.extensions["directory"].search.vocabulary()
    written = set(app.extensions["pathways"].abuse)
    for term in terms.in_taxonomy("abuse-type"):
        if term.parent:
            continue
        link = soup.select_one(f"#what-heading ~ ul a:-soup-contains('{term.name}')")
        expected = (f"/guidance/abuse/{term.code}" if term.code in written
                    else f"/browse/abuse/{term.code}")
        assert link["href"] == expected, term.code
    ways = {a.get_text(strip=True): a["href"] for a in soup.select("#others-heading ~ ul a")}
    assert ways == {"I'm worried about someone": "/guidance/friends-and-family",
                    "I'm a professional": "/professionals"}


@pytest.mark.parametrize("url, guidance", [
    ("/browse/abuse/domestic_abuse", "/guidance/abuse/domestic_abuse"),
    ("/browse/audience/friends_family", "/guidance/friends-and-family"),
    ("/browse/audience/professionals", "/professionals"),
    ("/browse/audience/men", "/guidance/for/men"),
    ("/browse/abuse/stalking", None),
    ("/browse/area/haringey", None),
])
def test_browse_pages_link_to_their_guidance(client, url, guidance):
    links = [a["href"] for a in get_page(client, url).select("main a")
             if a["href"].startswith(("/guidance/", "/professionals"))]
    assert links == ([guidance] if guidance else [])


def test_the_guidance_pages_link_back_to_services(client):
    # Every pathway page links on to the directory: the search and the services themselves.
    for url in GUIDANCE:
        soup = get_page(client, url)
        assert soup.select("section.services li.card h2 a[href^='/services/']"), url
        assert soup.select_one("section.services a[href^='/search?']"), url


# -- professionals ---------------------------------------------------------------------------

def test_professionals_index_lists_every_route_and_the_dash_tool(client):
    soup = get_page(client, "/professionals")
    routes = {a.get_text(strip=True): a["href"] for a in soup.select("ul.routes a")}
    assert routes == {"DASH risk identification checklist": "/professionals/dash",
                      "MARAC: multi-agency risk assessment conference": "/professionals/marac"}
    assert soup.select_one("a[href='/professionals/dash/checklist']")
    assert soup.select_one("a[href='/browse/audience/professionals']")


def test_a_route_shows_its_steps_in_order_and_its_contacts(client):
    soup = get_page(client, "/professionals/marac")
    steps = soup.select("section[aria-labelledby='section-steps'] ol.statements > li")
    assert [" ".join(li.get_text(" ").split()).split(" Sources")[0] for li in steps] == [
        "Complete the DASH checklist with the victim.",
        "Send the referral form to your local MARAC coordinator."]
    names = card_names(soup)
    assert names[:2] == ["Haringey MARAC (Multi-Agency Risk Assessment Conference)",
                         "Harrow MARAC (Multi-Agency Risk Assessment Conference)"]
    form = soup.select_one("section.services form")
    assert form["method"] == "post" and form["action"] == "/professionals/marac"
    assert form.select_one("select[name=abuse_type] option[value=fgm]")
    assert form.select_one("input[name=borough]")


def test_a_borough_shows_that_boroughs_services_and_national_ones(client, app):
    soup = get_page(client, "/professionals/marac?borough=haringey")
    names = card_names(soup)
    assert "Haringey MARAC (Multi-Agency Risk Assessment Conference)" in names
    assert not any("Harrow" in name for name in names)
    areas = [meta.split(" · ", 1)[1] for meta in texts(soup, "section.services li.card .meta")]
    assert areas and all(area in ("Haringey", "UK-wide", "London-wide") for area in areas), areas
    assert soup.select_one("input[name=borough]")["value"] == "haringey"
    link = soup.select_one("section.services a[href^='/search?']")["href"]
    assert "borough=haringey" in link and "audience=professionals" in link


def posted_page(client, path, **fields):
    response = client.post(path, data=fields)
    assert response.status_code == 200
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def test_a_typed_postcode_and_an_abuse_type_narrow_the_contacts_and_stay_out_of_links(client):
    soup = posted_page(client, "/professionals/marac", borough="HA1", abuse_type="forced_marriage")
    assert not any("Haringey" in name for name in card_names(soup))
    assert soup.select_one("option[value=forced_marriage][selected]")
    link = soup.select_one("section.services a[href^='/search?']")["href"]
    assert "abuse_type=forced_marriage" in link and "HA1" not in link
    # Nor in the language links, which are addresses too.
    assert all("HA1" not in a["href"] for a in soup.select("a[hreflang], a[lang]"))


def test_a_postcode_in_an_address_is_not_read(client):
    # Only codes travel in addresses; a typed place arrives by POST.
    soup = get_page(client, "/professionals/marac?borough=HA1")
    assert any("Haringey" in name for name in card_names(soup))
    assert soup.select_one("input[name=borough]")["value"] == ""


@pytest.mark.parametrize("query", ["borough=Atlantis", "abuse_type=%27%3BDROP",
                                   "borough=" + "N17" * 500, "borough=%00&abuse_type=",
                                   "abuse_type=fgm&abuse_type=stalking"])
def test_bad_filters_are_explained_never_an_error(client, query):
    for response in (client.get(f"/professionals/marac?{query}"),
                     client.post("/professionals/marac", data=query,
                                 content_type="application/x-www-form-urlencoded")):
        assert response.status_code == 200
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        assert card_names(soup)


def test_an_unknown_borough_is_said_plainly(client):
    soup = posted_page(client, "/professionals/marac", borough="Atlantis")
    assert "Atlantis" in texts(soup, "section.services .problem")[0]


def test_the_dash_route_links_to_the_checklist_tool(client):
    soup = get_page(client, "/professionals/dash")
    assert soup.select_one("main a[href='/professionals/dash/checklist']")


def test_professionals_pages_print_cleanly(client):
    css = client.get("/static/site.css", buffered=True).get_data(as_text=True)
    match = re.search(r"@media print\{(.*?)\n\}", css, re.S)
    assert match, "site.css has a print stylesheet"
    rules = match.group(1)
    hidden = re.search(r"([^{}]+)\{display:none!important\}", rules).group(1).split(",")
    for selector in (".quick-exit", "nav", "form", ".skip-link", ".site-footer"):
        assert selector in [s.strip() for s in hidden], selector
    assert ".references .url{display:inline}" in rules
    assert 'a[href^="http"]::after{content:" (" attr(href) ")"}' in rules
    # The print rules reach the pages through the one stylesheet every page loads.
    soup = get_page(client, "/professionals/marac")
    assert [link["href"] for link in soup.select("link[rel~=stylesheet]")] == ["/static/site.css"]
    assert soup.select("section.references a[href^='http']")   # printed with its address


@pytest.mark.parametrize("path", ["/guidance/abuse/domestic_abuse", "/guidance/friends-and-family",
                                  "/self-check"])
def test_english_guidance_on_a_right_to_left_page_is_marked_english(client, path):
    soup = get_page(client, f"{path}?lang=ar")
    assert soup.select_one("html")["dir"] == "rtl"
    blocks = soup.select("main h1, main ul.statements li, main .first-steps li, main .references li")
    assert blocks
    assert all(block.get("lang") == "en" and block.get("dir") == "ltr" for block in blocks)
