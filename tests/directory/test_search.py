import datetime as dt

import pytest

from directory.catalogue import get_services
from directory.hours import UK_TIME
from directory.search import SearchRequest, UnknownFilter
from tests.factories import create_service


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


def ids(search, **request):
    return set(search.search(SearchRequest(limit=200, **request)).service_ids)


def test_audience_filter_keeps_services_for_anyone_and_drops_other_audiences(empty_app):
    for_anyone, for_men, for_children = (
        create_service(empty_app, audiences=audience) for audience in (["anyone"], ["men"], ["children"]))
    found = ids(empty_app.extensions["directory"].search, audience="men")
    assert for_anyone in found and for_men in found
    assert for_children not in found


def test_language_filter_drops_services_without_that_language(empty_app):
    turkish, unlisted, spanish = (
        create_service(empty_app, languages=languages) for languages in (["tr", "en"], [], ["es"]))
    search = empty_app.extensions["directory"].search
    assert ids(search, language="tr") == {turkish}
    # A service that lists no languages works in English.
    assert ids(search, language="en") == {turkish, unlisted}


def test_open_now_uses_uk_time(empty_app):
    always = create_service(empty_app, hours="24/7")
    office = create_service(empty_app, hours="Mon-Fri 9am-5pm")
    disputed = create_service(empty_app, hours="CONFLICT")
    search = empty_app.extensions["directory"].search
    wednesday_night = dt.datetime(2026, 11, 25, 23, 0, tzinfo=UK_TIME)
    tuesday_morning = dt.datetime(2026, 11, 24, 10, 0, tzinfo=UK_TIME)
    # In summer London is an hour ahead of UTC: 08:30 UTC is 09:30 there, and the office open.
    summer_utc = dt.datetime(2026, 7, 14, 8, 30, tzinfo=dt.UTC)
    assert ids(search, open_now=True, at=wednesday_night) == {always}
    assert ids(search, open_now=True, at=tuesday_morning) == {always, office}
    assert ids(search, open_now=True, at=summer_utc) == {always, office}
    assert ids(search, open_now=True, at=summer_utc - dt.timedelta(hours=1)) == {always}
    assert disputed not in ids(search, open_now=True, at=tuesday_morning)  # never claimed open


def test_always_open_filter(empty_app):
    always = create_service(empty_app, hours="24/7")
    create_service(empty_app, hours="Mon-Fri 9am-5pm")
    create_service(empty_app, hours=None)
    assert ids(empty_app.extensions["directory"].search, always_open=True) == {always}


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
    open_group = create_service(empty_app, name="Riverside Fathers Group", status="active")
    closed_group = create_service(empty_app, name="Hillside Fathers Group", status="inactive")
    found = ids(empty_app.extensions["directory"].search, text="fathers group")
    assert open_group in found and closed_group not in found
