"""Guidance in other languages: one file per language beside the English, as data.

`content/<lang>/<same path>.yaml` holds a translation of `content/<same path>.yaml`:

    translation:
      source_hash: 1f0c...        # english_hash() of the English it was made from
      method: machine             # or human
      translated_on: 2026-12-04
      reviewed_by: null           # who checked it (a name or role), and when
      reviewed_on: null
    strings:
      "English sentence": "Its translation"

Only what people read is translated: titles, summaries, headings and the text of statements.
Sources, ids, services and searches are the English file's. A translation is used only when it
is whole (every string translated) and current (its source_hash is the English's): otherwise
the page is shown in English and says why. Safety guidance half-translated, or translated from
words that have since changed, could say something the English no longer says.
"""
from __future__ import annotations

import copy
import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from signpost_common.languages import LANGUAGES

from . import schema

TRANSLATED_KEYS = ("title", "summary", "heading", "text")


@dataclass(frozen=True)
class PageTranslation:
    """The state of one page's translation into one language."""

    lang: str
    state: str                      # "current", "out-of-date", "incomplete" or "missing"
    method: str | None = None
    reviewed_by: str | None = None
    reviewed_on: str | None = None
    missing: tuple[str, ...] = field(default=(), compare=False)

    @property
    def used(self) -> bool:
        return self.state == "current"


def english_strings(raw: Any) -> list[str]:
    """Every string a translation must give, in order, once each."""
    found: dict[str, None] = {}

    def walk(value: Any, key: str | None) -> None:
        if isinstance(value, dict):
            for name, inner in value.items():
                if name != "sources":
                    walk(inner, name)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, key)
        elif isinstance(value, str) and key in TRANSLATED_KEYS and value.strip():
            found.setdefault(value, None)

    walk(raw, None)
    return list(found)


def english_hash(raw: Any) -> str:
    """What a translation records as its source: changes whenever a translated string does."""
    return hashlib.sha256("\n".join(english_strings(raw)).encode()).hexdigest()[:16]


def translate(raw: Any, strings: dict[str, str]) -> Any:
    """The English page with each translated string replaced; everything else as it was."""
    if isinstance(raw, dict):
        return {key: (strings.get(value, value) if key in TRANSLATED_KEYS
                      and isinstance(value, str) else
                      value if key == "sources" else translate(value, strings))
                for key, value in raw.items()}
    if isinstance(raw, list):
        return [translate(value, strings) for value in raw]
    return raw


def read_yaml(path: Path) -> Any:
    """A YAML file's data, parsed once per version of the file (libyaml when it is there).

    The site reads every guidance page once per language at start-up; parsing each English file
    fifteen times in pure Python was most of the cost of starting."""
    stat = path.stat()
    return copy.deepcopy(_parse_yaml(path, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=1024)
def _parse_yaml(path: Path, mtime_ns: int, size: int) -> Any:
    return yaml.load(path.read_text("utf-8"), Loader=_LOADER)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TranslationError(ValueError):
    """A translation file that cannot be read: the site does not start with it."""


def read_translation(path: Path, english: Any, lang: str) -> tuple[PageTranslation, Any | None]:
    """The page's translation state, and the translated page when it can be used."""
    if not path.is_file():
        return PageTranslation(lang, "missing"), None
    try:
        raw = read_yaml(path)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise TranslationError(f"{path}: not valid YAML ({' '.join(str(error).split())})") \
            from error
    broken = schema.problems("translation", raw)   # schema/translation.schema.json
    if broken:
        raise TranslationError(f"{path}: " + "; ".join(
            f"{item + ': ' if item else ''}{message}" for item, message in broken))
    meta, strings = raw["translation"], raw["strings"]
    strings = {str(k): str(v) for k, v in strings.items() if isinstance(v, str) and v.strip()}
    wanted = english_strings(english)
    missing = tuple(text for text in wanted if text not in strings)
    state = ("out-of-date" if meta.get("source_hash") != english_hash(english)
             else "incomplete" if missing else "current")
    reviewed_on = meta.get("reviewed_on")
    found = PageTranslation(lang, state, meta["method"], meta.get("reviewed_by") or None,
                            str(reviewed_on) if reviewed_on else None, missing)
    return found, (translate(english, strings) if found.used else None)


def template_for(english: Any, previous: dict | None = None) -> dict:
    """A translation file to fill in: the English strings, keeping any earlier translations."""
    kept = (previous or {}).get("strings") or {}
    return {"translation": {"source_hash": english_hash(english), "method": "machine",
                            "translated_on": None, "reviewed_by": None, "reviewed_on": None},
            "strings": {text: kept.get(text, "") for text in english_strings(english)}}


def page_states(folder: Path, lang: str) -> dict[str, PageTranslation]:
    """Each guidance page's translation state in `lang`, by its path under `folder`."""
    folder = Path(folder)
    pages = sorted(p for p in folder.rglob("*.yaml") if p.name != "sources.yaml"
                   and p.relative_to(folder).parts[0] not in LANGUAGES)
    states = {}
    for page in pages:
        rel = page.relative_to(folder)
        english = read_yaml(page)
        states[rel.as_posix()] = read_translation(folder / lang / rel, english, lang)[0]
    return states


def format_pages_report(folder: Path, languages: list[str]) -> str:
    """Per language: guidance pages translated and current, by machine, reviewed, out of date."""
    lines = [f"{'lang':<5} {'pages':>7} {'machine':>8} {'reviewed':>9} {'out of date':>12} "
             f"{'incomplete':>11}"]
    for lang in languages:
        states = list(page_states(folder, lang).values())
        used = [s for s in states if s.used]
        count = {state: sum(s.state == state for s in states)
                 for state in ("out-of-date", "incomplete")}
        lines.append(f"{lang:<5} {f'{len(used)}/{len(states)}':>7} "
                     f"{sum(s.method == 'machine' for s in used):>8} "
                     f"{sum(bool(s.reviewed_by) for s in used):>9} "
                     f"{count['out-of-date']:>12} {count['incomplete']:>11}")
    lines.append("pages: whole, current translations in use; out of date: the English changed since")
    return "\n".join(lines)
