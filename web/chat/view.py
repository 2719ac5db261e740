"""The chat's HTML: one way of showing the assistant's turn, for the page without JavaScript
and for chat.js (which inserts the same fragment), so both show the same links."""
from __future__ import annotations

from flask import current_app, render_template
from flask_babel import force_locale
from markupsafe import Markup

from signpost_common.languages import direction

from .replies import for_page
from .transcript import Turn


def render_turn(replies: list[dict], lang: str, page_lang: str) -> Markup:
    """The assistant's replies to one message, labelled in the language they came in."""
    lang = lang if lang in current_app.config["LANGUAGES"] else page_lang
    with force_locale(lang):
        html = render_template("chat/turn.html", replies=[for_page(r) for r in replies],
                               lang=lang if lang != page_lang else None,
                               dir=direction(lang))
    return Markup(html)


def render_transcript(turns: list[Turn], page_lang: str) -> list[tuple[str, Markup]]:
    return [(turn.you, render_turn(turn.replies, turn.lang, page_lang)) for turn in turns]
