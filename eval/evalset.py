"""The evaluation set: loading and checking its cases, and splitting them into dev and test.

Cases live in eval/cases/*.yaml, one file per persona, written by people who never saw the
assistant's training data or the search's vocabulary. The split is a hash of each case's id,
so nobody chooses which cases are held out and a case never moves between parts.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from signpost_common.languages import LANGUAGES

CASES = Path(__file__).resolve().parent / "cases"
CHANNELS = {"chat", "sms", "search"}
ROLES = {"survivor", "friend_family", "parent", "professional", "perpetrator", "unknown"}
URGENCIES = {"immediate", "cannot_speak", "self_harm", "recent_assault", "none"}
DANGER = {"immediate", "cannot_speak", "self_harm"}
TEST_SHARE = 50  # percent of cases held out as the test part


class CaseError(ValueError):
    pass


@dataclass(frozen=True)
class Case:
    id: str
    source: str
    channel: str
    lang: str
    page_lang: str
    turns: tuple[str, ...]
    role: str
    abuse: tuple[str, ...]
    urgency: str
    needs: tuple[str, ...]
    audience: tuple[str, ...]
    area: str | None
    reply_lang: str
    services_any: tuple[str, ...]
    services_must: tuple[str, ...]
    services_never: tuple[str, ...]
    local: bool
    action: str | None = None
    note: str = field(default="", compare=False)
    written: str = field(default="", compare=False)  # the day its file was written (written_by)

    @property
    def part(self) -> str:
        digest = int(hashlib.sha256(self.id.encode()).hexdigest(), 16)
        return "test" if digest % 100 < TEST_SHARE else "dev"

    @property
    def in_danger(self) -> bool:
        return self.urgency in DANGER


def _tuple(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CaseError(f"{where}: expected a list of strings")
    return tuple(value)


def parse_case(raw: dict, source: str, service_ids: set[str], written: str = "") -> Case:
    where = f"{source}: {raw.get('id', '?')}"
    expect = raw.get("expect") or {}
    channel = raw.get("channel")
    turns = _tuple(raw.get("turns"), f"{where} turns")
    if channel not in CHANNELS:
        raise CaseError(f"{where}: channel must be one of {sorted(CHANNELS)}")
    if not turns or (channel == "search" and len(turns) != 1):
        raise CaseError(f"{where}: chat and sms need 1+ turns, search exactly one")
    lang = str(raw.get("lang") or "")
    case = Case(
        id=str(raw.get("id") or ""), source=source, channel=channel, lang=lang,
        page_lang=str(raw.get("page_lang") or "en"), turns=turns,
        role=str(expect.get("role") or "unknown"), abuse=_tuple(expect.get("abuse"), where),
        urgency=str(expect.get("urgency") or "none"), needs=_tuple(expect.get("needs"), where),
        audience=_tuple(expect.get("audience"), where),
        area=str(expect["area"]) if expect.get("area") else None,
        reply_lang=str(expect.get("reply_lang") or "en"),
        services_any=_tuple(expect.get("services_any"), where),
        services_must=_tuple(expect.get("services_must"), where),
        services_never=_tuple(expect.get("services_never"), where),
        local=bool(expect.get("local")), action=expect.get("action"), note=str(raw.get("note") or ""),
        written=written)
    if not case.id or not lang:
        raise CaseError(f"{where}: id and lang are required")
    if case.role not in ROLES or case.urgency not in URGENCIES:
        raise CaseError(f"{where}: unknown role {case.role!r} or urgency {case.urgency!r}")
    unknown = set(case.services_any + case.services_must + case.services_never) - service_ids
    if unknown:
        raise CaseError(f"{where}: unknown service ids {sorted(unknown)}")
    if channel != "search":
        _check_languages(case, where)
    return case


def _check_languages(case: Case, where: str) -> None:
    """The page is in a site language; a reply is in the writer's language when the site
    speaks it, else in English or the page's language (issue 10, item 12): the reply_lang
    a case names must be one of those, or the judge's language check asks the impossible."""
    if case.page_lang not in LANGUAGES:
        raise CaseError(f"{where}: page_lang {case.page_lang!r} is not a site language")
    if case.lang in LANGUAGES and case.lang != "en":
        wanted = {case.lang} | ({case.page_lang} if case.page_lang != "en" else set())
    else:
        wanted = {"en", case.page_lang}
    if case.reply_lang not in wanted:
        raise CaseError(f"{where}: reply_lang {case.reply_lang!r} for a message in {case.lang!r} "
                        f"on a {case.page_lang!r} page: expected one of {sorted(wanted)}")


def load_cases(service_ids: set[str], folder: Path = CASES) -> list[Case]:
    """Every case, checked; one message per problem, all at once."""
    cases, problems, seen = [], [], set()
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        dates = re.findall(r"\d{4}-\d{2}-\d{2}", str(data.get("written_by") or ""))
        if not dates:
            problems.append(f"{path.name}: written_by must say the day it was written (YYYY-MM-DD)")
        for raw in data.get("cases") or []:
            try:
                case = parse_case(raw, path.name, service_ids, dates[-1] if dates else "")
            except CaseError as problem:
                problems.append(str(problem))
                continue
            if case.id in seen:
                problems.append(f"{path.name}: {case.id}: id used twice")
            seen.add(case.id)
            cases.append(case)
    if problems:
        raise CaseError("The evaluation set has problems:\n" + "\n".join(problems))
    return cases
