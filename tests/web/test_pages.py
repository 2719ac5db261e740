"""Gzip, the page's language and its direction belong to the app, not to one blueprint."""
from __future__ import annotations

import gzip

import pytest
from flask import Blueprint, Flask, render_template_string
from flask_babel import Babel

from web.i18n import select_locale
from web.pages import init_pages

PAGE = ('<html lang="{{ page_lang }}" dir="{{ page_dir }}"><p>{{ "0808 2000 247"|phone }}</p>'
        + "<p>{{ name|english }}</p>" * 40 + "</html>")


def bare_app() -> Flask:
    """An app with only a stand-in blueprint: no public site registered."""
    app = Flask(__name__)
    app.config["LANGUAGES"] = ["en", "ar", "ur"]
    Babel(app, locale_selector=select_locale)
    init_pages(app)
    other = Blueprint("other", __name__)
    other.add_url_rule("/page", "page", lambda: render_template_string(PAGE, name="A service"))
    app.register_blueprint(other)
    return app


@pytest.mark.parametrize(("lang", "direction"), [("en", "ltr"), ("ar", "rtl"), ("ur", "rtl")])
def test_a_blueprint_on_its_own_is_gzipped_and_reads_right_to_left(lang, direction):
    app = bare_app()
    assert list(app.blueprints) == ["other"]
    response = app.test_client().get(f"/page?lang={lang}", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    page = gzip.decompress(response.get_data()).decode()
    assert f'<html lang="{lang}" dir="{direction}">' in page
    assert '<bdi dir="ltr">0808 2000 247</bdi>' in page
    assert '<span lang="en" dir="ltr">A service</span>' in page


@pytest.mark.parametrize("url", ["/chat?lang=ar", "/guidance/abuse/domestic_abuse?lang=ur"])
def test_chat_and_pathways_pages_are_gzipped_and_right_to_left(seeded_client, url):
    response = seeded_client.get(url, headers={"Accept-Encoding": "gzip"}, buffered=True)
    assert response.status_code == 200, url
    assert response.headers["Content-Encoding"] == "gzip"
    assert 'dir="rtl"' in gzip.decompress(response.get_data()).decode()
