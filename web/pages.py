"""What every HTML page of the app shares, whichever blueprint serves it.

Registered by the app factory, not by a blueprint, so each blueprint stands alone: a page
from pathways or the chat is gzipped, says its language and reads right to left in Arabic
and Urdu whether or not the public site is registered.
"""
from __future__ import annotations

import gzip

from flask import Flask, request
from flask_babel import get_locale
from markupsafe import Markup, escape

# How text we hold only in English is marked, on every page and in every blueprint: screen
# readers read it as English, and right-to-left pages keep its punctuation in place.
ENGLISH = Markup(' lang="en" dir="ltr"')
COMPRESSIBLE = {"text/html", "text/css", "text/javascript", "application/javascript"}
MIN_BYTES = 500  # below this gzip's own header costs more than it saves


def init_pages(app: Flask) -> None:
    # Block tags leave no blank lines behind: fewer bytes on every page, for the same markup.
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.context_processor(page_language)
    app.add_template_filter(phone, "phone")
    app.add_template_filter(english, "english")
    app.add_template_global(ENGLISH, "english_attrs")
    app.after_request(gzip_response)


def page_language() -> dict:
    # Every page (error pages too) says which language it is in, and which way it reads.
    locale = get_locale()
    return {"page_lang": str(locale or "en"),
            "page_dir": "rtl" if locale and locale.character_order == "right-to-left" else "ltr"}


def phone(number: str) -> Markup:
    """A phone number kept left to right, whole, inside right-to-left text (Arabic, Urdu):
    without this "0808 2000 247" shows as "247 2000 0808"."""
    return Markup('<bdi dir="ltr">%s</bdi>') % escape(number)


def english(text: str | None) -> Markup:
    """Text we hold only in English (service names, descriptions), marked so on every page:
    screen readers read it in English and right-to-left pages keep its punctuation in place."""
    return Markup("<span%s>%s</span>") % (ENGLISH, escape(text or ""))


def gzip_response(response):
    """Gzip pages, CSS and JS when the browser accepts it.

    A first visit on a slow or metered phone connection is the case the 20 KB budget is for;
    with no cookies and no secrets in the pages there is nothing for compression to leak.
    """
    if (request.path.startswith("/api") or response.status_code in (204, 206, 304)
            or response.status_code < 200
            or response.mimetype not in COMPRESSIBLE or "Content-Encoding" in response.headers
            or request.accept_encodings.quality("gzip") <= 0):
        return response
    response.direct_passthrough = False  # static files arrive as a file stream
    body = response.get_data()
    if len(body) < MIN_BYTES:
        return response
    response.set_data(gzip.compress(body, 6))
    response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
    return response
