import pytest

from signpost_common.intents import SITE_INTENTS, payload
from signpost_common.pages import LOCAL_BOROUGHS, PAGES, SEARCH, abuse_page, page


def test_pages_are_paths_on_the_site():
    assert SEARCH == "/search" and page("help_now") == "/help-now"
    assert all(path.startswith("/") and "://" not in path for path in PAGES.values())
    assert abuse_page("fgm") == "/guidance/abuse/fgm"


def test_the_local_boroughs_are_area_codes_with_names():
    assert LOCAL_BOROUGHS == (("haringey", "Haringey"), ("harrow", "Harrow"))


def test_only_a_shared_intent_is_sent_as_a_payload():
    assert [payload(intent) for intent in SITE_INTENTS][0] == "/immediate_danger"
    with pytest.raises(KeyError):
        payload("greet")
