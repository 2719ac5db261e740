"""Pathways: guidance by abuse type, risk level and audience, for friends and family and for
professionals, and the two tools (the survivors' safety self-check and the DASH checklist).

The words come from content/ (see content/README.md), read and checked once when the app starts:
a broken rule there stops the app with a message naming the file and the item. The pages take
the numbers and services from the directory, never from the guidance.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, current_app, url_for
from flask_babel import get_locale
from markupsafe import Markup

from ..pages import ENGLISH
from .content import Content, load_content, seed_service_ids, taxonomy_codes
from .easy_read import EasyReadPage, load_easy_read

pathways = Blueprint("pathways", __name__)


@pathways.record_once
def _load_content(state) -> None:
    folder = Path(state.app.config["CONTENT_DIR"])
    # The directory's vocabulary is read once, for the English and every translation.
    known = {"service_ids": seed_service_ids(), "codes": taxonomy_codes()}
    state.app.extensions["pathways"] = load_content(folder, **known)
    # A language with translations gets its own reading of the content; the others read the
    # English, and their pages say so.
    state.app.extensions["pathways_translated"] = {
        lang: load_content(folder, lang=lang, **known) for lang in state.app.config["LANGUAGES"]
        if lang != "en" and (folder / lang).is_dir()}
    english = load_easy_read(folder)
    state.app.extensions["easy_read"] = {
        lang: load_easy_read(folder, lang=lang) if lang != "en" and (folder / lang).is_dir()
        else english for lang in state.app.config["LANGUAGES"]}
    state.app.extensions["easy_read"]["en"] = english


def content() -> Content:
    """The guidance in the page's language, where it has been translated."""
    return current_app.extensions["pathways_translated"].get(
        str(get_locale()), current_app.extensions["pathways"])


def easy_read_pages() -> dict[str, EasyReadPage]:
    """The Easy Read pages in the page's language, where they have been translated."""
    pages = current_app.extensions["easy_read"]
    return pages.get(str(get_locale()), pages["en"])


def content_lang(page) -> Markup:
    """The attributes an element of `page`'s guidance needs: English is marked as English."""
    return Markup("") if page is not None and not page.in_english else ENGLISH


@pathways.context_processor
def _reachable_help():
    from .reachable import reachable_help
    # A function, so only the pages that show the numbers read them.
    return {"reachable_help": reachable_help, "content_lang": content_lang}


@pathways.app_template_global()
def easy_read_url(page_id: str) -> str | None:
    """The Easy Read version of a page, if content/easy-read/ has it."""
    if page_id in current_app.extensions.get("easy_read", {}).get("en", {}):
        return url_for("pathways.easy_read", page=page_id)
    return None


@pathways.app_template_global()
def guidance_url(kind: str, code: str) -> str | None:
    """The guidance page for a browse page's abuse type or audience, if content/ has one."""
    found = content()
    if kind == "abuse" and code in found.abuse:
        return url_for("pathways.abuse", code=code)
    if kind == "audience" and code == "friends_family" and found.friends_family:
        return url_for("pathways.friends_family")
    if kind == "audience" and code == "professionals":
        return url_for("pathways.professionals")
    if kind == "audience" and code in found.audiences:
        return url_for("pathways.audience", code=code)
    return None


from . import views  # noqa: E402,F401
