"""Guidance translations as data: which strings are translated, when a translation is used, and
how a changed English page makes its translation out of date."""
from __future__ import annotations

import pytest
import yaml

from web.pathways.translations import (
    TranslationError,
    english_hash,
    english_strings,
    read_translation,
    template_for,
    translate,
)

ENGLISH = {
    "title": "Stalking",
    "summary": "Being followed or watched again and again.",
    "review": {"status": "not-reviewed"},
    "first_steps": [{"text": "Call 999 if you are in danger.", "sources": ["police-999"]},
                    {"text": "Keep a diary.", "sources": ["suzy"]}],
    "sections": [{"id": "signs", "heading": "Signs", "items": [
        {"text": "Keep a diary.", "sources": ["suzy"]}]}],
    "sources": {"suzy": {"document": "Suzy Lamplugh Trust", "url": "https://example.org/x",
                         "section": "Keep a diary", "date": "2024"}},
    "services": ["national-stalking-helpline"],
    "directory_search": {"abuse_type": "stalking"},
}
SPANISH = {"Stalking": "Acoso", "Being followed or watched again and again.":
           "Que te sigan o vigilen una y otra vez.", "Call 999 if you are in danger.":
           "Llama al 999 si estás en peligro.", "Keep a diary.": "Lleva un diario.",
           "Signs": "Señales"}


def write(path, english=ENGLISH, strings=SPANISH, **meta):
    data = {"translation": {"source_hash": english_hash(english), "method": "machine",
                            "translated_on": "2026-12-04", "reviewed_by": None,
                            "reviewed_on": None, **meta},
            "strings": strings}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def test_only_what_people_read_is_translated_and_each_string_once():
    assert english_strings(ENGLISH) == list(SPANISH)   # no sources, ids, services or searches


def test_a_translation_replaces_only_the_strings_people_read():
    translated = translate(ENGLISH, SPANISH)
    assert translated["title"] == "Acoso"
    assert translated["sections"][0]["items"][0]["text"] == "Lleva un diario."
    assert translated["sources"] == ENGLISH["sources"]          # never translated
    assert translated["services"] == ENGLISH["services"]
    assert translated["directory_search"] == ENGLISH["directory_search"]


def test_a_whole_current_translation_is_used(tmp_path):
    state, page = read_translation(write(tmp_path / "t.yaml"), ENGLISH, "es")
    assert state.state == "current" and state.used and state.method == "machine"
    assert page["first_steps"][0]["text"] == "Llama al 999 si estás en peligro."


def test_changing_the_english_makes_the_translation_out_of_date(tmp_path):
    path = write(tmp_path / "t.yaml")
    changed = {**ENGLISH, "summary": "Being followed, watched or contacted again and again."}
    state, page = read_translation(path, changed, "es")
    assert state.state == "out-of-date" and not state.used and page is None
    # Sources may change without touching what is read: the translation stays current.
    resourced = {**ENGLISH, "sources": {}}
    assert read_translation(path, resourced, "es")[0].state == "current"


def test_a_translation_with_a_string_missing_is_not_used(tmp_path):
    strings = {k: v for k, v in SPANISH.items() if k != "Signs"}
    state, page = read_translation(write(tmp_path / "t.yaml", strings=strings), ENGLISH, "es")
    assert state.state == "incomplete" and state.missing == ("Signs",) and page is None


def test_no_file_is_missing_not_an_error(tmp_path):
    state, page = read_translation(tmp_path / "none.yaml", ENGLISH, "es")
    assert state.state == "missing" and page is None


def test_a_review_is_recorded(tmp_path):
    path = write(tmp_path / "t.yaml", method="human", reviewed_by="Spanish-speaking IDVA",
                 reviewed_on="2026-12-01")
    state, _page = read_translation(path, ENGLISH, "es")
    assert (state.method, state.reviewed_by, state.reviewed_on) == (
        "human", "Spanish-speaking IDVA", "2026-12-01")


@pytest.mark.parametrize("text", ["- a list", "translation: {method: guessed}\nstrings: {}",
                                  "strings: {}", ": not yaml: ["])
def test_a_broken_translation_file_is_refused_clearly(tmp_path, text):
    path = tmp_path / "t.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(TranslationError, match="t.yaml"):
        read_translation(path, ENGLISH, "es")


def test_a_template_lists_the_english_and_keeps_earlier_work():
    template = template_for(ENGLISH, {"strings": {"Signs": "Señales", "Gone": "Ido"}})
    assert template["translation"]["source_hash"] == english_hash(ENGLISH)
    assert template["strings"] == {text: ("Señales" if text == "Signs" else "")
                                   for text in SPANISH}
