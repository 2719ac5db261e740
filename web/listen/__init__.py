"""Read-aloud: a "Listen" control on help-now, guidance, service and result pages, and for chat
replies. The phone's own voice reads when it has one for the language (static/listen.js);
otherwise this blueprint serves speech it made itself with espeak-ng, from the same origin.

Pages' audio is made on first request and kept in the instance folder, keyed by a hash of the
words read, so a changed page is read afresh. A chat reply's audio is made in memory and never
kept: it may repeat what the person wrote.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, g, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from .page_text import main_text
from .speech import Part, SpeechUnavailable, has_voice, speak

listen = Blueprint("listen", __name__)

# Pages that can be listened to: what a person reads to get help, never a form's answer.
LISTENABLE = {
    "public.help_now", "public.safe_browsing", "public.service", "pathways.abuse",
    "pathways.risk", "pathways.audience", "pathways.friends_family",
    "pathways.easy_read_index", "pathways.easy_read",
}
MAX_REPLY_CHARACTERS = 2_000
_making: dict[str, threading.Lock] = {}
_making_guard = threading.Lock()


def listen_control() -> dict | None:
    """For the page being rendered: where its audio is, and whether a voice exists."""
    page = g.get("listen_page") or (request.path if request.method == "GET"
                                     and request.endpoint in LISTENABLE else None)
    if page is None:
        return None
    lang = str(get_locale())
    return {"lang": lang, "voice": has_voice(lang),
            "url": url_for("listen.page_audio", page=page) if has_voice(lang) else None}


def init_listen(app) -> None:
    app.context_processor(lambda: {"listen_control": listen_control, "listen_voice": has_voice})


@listen.get("/listen")
def page_audio():
    page, lang = request.args.get("page", ""), str(get_locale())
    if not has_voice(lang):
        abort(404, description=_("This site has no voice for this language yet."))
    if not _listenable(page):
        abort(404, description=_("There is no page to read at that address."))
    rendered = current_app.test_client().get(page, query_string={"lang": lang})
    if rendered.status_code != 200:
        abort(404, description=_("There is no page to read at that address."))
    parts = main_text(rendered.get_data(as_text=True), lang)
    return _audio(_cached(parts))


@listen.post("/listen")
def reply_audio():
    """A chat reply read aloud, made in memory and never kept."""
    lang = str(get_locale())
    text = (request.form.get("text") or "").strip()[:MAX_REPLY_CHARACTERS]
    if not has_voice(lang):
        abort(404, description=_("This site has no voice for this language yet."))
    if not text:
        abort(400, description=_("There was nothing to read."))
    return _audio(_spoken([Part(lang, text)]))


def _listenable(page: str) -> bool:
    if not page.startswith("/") or page.startswith("//"):
        return False
    try:
        endpoint, _args = current_app.url_map.bind("localhost").match(page, method="GET")
    except HTTPException:  # no such page, or one that redirects elsewhere
        return False
    return endpoint in LISTENABLE


def _cached(parts: list[Part]) -> bytes:
    words = "\n".join(f"{part.lang}\t{part.text}" for part in parts)
    key = hashlib.sha256(words.encode()).hexdigest()
    folder = Path(current_app.config.get("AUDIO_CACHE_DIR")
                  or Path(current_app.instance_path) / "audio")
    path = folder / f"{key}.opus"
    with _making_guard:
        lock = _making.setdefault(key, threading.Lock())
    with lock:  # two first listeners make it once
        if path.exists():
            return path.read_bytes()
        audio = _spoken(parts)
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(audio)
        os.replace(temporary, path)
    with _making_guard:
        _making.pop(key, None)
    return audio


def _spoken(parts: list[Part]) -> bytes:
    try:
        return speak(parts)
    except SpeechUnavailable:
        abort(503, description=_("Listening is not working just now. Please try again later."))


def _audio(data: bytes) -> Response:
    response = Response(data, mimetype="audio/ogg")
    response.headers["Content-Disposition"] = "inline"
    return response
