"""axe-core finds nothing in every site language, with the site's JavaScript and without it.

Every page type is checked in every site language (English in test_accessibility.py), with
the site's scripts and without them. "Without JavaScript" is the page as served, with the
site's scripts blocked: axe itself still needs the browser's JavaScript to run.
"""
from __future__ import annotations

import pytest

from signpost_common.languages import LANGUAGES
from tests.support.public_site import PAGE_TYPES, TYPED_SEARCHES

from .pages import HomePage, SignpostPage

EVERY_LANGUAGE = list(LANGUAGES)  # the site's own list: a language added is checked at once
OTHER_LANGUAGES = [code for code in EVERY_LANGUAGE if code not in ("en", "ar")]


def in_language(path: str, code: str) -> str:
    return path + ("&" if "?" in path else "?") + f"lang={code}"


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_every_page_type_in_arabic(axe_page, site, path):
    page = SignpostPage(axe_page, site.url).open(in_language(path, "ar"))
    assert page.language == "ar"
    assert page.run_axe() == []


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_every_page_type_in_every_other_language(axe_page, site, path, code):
    page = SignpostPage(axe_page, site.url).open(in_language(path, code))
    assert page.language == code
    assert page.run_axe() == []


@pytest.mark.parametrize("code", EVERY_LANGUAGE)
def test_a_typed_search_in_every_language(axe_page, site, code):
    home = HomePage(axe_page, site.url).open(in_language("/", code))
    results = home.search(TYPED_SEARCHES["typed search"]["q"])
    assert results.language == code and results.result_names
    assert results.run_axe() == []


@pytest.mark.parametrize("code", EVERY_LANGUAGE)
@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_every_page_type_without_javascript(axe_page_without_scripts, site, path, code):
    page = SignpostPage(axe_page_without_scripts, site.url).open(in_language(path, code))
    assert axe_page_without_scripts.blocked_scripts, "the site's script was not blocked"
    assert page.run_axe() == []

