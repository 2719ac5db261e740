"""Taxonomy names in the page's language: extracted into the catalogs, shown translated where a
translation exists, and otherwise shown in English and marked as English."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from tests.support.public_site import dispose, get_page, seeded_app
from web.term_names import extract_taxonomy

TAXONOMY = Path(__file__).resolve().parents[2] / "directory" / "seed_data" / "taxonomy.yaml"


def test_the_extractor_offers_every_name_and_description_but_places():
    with TAXONOMY.open("rb") as handle:
        found = {message for _line, _func, message, _comments in
                 extract_taxonomy(handle, ["_"], [], {})}
    assert {"Domestic abuse", "Stalking and harassment", "Coercive control", "Helpline"} <= found
    assert "When a partner, ex-partner or family member hurts you, scares you or controls you." \
        in found
    assert "Haringey" not in found and "Harrow" not in found


def test_the_extractor_reaches_narrower_terms():
    source = io.BytesIO(b"""taxonomies:
  - id: abuse-type
    terms:
      - code: parent
        name: "Parent term"
        children:
          - code: child
            name: "Child term"
            description: "A narrower one."
  - id: area
    terms:
      - code: somewhere
        name: "Somewhere"
""")
    found = [message for _l, _f, message, _c in extract_taxonomy(source, ["_"], [], {})]
    assert found == ["Parent term", "Child term", "A narrower one."]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("terms")
    catalogs = folder / "translations"
    catalog = Catalog(locale="es")
    catalog.add("Domestic abuse", "Violencia doméstica")
    (catalogs / "es" / "LC_MESSAGES").mkdir(parents=True)
    (catalogs / "status.yaml").write_bytes((TAXONOMY.parents[2] / "translations" / "status.yaml")
                                           .read_bytes())
    with (catalogs / "es" / "LC_MESSAGES" / "messages.mo").open("wb") as out:
        write_mo(out, catalog)
    app = seeded_app(folder, BABEL_TRANSLATION_DIRECTORIES=str(catalogs))
    yield app
    dispose(app)


def test_a_translated_name_is_shown_in_the_page_language(app):
    soup = get_page(app.test_client(), "/?lang=es")
    link = next(a for a in soup.select("main a") if a.get_text() == "Violencia doméstica")
    assert not link.has_attr("lang")


def test_an_untranslated_name_is_shown_in_english_and_marked_so(app):
    soup = get_page(app.test_client(), "/?lang=es")
    link = next(a for a in soup.select("main a") if a.get_text() == "Stalking and harassment")
    assert link["lang"] == "en" and link["dir"] == "ltr"


def test_an_english_page_marks_nothing(app):
    soup = get_page(app.test_client(), "/")
    link = next(a for a in soup.select("main a") if a.get_text() == "Domestic abuse")
    assert not link.has_attr("lang")
