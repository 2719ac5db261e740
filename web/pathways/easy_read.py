"""Easy Read pages: a few pages in short sentences, each beside a simple picture.

For people with low literacy or learning disabilities. Each page is data in
content/easy-read/<page>.yaml, read and checked once at start-up:

    id: help-now                      # the file name without .yaml
    title, summary
    review: {status, reviewer, date, checked_on, checked_by}   as every content file
    steps:                            # 1 to 20, one short sentence (or two) each
      - picture: phone                # web/static/easy-read/<picture>.svg
        text: "Are you in danger now? Call 999."
        sources: [police-silent-solution]   # ids in content/sources.yaml

A broken rule (an unknown picture, a source id content/sources.yaml does not have, a phone number
or email address) stops the site with a message naming the file and the step. Translations live
in content/<lang>/easy-read/<page>.yaml and work as every guidance page's do
(web/pathways/translations.py): only the title, summary and each step's text are translated.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .content import ContentError, Review, Source
from .content_checks import EMAIL, PHONE
from .content_checks import strings as _strings
from .translations import PageTranslation, TranslationError, read_translation

FOLDER = "easy-read"
PICTURES = Path(__file__).resolve().parents[1] / "static" / "easy-read"
MAX_STEPS = 20
# The pages in the order the index lists them.
ORDER = ("help-now", "domestic-abuse", "after-telling")
KEYS = {"id", "title", "summary", "review", "steps"}


@dataclass(frozen=True)
class Step:
    picture: str          # a file name in web/static/easy-read/, without .svg
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class EasyReadPage:
    id: str
    path: str
    title: str
    summary: str
    review: Review
    steps: tuple[Step, ...]
    translation: PageTranslation | None = None

    @property
    def in_english(self) -> bool:
        return self.translation is None or not self.translation.used

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the page cites, once each, in order."""
        return tuple(dict.fromkeys(s for step in self.steps for s in step.sources))


def picture_names(folder: Path = PICTURES) -> set[str]:
    return {path.stem for path in Path(folder).glob("*.svg")}


def load_easy_read(folder: Path | str, *, lang: str | None = None,
                   pictures: set[str] | None = None) -> dict[str, EasyReadPage]:
    """The Easy Read pages in `folder`/easy-read, by id; none when there is no such folder.
    Raises ContentError naming every problem by file and step."""
    folder = Path(folder)
    pages_folder = folder / FOLDER
    if not pages_folder.is_dir():
        return {}
    pictures = picture_names() if pictures is None else pictures
    shared = _shared_sources(folder)
    problems: list[str] = []
    found = {}
    for path in sorted(pages_folder.glob("*.yaml")):
        page = _page(folder, path, lang, pictures, shared, problems)
        if page is not None:
            found[page.id] = page
    if problems:
        raise ContentError("The Easy Read pages in {} break their rules (see "
                           "web/pathways/easy_read.py):\n{}".format(
                               pages_folder, "\n".join(f"- {p}" for p in problems)))
    return found


def _shared_sources(folder: Path) -> dict[str, Source]:
    path = folder / "sources.yaml"
    raw = yaml.safe_load(path.read_text("utf-8")) if path.is_file() else {}
    return {str(key): Source(str(key), str(spec.get("document", "")).strip(),
                             str(spec.get("date", "")).strip(), _text(spec.get("section")),
                             _text(spec.get("url")), _text(spec.get("checked")))
            for key, spec in (raw or {}).items() if isinstance(spec, dict)}


def _page(folder: Path, path: Path, lang: str | None, pictures: set[str],
          shared: dict[str, Source], problems: list[str]) -> EasyReadPage | None:
    rel = path.relative_to(folder).as_posix()

    def problem(where: str, message: str) -> None:
        problems.append(f"{folder.name}/{rel}: {where + ': ' if where else ''}{message}")

    try:
        raw = yaml.safe_load(path.read_text("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        problem("", f"is not valid YAML: {' '.join(str(error).split())}")
        return None
    if not isinstance(raw, dict):
        problem("", "must be a mapping of keys to values")
        return None
    _no_contacts(raw, problem, "")
    translation = None
    if lang and lang != "en":
        try:
            translation, translated = read_translation(folder / lang / path.relative_to(folder),
                                                       raw, lang)
        except TranslationError as error:
            problem("", str(error))
            translated = None
        if translated is not None:
            raw = translated
            _no_contacts(raw, problem, f"the {lang} translation: ")
    for key in sorted(set(raw) - KEYS):
        problem(str(key), f"unknown key (an Easy Read page has: {', '.join(sorted(KEYS))})")
    if raw.get("id") != path.stem:
        problem("id", f"must be the file name, '{path.stem}'")
    title = _text(raw.get("title"))
    if not title:
        problem("title", "is missing")
    review = raw.get("review")
    if not isinstance(review, dict) or review.get("status") not in ("reviewed", "not-reviewed"):
        problem("review", "is missing: every file needs review: {status: reviewed | "
                          "not-reviewed, reviewer, date}")
        review = {"status": "not-reviewed"}
    steps = raw.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        problem("steps", f"must be a list of 1 to {MAX_STEPS} steps {{picture, text, sources}}")
        steps = []
    found = []
    for number, step in enumerate(steps, 1):
        where = f"step {number}"
        if not isinstance(step, dict) or not _text(step.get("text")):
            problem(where, "must be {picture, text, sources}")
            continue
        unknown = set(step) - {"picture", "text", "sources"}
        if unknown:
            problem(where, f"unknown keys {', '.join(sorted(map(str, unknown)))}")
        picture = step.get("picture")
        if not picture:
            problem(where, "has no picture: every step needs one from web/static/easy-read/")
        elif picture not in pictures:
            problem(where, f"picture '{picture}' is not in web/static/easy-read/ (one of: "
                           f"{', '.join(sorted(pictures))})")
        ids = step.get("sources")
        if not isinstance(ids, list) or not ids:
            problem(where, "has no sources: every step needs at least one source id")
            ids = []
        for key in ids:
            if str(key) not in shared:
                problem(where, f"source '{key}' is not in content/sources.yaml")
        found.append(Step(str(picture), _text(step["text"]),
                          tuple(shared[str(k)] for k in ids if str(k) in shared)))
    return EasyReadPage(
        id=path.stem, path=f"{folder.name}/{rel}", title=title, summary=_text(raw.get("summary")),
        review=Review(review["status"], _text(review.get("reviewer")), _text(review.get("date")),
                      _text(review.get("checked_on")), _text(review.get("checked_by"))),
        steps=tuple(found), translation=translation)


def _no_contacts(raw: Any, problem, prefix: str) -> None:
    for place, text in _strings(raw):
        place = place.replace("steps[", "step ").replace("]", "")
        if PHONE.search(text):
            problem(place, f"{prefix}contains a phone number ({PHONE.search(text).group()!r}): "
                           "the page takes numbers from the directory")
        if EMAIL.search(text):
            problem(place, f"{prefix}contains an email address ({EMAIL.search(text).group()!r})")


def _text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return " ".join(str(value).split())
