"""What the content's JSON Schemas (web/pathways/schema/) cannot say: the checks across files and
against the directory, on data that already has its schema's shape.

Each check returns (item, message) pairs; the loader adds the file. Items are named as the schema
errors are (web.pathways.schema.item_name), except the contact-detail scan's, which are paths.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .schema import item_name

RISK_LEVELS = ("standard", "medium", "high", "immediate")  # lowest to highest
SURVIVOR_HIDDEN_LEVELS = ("standard",)  # a level no self-check result may give
# directory_search keys: the public search's filters, and the taxonomy each one's value is from.
SEARCH_FILTERS: dict[str, str | type] = {
    "abuse_type": "abuse-type", "borough": "area", "audience": "audience",
    "language": "language", "service_type": "service-type",
    "open_now": bool, "always_open": bool, "text": str,
}
# Required and optional section ids of each kind of page. None: any ids (the tools).
SECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]] | None] = {
    "abuse": (("signs", "do-now", "if-you-tell", "rights"), ()),
    "risk": (("what-it-means", "route"), ()),
    "audience": (("what-is-different", "support"), ()),
    "friends-family": (("recognise", "listen", "dont", "stay-safe", "call-999",
                        "support-for-you"), ()),
    "professionals": (("when", "steps", "after"), ("criteria",)),
    "self-check": None,
    "dash": None,
}
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# A UK phone number, as shared/tools/check_contacts.py finds them (the 10- and 11-digit ones),
# and the short numbers of particular services. The emergency and public numbers everyone
# knows (999, 112, 101, 111 and "press 55") are not a service's contact details and may be named.
PHONE = re.compile(r"(?<![\d/=#.-])(?:\+44\s?|0)(?:\d[\s-]?){8,10}\d(?![\d/])"
                   r"|(?<!\d)(?:116\s?123|116\s?000|116\s?006|18000|18001|85258)(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

Problems = list[tuple[str, str]]


def contact_details(raw: Any, lang: str | None = None) -> Problems:
    """No phone number or email address anywhere: the directory holds those."""
    found = []
    for place, text in strings(raw):
        for pattern, what in ((PHONE, "a phone number"), (EMAIL, "an email address")):
            match = pattern.search(text)
            if match and lang:
                found.append((place, f"the {lang} translation contains {what}"))
            elif match:
                found.append((place, f"contains {what} ({match.group()!r}): link to the "
                                     "directory's service instead"))
    return found


def strings(value: Any, place: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) for every string in a parsed YAML value, keys as well as values."""
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{place}.{key}" if place else str(key)
            yield here, str(key)
            yield from strings(item, here)
    elif isinstance(value, list):
        for number, item in enumerate(value, 1):
            yield from strings(item, f"{place}[{number}]")
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        yield place, str(value)


def page(raw: dict, kind: str, name: str, shared: dict[str, dict], service_ids: set[str],
         codes: dict[str, set[str]]) -> Problems:
    """A page's cross-references: its id, sections, sources, search and services."""
    found: Problems = []
    if raw["id"] != name:
        found.append(("id", f"must be the file name, '{name}'"))
    found += _sections(raw, kind)
    local = raw.get("sources") or {}
    for key, source in local.items():
        if key in shared and _same(shared[key]) != _same(source):
            found.append((f"sources: {key}", "is also in content/sources.yaml, differently: use "
                                             "one id for one source"))
    for path, statement in cited(raw):
        for key in statement.get("sources") or ():
            if key not in local and key not in shared:
                found.append((item_name(raw, path)[0], f"source '{key}' is not in this file's "
                                                       "`sources` or in content/sources.yaml"))
    for key, value in (raw.get("directory_search") or {}).items():
        taxonomy = SEARCH_FILTERS[key]
        if isinstance(taxonomy, str) and value not in codes.get(taxonomy, set()):
            found.append((f"directory_search: {key}",
                          f"'{value}' is not a {taxonomy} code in the taxonomy"))
    for key in raw.get("services") or ():
        if key not in service_ids:
            found.append((f"services: {key}", "is not a service in the directory's seed data "
                                              "(directory/seed_data/*.yaml ids)"))
    if "questions" in raw:
        found += _question_ids(raw["questions"])
    if kind == "dash" and raw["threshold"] > len(raw["questions"]):
        found.append(("threshold", "must be a whole number from 1 to the number of questions "
                                   f"({len(raw['questions'])})"))
    if kind == "self-check":
        found += bands(raw["bands"], raw["questions"])
    return found


def cited(raw: dict) -> Iterator[tuple[list, dict]]:
    """(path, mapping) for everything in a page that cites sources."""
    for number, step in enumerate(raw.get("first_steps") or ()):
        yield ["first_steps", number], step
    for number, section in enumerate(raw.get("sections") or ()):
        for item, statement in enumerate(section["items"]):
            yield ["sections", number, "items", item], statement
    if "disclaimer" in raw:
        yield ["disclaimer"], raw["disclaimer"]
    for number, question in enumerate(raw.get("questions") or ()):
        yield ["questions", number], question


def _sections(raw: dict, kind: str) -> Problems:
    rule = SECTIONS[kind]
    found: Problems = []
    ids = [section["id"] for section in raw.get("sections") or ()]
    for number, section_id in enumerate(ids):
        here = f"section '{section_id}'"
        if rule and section_id not in rule[0] + rule[1]:
            found.append((here, f"is not a section of {kind} pages (expected: "
                                f"{', '.join(rule[0] + rule[1])})"))
        if section_id in ids[:number]:
            found.append((here, "appears twice"))
    if rule and not ids:
        found.append(("sections", "must be a list of {id, heading, items}"))
    missing = [s for s in rule[0] if s not in ids] if rule else []
    if missing:
        found.append(("sections", f"missing {', '.join(missing)}"))
    return found


def _question_ids(questions: list[dict]) -> Problems:
    seen: set[str] = set()
    found = []
    for number, question in enumerate(questions, 1):
        if question["id"] in seen:
            found.append((f"question {number}", f"id '{question['id']}' is used twice"))
        seen.add(question["id"])
    return found


def bands(raw: list[dict], questions: list[dict]) -> Problems:
    """The self-check's bands as a whole: every score has one, in order, and none says
    'standard'."""
    found: Problems = []
    levels = [band["level"] for band in raw]
    for number, level in enumerate(levels):
        if level in levels[:number]:
            found.append((f"band '{level}'", "appears twice"))
    ordered = sorted(raw, key=lambda band: band["min_score"])
    if ordered[0]["min_score"] != 0:
        found.append(("bands", "one band must start at min_score 0, so every score has a band"))
    by_score = [band["level"] for band in ordered]
    if by_score != sorted(by_score, key=RISK_LEVELS.index):
        found.append(("bands", f"min_score must rise with the level: {' < '.join(RISK_LEVELS)}"))
    if any(q.get("immediate") for q in questions) and "immediate" not in levels:
        found.append(("bands", "an `immediate` question needs an immediate band"))
    if any(q.get("red_flag") for q in questions) and "high" not in levels:
        found.append(("bands", "a `red_flag` question needs a high band"))
    if any(level in SURVIVOR_HIDDEN_LEVELS for level in levels):
        # SafeLives: victims are the best judges of their own risk. A tool must not tell
        # a survivor that their risk is standard or low.
        found.append(("bands", f"a survivor is never told '{SURVIVOR_HIDDEN_LEVELS[0]}' risk: "
                               "start the lowest band at 'medium'"))
    return found


def _same(source: dict) -> dict:
    """A source as it is shown, to compare two: empty fields left out, spaces as one."""
    return {key: " ".join(str(value).split()) for key, value in source.items()
            if value not in (None, "")}
