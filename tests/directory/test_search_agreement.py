"""The index and the database fallback find the same services for the same search (hypothesis).

Filtering is written twice, as a Whoosh query (`Filters.to_whoosh`) and as a check on a
document (`Filters.matches`, used by the fallback), and matching words twice, as the index's
query and the fallback's scorer. Small generated directories, built with the factories, are
searched both ways with generated filters and words; both must return the same services.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.hours import UK_TIME
from directory.search.fallback import database_candidates
from directory.search.filters import resolve_filters
from directory.search.request import SearchRequest
from directory.search.understanding import understand
from directory.taxonomy import build_term_index, read_taxonomy_file
from tests.factories import create_services, service_record

CODES = build_term_index(read_taxonomy_file()).codes()
# A few codes of each kind, so generated services and filters often meet (a parent and its
# child term, "anyone" and a named audience, a borough, London and national).
POOLS = {"abuse-type": ["domestic_abuse", "coercive_control", "stalking", "fgm"],
         "service-type": ["advocacy", "helpline", "refuge_housing"],
         "audience": ["anyone", "women", "men", "lgbtq"],
         "area": ["haringey", "harrow", "london", "national"],
         "language": ["en", "ar", "es"]}
assert all(set(pool) <= CODES[taxonomy] for taxonomy, pool in POOLS.items())
# Published hours in the shapes the seed data uses, with ones that are never "open now".
HOURS = [None, "24/7", "Mon-Fri 9am-5pm", "Weekdays 9:30am-4pm", "Sat 10am-2pm", "CONFLICT",
         "By appointment"]
WORDS = ["", "stalking", "he hits me", "forced marriage", "refuge", "advocacy", "lantern",
         "harbour", "counselling for men", "my ex follows me", "fgm", "housing", "zzqx"]
NAMES = ["Lantern Project", "Harbour Women's Refuge", "Ivy Advocacy", "Beacon Counselling"]


def codes(taxonomy: str):
    return st.lists(st.sampled_from(POOLS[taxonomy]), unique=True, max_size=2)


def maybe(taxonomy: str):
    """Mostly no filter, so that a request with several filters still finds something."""
    return st.sampled_from([None, None, None, *POOLS[taxonomy]])


@st.composite
def directories(draw):
    return [service_record(
        name=draw(st.sampled_from(NAMES)), description=draw(st.sampled_from(WORDS)),
        areas=draw(codes("area")), abuse_types=draw(codes("abuse-type")),
        service_types=draw(codes("service-type")), audiences=draw(codes("audience")),
        languages=draw(codes("language")), hours=draw(st.sampled_from(HOURS)),
        status=draw(st.sampled_from(["active", "active", "inactive"])),
    ) for _ in range(draw(st.integers(1, 4)))]


@st.composite
def searches(draw):
    return SearchRequest(
        text=draw(st.sampled_from(WORDS)), abuse_type=draw(maybe("abuse-type")),
        borough=draw(st.sampled_from([None, None, "haringey", "harrow", "camden", "N17"])),
        audience=draw(maybe("audience")), language=draw(maybe("language")),
        service_type=draw(maybe("service-type")),
        open_now=draw(st.sampled_from([False, False, True])),
        always_open=draw(st.sampled_from([False, False, False, True])),
        at=draw(st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 1, 1),
                             timezones=st.just(UK_TIME))),
        limit=500,
    )


@pytest.fixture
def app(empty_app):
    return empty_app


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(directory=directories(), requests=st.lists(searches(), min_size=1, max_size=5))
def test_the_index_and_the_database_find_the_same_services(app, directory, requests):
    # Services accumulate over examples: the property holds for any directory, however made.
    create_services(app, *directory)
    search = app.extensions["directory"].search
    terms, lexicon = search.vocabulary()
    for request in requests:
        understanding = understand(request.text, lexicon)
        filters = resolve_filters(request, terms, lexicon, understanding.boroughs)
        from_index, _total = search.index.search(understanding, filters, 1000, request.at)
        with search.session_factory() as session:
            from_database = database_candidates(session, understanding, filters, request.at)
        assert {doc["id"] for _s, doc in from_index} == {doc["id"] for _s, doc in from_database}, \
            (request, filters)
