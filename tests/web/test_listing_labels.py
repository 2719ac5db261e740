"""Listings are worded as their sources say: a relay or text number never reads "Call", and a
record known only from old documents says so on its card."""
from __future__ import annotations

import pytest
from flask import render_template

from directory import catalogue
from tests.support.public_site import dispose, get_page, seeded_app, service_path


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("phone-labels"))
    yield site
    dispose(site)


def _links(soup, selector: str = "a.call") -> list[tuple[str, str]]:
    return [(a["href"], " ".join(a.get_text(" ").split())) for a in soup.select(selector)]


def _card(app, seed_key: str):
    from bs4 import BeautifulSoup
    with app.test_request_context("/"):
        session = app.extensions["directory"].session_factory()
        service = catalogue.get_service(session, service_path(seed_key).rsplit("/", 1)[1])
        html = render_template("partials/service_card.html", service=service)
        session.close()
    return BeautifulSoup(html, "html.parser")


def test_text_relay_and_text_numbers_are_worded_as_such(app):
    soup = get_page(app.test_client(), service_path("emergencysms-textphone"))
    links = _links(soup, "ul.contacts a.call")
    assert ("tel:18000", "Textphone 18000") in links and ("sms:999", "Text 999") in links
    assert not [text for _, text in links if text.startswith("Call")]
    assert soup.select_one("ul.contacts a.call.textphone")["href"] == "tel:18000"


def test_a_result_card_words_its_first_number_as_the_source_does(app):
    assert _links(_card(app, "emergencysms-textphone")) == [("tel:18000", "Textphone 18000")]
    assert _links(_card(app, "samaritans")) == [("tel:116123", "Call 116 123")]


def test_an_out_of_hours_number_is_a_phone_entry_not_plain_text(app):
    soup = get_page(app.test_client(), service_path("forced-marriage-unit"))
    items = [" ".join(li.get_text(" ").split()) for li in soup.select("ul.contacts li")]
    assert "Call 020 7008 1500 Out of hours (ask for the Global Response Centre)" in items
    assert ("tel:02070081500", "Call 020 7008 1500") in _links(soup)


def test_by_appointment_is_never_shown_as_open_24_hours(app):
    soup = get_page(app.test_client(), service_path("the-havens"))
    assert not soup.select("p.status.open")
    assert "24/7, by appointment" in soup.select_one("main").get_text(" ")
    assert not _card(app, "the-havens").select("p.status.open")


def test_a_card_says_when_its_only_source_is_old(app):
    caveats = [p.get_text() for p in _card(app, "harrow-hestia-refuge").select("p.status.old")]
    assert "Named in Harrow's domestic and sexual violence strategy for 2014-17; may no longer run in " \
        "this form." in caveats
    planned = _card(app, "harrow-caring-dads-programme").select_one("p.status.old").get_text()
    assert planned.startswith("Planned in") and planned.endswith("no source says it ever ran.")
    assert not _card(app, "samaritans").select("p.status.old")
