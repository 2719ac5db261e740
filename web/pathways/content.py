"""Pathway guidance as data: every file in content/ read, checked and kept in memory at start-up.

The rules are content/README.md's. Any broken rule stops the site from starting, with one line
per problem naming the file and the item, so a bad edit is found before anyone reads it:

- every statement (`{text, sources}`) has at least one source, and every source id resolves to
  the file's own `sources` or to content/sources.yaml;
- every file has a `review`, and a reviewed file says who reviewed it and when;
- `directory_search` uses only the search's own filters, with values the taxonomy knows;
- every id in `services` is a service in the directory's seed data;
- no phone number or email address is written anywhere (the directory holds those);
- file names, section ids and keys are the documented ones (a typo is a problem, not a gap).

Besides README.md's guidance pages, content/tools/ holds the two tools:

    tools/self-check.yaml
      id, title, summary, review, sources, sections (optional, shown above the questions;
        a section may say `numbered: true` for steps in order, as on every page)
      disclaimer: {text, sources}          shown with the form and with every result
      questions: [{id, text, weight: 0+, immediate, red_flag (true|false, optional),
                   sources (optional)}]
        A "yes" to a `red_flag` question gives at least the high band, whatever the score.
      bands: [{level: standard|medium|high|immediate, min_score, heading, summary}]
        The score is the sum of the weights of the questions answered "yes". The band is the one
        with the highest min_score the score reaches; a "yes" to an `immediate` question gives
        the immediate band whatever the score. One band starts at 0, min_scores rise with the
        level, and every band's level has its content/risk/<level>.yaml for the next steps.

    tools/dash.yaml
      id, title, summary, review, sources
      threshold: 14                        "yes" answers at or over it: visible high risk
      questions: [{id, text, red_flag, note (true|false, optional), sources (optional)}]
        A "yes" to a `red_flag` question is high risk on professional judgement; `note` offers a
        box for the "state what" answers, shown on the result page and never kept.
      sections (optional): `about` is shown above the checklist; `visible-high-risk` with a
        result at or over the threshold and `below-threshold` with one under it; any other
        section below the checklist.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from directory import LOCAL_FILE, NATIONAL_FILE, build_term_index, read_taxonomy_file
from signpost_common.languages import LANGUAGES

from .translations import PageTranslation, TranslationError, read_translation, read_yaml

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
PAGE_KEYS = {"id", "title", "summary", "review", "directory_search", "services", "sections",
             "sources", "first_steps"}
FIRST_STEPS = 3            # a guidance page opens with this many things to do now
EXTRA_KEYS = {"self-check": {"disclaimer", "questions", "bands"},
              "dash": {"threshold", "questions"}}
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# A UK phone number, as shared/tools/check_contacts.py finds them (the 10- and 11-digit ones),
# and the short numbers of particular services. The emergency and public numbers everyone
# knows (999, 112, 101, 111 and "press 55") are not a service's contact details and may be named.
PHONE = re.compile(r"(?<![\d/=#.-])(?:\+44\s?|0)(?:\d[\s-]?){8,10}\d(?![\d/])"
                   r"|(?<!\d)(?:116\s?123|116\s?000|116\s?006|18000|18001|85258)(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


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
        self.shared: dict[str, Source] = {}

    def load(self) -> Content:
        shared_file = self.folder / "sources.yaml"
        if shared_file.is_file():
            raw = self._read(shared_file)
            if raw is not None:
                self.shared = self._sources(_File(self, shared_file), raw, "")
        found: dict[str, Any] = {"abuse": {}, "risk": {}, "audiences": {}, "professionals": {}}
        for path in sorted(self.folder.rglob("*")):
            if not path.is_file() or path == shared_file:
                continue
            if path.relative_to(self.folder).parts[0] in (*LANGUAGES, "easy-read"):
                continue  # a translation (read with its page), or Easy Read (easy_read.py)
            if path.suffix in (".yaml", ".yml", ".json"):
                self._load_file(path, found)
        content = Content(**found)
        self._check_self_check_bands(content)
        return content

    def _load_file(self, path: Path, found: dict) -> None:
        rel = path.relative_to(self.folder).as_posix()
        parts = rel.removesuffix(".yaml").split("/")
        where = _File(self, path)
        if path.suffix != ".yaml":
            where.problem("", "content files end in .yaml")
            return
        if len(parts) == 2 and parts[0] in ("abuse", "risk", "audiences", "professionals"):
            folder, name = parts
            kind = {"audiences": "audience"}.get(folder, folder)
            known = {"abuse": self.codes.get("abuse-type", set()), "risk": set(RISK_LEVELS),
                     "audience": self.codes.get("audience", set())}.get(kind)
            if known is not None and name not in known:
                where.problem("", f"'{name}' is not a known {kind} code (expected one of: "
                                  f"{', '.join(sorted(known))})")
                return
            if kind == "professionals" and not SLUG.match(name):
                where.problem("", "a route's file name is lower-case letters, digits and '-'")
                return
            page = self._page(path, kind)
            if page is not None:
                found[folder][name] = page
        elif parts == ["friends-family"]:
            found["friends_family"] = self._page(path, "friends-family")
        elif parts == ["tools", "self-check"]:
            found["self_check"] = self._page(path, "self-check")
        elif parts == ["tools", "dash"]:
            found["dash"] = self._page(path, "dash")
        else:
            where.problem("", "not a content file the site knows (see the layout in "
                              "content/README.md)")

    def _read(self, path: Path) -> dict | None:
        where = _File(self, path)
        try:
            raw = read_yaml(path)
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            where.problem("", f"is not valid YAML: {' '.join(str(error).split())}")
            return None
        if not isinstance(raw, dict):
            where.problem("", "must be a mapping of keys to values")
            return None
        for place, text in _strings(raw):
            if PHONE.search(text):
                where.problem(place, f"contains a phone number ({PHONE.search(text).group()!r}): "
                                     "link to the directory's service instead")
            if EMAIL.search(text):
                where.problem(place, f"contains an email address ({EMAIL.search(text).group()!r}):"
                                     " link to the directory's service instead")
        return raw

    def _page(self, path: Path, kind: str) -> Page | None:
        raw = self._read(path)
        if raw is None:
            return None
        f = _File(self, path)
        translation = None
        if self.lang and self.lang != "en":
            try:
                translation, translated = read_translation(
                    self.folder / self.lang / path.relative_to(self.folder), raw, self.lang)
            except TranslationError as error:
                f.problem("", str(error))
                translated = None
            if translated is not None:
                raw = translated
                for place, text in _strings(raw):  # a translation obeys the same rules
                    if PHONE.search(text) or EMAIL.search(text):
                        f.problem(place, f"the {self.lang} translation contains a phone number "
                                         "or email address")
        allowed = PAGE_KEYS | EXTRA_KEYS.get(kind, set())
        for key in sorted(set(raw) - allowed):
            f.problem(key, f"unknown key (a {kind} file has: {', '.join(sorted(allowed))})")
        if raw.get("id") != path.stem:
            f.problem("id", f"must be the file name, '{path.stem}'")
        f.local = self._sources(f, raw.get("sources"), "sources") if "sources" in raw else {}
        page = dict(
            kind=kind, id=path.stem, path=f.rel,
            title=f.text(raw, "title", "title"),
            summary=f.text(raw, "summary", "summary", required=False),
            review=self._review(f, raw.get("review")),
            sections=self._sections(f, raw.get("sections"), kind),
            directory_search=self._search(f, raw.get("directory_search")),
            services=self._services(f, raw.get("services")),
            first_steps=self._first_steps(f, raw.get("first_steps")),
            translation=translation,
        )
        if kind == "self-check":
            questions = self._questions(f, raw.get("questions"), weighted=True)
            return SelfCheck(**page, questions=questions,
                             bands=self._bands(f, raw.get("bands"), questions),
                             disclaimer=f.statement(raw.get("disclaimer"), "disclaimer"))
        if kind == "dash":
            questions = self._questions(f, raw.get("questions"), weighted=False)
            threshold = raw.get("threshold")
            if not _is_int(threshold) or not 0 < threshold <= max(len(questions), 1):
                f.problem("threshold", f"must be a whole number from 1 to the number of "
                                       f"questions ({len(questions)})")
                threshold = 0
            return Dash(**page, questions=questions, threshold=threshold)
        return Page(**page)

    # -- parts of a file ---------------------------------------------------------------------

    def _first_steps(self, f: _File, raw: Any) -> tuple[Statement, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list) or len(raw) != FIRST_STEPS:
            f.problem("first_steps", f"must be a list of {FIRST_STEPS} {{text, sources}}")
            return ()
        steps = (f.statement(item, f"first_steps {n}") for n, item in enumerate(raw, 1))
        return tuple(step for step in steps if step)

    def _sources(self, f: _File, raw: Any, place: str) -> dict[str, Source]:
        if not isinstance(raw, dict):
            f.problem(place, "sources must be a mapping of source id to {document, url, "
                             "section, date}")
            return {}
        found = {}
        for key, spec in raw.items():
            here = f"{place}: {key}" if place else f"source {key}"
            if not isinstance(spec, dict):
                f.problem(here, "must be a mapping {document, url, section, date}")
                continue
            unknown = set(spec) - {"document", "url", "section", "date", "checked"}
            if unknown:
                f.problem(here, f"unknown keys {', '.join(sorted(map(str, unknown)))}")
            document, date = spec.get("document"), spec.get("date")
            if not _filled(document) or not _filled(date):
                f.problem(here, "needs a `document` and a `date` (the source's own date, or "
                                "\"undated\")")
                continue
            found[str(key)] = Source(str(key), str(document).strip(), str(date).strip(),
                                     _optional(spec.get("section")), _optional(spec.get("url")),
                                     _optional(spec.get("checked")))
            shared = self.shared.get(str(key))
            if place and shared and shared != found[str(key)]:
                f.problem(here, "is also in content/sources.yaml, differently: use one id for "
                                "one source")
        return found

    def _review(self, f: _File, raw: Any) -> Review:
        if not isinstance(raw, dict) or raw.get("status") not in ("reviewed", "not-reviewed"):
            f.problem("review", "is missing: every file needs review: {status: reviewed | "
                                "not-reviewed, reviewer, date}")
            return Review("not-reviewed")
        review = Review(raw["status"], _optional(raw.get("reviewer")), _optional(raw.get("date")),
                        _optional(raw.get("checked_on")), _optional(raw.get("checked_by")))
        if review.reviewed and not (review.reviewer and review.date):
            f.problem("review", "a reviewed file names its reviewer and the date")
        return review

    def _sections(self, f: _File, raw: Any, kind: str) -> tuple[Section, ...]:
        rule = SECTIONS[kind]
        if raw is None and rule is None:
            return ()
        if not isinstance(raw, list) or (rule and not raw):
            f.problem("sections", "must be a list of {id, heading, items}")
            return ()
        sections = []
        for number, spec in enumerate(raw, 1):
            if not isinstance(spec, dict):
                f.problem(f"section {number}", "must be a mapping {id, heading, items}")
                continue
            section_id = str(spec.get("id") or number)
            here = f"section '{section_id}'"
            unknown = set(spec) - {"id", "heading", "items", "numbered"}
            if unknown:
                f.problem(here, f"unknown keys {', '.join(sorted(map(str, unknown)))}")
            if rule and section_id not in rule[0] + rule[1]:
                f.problem(here, f"is not a section of {kind} pages (expected: "
                                f"{', '.join(rule[0] + rule[1])})")
            if any(s.id == section_id for s in sections):
                f.problem(here, "appears twice")
            items = spec.get("items")
            if not isinstance(items, list) or not items:
                f.problem(here, "needs `items`: a list of {text, sources}")
                items = []
            statements = [f.statement(item, f"{here}, item {i}") for i, item in enumerate(items, 1)]
            numbered = spec.get("numbered", False)
            if not isinstance(numbered, bool):
                f.problem(here, "`numbered` must be true or false")
            sections.append(Section(section_id, f.text(spec, "heading", here + " heading"),
                                    tuple(s for s in statements if s), numbered is True))
        if rule:
            missing = [s for s in rule[0] if s not in {x.id for x in sections}]
            if missing:
                f.problem("sections", f"missing {', '.join(missing)}")
        return tuple(sections)

    def _search(self, f: _File, raw: Any) -> dict[str, Any]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            f.problem("directory_search", "must be a mapping of search filters")
            return {}
        search = {}
        for key, value in raw.items():
            kind = SEARCH_FILTERS.get(key)
            here = f"directory_search: {key}"
            if kind is None:
                f.problem(here, "is not a search filter (expected one of: "
                                f"{', '.join(SEARCH_FILTERS)})")
            elif kind is bool:
                if not isinstance(value, bool):
                    f.problem(here, "must be true or false")
                elif value:
                    search[key] = True
            elif kind is str:
                if not _filled(value):
                    f.problem(here, "must be some words")
                else:
                    search[key] = str(value).strip()
            elif str(value) not in self.codes.get(kind, set()):
                f.problem(here, f"'{value}' is not a {kind} code in the taxonomy")
            else:
                search[key] = str(value)
        return search

    def _services(self, f: _File, raw: Any) -> tuple[str, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            f.problem("services", "must be a list of the directory's seed ids")
            return ()
        for key in raw:
            if key not in self.service_ids:
                f.problem(f"services: {key}", "is not a service in the directory's seed data "
                                              "(directory/seed_data/*.yaml ids)")
        return tuple(str(key) for key in raw if key in self.service_ids)

    def _questions(self, f: _File, raw: Any, *, weighted: bool) -> tuple[Question, ...]:
        if not isinstance(raw, list) or not raw:
            f.problem("questions", "must be a list of {id, text, ...}")
            return ()
        questions: list[Question] = []
        allowed = {"id", "text", "sources", "red_flag"} | (
            {"weight", "immediate"} if weighted else {"note"})
        for number, spec in enumerate(raw, 1):
            here = f"question {number}"
            if not isinstance(spec, dict):
                f.problem(here, "must be a mapping {id, text, ...}")
                continue
            question_id = str(spec.get("id") or "")
            if not SLUG.match(question_id) or question_id == "lang":
                f.problem(here, "needs an `id` of lower-case letters, digits, '-' or '_'")
            elif any(q.id == question_id for q in questions):
                f.problem(here, f"id '{question_id}' is used twice")
            here = f"question '{question_id or number}'"
            unknown = set(spec) - allowed
            if unknown:
                f.problem(here, f"unknown keys {', '.join(sorted(map(str, unknown)))}")
            sources = spec.get("sources")
            weight = spec.get("weight", 1)
            if weighted and (not _is_int(weight) or weight < 0):
                f.problem(here, "`weight` must be a whole number, 0 or more")
                weight = 0
            flags = {key: spec.get(key, False) for key in ("immediate", "red_flag", "note")}
            for key, value in flags.items():
                if not isinstance(value, bool):
                    f.problem(here, f"`{key}` must be true or false")
                    flags[key] = False
            questions.append(Question(
                question_id, f.text(spec, "text", here),
                f.resolve(sources, here) if sources is not None else (), weight, **flags))
        return tuple(questions)

    def _bands(self, f: _File, raw: Any, questions: tuple[Question, ...]) -> tuple[Band, ...]:
        if not isinstance(raw, list) or not raw:
            f.problem("bands", "must be a list of {level, min_score, heading, summary}")
            return ()
        bands = []
        for number, spec in enumerate(raw, 1):
            if not isinstance(spec, dict):
                f.problem(f"band {number}", "must be a mapping {level, min_score, heading, "
                                            "summary}")
                continue
            here = f"band '{spec.get('level', number)}'"
            unknown = set(spec) - {"level", "min_score", "heading", "summary"}
            if unknown:
                f.problem(here, f"unknown keys {', '.join(sorted(map(str, unknown)))}")
            if spec.get("level") not in RISK_LEVELS:
                f.problem(here, f"`level` must be one of {', '.join(RISK_LEVELS)}")
                continue
            if any(b.level == spec["level"] for b in bands):
                f.problem(here, "appears twice")
                continue
            if not _is_int(spec.get("min_score")) or spec["min_score"] < 0:
                f.problem(here, "`min_score` must be a whole number, 0 or more")
                continue
            bands.append(Band(spec["level"], spec["min_score"], f.text(spec, "heading", here),
                              f.text(spec, "summary", here)))
        bands.sort(key=lambda b: b.min_score)
        if bands and bands[0].min_score != 0:
            f.problem("bands", "one band must start at min_score 0, so every score has a band")
        if [b.level for b in bands] != sorted((b.level for b in bands), key=RISK_LEVELS.index):
            f.problem("bands", "min_score must rise with the level: "
                               f"{' < '.join(RISK_LEVELS)}")
        if any(q.immediate for q in questions) and not any(b.level == "immediate" for b in bands):
            f.problem("bands", "an `immediate` question needs an immediate band")
        if any(q.red_flag for q in questions) and not any(b.level == "high" for b in bands):
            f.problem("bands", "a `red_flag` question needs a high band")
        if any(b.level in SURVIVOR_HIDDEN_LEVELS for b in bands):
            # SafeLives: victims are the best judges of their own risk. A tool must not tell
            # a survivor that their risk is standard or low.
            f.problem("bands", f"a survivor is never told '{SURVIVOR_HIDDEN_LEVELS[0]}' risk: "
                               "start the lowest band at 'medium'")
        return tuple(bands)

    def _check_self_check_bands(self, content: Content) -> None:
        tool = content.self_check
        for band in tool.bands if tool else ():
            if band.level not in content.risk:
                self.problems.append(f"{tool.path}: band '{band.level}': its next steps come from "
                                     f"content/risk/{band.level}.yaml, which is missing")


@dataclass
class _File:
    """Problems found in one file, and the sources its statements may cite."""

    loader: _Loader
    path: Path
    local: dict[str, Source] = field(default_factory=dict)

    @property
    def rel(self) -> str:
        folder = self.loader.folder
        return f"{folder.name}/{self.path.relative_to(folder).as_posix()}"

    def problem(self, where: str, message: str) -> None:
        self.loader.problems.append(f"{self.rel}: {where + ': ' if where else ''}{message}")

    def text(self, spec: dict, key: str, where: str, *, required: bool = True) -> str:
        value = spec.get(key)
        if not _filled(value):
            if required:
                self.problem(where, f"needs `{key}`" if where != key else "is missing")
            return ""
        return " ".join(str(value).split())

    def resolve(self, ids: Any, where: str) -> tuple[Source, ...]:
        if not isinstance(ids, list) or not ids:
            self.problem(where, "has no sources: every statement needs at least one source id")
            return ()
        found = []
        for key in ids:
            source = self.local.get(str(key)) or self.loader.shared.get(str(key))
            if source is None:
                self.problem(where, f"source '{key}' is not in this file's `sources` or in "
                                    "content/sources.yaml")
            else:
                found.append(source)
        return tuple(found)

    def statement(self, raw: Any, where: str) -> Statement | None:
        if not isinstance(raw, dict) or not _filled(raw.get("text")):
            self.problem(where, "must be a statement: {text, sources}")
            return None
        unknown = set(raw) - {"text", "sources"}
        if unknown:
            self.problem(where, f"unknown keys {', '.join(sorted(map(str, unknown)))}")
        sources = self.resolve(raw.get("sources"), where)
        return Statement(" ".join(str(raw["text"]).split()), sources)


def _strings(value: Any, place: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) for every string in a parsed YAML value, keys as well as values."""
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{place}.{key}" if place else str(key)
            yield here, str(key)
            yield from _strings(item, here)
    elif isinstance(value, list):
        for number, item in enumerate(value, 1):
            yield from _strings(item, f"{place}[{number}]")
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        yield place, str(value)


def _filled(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool) \
        and bool(str(value).strip())


def _optional(value: Any) -> str | None:
    return " ".join(str(value).split()) if _filled(value) else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
