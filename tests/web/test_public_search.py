"""Search leaves no trace, results put reachable help first, and the first screen offers help.

Checked through the HTML with CSS selectors, on a site holding every seed service.
"""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.support.public_site import dispose, get_page, seeded_app, service_path

WORDS = "he checks my phone and takes my money"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("public-search"))
    yield site
    dispose(site)


@pytest.fixture
def client(app):
    return app.test_client()


def post(client, data: dict) -> BeautifulSoup:
    response = client.post("/search", data=data)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def card_names(soup: BeautifulSoup, selector: str = "li.card") -> list[str]:
    return [card.select_one("h2").get_text(strip=True) for card in soup.select(selector)]


# -- no trace --------------------------------------------------------------------------------

def test_every_search_form_posts_and_no_link_carries_the_words(client):
    for soup in (get_page(client, "/"), post(client, {"q": WORDS})):
        for form in soup.select("form[role=search]"):
            assert form["method"] == "post", form
            assert form.select_one("input[name=q]")["autocomplete"] == "off"
    soup = post(client, {"q": "abuse"})
    assert soup.select("li.card"), "the words found services"
    for element in soup.select("[href], [action]"):
        address = element.get("href") or element.get("action")
        assert "q=" not in address and "abuse" not in address.split("?", 1)[-1], address


def test_words_put_in_an_address_by_hand_are_ignored(client):
    html = client.get("/search?q=" + WORDS.replace(" ", "+")).get_data(as_text=True)
    assert "checks my phone" not in html
    assert not BeautifulSoup(html, "html.parser").select("li.card")


def test_a_typed_place_is_not_put_in_shared_links_but_a_borough_code_is(client):
    typed = post(client, {"borough": "N17 6AB"})
    assert not [a for a in typed.select("a[href*='borough=']")]
    shared = get_page(client, "/search?borough=haringey&abuse_type=domestic_abuse")
    assert shared.select("li.card")
    assert shared.select_one("input[name=borough]")["value"] == "haringey"
    words = get_page(client, "/search?borough=N17+6AB")
    assert words.select_one("input[name=borough]")["value"] == ""


def test_filters_start_closed(client):
    for soup in (get_page(client, "/search"), get_page(client, "/search?abuse_type=stalking"),
                 post(client, {"q": "rape"})):
        assert not soup.select_one("details.more-filters").has_attr("open")


# -- results people can use ------------------------------------------------------------------

def test_services_without_contact_details_come_after_every_reachable_one(client, app):
    statuses = {}
    soup = get_page(client, "/search?abuse_type=domestic_abuse")
    pages = [soup]
    while (next_link := pages[-1].select_one("nav.pagination a[rel=next]")) is not None:
        pages.append(get_page(client, next_link["href"]))
    order = []
    for page in pages:
        for card in page.select("ol.results > li.card"):
            unreachable = card.find_parent("section", class_="no-contacts") is not None
            order.append(unreachable)
            statuses[card.select_one("h2").get_text(strip=True)] = unreachable
    assert True in order and False in order
    assert order == sorted(order), "a service without contact details came before one with"
    assert statuses["Haringey MARAC (Multi-Agency Risk Assessment Conference)"] is True
    assert statuses["National Domestic Abuse Helpline"] is False
    group = next(p for p in pages if p.select_one("section.no-contacts"))
    section = group.select_one("section.no-contacts")
    assert "council" in section.select_one("p").get_text()
    assert section.select_one("a.call[href='tel:08082000247']")
    assert not section.select("li.card a.call")


def test_a_borough_brings_its_reachable_local_services_to_the_first_page(client):
    anywhere = card_names(get_page(client, "/search?abuse_type=domestic_abuse"))
    local = get_page(client, "/search?abuse_type=domestic_abuse&borough=haringey")
    assert card_names(local) != anywhere
    first = local.select("ol.results > li.card")[0]
    assert "Haringey" in first.select_one(".meta").get_text()
    assert first.find_parent("section", class_="no-contacts") is None
    typed = post(client, {"q": "domestic abuse", "borough": "N17"})
    assert "Haringey" in typed.select("ol.results > li.card .meta")[0].get_text()


def test_in_danger_the_engines_order_holds_among_reachable_services(client, app):
    # A borough would otherwise lift local services: in danger, the emergency routes the
    # engine puts first stay first.
    from directory import catalogue
    from directory.search import SearchRequest
    ranked = app.extensions["directory"].search.search(
        SearchRequest(text="he is going to kill me", borough="haringey", limit=50))
    with app.app_context():
        session = app.extensions["directory"].session_factory()
        reach = catalogue.service_reach(session, ranked.service_ids)
        services = catalogue.get_services(session, ranked.service_ids)
    expected = [s.name for s in services if reach[s.id].reachable][:3]
    assert any("999" in name for name in expected), expected
    soup = post(client, {"q": "he is going to kill me", "borough": "haringey"})
    assert soup.select_one(".danger[role=alert]")
    assert card_names(soup)[:3] == expected


def test_cards_show_hours_and_where(client, app):
    soup = get_page(client, "/search?always_open=1")
    for card in soup.select("li.card"):
        assert "Open 24 hours" in card.get_text(), card
        assert card.select_one(".meta").get_text(strip=True)
    weekdays = get_page(client, "/search?abuse_type=economic_abuse")
    support_line = next(c for c in weekdays.select("li.card")
                        if "Financial Support Line" in c.get_text())
    assert support_line.select_one(".status.open, .status.closed")


# -- help on the first screen ----------------------------------------------------------------

def test_home_offers_the_helpline_the_chat_and_the_self_check_first(client):
    main = get_page(client, "/").select_one("main")
    call = main.select_one("p.helpline a.call[href='tel:08082000247']")
    assert call.get_text(" ", strip=True) == "Call 0808 2000 247"
    assert "Open 24 hours, every day" in call.find_parent("p").get_text()
    links = [a["href"] for a in main.select("a[href]")]
    assert links.index("/chat") < links.index("/self-check") < len(links)
    helpline_position = main.decode().index("tel:08082000247")
    assert helpline_position < main.decode().index("<form"), "the call comes before the search"


def test_help_now_offers_the_helpline_and_lists_it_first_of_the_24_hour_lines(client):
    main = get_page(client, "/help-now").select_one("main")
    assert main.select_one("p.helpline a.call[href='tel:08082000247']")
    lines = [li.get_text(" ", strip=True) for li in main.select("ul.always-open li")]
    assert lines[0].startswith("National Domestic Abuse Helpline")
    assert not any(line.startswith("Police") for line in lines)
    assert any(line.startswith("Hourglass") for line in lines[1:])


# -- right to left and last checked ----------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/help-now", service_path("financial-support-line"),
                                  "/search?abuse_type=economic_abuse"])
def test_every_phone_number_reads_left_to_right_on_arabic_pages(client, path):
    soup = get_page(client, path + ("&" if "?" in path else "?") + "lang=ar")
    links = soup.select("main a[href^='tel:'], main a[href^='sms:']")
    assert links
    for link in links:
        digits = link["href"].split(":", 1)[1]
        number = link.select_one("bdi[dir=ltr]")
        assert number is not None, link
        assert "".join(ch for ch in number.get_text() if ch.isdigit()) == digits.lstrip("+")


def test_english_only_text_is_marked_on_urdu_pages(client):
    soup = get_page(client, service_path("national-domestic-abuse-helpline") + "?lang=ur")
    assert soup.select_one("html")["dir"] == "rtl"
    for selector in ("h1", "main p[lang=en]", "ul.sources li"):
        element = soup.select_one(selector)
        assert element["lang"] == "en" and element["dir"] == "ltr", selector
    cards = get_page(client, "/search?abuse_type=stalking&lang=ur").select("li.card h2")
    assert cards and all(h2["lang"] == "en" and h2["dir"] == "ltr" for h2 in cards)


def test_service_pages_say_when_details_were_checked_never_when_they_were_loaded(client, app):
    from tests.web.test_public_pages import service_from_db
    service = service_from_db(app, "national-domestic-abuse-helpline")
    soup = get_page(client, service_path("national-domestic-abuse-helpline"))
    checked = soup.select_one("p.last-checked").get_text(" ", strip=True)
    if service.assured_date:
        assert str(service.assured_date.year) in checked
    else:
        assert checked == "Not yet confirmed with the service itself."
    assert "changed" not in soup.select_one("#source-heading").find_parent("section").get_text()


def test_safe_browsing_says_what_each_browser_keeps_and_how_to_remove_it(client):
    main = get_page(client, "/safe-browsing").select_one("main")
    keeps = main.select_one("#keeps-heading").find_parent("section").get_text(" ")
    assert "history" in keeps and "not in the address or the history" in keeps
    steps = [li.get_text(" ", strip=True) for li in main.select("ul.browsers li")]
    for browser, private_mode in [("Chrome", "Incognito"), ("Safari", "Private"),
                                  ("Samsung Internet", "Secret mode"), ("Firefox", "private"),
                                  ("Microsoft Edge", "InPrivate")]:
        step = next(s for s in steps if s.startswith(browser))
        assert "History" in step and private_mode in step, step


# -- the signposting decision leads ------------------------------------------------------------

@pytest.mark.parametrize("query, first", [
    ("mój mąż mnie bije", "National Domestic Abuse Helpline"),        # Polish: the vocabulary is English
    ("kocam beni dövüyor", "National Domestic Abuse Helpline"),       # Turkish
    ("raped last night", "The Havens (London sexual assault referral centres)"),
    ("they want me to marry my cousin abroad", "Forced Marriage Unit"),
])
def test_what_was_typed_is_signposted_first_with_the_reason(client, query, first):
    soup = post(client, {"q": query})
    card = soup.select_one("ol.results > li.card")
    assert card.select_one("h2").get_text(strip=True) == first
    assert card.select_one("p.reason").get_text(strip=True).startswith("for ")


def test_the_api_search_leads_with_the_same_decision(client):
    found = client.get("/api/services", query_string={"search": "raped last night"}).get_json()
    assert found["contents"][0]["name"].startswith("The Havens")


def test_a_service_asked_for_by_name_comes_first_even_with_no_confirmed_contact_details(client):
    soup = post(client, {"q": "marac referral haringey"})
    first = soup.select_one("li.card")
    assert first.select_one("h2 a")["href"].split("?")[0] == service_path("haringey-marac")
    assert "No confirmed contact details" in first.get_text(" ", strip=True)
    # It leads the list of services, not the group of records nobody could source.
    assert first.find_parent("section", class_="no-contacts") is None


@pytest.mark.parametrize("query, first, never_on_first_page", [
    ("my boyfriend is controlling and checks my phone", None,
     {"Respect Phoneline", "Men's Advice Line"}),
    ("support for men abused by their wives", "Men's Advice Line", {"Respect Phoneline"}),
    ("is there help for perpetrators of domestic abuse", "Respect Phoneline", set()),
])
def test_services_whose_audience_excludes_the_person_leave_the_first_page(client, query, first,
                                                                         never_on_first_page):
    names = card_names(post(client, {"q": query}))
    assert names, query
    if first:
        assert names[0] == first
    assert not never_on_first_page & set(names), names


def test_services_for_others_leave_the_results_when_the_words_say_who_is_asking(client):
    said = client.get("/api/services", query_string={"search": "my ex is controlling me",
                                                     "per_page": 50}).get_json()
    names = {service["name"] for service in said["contents"]}
    assert "National Domestic Abuse Helpline" in names
    assert not names & {"Respect Phoneline", "Men's Advice Line"}, names
    unsaid = client.get("/api/services", query_string={"search": "domestic abuse",
                                                       "per_page": 50}).get_json()
    ranked = [service["name"] for service in unsaid["contents"]]
    # Nothing says who searched: a men's line may still be theirs, so it stays, lower down.
    assert "Men's Advice Line" in ranked and ranked.index("Men's Advice Line") >= 10

