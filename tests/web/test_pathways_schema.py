"""The content's JSON Schemas (web/pathways/schema/): valid schemas, that the real content and the
fixtures meet, whose errors read as the loader's other problems do (file, item, message)."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from signpost_common.languages import LANGUAGES
from tests.support.public_site import FIXTURE_CONTENT
from web.pathways import schema
from web.pathways.content import SEARCH_FILTERS
from web.pathways.content_checks import RISK_LEVELS

REPOSITORY = Path(__file__).resolve().parents[2]
CONTENT = REPOSITORY / "content"
SCHEMA_FILES = sorted(schema.FOLDER.glob("*.schema.json"))


def schema_for(folder: Path, path: Path) -> str:
    rel = path.relative_to(folder)
    if rel.parts[0] in LANGUAGES:
        return "translation"
    return {"sources.yaml": "sources", "tools/self-check.yaml": "self-check",
            "tools/dash.yaml": "dash"}.get(rel.as_posix(), "page")


def files(folder: Path) -> list[Path]:
    """The files the schemas are for: Easy Read pages have their own loader (easy_read.py)."""
    return sorted(p for p in folder.rglob("*.yaml")
                  if p.relative_to(folder).parts[0] != "easy-read")


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_every_schema_file_is_a_valid_json_schema(path):
    data = json.loads(path.read_text("utf-8"))
    Draft202012Validator.check_schema(data)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert data["$id"] == path.name and data.get("description")


@pytest.mark.parametrize("name", ["page", "self-check", "dash", "sources", "translation"])
def test_every_reference_in_a_schema_resolves(name):
    # Validating an empty mapping walks every `$ref` reached from the top.
    assert schema.problems(name, {}) is not None
    for item, message in schema.problems(name, {}):
        assert message and "$ref" not in message, (item, message)


@pytest.mark.parametrize("folder", [CONTENT, FIXTURE_CONTENT], ids=["content", "fixtures"])
def test_every_content_file_meets_its_schema(folder):
    broken = {}
    for path in files(folder):
        found = schema.problems(schema_for(folder, path), yaml.safe_load(path.read_text("utf-8")))
        if found:
            broken[path.relative_to(folder).as_posix()] = found
    assert not broken, broken
    assert len(files(folder)) > 10


def test_the_schemas_search_filters_are_the_loaders():
    common = json.loads((schema.FOLDER / "common.schema.json").read_text("utf-8"))
    assert set(common["$defs"]["directorySearch"]["properties"]) == set(SEARCH_FILTERS)


def test_the_bands_levels_are_the_risk_levels():
    tool = json.loads((schema.FOLDER / "self-check.schema.json").read_text("utf-8"))
    assert tuple(tool["$defs"]["band"]["properties"]["level"]["enum"]) == RISK_LEVELS


def page() -> dict:
    return yaml.safe_load((FIXTURE_CONTENT / "abuse" / "domestic_abuse.yaml").read_text("utf-8"))


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["sections"][0].update(colour="red"),
     ("section 'signs'", "`colour` is an unknown key (expected one of: id, heading, items, numbered)")),
    (lambda d: d["sections"][1]["items"][0].update(text=""),
     ("section 'do-now', item 1", "must be a statement: {text, sources}")),
    (lambda d: d["sections"][0]["items"][1].update(sources=["fixture-guide", 7]),
     ("section 'signs', item 2", "`sources[2]` must be text")),
    (lambda d: d.update(first_steps=d["first_steps"][:2]),
     ("first_steps", "must be a list of 3 {text, sources}")),
    (lambda d: d["sources"].update({"Not An Id": {"document": "x", "date": "undated"}}),
     ("sources: Not An Id", "must be lower-case letters, digits, '-' or '_'")),
    (lambda d: d["review"].update(checked_on="last week"),
     ("review", "`checked_on` must be a date, YYYY-MM-DD")),
    (lambda d: d.update(services="national-domestic-abuse-helpline"),
     ("services", "must be a list of the directory's seed ids")),
])
def test_a_schema_error_names_the_item_and_the_key(change, expected):
    data = page()
    change(data)
    assert expected in schema.problems("page", data)


def test_a_question_may_not_be_called_lang():
    tool = yaml.safe_load((FIXTURE_CONTENT / "tools" / "dash.yaml").read_text("utf-8"))
    tool["questions"][3]["id"] = "lang"
    assert [item for item, _message in schema.problems("dash", tool)] == ["question 'lang'"]


def test_yaml_dates_are_dates():
    data = page()
    data["review"]["checked_on"] = datetime.date(2026, 12, 4)
    assert schema.problems("page", data) == []


def test_every_error_is_reported_not_only_the_first():
    data = page()
    del data["title"], data["review"]
    data["sections"][0]["items"] = []
    assert [item for item, _message in schema.problems("page", data)] == [
        "section 'signs'", "title", "review"]   # in the file's order, then what is missing
