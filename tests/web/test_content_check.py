"""make content-check's rules (bin/content-check), on made-up pages and sources."""
from __future__ import annotations

import datetime as dt
import importlib.machinery
import importlib.util
import sys
from pathlib import Path

import pytest

from web.pathways.content import Page, Review, Section, Source, Statement

SCRIPT = Path(__file__).resolve().parents[2] / "bin" / "content-check"
TODAY = dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def check():
    loader = importlib.machinery.SourceFileLoader("content_check", str(SCRIPT))
    spec = importlib.util.spec_from_loader("content_check", loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["content_check"] = module    # its dataclasses look themselves up there
    loader.exec_module(module)
    return module


def page(review: Review, text: str = "Call the helpline.") -> Page:
    source = Source("s", "Doc", "2024", url="https://www.gov.uk/x", checked="2026-12-04")
    return Page("abuse", "x", "abuse/x.yaml", "Title", "Summary", review,
                (Section("do-now", "Do now", (Statement(text, (source,)),)),))


@pytest.mark.parametrize("review, problem", [
    (Review("not-reviewed"), "no review date and reviewing role"),
    (Review("not-reviewed", checked_on="2026-01-10"), "no review date and reviewing role"),
    (Review("not-reviewed", checked_on="2025-12-01", checked_by="Content editor"),
     "over 12 months ago"),
    (Review("reviewed", "IDVA manager", "2024-06-01"), "over 12 months ago"),
    (Review("not-reviewed", checked_on="4 Dec", checked_by="Content editor"), "not YYYY-MM-DD"),
])
def test_a_missing_or_old_review_fails(check, review, problem):
    assert problem in check.review_problem(page(review), TODAY)


@pytest.mark.parametrize("review", [
    Review("not-reviewed", checked_on="2026-06-01", checked_by="Content editor"),
    Review("reviewed", "Senior IDVA", "2026-01-05"),
])
def test_a_recent_review_with_a_role_passes(check, review):
    assert check.review_problem(page(review), TODAY) is None


@pytest.mark.parametrize("source, problems", [
    (Source("a", "Doc", "undated", url="https://www.gov.uk/x", checked="2026-12-04"),
     ["undated"]),
    (Source("a", "Doc", "2024", checked="2026-12-04"), ["no link"]),
    (Source("a", "Doc", "2024", url="https://docsbay.net/x", checked="2026-12-04"),
     ["a mirror, copy or archive"]),
    (Source("a", "Doc", "2024", url="http://web.archive.org/web/1/x", checked="2026-12-04"),
     ["a mirror, copy or archive"]),
    (Source("a", "Doc", "2024", url="https://www.gov.uk/x"), ["no `checked` date"]),
    (Source("a", "Doc", "2024", url="https://www.gov.uk/x", checked="2026-12-04"), []),
])
def test_each_source_rule(check, source, problems):
    assert check.source_problems(source) == problems


def test_the_reading_grade_separates_plain_from_dense_text(check):
    plain = page(Review("not-reviewed"), "Call the helpline. It is free. They will listen.")
    dense = page(Review("not-reviewed"),
                 "Multi-agency safeguarding arrangements necessitate proportionate "
                 "information-sharing notwithstanding confidentiality considerations.")
    assert check.grade(plain) <= check.MAX_GRADE < check.grade(dense)


def test_every_survivor_page_reads_within_the_target(check):
    from web.config import Config
    from web.pathways.content import load_content
    content = load_content(Config.CONTENT_DIR)
    for page in content.pages():
        if page.kind in check.SURVIVOR_KINDS:
            assert check.grade(page) <= check.MAX_GRADE, page.path


@pytest.mark.parametrize("figures, held", [
    ((1, 216, 15, 0), True),
    ((0, 0, 0, 0), True),
    ((2, 216, 15, 0), False),     # one more page failing
    ((1, 217, 15, 0), False),     # one more undated source
    ((1, 216, 16, 0), False),
    ((1, 216, 15, 1), False),     # a mirror or a source never checked: never allowed
])
def test_the_floor_fails_as_soon_as_anything_gets_worse(check, figures, held):
    assert check.within_floor(check.Figures(*figures), 1, 216, 15) is held
