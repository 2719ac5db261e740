"""Which language a page is in, and how a chosen language follows the person around.

A language picked on the site travels in the address (?lang=), never in a cookie: public
pages set no cookies. Every link the site builds carries it on, and forms send it back.
"""
from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app, g, has_request_context, request, url_for
from flask_babel import get_locale
from werkzeug.exceptions import RequestEntityTooLarge

from signpost_common.languages import LANGUAGE_NAMES

from .translation_status import STATUS_FILE, LanguageStatus, load_status

# Machine endpoints answer in their own formats; their addresses never carry a page language.
NOT_PAGES = ("static", "api.", "sms.")
# Pages whose query is a search the person typed: switching language keeps it. Other pages'
# queries are not echoed into links (the self-check ignores answers put in its address).
KEEPS_QUERY = {"public.search", "pathways.professional_route"}


def init_i18n(app: Flask) -> None:
    # Who made and checked each catalog, read once: the frame tells the reader (issue 14).
    translations = app.config["BABEL_TRANSLATION_DIRECTORIES"].split(";")[0]
    app.extensions["translation_status"] = load_status(Path(translations) / STATUS_FILE)
    app.url_defaults(_keep_chosen_language)
    app.context_processor(lambda: {"chosen_lang": chosen_language(),
                                   "language_links": language_links,
                                   "translation_status": translation_status})


def translation_status() -> LanguageStatus | None:
    """Who made and checked the language this page is in; None for the source language."""
    status = current_app.extensions["translation_status"].get(str(get_locale() or "en"))
    return None if status is None or status.method == "source" else status


def chosen_language() -> str | None:
    """The language asked for in this request's address or form, if it is one we have."""
    if not has_request_context():
        return None
    requested = request.args.get("lang")
    if not requested and request.method == "POST":
        try:
            requested = request.form.get("lang")
        except RequestEntityTooLarge:  # the error page for an oversized post still needs a locale
            requested = None
    return requested if requested in current_app.config["LANGUAGES"] else None


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    return chosen_language() or request.accept_languages.best_match(languages) or "en"


def language_links() -> list[dict]:
    """This page in every language: same address and query, another `lang`."""
    rule = request.url_rule
    if rule is not None and "GET" in rule.methods:
        endpoint = request.endpoint
        query = request.args.to_dict(flat=False) if endpoint in KEEPS_QUERY else {}
        # A page may say which of its query is safe to carry (the search: codes, never words).
        query = g.get("language_link_query", query)
        values = {**query, **(request.view_args or {})}
    else:  # a form's answer or an error: its address may not take a GET, so go home
        endpoint, values = "public.home", {}
    return [{"code": code, "name": LANGUAGE_NAMES.get(code, code),
             "url": url_for(endpoint, **{**values, "lang": code})}
            for code in current_app.config["LANGUAGES"]]


def _keep_chosen_language(endpoint: str, values: dict) -> None:
    if "lang" in values or endpoint.startswith(NOT_PAGES):
        return
    chosen = chosen_language()
    if chosen:
        values["lang"] = chosen
