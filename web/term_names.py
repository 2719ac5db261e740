"""Taxonomy names and descriptions in the page's language.

The taxonomy (directory/seed_data/taxonomy.yaml) is English data. Its names and descriptions go
into the gettext catalogs through `extract_taxonomy` (babel.cfg), so translators see them with
the rest of the site. Area names are places and stay as they are. A name with no translation
yet is shown in English and marked `lang="en" dir="ltr"`, so screen readers and right-to-left
pages treat it as English.
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml
from flask import Flask
from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup

from .pages import ENGLISH

UNTRANSLATED_TAXONOMIES = {"area"}   # borough names are names of places


@dataclass(frozen=True)
class Label:
    text: str
    attrs: Markup   # the lang and dir attributes the element needs, or nothing


def term_label(term, field: str = "name") -> Label:
    """A term's name (or description) as this page should show it."""
    english = getattr(term, field, None) or ""
    if not english or str(get_locale()) == "en":
        return Label(english, Markup(""))
    translated = _(english)
    return Label(translated, Markup("") if translated != english else ENGLISH)


def init_term_names(app: Flask) -> None:
    app.context_processor(lambda: {"term_label": term_label})


def extract_taxonomy(fileobj, keywords, comment_tags, options):
    """Babel extractor: every term's name and description, but areas'."""
    data = yaml.safe_load(fileobj)
    for taxonomy in data.get("taxonomies", []):
        if taxonomy.get("id") in UNTRANSLATED_TAXONOMIES:
            continue
        yield from _terms(taxonomy.get("terms") or [], taxonomy.get("id"))


def _terms(terms, taxonomy):
    for term in terms:
        for field in ("name", "description"):
            if term.get(field):
                yield 0, "_", term[field], [f"Taxonomy {taxonomy}, term {term['code']}: {field}"]
        yield from _terms(term.get("children") or [], taxonomy)
