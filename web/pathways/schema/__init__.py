"""The content files' JSON Schemas (the *.schema.json beside this file), and their errors as the
loader's one-line problems: "<item>: <message>", the item named as an editor knows it
("section 'signs', item 1", "question 'q5'", "sources: some-id").

A schema may give its own message for a failure in `errorMessage` (as in ajv-errors): a string
for any keyword, or one per keyword; a `$ref`'s sibling `errorMessage` wins over the target's.
"""
from __future__ import annotations

import ast
import datetime
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

FOLDER = Path(__file__).parent
# Where an instance path goes down a level (a step that does not is `allOf`, `then`, `$ref`...).
DESCENDS = {"properties", "items", "prefixItems", "additionalProperties", "patternProperties",
            "propertyNames", "contains"}
TYPE_NAMES = {"string": "text", "integer": "a whole number", "number": "a number",
              "boolean": "true or false", "array": "a list", "object": "a mapping",
              "null": "empty"}


@cache
def schemas() -> dict[str, dict]:
    """Every schema by its file name, read once."""
    return {path.name: json.loads(path.read_text("utf-8"))
            for path in sorted(FOLDER.glob("*.schema.json"))}


@cache
def validator(name: str) -> Draft202012Validator:
    """The validator for `name` (e.g. "page"), built once and kept."""
    registry = Registry().with_resources(
        (file, Resource.from_contents(schema)) for file, schema in schemas().items())
    return Draft202012Validator(schemas()[f"{name}.schema.json"], registry=registry)


def problems(name: str, data: Any) -> list[tuple[str, str]]:
    """(item, message) for every way `data` breaks the schema `name`, in the file's order."""
    explained = [found for error in validator(name).iter_errors(_plain(data))
                 for found in _explain(name, error)]
    found: list[tuple[str, str]] = []
    for path, message, own in sorted(explained, key=lambda e: _order(data, e[0])):
        item, rest = item_name(data, path, shared=name == "sources")
        key = _dotted(rest)
        if own:
            message = message.replace("{key}", key or item)
        elif key:
            message = f"`{key}` {message}"
        if (item, message) not in found:
            found.append((item, message))
    return found


def item_name(data: Any, path: list, *, shared: bool = False) -> tuple[str, list]:
    """The item at `path` in a file, named as the old loader named it, and the rest of the path
    (keys of that item)."""
    if not path:
        return "", []
    head, rest = path[0], list(path[1:])
    if shared:
        return f"source {head}", rest
    index = rest[0] if rest and isinstance(rest[0], int) else None
    if index is not None:
        entry = _get(data, head, index)
        rest = rest[1:]
        if head == "sections":
            name = _quoted(entry, "id", f"section {index + 1}", "section")
            if len(rest) >= 2 and rest[0] == "items" and isinstance(rest[1], int):
                return f"{name}, item {rest[1] + 1}", rest[2:]
            return name, rest
        if head == "questions":
            return _quoted(entry, "id", f"question {index + 1}", "question"), rest
        if head == "bands":
            return _quoted(entry, "level", f"band {index + 1}", "band"), rest
        if head == "services":
            return f"services: {entry}", rest
        return f"{head} {index + 1}", rest
    if head in ("sources", "directory_search") and rest:
        return f"{head}: {rest[0]}", rest[1:]
    return str(head), rest


# -- errors to messages --------------------------------------------------------------------------

def _explain(name: str, error: ValidationError) -> Iterator[tuple[list, str, bool]]:
    """(instance path, message, whether the schema wrote the message) for one error."""
    path = list(error.absolute_path)
    if "propertyNames" in error.absolute_schema_path:
        path.append(error.instance)  # the failing key is the instance; the path, its mapping's
    keyword = error.validator
    here, file = _located(name, list(error.absolute_schema_path)[:-1])
    if keyword == "required":
        missing = ast.literal_eval(error.message.removesuffix(" is a required property"))
        target = _resolve(file, error.schema.get("properties", {}).get(missing, {}))
        own = _message(target, "required")
        yield [*path, missing], own or "is missing", bool(own)
    elif keyword == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        template = next((m.get(keyword) for m in (s.get("errorMessage") for s in here)
                         if isinstance(m, dict) and m.get(keyword)), None)
        for key in error.instance:
            if key not in allowed:
                message = (template or "is an unknown key (expected one of: {allowed})")
                yield [*path, key], message.format(allowed=", ".join(allowed)), bool(template)
    else:
        own = next(filter(None, (_message(s, keyword) for s in here)), None)
        yield path, own or _default(error), bool(own)


def _located(name: str, schema_path: list) -> tuple[list[dict], str]:
    """The schemas that apply where the error is, outermost first: the one holding the failing
    keyword and the `$ref`s that lead to it, from the instance path's last step down."""
    current: Any = schemas()[f"{name}.schema.json"]
    file = f"{name}.schema.json"
    here = [current]
    for step in schema_path:
        while isinstance(current, dict) and step not in current and "$ref" in current:
            file, current = _follow(file, current["$ref"])
            here.append(current)
        current = current[step]
        if step in DESCENDS:
            here = []
        if isinstance(current, dict):
            here.append(current)
    while isinstance(current, dict) and "$ref" in current:
        file, current = _follow(file, current["$ref"])
        here.append(current)
    return here, file


def _follow(file: str, ref: str) -> tuple[str, Any]:
    target, _, pointer = ref.partition("#")
    file = target or file
    node: Any = schemas()[file]
    for part in filter(None, pointer.split("/")):
        node = node[part]
    return file, node


def _resolve(file: str, schema: dict) -> list[dict]:
    chain = [schema]
    while isinstance(chain[-1], dict) and "$ref" in chain[-1]:
        file, target = _follow(file, chain[-1]["$ref"])
        chain.append(target)
    return chain


def _message(schemas_or_one: Any, keyword: str) -> str | None:
    for schema in schemas_or_one if isinstance(schemas_or_one, list) else [schemas_or_one]:
        message = schema.get("errorMessage") if isinstance(schema, dict) else None
        if isinstance(message, dict):
            message = message.get(keyword)
        if message:
            return message
    return None


def _default(error: ValidationError) -> str:
    value = error.validator_value
    if error.validator == "type":
        names = value if isinstance(value, list) else [value]
        return "must be " + " or ".join(TYPE_NAMES.get(n, n) for n in names)
    if error.validator == "enum":
        return "must be one of " + ", ".join(map(str, value))
    if error.validator == "pattern" and value == r"\S" or error.validator == "minLength":
        return "must not be empty"
    return {"minItems": f"needs at least {value}", "maxItems": f"may have at most {value}",
            "minimum": f"must be {value} or more", "maximum": f"must be {value} or less",
            "const": f"must be {value!r}", "uniqueItems": "lists something twice",
            "pattern": f"must match {value}"}.get(error.validator, error.message)


# -- helpers -------------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """The parsed YAML as JSON would have it: a YAML date is its ISO text."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _order(data: Any, path: list) -> list[int]:
    """Where `path` is in the file: problems are listed in the file's order."""
    order = []
    for step in path:
        keys = list(data) if isinstance(data, dict | list) else []
        if isinstance(data, dict):
            order.append(keys.index(step) if step in data else len(keys))
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int):
            order.append(step)
            data = data[step] if step < len(data) else None
        else:
            order.append(0)
    return order


def _get(data: Any, key: str, index: int) -> Any:
    items = data.get(key) if isinstance(data, dict) else None
    return items[index] if isinstance(items, list) and index < len(items) else None


def _quoted(entry: Any, key: str, fallback: str, noun: str) -> str:
    value = entry.get(key) if isinstance(entry, dict) else None
    return f"{noun} '{value}'" if isinstance(value, str) and value.strip() else fallback


def _dotted(path: list) -> str:
    return "".join(f"[{p + 1}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
