"""Easy Read pages (issue 14): short sentences beside pictures drawn for the project, from
content/easy-read/, in every site language, with the help-now numbers from the directory."""
from __future__ import annotations

import gzip
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.support.public_site import dispose, seeded_app
from web.config import Config
from web.pathways.content import ContentError
from web.pathways.easy_read import ORDER, PICTURES, load_easy_read

CONTENT = Path(Config.CONTENT_DIR)
STATIC = PICTURES.parent
BUDGET_BYTES = 20 * 1024
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("easy-read"), CONTENT_DIR=str(CONTENT))
    yield site.test_client()
    dispose(site)


def get_page(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def english(page: str) -> dict:
    return yaml.safe_load((CONTENT / "easy-read" / f"{page}.yaml").read_text("utf-8"))


def translated(lang: str, page: str) -> dict[str, str]:
    path = CONTENT / lang / "easy-read" / f"{page}.yaml"
    return yaml.safe_load(path.read_text("utf-8"))["strings"]


def sentences(soup) -> list[str]:
    return [" ".join(p.get_text(" ").split()) for p in soup.select("ol.easy-steps li p")]


# -- the pages ----------------------------------------------------------------------------------

def test_the_real_easy_read_pages_keep_every_rule():
    assert list(load_easy_read(CONTENT)) == sorted(ORDER)


@pytest.mark.parametrize("page", ORDER)
def test_each_page_shows_its_sentences_each_beside_its_picture(client, page):
    soup = get_page(client, f"/easy-read/{page}")
    data = english(page)
    assert soup.select_one("main h1").get_text(strip=True) == data["title"]
    assert sentences(soup) == [step["text"] for step in data["steps"]]
    for item, step in zip(soup.select("ol.easy-steps li"), data["steps"], strict=True):
        img = item.select_one("img")
        assert img["src"] == f"/static/easy-read/{step['picture']}.svg"   # same origin
        assert (STATIC / img["src"].removeprefix("/static/")).is_file()
        assert img["alt"] == ""             # decorative: the sentence carries the meaning
        assert img["width"] == img["height"] == "96"
    assert soup.select("section.references li")          # every step's sources, listed once


@pytest.mark.parametrize("lang", ["ar", "es"])
@pytest.mark.parametrize("page", ORDER)
def test_each_page_in_another_language_shows_the_translated_sentences(client, page, lang):
    soup = get_page(client, f"/easy-read/{page}?lang={lang}")
    strings = translated(lang, page)
    assert soup.html["lang"] == lang
    assert soup.html["dir"] == ("rtl" if lang == "ar" else "ltr")
    assert soup.select_one("main h1").get_text(strip=True) == strings[english(page)["title"]]
    assert sentences(soup) == [strings[step["text"]] for step in english(page)["steps"]]
    assert soup.select_one(".translation-state")            # says it was made by machine
    assert not soup.select("ol.easy-steps [lang=en]")      # a current translation is used


def test_help_now_calls_999_and_the_helpline_from_the_directory(client):
    soup = get_page(client, "/easy-read/help-now")
    calls = [a["href"] for a in soup.select("section.easy-call a.call")]
    assert calls[0] == "tel:999"
    assert "tel:08082000247" in calls    # the National Domestic Abuse Helpline's record
    assert "55" in soup.select_one("section.easy-call").get_text()


def test_the_index_lists_the_three_pages_and_an_unknown_page_is_not_found(client):
    soup = get_page(client, "/easy-read")
    assert [a["href"] for a in soup.select("main ul.choices a")] == [
        f"/easy-read/{page}" for page in ORDER]
    get_page(client, "/easy-read/no-such-page", status=404)
    assert client.post("/easy-read/help-now").status_code == 405


@pytest.mark.parametrize("url, page", [("/help-now", "help-now"), ("/", None),
                                       ("/guidance/abuse/domestic_abuse", "domestic-abuse")])
def test_the_full_pages_link_to_their_easy_read_version(client, url, page):
    links = [a["href"] for a in get_page(client, url).select("main a")]
    assert (f"/easy-read/{page}" if page else "/easy-read") in links


@pytest.mark.parametrize("url", ["/easy-read", *(f"/easy-read/{page}" for page in ORDER)])
def test_each_page_fits_the_budget_sets_no_cookie_and_can_be_listened_to(client, url):
    for lang in ("en", "ar"):
        response = client.get(url, query_string={"lang": lang}, buffered=True)
        assert "Set-Cookie" not in response.headers
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        total = len(gzip.compress(response.get_data(), 6))
        for el in soup.select("link[href], script[src]"):
            total += len(gzip.compress(client.get(el.get("href") or el.get("src"),
                                                  buffered=True).get_data(), 6))
        assert total <= BUDGET_BYTES, f"{url}?lang={lang}: {total} bytes gzipped"
        assert soup.select_one("[data-listen]") is not None
        # Nothing from another host: every image, script and stylesheet is the site's own.
        for el in soup.select("img[src], script[src], link[href]"):
            assert (el.get("src") or el.get("href")).startswith("/"), el


# -- the pictures -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(PICTURES.glob("*.svg")), ids=lambda p: p.name)
def test_each_picture_is_small_safe_svg(path):
    assert path.stat().st_size < 2 * 1024
    root = ET.parse(path).getroot()               # well-formed XML
    assert root.tag == f"{SVG}svg" and root.get("viewBox")
    for el in root.iter():
        assert el.tag.removeprefix(SVG) not in ("script", "foreignObject", "text", "image",
                                                "use"), (path.name, el.tag)
        for name, value in el.attrib.items():
            assert not name.endswith("href"), (path.name, name)
            assert not name.startswith("on"), (path.name, name)
            assert "url(" not in value, (path.name, name)


def test_every_picture_is_used_and_every_step_has_one():
    used = {step["picture"] for page in ORDER for step in english(page)["steps"]}
    assert used == {path.stem for path in PICTURES.glob("*.svg")}


# -- the loader's rules -------------------------------------------------------------------------

@pytest.fixture
def content_dir(tmp_path) -> Path:
    folder = tmp_path / "content"
    (folder / "easy-read").mkdir(parents=True)
    shutil.copy(CONTENT / "sources.yaml", folder / "sources.yaml")
    for page in ORDER:
        shutil.copy(CONTENT / "easy-read" / f"{page}.yaml", folder / "easy-read")
    return folder


def break_step(folder: Path, key: str, value) -> None:
    path = folder / "easy-read" / "after-telling.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["steps"][2][key] = value
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")


@pytest.mark.parametrize("key, value, message", [
    ("picture", "unicorn", "picture 'unicorn' is not in web/static/easy-read/"),
    ("picture", None, "has no picture"),
    ("sources", ["no-such-source"], "source 'no-such-source' is not in content/sources.yaml"),
    ("text", "Call them on 0808 2000 247.", "contains a phone number ('0808 2000 247')"),
    ("text", "Write to help@example.org.", "contains an email address"),
    ("sources", [], "has no sources"),
])
def test_the_loader_refuses_a_broken_step_naming_file_and_step(content_dir, key, value,
                                                               message):
    break_step(content_dir, key, value)
    with pytest.raises(ContentError) as raised:
        load_easy_read(content_dir)
    assert "content/easy-read/after-telling.yaml: step 3" in str(raised.value)
    assert message in str(raised.value)


def test_the_loader_refuses_too_many_steps(content_dir):
    path = content_dir / "easy-read" / "help-now.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["steps"] *= 3
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    with pytest.raises(ContentError, match=r"easy-read/help-now.yaml: steps: must be a list of 1 "):
        load_easy_read(content_dir)


def test_a_translation_with_a_phone_number_is_refused(content_dir):
    target = content_dir / "es" / "easy-read" / "help-now.yaml"
    target.parent.mkdir(parents=True)
    source = CONTENT / "es" / "easy-read" / "help-now.yaml"
    data = yaml.safe_load(source.read_text("utf-8"))
    first = next(iter(data["strings"]))
    data["strings"][first] = "Llama al 0808 2000 247."
    target.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(ContentError, match="the es translation: contains a phone number"):
        load_easy_read(content_dir, lang="es")


def test_the_translation_report_counts_the_easy_read_pages():
    from web.pathways.translations import page_states
    states = page_states(CONTENT, "ar")
    assert {f"easy-read/{page}.yaml" for page in ORDER} <= set(states)
    assert all(states[f"easy-read/{page}.yaml"].used for page in ORDER)


def test_a_broken_easy_read_page_stops_the_site_from_starting(tmp_path):
    from tests.support.public_site import FIXTURE_CONTENT
    from web import create_app
    from web.config import TestConfig
    folder = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, folder)
    page = folder / "easy-read" / "help-now.yaml"
    page.write_text(page.read_text("utf-8").replace("picture: phone", "picture: nowhere"),
                    "utf-8")
    with pytest.raises(ContentError, match="easy-read/help-now.yaml: step 2: picture 'nowhere'"):
        create_app(TestConfig, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
                   SEARCH_INDEX_DIR=str(tmp_path / "index"), CONTENT_DIR=str(folder))
