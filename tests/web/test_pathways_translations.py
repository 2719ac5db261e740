"""Guidance translations as data: which strings are translated, when a translation is used, and
how a changed English page makes its translation out of date."""
from __future__ import annotations

import shutil

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


# -- pages in a translated language ---------------------------------------------------------

from tests.support.public_site import FIXTURE_CONTENT, dispose, get_page, seeded_app  # noqa: E402
from web.pathways.content import ContentError, load_content  # noqa: E402

PAGE = "abuse/domestic_abuse.yaml"


def fake_spanish(folder, page=PAGE, edit=lambda text: "ES " + text, **meta):
    """A whole Spanish translation of a fixture page, each string marked so a test sees it."""
    english = yaml.safe_load((folder / page).read_text("utf-8"))
    target = folder / "es" / page
    target.parent.mkdir(parents=True, exist_ok=True)
    write(target, english, {text: edit(text) for text in english_strings(english)}, **meta)
    return english


@pytest.fixture(scope="module")
def translated_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("translated")
    content = folder / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    fake_spanish(content)
    app = seeded_app(folder, CONTENT_DIR=str(content))
    yield app
    dispose(app)


def test_a_translated_page_is_shown_in_the_page_language_and_says_how_it_was_made(
        translated_site):
    soup = get_page(translated_site.test_client(), "/guidance/abuse/domestic_abuse?lang=es")
    title = soup.select_one("main h1")
    assert title.get_text().startswith("ES ") and not title.has_attr("lang")
    steps = soup.select("section.first-steps li")
    assert steps and all(li.get_text().startswith("ES ") and not li.has_attr("lang")
                         for li in steps)
    assert soup.select_one("p.translation-state")   # machine-made, not yet checked
    # Sources are never translated, and stay marked as English.
    assert all(li["lang"] == "en" for li in soup.select("section.references li"))


def test_an_untranslated_page_says_so_and_is_marked_english(translated_site):
    client = translated_site.test_client()
    for path in ("/guidance/abuse/forced_marriage?lang=es", "/guidance/abuse/domestic_abuse?lang=pt"):
        soup = get_page(client, path)
        assert soup.select_one("main h1")["lang"] == "en", path
        assert soup.select_one("p.translation-state"), path


def test_english_pages_carry_no_translation_note(translated_site):
    soup = get_page(translated_site.test_client(), "/guidance/abuse/domestic_abuse")
    assert not soup.select_one("p.translation-state")
    assert not soup.select_one("main h1").get_text().startswith("ES ")


def test_a_changed_english_page_falls_back_to_english(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    english = fake_spanish(content)
    english["title"] = english["title"] + " (changed)"
    (content / PAGE).write_text(yaml.safe_dump(english, allow_unicode=True), "utf-8")
    page = load_content(content, lang="es").abuse["domestic_abuse"]
    assert page.in_english and page.translation.state == "out-of-date"
    assert page.title.endswith("(changed)")


def test_a_translation_may_not_add_a_phone_number(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    fake_spanish(content, edit=lambda text: text + " Llama al 0808 000 0000.")
    with pytest.raises(ContentError, match="phone number"):
        load_content(content, lang="es")


def test_the_status_report_counts_each_languages_pages(tmp_path):
    from web.pathways.translations import format_pages_report, page_states
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    fake_spanish(content)
    states = page_states(content, "es")
    assert states[PAGE].state == "current"
    assert sum(s.state == "missing" for s in states.values()) == len(states) - 1
    table = format_pages_report(content, ["es", "pt"]).splitlines()
    assert table[1].split()[:3] == ["es", f"1/{len(states)}", "1"]
    assert table[2].split()[:2] == ["pt", f"0/{len(states)}"]
