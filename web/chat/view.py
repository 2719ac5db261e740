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
    """The assistant's replies to one message, labelled in the language they came in: `lang`
    for the turn, and each reply its own where it says another (999 said by the site in the
    page's language before the assistant's reply in the conversation's)."""
    languages = current_app.config["LANGUAGES"]
    lang = lang if lang in languages else page_lang
    shown = []
    for reply in replies:
        own = reply.get("lang") if reply.get("lang") in languages else lang
        with force_locale(own):
            shown.append({**for_page(reply), "lang": own if own != lang else None, "dir": direction(own)})
    with force_locale(lang):
        html = render_template("chat/turn.html", replies=shown,
                               lang=lang if lang != page_lang else None,
                               dir=direction(lang))
    return Markup(html)


def render_transcript(turns: list[Turn], page_lang: str) -> list[tuple[str, Markup]]:
    return [(turn.you, render_turn(turn.replies, turn.lang, page_lang)) for turn in turns]
