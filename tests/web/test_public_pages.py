"""The public pages say what the directory holds, and only that: checked through the HTML."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from bs4 import BeautifulSoup

from directory import catalogue
from directory.hours import is_open
from tests.support.public_site import dispose, get_page, seeded_app, service_path
from web.config import Config
from web.public.listing import PER_PAGE


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("public-pages"))
    yield site
    dispose(site)


@pytest.fixture
def client(app):
    return app.test_client()


def texts(soup: BeautifulSoup, selector: str) -> list[str]:
    return [" ".join(el.get_text(" ").split()) for el in soup.select(selector)]


def post_page(client, data: dict, status: int = 200) -> BeautifulSoup:
    """A search as the form sends it: the words in a POST body."""
    response = client.post("/search", data=data)
    assert response.status_code == status
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def service_from_db(app, seed_key: str):
    with app.app_context():
        session = app.extensions["directory"].session_factory()
        service_id = service_path(seed_key).rsplit("/", 1)[1]
        return catalogue.get_service(session, service_id)


def record_from_db(app, seed_key: str) -> dict:
    """The whole record, as the API publishes it: what the page must hold back is in here."""
    with app.app_context():
        session = app.extensions["directory"].session_factory()
        return catalogue.get_service_json(session, service_path(seed_key).rsplit("/", 1)[1])


# -- every page ------------------------------------------------------------------------------

def test_skip_link_and_quick_exit_come_first_on_every_page(client, app):
    soup = get_page(client, "/safe-browsing")
    focusable = soup.select("body a[href], body button, body input, body select, body summary")
    assert focusable[0].get("class") == ["skip-link"]
    assert focusable[0]["href"] == "#main"
    exit_link = focusable[1]
    assert exit_link.has_attr("data-quick-exit")
    assert exit_link["href"] == app.config["QUICK_EXIT_URL"]
    assert "noreferrer" in exit_link["rel"]
    assert soup.select_one("main#main") is not None


def test_quick_exit_target_is_configurable_and_defaults_to_a_weather_page(app):
    assert "weather" in Config.QUICK_EXIT_URL
    original = app.config["QUICK_EXIT_URL"]
    app.config["QUICK_EXIT_URL"] = "https://neutral.example/news"
    try:
        soup = get_page(app.test_client(), "/")
    finally:
        app.config["QUICK_EXIT_URL"] = original
    assert soup.select_one("a[data-quick-exit]")["href"] == "https://neutral.example/news"


def test_neutral_title_replaces_every_page_title(app):
    app.config["NEUTRAL_TITLE"] = "Notes"
    try:
        titles = [get_page(app.test_client(), url).title.get_text()
                  for url in ("/", "/help-now", service_path("childline"))]
    finally:
        app.config["NEUTRAL_TITLE"] = ""
    assert titles == ["Notes", "Notes", "Notes"]


def test_pages_load_only_the_sites_own_stylesheet_and_script(client):
    soup = get_page(client, "/")
    assert [link["href"] for link in soup.select("link[rel~=stylesheet]")] == ["/static/site.css"]
    assert [script["src"] for script in soup.select("script")] == ["/static/quick-exit.js"]


# -- home ------------------------------------------------------------------------------------

def test_home_has_the_danger_line_search_and_ways_in(client, app):
    soup = get_page(client, "/")
    danger = texts(soup, ".danger-line")[0]
    assert "Call 999" in danger and "press 55" in danger
    form = soup.select_one("main form[role=search]")
    assert form["method"] == "post" and form["action"] == "/search"
    assert form.select_one("input[name=q]") and form.select_one("input[name=borough]")

    # Each abuse type goes to its guidance (which leads on to services), or straight to its
    # services while its guidance is not written.
    terms, _ = app.extensions["directory"].search.vocabulary()
    top_level = {t.code for t in terms.in_taxonomy("abuse-type") if t.parent is None}
    guided = set(app.extensions["pathways"].abuse)
    linked = {a["href"] for a in soup.select("#what-heading ~ .choices a")}
    assert linked == {f"/guidance/abuse/{code}" if code in guided else f"/browse/abuse/{code}"
                      for code in top_level}
    ways = {a.get_text(strip=True): a["href"] for a in soup.select(".choices a")}
    assert ways["I'm worried about someone"] == "/guidance/friends-and-family"
    assert ways["I'm a professional"] == "/professionals"


# -- search ----------------------------------------------------------------------------------

def test_search_form_has_every_filter_and_works_as_a_plain_post_form(client):
    soup = post_page(client, {"q": "rape"})
    form = soup.select_one("form.filters")
    assert form["method"] == "post" and form["action"] == "/search"
    for name in ("abuse_type", "audience", "language", "service_type"):
        assert form.select_one(f"select[name={name}] option[value='']"), name
        assert len(form.select(f"select[name={name}] option")) > 2, name
    assert form.select_one("input[name=borough]")
    assert form.select_one("input[type=checkbox][name=open_now][value='1']")
    assert form.select_one("input[type=checkbox][name=always_open][value='1']")
    assert form.select_one("button[type=submit]")
    for control in form.select("input:not([type=checkbox]), select"):
        assert form.select_one(f"label[for={control['id']}]"), control["id"]


def test_search_finds_services_and_links_to_them(client):
    soup = post_page(client, {"q": "he hits me"})
    cards = soup.select("ol.results > li.card")
    assert cards
    assert all(card.select_one("h2 a[href^='/services/']") for card in cards)
    names = texts(soup, "li.card h2")
    assert "National Domestic Abuse Helpline" in names
    assert "found" in texts(soup, ".count")[0]


def every_card_meta(client, url: str | dict) -> list[str]:
    """The organisation-and-area line of every result, following the "next page" links, or
    (for a typed search, posted as a dict) the "next page" buttons."""
    found = []
    while url:
        soup = post_page(client, url) if isinstance(url, dict) else get_page(client, url)
        found += texts(soup, "li.card .meta")
        next_link = soup.select_one("nav.pagination a[rel=next]")
        next_button = soup.select_one("nav.pagination button[data-rel=next]")
        url = next_link["href"] if next_link else None
        if next_button:
            url = {field["name"]: field["value"] for field in soup.select("form#pages input")}
            url["page"] = next_button["value"]
    return found


def test_a_borough_or_a_postcode_finds_local_services(client):
    assert any("Haringey" in meta for meta in every_card_meta(client, {"borough": "Haringey"}))
    assert any("Haringey" in meta for meta in every_card_meta(client, {"borough": "N17"}))
    assert not any("Harrow" in meta for meta in every_card_meta(client, {"borough": "N17"}))


def test_filters_narrow_the_results_and_stay_selected(client):
    soup = get_page(client, "/search?abuse_type=forced_marriage&audience=professionals")
    assert "Forced Marriage Unit" in texts(soup, "li.card h2")
    assert soup.select_one("select[name=abuse_type] option[selected]")["value"] == "forced_marriage"
    assert soup.select_one("select[name=audience] option[selected]")["value"] == "professionals"


def test_always_open_filter_shows_only_24_hour_services(client):
    soup = get_page(client, "/search?always_open=1")
    cards = soup.select("li.card")
    assert cards
    assert all("Open 24 hours" in card.get_text() for card in cards)
    assert soup.select_one("input[name=always_open]").has_attr("checked")


def test_typed_searches_page_by_posting_the_words_again(client):
    first = post_page(client, {"q": "abuse", "always_open": "0"})
    assert len(first.select("li.card")) == PER_PAGE
    assert not first.select("nav.pagination a"), "no page link may carry the words"
    fields = {field["name"]: field["value"] for field in first.select("form#pages input")}
    assert first.select_one("form#pages")["method"] == "post"
    assert fields == {"q": "abuse"}
    next_button = first.select_one("nav.pagination button[data-rel=next][form=pages]")
    assert next_button["name"] == "page" and next_button["value"] == "2"
    second = post_page(client, {**fields, "page": "2"})
    assert second.select_one("ol.results")["start"] == str(PER_PAGE + 1)
    assert second.select_one("nav.pagination [aria-current=page]").get_text() == "2"
    assert set(texts(first, "li.card h2")).isdisjoint(texts(second, "li.card h2"))


def test_an_unknown_borough_is_explained_not_an_error(client):
    soup = post_page(client, {"q": "stalking", "borough": "Atlantis"})
    assert "Atlantis" in texts(soup, ".problem")[0]
    assert soup.select("li.card")


def test_danger_words_bring_up_the_emergency_message(client, app):
    result = app.extensions["directory"].search
    from directory.search import SearchRequest
    if not result.search(SearchRequest(text="he is going to kill me")).in_danger:
        pytest.fail("the search no longer recognises danger; this test needs a new phrase")
    soup = post_page(client, {"q": "he is going to kill me"})
    assert "call 999" in texts(soup, ".danger[role=alert]")[0]


# -- a service -------------------------------------------------------------------------------

def test_service_page_has_tap_to_call_website_and_sources(client, app):
    soup = get_page(client, service_path("national-domestic-abuse-helpline"))
    assert soup.select_one("h1").get_text() == "National Domestic Abuse Helpline"
    assert texts(soup, "a.call[href='tel:08082000247']") == ["Call 0808 2000 247"]
    assert "Live chat" in soup.select_one("#contact-heading").find_parent("section").get_text()
    website = soup.select_one("a[href='https://www.nationaldahelpline.org.uk']")
    assert "noreferrer" in website["rel"]
    assert "Open 24 hours, every day" in texts(soup, ".status")
    assert "Women and girls" in texts(soup, "#for-heading + ul li")
    assert "British Sign Language" in soup.get_text()
    assert soup.select_one("a[href='/browse/area/national']")
    sources = texts(soup, "ul.sources li")
    assert any("refuge.org.uk" in line for line in sources)
    assert not soup.select("ul.sources a"), "sources are text, not links to other sites"
    assert "own website or on an official" in texts(soup, ".verification")[0]
    assert "Not yet confirmed with the service" in soup.get_text()


def test_disputed_hours_are_never_stated(client):
    soup = get_page(client, service_path("mens-advice-line"))
    hours = soup.select_one("#hours-heading").find_parent("section")
    assert "check hours on their website" in hours.get_text()
    assert not hours.select(".status, dl.hours")


def test_weekly_hours_and_open_now_follow_the_schedule(client, app):
    soup = get_page(client, service_path("financial-support-line"))
    assert texts(soup, "a[href='sms:08081968845']") == ["Text 0808 196 8845"]
    hours = soup.select_one("#hours-heading").find_parent("section")
    assert texts(hours, "dl.hours dt") == ["Monday to Friday"]
    assert texts(hours, "dl.hours dd") == ["09:00 to 17:00"]
    service = service_from_db(app, "financial-support-line")
    expected = "open" if is_open(service.weekly_hours) else "closed"
    assert hours.select_one(".status")["class"] == ["status", expected]


def test_an_old_source_is_said_plainly(client):
    soup = get_page(client, service_path("ikwro"))
    assert "Old source: we are checking this" in texts(soup, ".verification")[0]
    assert soup.select("a.call[href^='tel:']")


def test_an_unverified_service_shows_no_contact_details_at_all(client, app):
    record = record_from_db(app, "lawrs")
    assert record["url"], "the record has a website, which must still not be shown"
    soup = get_page(client, service_path("lawrs"))
    assert "We could not confirm contact details, so none are shown" in texts(
        soup, ".verification")[0]
    main = soup.select_one("main")
    assert not main.select("a[href^='tel:'], a[href^='sms:'], a[href^='mailto:']")
    assert not main.select("a[href^='http']")
    assert soup.select_one("#contact-heading") is None


def test_report_form_posts_only_which_detail_is_wrong(client):
    soup = get_page(client, service_path("childline"))
    form = soup.select_one("details.report form")
    assert form["method"] == "post"
    assert form["action"] == service_path("childline") + "/report"
    assert {i["name"] for i in form.select("input")} == {"detail"}
    assert not form.select("textarea, input[type=text]")


def test_a_report_logs_the_service_and_detail_and_nothing_else(client, app, caplog):
    path = service_path("childline")
    with caplog.at_level(logging.INFO, logger="signpost.reports"):
        response = client.post(path + "/report", data={"detail": "hours", "note": "my name"},
                               headers={"User-Agent": "SecretBrowser/1.0"},
                               environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert "Thank you" in soup.select_one("h1").get_text()
    reports = [r.getMessage() for r in caplog.records if r.name == "signpost.reports"]
    assert reports == [f"wrong information reported: service={path.rsplit('/', 1)[1]} "
                       "detail=hours"]
    assert "Set-Cookie" not in response.headers


def test_a_report_without_a_known_detail_asks_again(client):
    response = client.post(service_path("childline") + "/report", data={"detail": "x"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.select_one("details.report[open] .problem[role=alert]")


def test_unknown_service_is_a_friendly_404(client):
    soup = get_page(client, "/services/not-a-service", status=404)
    assert soup.select_one("a[href='/']")


# -- browsing --------------------------------------------------------------------------------

def test_browse_by_abuse_type_lists_services_and_narrower_types(client):
    soup = get_page(client, "/browse/abuse/domestic_abuse")
    assert soup.select_one("h1").get_text() == "Domestic abuse"
    assert soup.select_one("a[href='/browse/abuse/coercive_control']")
    assert "National Domestic Abuse Helpline" in texts(soup, "li.card h2")
    assert soup.select_one("a[href='/search?abuse_type=domestic_abuse']")


def test_browse_by_borough_and_the_list_of_boroughs(client):
    index = get_page(client, "/browse/area")
    boroughs = index.select("a[href^='/browse/area/']")
    assert len(boroughs) == 2 + 33  # UK-wide, London-wide, 32 boroughs and the City
    soup = get_page(client, "/browse/area/haringey")
    assert "Haringey" in soup.select_one("h1").get_text()
    assert any("Haringey" in meta for meta in every_card_meta(client, "/browse/area/haringey"))


@pytest.mark.parametrize("code", ["friends_family", "professionals"])
def test_browse_by_who_is_asking(client, code):
    soup = get_page(client, f"/browse/audience/{code}")
    assert soup.select("li.card")


@pytest.mark.parametrize("url", ["/browse/abuse/nothing", "/browse/area/narnia",
                                 "/browse/colour/red", "/browse/audience/anyone_at_all"])
def test_browse_unknown_is_404(client, url):
    get_page(client, url, status=404)


# -- help now and safe browsing --------------------------------------------------------------

def test_help_now_explains_999_55_emergency_sms_and_101(client):
    soup = get_page(client, "/help-now")
    calls = {a["href"] for a in soup.select("a.call")}
    assert {"tel:999", "tel:18000", "tel:101"} <= calls
    text = " ".join(soup.select_one("main").get_text(" ").split())  # numbers sit in <bdi>
    assert "press 55" in text
    assert "A silent call on its own does not bring help" in text
    assert "register" in text
    assert "Textphone 18001 101" in text
    assert "not an emergency" in text


def test_safe_browsing_is_honest_about_the_limits(client):
    text = " ".join(get_page(client, "/safe-browsing").select_one("main").get_text(" ").split())
    assert "Other pages you visited before" in text
    assert "private or incognito" in text
    assert "one by one" in text
    assert "Clearing all of your history at once can itself look suspicious" in text
    assert "Shift 3 times" in text and "Esc twice" in text


def test_open_now_uses_uk_time(app):
    # Guard for the "open now" labels: the directory's rule, not one of our own.
    service = service_from_db(app, "financial-support-line")
    monday_noon = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
    assert is_open(service.weekly_hours, monday_noon)
