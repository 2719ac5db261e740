"""The pages a person reads first are in their language: in every site language, help now, the
domestic abuse guidance, friends and family, the self-check and the DASH checklist hold at most
three English sentences outside phone numbers, service names and sources, and each says how it
was translated.

Reads the real content/ folder and its translations, as the site serves them.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask_babel import force_locale
from flask_babel import gettext as _

from signpost_common.languages import LANGUAGES
from tests.support.public_site import dispose, seeded_app
from web.config import Config

CONTENT = Path(Config.CONTENT_DIR)
PAGES = {
    "help now": "/help-now",
    "domestic abuse": "/guidance/abuse/domestic_abuse",
    "friends and family": "/guidance/friends-and-family",
    "self-check": "/self-check",
    "DASH": "/professionals/dash/checklist",
}
GUIDANCE = {"domestic abuse", "friends and family", "self-check", "DASH"}
MAX_ENGLISH_SENTENCES = 3
# What may stay in English: names, numbers and where the facts come from.
KEPT_IN_ENGLISH = ("li.card h2", "h1[lang=en]", "p.meta", "section.references", "ul.sources",
                   "a[href^='tel:']", "a[href^='sms:']", "[hreflang]")
# Words common in any English sentence and rare in the other site languages' sentences.
# ("do", "to", "on", "for" and "a" are left out: they are Portuguese, Polish or Spanish too.)
ENGLISH_WORDS = {
    "the", "and", "you", "your", "is", "are", "of", "if", "it", "can", "with", "or", "be", "this",
    "that", "they", "what", "have", "will", "not", "at", "who", "how", "when", "from", "about",
    "someone", "their", "them", "she", "his", "her"}
SENTENCE = re.compile(r"(?<=[.!?؟।።])\s+")


SHOWN_IN_ENGLISH = (
    "The English of this page has changed since it was translated, so it is shown in English "
    "until the translation is updated.",
    "This page has not been translated into your language yet, so it is shown in English.")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("every-language-pages"), CONTENT_DIR=str(CONTENT))
    yield site
    dispose(site)


def said_in(app, lang: str, text: str) -> str:
    with app.test_request_context(), force_locale(lang):
        return _(text)


def english_sentences(soup: BeautifulSoup) -> list[str]:
    main = soup.select_one("main")
    for kept in main.select(", ".join(KEPT_IN_ENGLISH)):
        kept.decompose()
    found = []
    for block in main.find_all(["p", "li", "h1", "h2", "h3", "dt", "dd", "legend", "label",
                                "summary", "button", "td", "th"]):
        if block.find(["p", "li", "ul", "ol", "dl", "fieldset"]):
            continue  # its own blocks are read one by one
        for sentence in SENTENCE.split(block.get_text(" ", strip=True)):
            words = re.findall(r"[A-Za-z']+", sentence.lower())
            hits = sum(w in ENGLISH_WORDS for w in words)
            if len(words) >= 4 and hits >= 2 and hits >= 0.2 * len(words) \
                    and len(words) >= 0.6 * len(sentence.split()):
                found.append(sentence)
    return found


def test_the_counter_finds_english_sentences():
    soup = BeautifulSoup("<main><p>Si estás en peligro, llama al 999.</p><p>You can call us "
                         "at any time. It is free.</p><section class='references'><ol><li>The "
                         "guide to the law and you</li></ol></section></main>", "html.parser")
    assert english_sentences(soup) == ["You can call us at any time."]


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
@pytest.mark.parametrize("name", PAGES)
def test_the_page_is_in_the_persons_language(app, name, lang):
    response = app.test_client().get(PAGES[name] + f"?lang={lang}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.html["lang"] == lang
    english = english_sentences(BeautifulSoup(str(soup), "html.parser"))
    assert len(english) <= MAX_ENGLISH_SENTENCES, (lang, english)
    if name in GUIDANCE:
        note = soup.select_one(".translation-state")
        assert note is not None, "the page says how it was translated"
        said = note.get_text(" ", strip=True)
        assert said not in [said_in(app, lang, text) for text in SHOWN_IN_ENGLISH], said
