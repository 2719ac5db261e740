"""Cues: the phrases in each language that signal what a message is about.

Each language has a file in `cues/` mapping a concept ("danger.immediate", "role.professional",
"abuse.stalking", ...) to phrases. A phrase is a few words, matched in order on folded text:

    word      that word
    word*     any word starting with it (kill* : kills, killing)
    a|b       either word (each may end in *)
    a_b       two words, one after the other, as one alternative (next_door|upstairs)
    ...       up to three other words in between
    ~a|b      (first, only) not when a or b is one of the two words before the match:
              "~not|never|isnt gay" reads "i'm gay" but not "i'm not gay"

Every language's cues are tried on every message: people mix languages, and a Polish cue
cannot match English text by accident often enough to matter. A few files are for languages
the site is not in (vi, sq, bg, fr, am, hi, pa, it, lt, ru, uk: see understanding.unread_language):
a handful of words for danger and for what has a line of its own (trafficking, forced
marriage, FGM, rape), so that someone writing in them still reaches it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .text import words

CUE_DIR = Path(__file__).resolve().parent / "cues"
GAP = 3
NOT_AFTER_REACH = 2


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: its run tables are dicts
class Cue:
    concept: str
    # ((alternatives, gap_before), ...); an alternative is a run of words
    steps: tuple[tuple[tuple[tuple[str, ...], ...], bool], ...]
    text: str
    # Per step: the one-word exact alternatives as a set, the one-word prefixes as a tuple
    # (for str.startswith, in one call), and the runs of words by their first word (exact, or
    # the prefix before its star). A message is tried against hundreds of cues, some with
    # dozens of runs a step, so this is where the time goes.
    exact: tuple[frozenset[str], ...] = ()
    prefixes: tuple[tuple[str, ...], ...] = ()
    runs: tuple[dict[str, tuple[tuple[str, ...], ...]], ...] = ()
    prefix_runs: tuple[dict[str, tuple[tuple[str, ...], ...]], ...] = ()
    language: str = ""      # the cue file's language code
    not_after: frozenset[str] = frozenset()  # words that, just before the match, unsay it

    def matches(self, tokens: list[str], starts=None) -> bool:
        """Whether the cue is in `tokens`, trying only `starts` (where its first word is) if given."""
        return any(self._from(tokens, 0, start) for start in (starts or range(len(tokens)))
                   if not self.not_after.intersection(tokens[max(0, start - NOT_AFTER_REACH):start]))

    def _from(self, tokens: list[str], step: int, position: int) -> bool:
        if step == len(self.steps):
            return True
        gap = self.steps[step][1]
        reach = position + (GAP + 1 if gap and step else 1)
        exact, prefixes, runs = self.exact[step], self.prefixes[step], self.runs[step]
        for index in range(position, min(reach, len(tokens))):
            token = tokens[index]
            if (token in exact or (prefixes and token.startswith(prefixes))) \
                    and self._from(tokens, step + 1, index + 1):
                return True
            for run in (*runs.get(token, ()), *_runs_for_prefixes(self.prefix_runs[step], token)):
                end = index + len(run)
                if end <= len(tokens) and _rest_matches(tokens, index, run) \
                        and self._from(tokens, step + 1, end):
                    return True
        return False


def _runs_for_prefixes(table: dict[str, tuple[tuple[str, ...], ...]], token: str
                       ) -> tuple[tuple[str, ...], ...]:
    if not table:
        return ()
    return tuple(run for end in range(1, len(token) + 1) for run in table.get(token[:end], ()))


def _rest_matches(tokens: list[str], index: int, run: tuple[str, ...]) -> bool:
    """Whether the run's words after its first (which the tables matched) follow `index`.
    (A plain loop: it runs hundreds of thousands of times a minute of chat.)"""
    for position in range(1, len(run)):
        word, token = run[position], tokens[index + position]
        if word[-1] == "*":
            if not token.startswith(word[:-1]):
                return False
        elif token != word:
            return False
    return True


def parse_cue(concept: str, phrase: str, language: str = "") -> Cue:
    steps, gap = [], False
    parts = phrase.split()
    not_after = frozenset()
    if parts and parts[0].startswith("~"):
        not_after = frozenset(words_or_prefix(w) for w in parts.pop(0)[1:].split("|"))
    for part in parts:
        if part == "...":
            gap = True
            continue
        alternatives = tuple(tuple(words_or_prefix(w) for w in a.split("_") if w) for a in part.split("|"))
        steps.append((alternatives, gap))
        gap = False
    if not steps:
        raise ValueError(f"{concept}: empty cue {phrase!r}")
    exact = tuple(frozenset(run[0] for run in alts if len(run) == 1 and not run[0].endswith("*"))
                  for alts, _gap in steps)
    prefixes = tuple(tuple(run[0][:-1] for run in alts if len(run) == 1 and run[0].endswith("*"))
                     for alts, _gap in steps)
    runs = tuple(_by_first_word(run for run in alts if len(run) > 1 and not run[0].endswith("*"))
                 for alts, _gap in steps)
    prefix_runs = tuple(_by_first_word((run for run in alts if len(run) > 1 and run[0].endswith("*")),
                                       lambda first: first[:-1]) for alts, _gap in steps)
    return Cue(concept, tuple(steps), phrase, exact, prefixes, runs, prefix_runs, language, not_after)


def _by_first_word(runs, key=lambda first: first) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for run in runs:
        table.setdefault(key(run[0]), []).append(run)
    return {first: tuple(same) for first, same in table.items()}


def words_or_prefix(word: str) -> str:
    star = word.endswith("*")
    folded = "".join(words(word.rstrip("*")))
    if not folded:
        raise ValueError(f"a cue word has no letters: {word!r}")
    return folded + "*" if star else folded


@dataclass(frozen=True)
class CueIndex:
    """Cues by the words that can start them, so a message is tried only against cues that
    one of its words begins (a few dozen of thousands)."""
    by_word: dict[str, tuple[Cue, ...]]
    by_prefix: dict[str, tuple[Cue, ...]]

    @classmethod
    def of(cls, cues: tuple[Cue, ...]) -> CueIndex:
        by_word: dict[str, list[Cue]] = {}
        by_prefix: dict[str, list[Cue]] = {}
        for cue in cues:
            for run in cue.steps[0][0]:
                first = run[0]
                table, key = (by_prefix, first[:-1]) if first.endswith("*") else (by_word, first)
                table.setdefault(key, []).append(cue)
        return cls({k: tuple(v) for k, v in by_word.items()}, {k: tuple(v) for k, v in by_prefix.items()})

    def candidates(self, tokens: list[str]) -> list[tuple[Cue, list[int]]]:
        """The cues one of the words can start, each with the positions where it could."""
        found: dict[int, tuple[Cue, list[int]]] = {}
        for position, token in enumerate(tokens):
            cues = list(self.by_word.get(token, ()))
            for end in range(1, len(token) + 1):
                cues += self.by_prefix.get(token[:end], ())
            for cue in cues:
                found.setdefault(id(cue), (cue, []))[1].append(position)
        return list(found.values())


@cache
def cue_index(folder: Path = CUE_DIR) -> CueIndex:
    return CueIndex.of(all_cues(folder))


@cache
def all_cues(folder: Path = CUE_DIR) -> tuple[Cue, ...]:
    cues = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for concept, phrases in data.items():
            cues += [parse_cue(concept, str(phrase), path.stem) for phrase in phrases or []]
    return tuple(cues)


def concepts_in(text: str, index: CueIndex | None = None) -> dict[str, list[str]]:
    """Each concept the text signals, with the cues that matched (for explaining and testing)."""
    return concepts_and_languages(text, index)[0]


def concepts_and_languages(text: str, index: CueIndex | None = None
                           ) -> tuple[dict[str, list[str]], set[str]]:
    """`concepts_in`, and the languages of the cue files whose cues matched."""
    return concepts_in_words(words(text), index)


def concepts_in_words(tokens: list[str], index: CueIndex | None = None, quiet: frozenset[str] = frozenset()
                      ) -> tuple[dict[str, list[str]], set[str]]:
    """`concepts_and_languages` of a text already split by `words`. A match of a `quiet` concept
    does not count its language as read ("patron" is Turkish for boss, and French too)."""
    index = index or cue_index()
    found: dict[str, list[str]] = {}
    languages: set[str] = set()
    readings = [tokens]
    if any(_joined_and(t) for t in tokens):
        readings.append([t[1:] if _joined_and(t) else t for t in tokens])
    for reading in readings:
        for cue, starts in index.candidates(reading):
            if cue.matches(reading, starts) and cue.text not in found.get(cue.concept, ()):
                found.setdefault(cue.concept, []).append(cue.text)
                if cue.concept not in quiet:
                    languages.add(cue.language)
    return found, languages


def _joined_and(token: str) -> bool:
    """Arabic writes "and" (و) joined to the next word ("وقلتله", "ودار فيها"): the cues are
    also tried on the words without it."""
    return len(token) > 3 and token[0] == "و"
