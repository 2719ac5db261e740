"""Pathway guidance as data: every file in content/ read, checked and kept in memory at start-up.

The rules are content/README.md's; the shape of each file is its JSON Schema in
web/pathways/schema/ (page, self-check, dash, sources, translation), and what a schema cannot
say (cross-references, the file layout, the tools' scoring) is checked in content_checks.py.
Any broken rule stops the site from starting, with one line per problem naming the file and the
item, so a bad edit is found before anyone reads it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from directory import LOCAL_FILE, NATIONAL_FILE, build_term_index, read_taxonomy_file
from signpost_common.languages import LANGUAGES

from . import content_checks as checks
from . import schema
from .content_checks import RISK_LEVELS, SEARCH_FILTERS, SLUG, SURVIVOR_HIDDEN_LEVELS
from .translations import PageTranslation, TranslationError, read_translation, read_yaml

__all__ = ["RISK_LEVELS", "SEARCH_FILTERS", "SURVIVOR_HIDDEN_LEVELS", "Band", "Content",
           "ContentError", "Dash", "Page", "Question", "Review", "Section", "SelfCheck", "Source",
           "Statement", "load_content", "seed_service_ids", "taxonomy_codes"]
# The schema each kind of file has.
SCHEMAS = {"self-check": "self-check", "dash": "dash"}  # any other kind: "page"
# The shape and contact-detail problems of each version of a file: the site reads the English
# files once per language it has translations in, and checks each version once.
_CHECKED: dict[tuple, list[tuple[str, str]]] = {}
FOLDERS = {"abuse": "abuse", "risk": "risk", "audiences": "audience",
           "professionals": "professionals"}


class ContentError(ValueError):
    """The content breaks a rule; the message lists every problem, by file and item."""


@dataclass(frozen=True)
class Source:
    id: str
    document: str
    date: str
    section: str | None = None
    url: str | None = None
    checked: str | None = None     # when we last checked it says what we cite it for


@dataclass(frozen=True)
class Statement:
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    items: tuple[Statement, ...]
    numbered: bool = False         # steps to take in order


@dataclass(frozen=True)
class Review:
    status: str
    reviewer: str | None = None
    date: str | None = None
    checked_on: str | None = None  # facts last checked against the sources (YYYY-MM-DD)
    checked_by: str | None = None  # the role that checked them

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"


@dataclass(frozen=True)
class Page:
    kind: str
    id: str
    path: str                      # relative to the content folder, for messages
    title: str
    summary: str
    review: Review
    sections: tuple[Section, ...]
    directory_search: dict[str, Any] = field(default_factory=dict)
    services: tuple[str, ...] = ()  # seed ids
    first_steps: tuple[Statement, ...] = ()  # the three things to do now, shown first
    # This page's translation into the language it was loaded in (None: loaded in English).
    translation: PageTranslation | None = None

    @property
    def in_english(self) -> bool:
        return self.translation is None or not self.translation.used

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    sources: tuple[Source, ...] = ()
    weight: int = 1
    immediate: bool = False
    red_flag: bool = False         # a "yes" alone means high risk, whatever the score
    note: bool = False             # the question asks to "state what": offer a box to write in


@dataclass(frozen=True)
class Band:
    level: str
    min_score: int
    heading: str
    summary: str


@dataclass(frozen=True)
class SelfCheck(Page):
    questions: tuple[Question, ...] = ()
    bands: tuple[Band, ...] = ()              # by min_score, lowest first
    disclaimer: Statement | None = None


@dataclass(frozen=True)
class Dash(Page):
    questions: tuple[Question, ...] = ()
    threshold: int = 0

    def outcome(self, visible_high_risk: bool) -> Section | None:
        """What the content says about a result over (or under) the threshold."""
        return self.section("visible-high-risk" if visible_high_risk else "below-threshold")

    @property
    def notes(self) -> tuple[Section, ...]:
        """Sections for after the checklist: all but the introduction and the outcomes."""
        return tuple(s for s in self.sections
                     if s.id not in ("about", "visible-high-risk", "below-threshold"))


@dataclass(frozen=True)
class Content:
    abuse: dict[str, Page] = field(default_factory=dict)
    risk: dict[str, Page] = field(default_factory=dict)
    audiences: dict[str, Page] = field(default_factory=dict)
    professionals: dict[str, Page] = field(default_factory=dict)
    friends_family: Page | None = None
    self_check: SelfCheck | None = None
    dash: Dash | None = None

    def pages(self) -> Iterator[Page]:
        for group in (self.abuse, self.risk, self.audiences, self.professionals):
            yield from group.values()
        yield from (p for p in (self.friends_family, self.self_check, self.dash) if p)


# -- the directory's vocabulary, from its seed data ----------------------------------------------

def seed_service_ids() -> set[str]:
    ids = set()
    for path in (NATIONAL_FILE, LOCAL_FILE):
        ids |= {entry["id"] for entry in yaml.safe_load(path.read_text("utf-8")) or []}
    return ids


def taxonomy_codes() -> dict[str, set[str]]:
    return build_term_index(read_taxonomy_file()).codes()


# -- loading ------------------------------------------------------------------------------------

def load_content(folder: Path | str, *, service_ids: set[str] | None = None,
                 codes: dict[str, set[str]] | None = None, lang: str | None = None) -> Content:
    """Every content file in `folder`, checked; raises ContentError listing every problem.

    With `lang`, each page is read through its translation in `folder/<lang>/` where that is
    whole and current (web/pathways/translations.py), and records its translation's state."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ContentError(f"The content folder {folder} does not exist.")
    loader = _Loader(folder, seed_service_ids() if service_ids is None else service_ids,
                     taxonomy_codes() if codes is None else codes, lang)
    content = loader.load()
    if loader.problems:
        raise ContentError("The content in {} breaks its rules (see content/README.md):\n{}"
                           .format(folder, "\n".join(f"- {p}" for p in loader.problems)))
    return content


class _Loader:
    def __init__(self, folder: Path, service_ids: set[str], codes: dict[str, set[str]],
                 lang: str | None = None):
        self.folder = folder
        self.lang = lang
        self.service_ids = service_ids
        self.codes = codes
        self.problems: list[str] = []
        self.shared: dict[str, dict] = {}

    def load(self) -> Content:
        shared_file = self.folder / "sources.yaml"
        if shared_file.is_file():
            self.shared = self._read(shared_file, "sources", keep_valid=True) or {}
        found: dict[str, Any] = {"abuse": {}, "risk": {}, "audiences": {}, "professionals": {}}
        for path in sorted(self.folder.rglob("*")):
            if not path.is_file() or path == shared_file:
                continue
            if path.relative_to(self.folder).parts[0] in (*LANGUAGES, "easy-read"):
                continue  # a translation (read with its page), or Easy Read (easy_read.py)
            if path.suffix in (".yaml", ".yml", ".json"):
                self._load_file(path, found)
        content = Content(**found)
        tool = content.self_check
        for band in tool.bands if tool else ():
            if not (self.folder / "risk" / f"{band.level}.yaml").is_file():
                self.problems.append(f"{tool.path}: band '{band.level}': its next steps come from "
                                     f"content/risk/{band.level}.yaml, which is missing")
        return content

    def _load_file(self, path: Path, found: dict) -> None:
        parts = path.relative_to(self.folder).as_posix().removesuffix(".yaml").split("/")
        if path.suffix != ".yaml":
            self._problem(path, "", "content files end in .yaml")
        elif len(parts) == 2 and parts[0] in FOLDERS:
            folder, name = parts
            kind = FOLDERS[folder]
            known = {"abuse": self.codes.get("abuse-type", set()), "risk": set(RISK_LEVELS),
                     "audience": self.codes.get("audience", set())}.get(kind)
            if known is not None and name not in known:
                self._problem(path, "", f"'{name}' is not a known {kind} code (expected one of: "
                                        f"{', '.join(sorted(known))})")
            elif kind == "professionals" and not SLUG.match(name):
                self._problem(path, "", "a route's file name is lower-case letters, digits and '-'")
            elif page := self._page(path, kind):
                found[folder][name] = page
        elif parts == ["friends-family"]:
            found["friends_family"] = self._page(path, "friends-family")
        elif parts == ["tools", "self-check"]:
            found["self_check"] = self._page(path, "self-check")
        elif parts == ["tools", "dash"]:
            found["dash"] = self._page(path, "dash")
        else:
            self._problem(path, "", "not a content file the site knows (see the layout in "
                                    "content/README.md)")

    def _problem(self, path: Path, item: str, message: str) -> None:
        rel = f"{self.folder.name}/{path.relative_to(self.folder).as_posix()}"
        self.problems.append(f"{rel}: {item + ': ' if item else ''}{message}")

    def _read(self, path: Path, schema_name: str, *, keep_valid: bool = False) -> dict | None:
        """The file's data if it has its schema's shape; None (and its problems) if not, or
        with `keep_valid` (a mapping of entries: the shared sources) the entries that have."""
        try:
            raw = read_yaml(path)
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            self._problem(path, "", f"is not valid YAML: {' '.join(str(error).split())}")
            return None
        if not isinstance(raw, dict):
            self._problem(path, "", "must be a mapping of keys to values")
            return None
        stat = path.stat()
        version = (schema_name, path, stat.st_mtime_ns, stat.st_size)  # as read_yaml's cache
        if version not in _CHECKED:  # each language's reading checks the file again
            _CHECKED[version] = checks.contact_details(raw) + schema.problems(schema_name, raw)
        broken = _CHECKED[version]
        for item, message in broken:
            self._problem(path, item, message)
        if broken and keep_valid:
            return {key: value for key, value in raw.items()
                    if not schema.problems(schema_name, {key: value})}
        return None if broken else raw

    def _page(self, path: Path, kind: str) -> Page | None:
        raw = self._read(path, SCHEMAS.get(kind, "page"))
        if raw is None:
            return None
        broken = checks.page(raw, kind, path.stem, self.shared, self.service_ids, self.codes)
        for item, message in broken:
            self._problem(path, item, message)
        translation = None
        if self.lang and self.lang != "en":
            try:
                translation, translated = read_translation(
                    self.folder / self.lang / path.relative_to(self.folder), raw, self.lang)
            except TranslationError as error:
                self._problem(path, "", str(error))
                translated = None
            if translated is not None:
                raw = translated
                for item, message in checks.contact_details(raw, self.lang):
                    self._problem(path, item, message)
        return None if broken else _build(raw, kind, path.stem, f"{self.folder.name}/"
                                          f"{path.relative_to(self.folder).as_posix()}",
                                          self.shared, translation)


# -- building the pages from data of the right shape ---------------------------------------------

def _build(raw: dict, kind: str, name: str, rel: str, shared: dict[str, dict],
           translation: PageTranslation | None) -> Page:
    sources = {key: _source(key, spec) for key, spec in {**shared, **raw.get("sources", {})}.items()}

    def statement(spec: dict) -> Statement:
        return Statement(_words(spec["text"]), tuple(sources[key] for key in spec["sources"]))

    review = raw["review"]
    page: dict[str, Any] = dict(
        kind=kind, id=name, path=rel, title=_words(raw["title"]),
        summary=_words(raw.get("summary") or ""),
        review=Review(review["status"], *(_optional(review.get(key)) for key in
                                          ("reviewer", "date", "checked_on", "checked_by"))),
        sections=tuple(Section(s["id"], _words(s["heading"]),
                               tuple(statement(item) for item in s["items"]),
                               s.get("numbered", False)) for s in raw.get("sections") or ()),
        directory_search={key: _words(value) if isinstance(value, str) else value
                          for key, value in (raw.get("directory_search") or {}).items()
                          if value is not False},
        services=tuple(raw.get("services") or ()),
        first_steps=tuple(statement(step) for step in raw.get("first_steps") or ()),
        translation=translation,
    )
    questions = tuple(
        Question(q["id"], _words(q["text"]), tuple(sources[key] for key in q.get("sources", ())),
                 q.get("weight", 1), q.get("immediate", False), q.get("red_flag", False),
                 q.get("note", False)) for q in raw.get("questions") or ())
    if kind == "self-check":
        bands = sorted((Band(b["level"], b["min_score"], _words(b["heading"]),
                             _words(b["summary"])) for b in raw["bands"]),
                       key=lambda band: band.min_score)
        return SelfCheck(**page, questions=questions, bands=tuple(bands),
                         disclaimer=statement(raw["disclaimer"]))
    if kind == "dash":
        return Dash(**page, questions=questions, threshold=raw["threshold"])
    return Page(**page)


def _source(key: str, spec: dict) -> Source:
    return Source(key, _words(spec["document"]), _words(spec["date"]),
                  *(_optional(spec.get(field)) for field in ("section", "url", "checked")))


def _words(value: Any) -> str:
    return " ".join(str(value).split())


def _optional(value: Any) -> str | None:
    return _words(value) or None if value is not None else None
