import datetime as dt

import pytest

from directory.catalogue import get_services
from directory.db import transaction
from directory.hours import UK_TIME
from directory.records import ServiceRecord, SourceRecord
from directory.search import SearchRequest, UnknownFilter
from directory.store import upsert_service
from directory.taxonomy import load_term_index


def names(app, result):
    with app.extensions["directory"].session_factory() as session:
        return [s.name for s in get_services(session, result.service_ids)]


def areas(app, result):
    with app.extensions["directory"].session_factory() as session:
        return [{a.area_code for a in s.service_areas} for s in get_services(session, result.service_ids)]


def top(app, search, text, n=3, **filters):
    return names(app, search.search(SearchRequest(text=text, limit=n, **filters)))


@pytest.mark.parametrize("text, expected", [
    ("he hits me when he drinks", "National Domestic Abuse Helpline"),
    ("sexual asault haringey", "24/7 Rape and Sexual Abuse Support Line"),
    ("forced mariage", "Forced Marriage Unit"),
    ("my family says I shamed them", "Karma Nirvana Honour Based Abuse Helpline"),
    ("someone keeps following me and turning up at my work", "National Stalking Helpline"),
    ("they cut girls in my community", "NSPCC FGM Helpline"),
])
def test_plain_language_finds_the_right_line(seeded_app, search, text, expected):
    assert expected in top(seeded_app, search, text)


def test_typos_are_corrected_and_reported(search):
    result = search.search(SearchRequest(text="sexual asault"))
    assert result.corrected == {"asault": "assault"}
    assert "sexual_violence" in result.concepts


def test_immediate_danger_puts_999_first(seeded_app, search):
    result = search.search(SearchRequest(text="he is outside and says he will kill me", limit=3))
    assert result.in_danger
    assert names(seeded_app, result)[0] == "Police emergency 999 (Silent Solution)"


def test_a_borough_in_the_words_becomes_a_filter(search):
    result = search.search(SearchRequest(text="sexual assault haringey"))
    assert result.boroughs == ["haringey"]


@pytest.mark.parametrize("borough", ["haringey", "Haringey", "N17", "n17 6ab", "Tottenham"])
def test_borough_filter_takes_a_code_name_place_or_postcode(seeded_app, search, borough):
    result = search.search(SearchRequest(borough=borough, limit=100))
    found = names(seeded_app, result)
    assert "Hearthstone" in " ".join(found)                      # Haringey's own
    assert "National Domestic Abuse Helpline" in found           # national lines serve everyone
    assert not any("Harrow" in n or "Wealdstone" in n for n in found)
    assert all(codes & {"haringey", "london", "national"} for codes in areas(seeded_app, result))
    assert not any("harrow" in codes for codes in areas(seeded_app, result))


def test_borough_filter_excludes_other_boroughs(seeded_app, search):
    harrow = set(search.search(SearchRequest(borough="harrow", limit=200)).service_ids)
    haringey = set(search.search(SearchRequest(borough="haringey", limit=200)).service_ids)
    assert harrow - haringey and haringey - harrow


def test_unknown_filters_are_reported_not_ignored(search):
    with pytest.raises(UnknownFilter, match="borough"):
        search.search(SearchRequest(borough="atlantis"))
    with pytest.raises(UnknownFilter, match="abuse type"):
        search.search(SearchRequest(abuse_type="nonsense"))


@pytest.mark.parametrize("field, value, expected", [
    ("abuse_type", "forced_marriage", "Forced Marriage Unit"),
    ("audience", "men", "Men's Advice Line"),
    ("language", "tr", "IMECE Women's Centre"),
    ("service_type", "sarc_health", "The Havens (London sexual assault referral centres)"),
])
def test_filters_by_taxonomy(seeded_app, search, field, value, expected):
    result = search.search(SearchRequest(limit=200, **{field: value}))
    found = names(seeded_app, result)
    assert expected in found
    assert result.total == len(found)


def test_audience_filter_keeps_services_for_anyone_and_drops_other_audiences(seeded_app, search):
    found = names(seeded_app, search.search(SearchRequest(audience="men", limit=200)))
    assert "Samaritans" in found
    assert "Childline" not in found


def test_language_filter_drops_services_without_that_language(seeded_app, search):
    found = names(seeded_app, search.search(SearchRequest(language="tr", limit=200)))
    assert "Samaritans" not in found


def test_open_now_uses_uk_time(seeded_app, search):
    wednesday_night = dt.datetime(2026, 11, 25, 23, 0, tzinfo=UK_TIME)
    tuesday_morning = dt.datetime(2026, 11, 24, 10, 0, tzinfo=UK_TIME)
    night = names(seeded_app, search.search(SearchRequest(open_now=True, at=wednesday_night, limit=200)))
    day = names(seeded_app, search.search(SearchRequest(open_now=True, at=tuesday_morning, limit=200)))
    assert "National Domestic Abuse Helpline" in night and "National Domestic Abuse Helpline" in day
    assert "National Stalking Helpline" in day and "National Stalking Helpline" not in night
    assert "Men's Advice Line" not in day  # hours disputed: never claimed open


def test_always_open_filter(seeded_app, search):
    found = names(seeded_app, search.search(SearchRequest(always_open=True, limit=200)))
    assert "Samaritans" in found and "National Stalking Helpline" not in found


def test_verified_national_line_is_never_buried(seeded_app, search):
    for text in ["my partner checks my phone and controls my money", "he forced me to have sex",
                 "somebody took my passport and makes me work"]:
        result = search.search(SearchRequest(text=text, limit=3))
        with seeded_app.extensions["directory"].session_factory() as session:
            services = get_services(session, result.service_ids)
        assert any(s.verification_status.value == "verified"
                   and "national" in {a.area_code for a in s.service_areas} for s in services), text


def test_pagination_is_stable_and_complete(search):
    everything = search.search(SearchRequest(limit=500)).service_ids
    pages = [search.search(SearchRequest(offset=o, limit=10)).service_ids
             for o in range(0, len(everything), 10)]
    assert [sid for page in pages for sid in page] == everything


def test_inactive_services_are_not_found(empty_app):
    """Only an active service is offered; the seeds hold none that a source says has closed."""
    handle = empty_app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        terms = load_term_index(session)
        for key, name, status in [("test-open", "Riverside Fathers Group", "active"),
                                  ("test-closed", "Hillside Fathers Group", "inactive")]:
            upsert_service(session, ServiceRecord(
                key=key, name=name, organisation="Riverside Trust", status=status,
                description="A group for fathers who use violence.", areas=["harrow"],
                sources=[SourceRecord("https://example.org/fathers", None, "2026")]), terms)
    found = names(empty_app, handle.search.search(SearchRequest(text="fathers group", limit=50)))
    assert "Riverside Fathers Group" in found and "Hillside Fathers Group" not in found
