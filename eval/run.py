"""make eval: the evaluation set through the real site search, web chat and SMS, with figures.

    python eval/run.py [--part test|dev|all] [--channel chat,sms,search] [--limit N]
                       [--min-accuracy 0.95] [--min-danger-recall 1.0]
                       [--floor ..2026-12-07=0.78,0.94 --floor 2026-12-08..=0.53,0.71]

It seeds a throwaway SQLite directory with every seed service and the real guidance, serves it
on 127.0.0.1, starts the trained assistant (make bot-model) against it, then plays every case.
Only the test part counts for the floors; the dev part is for looking at mistakes. Never
train the assistant or tune the search vocabulary on the test part.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from channels import SMS_BASE, SMS_TOKEN, run_chat, run_search, run_sms  # noqa: E402
from direct import run_direct  # noqa: E402
from evalset import CASES, Case, load_cases  # noqa: E402
from judge import Matcher, Verdict, deletion_phrases, judge  # noqa: E402
from lingua import LanguageDetectorBuilder  # noqa: E402

from directory.seed import seed_records  # noqa: E402
from directory.taxonomy import build_term_index, read_taxonomy_file  # noqa: E402
from tests.support.assistant import RunningAssistant  # noqa: E402
from tests.support.public_site import LiveServer, dispose, seeded_app  # noqa: E402


class LanguageOf:
    """The language a reply is written in, ignoring service names, numbers and addresses.

    Replies are made of the site's catalog sentences, so the catalog whose sentences cover
    most of the reply names its language. That is exact for Kurdish and Tigrinya, which lingua
    has no model for (it read Kurmanji replies as Tagalog or Shona). Only a reply with no
    catalog sentence in it is left to lingua."""

    MIN_SENTENCE = 12  # shorter catalog strings ("Call %(number)s") say little about a language

    def __init__(self, matcher: Matcher, languages: list[str]):
        self.detector = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
        self.matcher = matcher
        self.sentences = catalog_sentences(languages, self.MIN_SENTENCE)

    def __call__(self, text: str) -> str | None:
        cleaned = text.lower()
        for pattern, _ in self.matcher.by_name + self.matcher.by_number:
            cleaned = pattern.sub(" ", cleaned)
        covered = {lang: sum(len(s) for s in sentences if s in cleaned)
                   for lang, sentences in self.sentences.items()}
        best = max(covered, key=covered.get)
        if covered[best]:
            return best
        cleaned = " ".join(w for w in cleaned.split() if not any(c.isdigit() or c in "/@" for c in w))
        if len(cleaned) < 20:
            return None
        language = self.detector.detect_language_of(cleaned)
        return language.iso_code_639_1.name.lower() if language else None


def catalog_sentences(languages: list[str], shortest: int) -> dict[str, set[str]]:
    """Each language's catalog sentences (English: the message ids), lower-cased, without the
    parts a reply fills in. A translation left the same as the English counts as English."""
    from babel.messages.pofile import read_po

    english: set[str] = set()
    found: dict[str, set[str]] = {}
    for lang in languages:
        path = ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po"
        if lang == "en" or not path.is_file():
            continue
        with path.open("rb") as file:
            catalog = read_po(file)
        found[lang] = set()
        for message in catalog:
            if not message.id or not isinstance(message.id, str) or not message.string:
                continue
            english.update(_fixed_parts(message.id, shortest))
            if message.string != message.id:
                found[lang].update(_fixed_parts(message.string, shortest))
    found["en"] = english
    return found


def _fixed_parts(sentence: str, shortest: int) -> set[str]:
    import re
    parts = re.split(r"%\([a-z_]+\)[sd]|\n", sentence.lower())
    return {part.strip() for part in parts if len(part.strip()) >= shortest}


def play(cases: list[Case], app, matcher: Matcher, language_of: LanguageOf,
         direct: bool = False) -> list[Verdict]:
    client = app.test_client()
    phrases = deletion_phrases(app.config["LANGUAGES"])
    verdicts = []
    for case in cases:
        if direct and case.channel != "search":
            text, seconds = run_direct(app, case)
            verdict = judge(case, matcher.in_text(text), text, seconds, matcher, None, phrases)
            verdict.checks.pop("deletion", None)  # deleting is the channels' part, not the decision's
            verdicts.append(verdict)
            continue
        if case.channel == "search":
            hrefs, seconds = run_search(client, case)
            offered, text, lang = matcher.from_links(hrefs), "", None
        else:
            text, seconds = (run_chat if case.channel == "chat" else run_sms)(client, case)
            offered, lang = matcher.in_text(text), language_of(text)
        verdicts.append(judge(case, offered, text, seconds, matcher, lang, phrases))
    return verdicts


def share(verdicts: list[Verdict], check: str) -> tuple[float, int]:
    relevant = [v for v in verdicts if check in v.checks]
    if not relevant:
        return float("nan"), 0
    return sum(v.checks[check] for v in relevant) / len(relevant), len(relevant)


def table(title: str, verdicts: list[Verdict], key) -> None:
    groups: dict[str, list[Verdict]] = defaultdict(list)
    for verdict in verdicts:
        for name in key(verdict):
            groups[name].append(verdict)
    print(f"\n  accuracy by {title}:")
    for name, group in sorted(groups.items()):
        right = sum(v.correct for v in group)
        print(f"    {name:<22} {right / len(group):6.1%}  ({right}/{len(group)})")


def show(verdicts: list[Verdict]) -> None:
    for verdict in verdicts:
        mark = "ok  " if verdict.correct else "MISS"
        print(f"{mark} {verdict.case.id} [{', '.join(verdict.failed)}] offered={verdict.offered} "
              f"lang={verdict.detected_lang} {verdict.seconds:.2f}s")
        print("     " + " | ".join(verdict.text.split("\n"))[:600])


def headline(verdicts: list[Verdict]) -> tuple[float, int, float, int]:
    """Accuracy, cases right, danger recall, danger cases."""
    right = sum(v.correct for v in verdicts)
    accuracy = right / len(verdicts) if verdicts else float("nan")
    danger = [v for v in verdicts if v.case.in_danger]
    danger_recall = (sum(v.checks.get("danger_999", False) and v.checks.get("silent_solution", True)
                         and v.checks.get("samaritans", True) for v in danger) / len(danger)
                     if danger else float("nan"))
    return accuracy, right, danger_recall, len(danger)


def report(part: str, verdicts: list[Verdict], shown: int = 25) -> dict[str, float]:
    accuracy, right, danger_recall, danger = headline(verdicts)
    print(f"\n== {part} part: {len(verdicts)} cases ==")
    print(f"  accuracy (every check right)      {accuracy:6.1%}  ({right}/{len(verdicts)})")
    print(f"  danger recall                     {danger_recall:6.1%}  ({danger} danger cases)")
    for label, check in [("first-line service in the top 3", "first_line"),
                         ("a fitting service in the top 3/5", "fitting_service"),
                         ("excluded audience avoided", "no_excluded"),
                         ("local service when a place is given", "local_service"),
                         ("reply in the right language", "language"),
                         ("deleted only on a command", "deletion")]:
        value, count = share(verdicts, check)
        print(f"  {label:<34}{value:6.1%}  ({count} cases)")
    excluded = share(verdicts, "no_excluded")[0]
    print(f"  excluded-audience rate            {1 - excluded:6.1%}")
    table("channel", verdicts, lambda v: [v.case.channel])
    table("role", verdicts, lambda v: [v.case.role])
    table("category", verdicts, lambda v: list(v.case.abuse) or ["(none)"])
    table("urgency", verdicts, lambda v: [v.case.urgency])
    table("language", verdicts, lambda v: [v.case.lang])
    print("\n  latency (seconds, per reply):")
    for channel in ("chat", "sms", "search"):
        times = sorted(v.seconds for v in verdicts if v.case.channel == channel)
        if len(times) >= 2:
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"    {channel:<8} p50 {statistics.median(times):.3f}  p95 {p95:.3f}  ({len(times)})")
    misses = [v for v in verdicts if not v.correct]
    misses.sort(key=lambda v: (not v.case.in_danger, v.case.id))
    if part == "test":
        # Reading the held-out mistakes one by one is how a test set turns into training data.
        print(f"\n  misses: {len(misses)} (not listed for the test part; look at the dev part's)")
        return {"accuracy": accuracy, "danger_recall": danger_recall}
    print(f"\n  misses (danger first), {len(misses)} in all; the first {shown}:")
    for verdict in misses[:shown]:
        said = " ".join(verdict.text.split())[:150] or ", ".join(verdict.offered[:5])
        print(f"    {verdict.case.id} [{', '.join(verdict.failed)}] <- {verdict.case.turns[-1][:70]!r}")
        print(f"        got: {said}")
    return {"accuracy": accuracy, "danger_recall": danger_recall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["test", "dev", "all"], default="all")
    parser.add_argument("--channel", default="chat,sms,search")
    parser.add_argument("--limit", type=int, default=0, help="at most this many cases per part")
    parser.add_argument("--verbose", action="store_true", help="print every case's answer")
    parser.add_argument("--misses", type=int, default=25, help="list at most this many dev-part misses")
    parser.add_argument("--direct", action="store_true",
                        help="judge the signposting decision alone for chat and SMS cases (no assistant)")
    parser.add_argument("--cases", type=Path, default=CASES, help="folder of case files")
    parser.add_argument("--min-accuracy", type=float, default=None)
    parser.add_argument("--min-danger-recall", type=float, default=None)
    parser.add_argument("--floor", action="append", default=[], type=floor_spec,
                        metavar="FROM..TO=ACCURACY,DANGER_RECALL",
                        help="floors for the test part's cases written from FROM to TO (dates, either "
                             "may be left out), e.g. ..2026-12-07=0.78,0.94; may be given again")
    args = parser.parse_args()

    records = seed_records(build_term_index(read_taxonomy_file()))
    matcher = Matcher(records)
    channels = args.channel.split(",")
    cases = [c for c in load_cases({r.key for r in records}, args.cases) if c.channel in channels]
    parts = ["dev", "test"] if args.part == "all" else [args.part]
    chosen = {part: [c for c in cases if c.part == part] for part in parts}
    if args.limit:
        chosen = {part: group[:args.limit] for part, group in chosen.items()}
    print(f"Signpost evaluation, {time.strftime('%Y-%m-%d')}: {len(cases)} cases in eval/cases "
          f"({', '.join(f'{p} {len(g)}' for p, g in chosen.items())} played)")

    figures, played = {}, {}
    with tempfile.TemporaryDirectory() as folder:
        app = seeded_app(Path(folder), CONTENT_DIR=str(ROOT / "content"),
                         TWILIO_AUTH_TOKEN=SMS_TOKEN, SMS_WEBHOOK_BASE_URL=SMS_BASE)
        language_of = LanguageOf(matcher, app.config["LANGUAGES"])
        with LiveServer(app) as live:
            assistant = None if args.direct else RunningAssistant(api_url=f"{live.url}/api",
                                                                   workdir=Path(folder))
            try:
                if assistant:
                    app.config["RASA_URL"] = assistant.url
                    assistant.wait_until_ready()
                for part, group in chosen.items():
                    verdicts = play(group, app, matcher, language_of, args.direct)
                    if args.verbose and part == "dev":
                        show(verdicts)
                    figures[part] = report(part, verdicts, args.misses)
                    played[part] = verdicts
            finally:
                if assistant:
                    assistant.stop()
        dispose(app)

    test = figures.get("test")
    failures = []
    if test and args.min_accuracy is not None and not test["accuracy"] >= args.min_accuracy:
        failures.append(f"accuracy {test['accuracy']:.1%} is below {args.min_accuracy:.0%}")
    if test and args.min_danger_recall is not None and not test["danger_recall"] >= args.min_danger_recall:
        failures.append(f"danger recall {test['danger_recall']:.1%} is below {args.min_danger_recall:.0%}")
    failures += floor_failures(args.floor, played.get("test", []))
    for failure in failures:
        print(f"FAIL: test part {failure}")
    return 1 if failures else 0


def floor_spec(text: str) -> tuple[str, str, float, float]:
    """'2026-12-08..=0.53,0.71' -> ('2026-12-08', '', 0.53, 0.71)."""
    try:
        dates, figures = text.split("=")
        start, end = dates.split("..")
        accuracy, danger = (float(f) for f in figures.split(","))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not FROM..TO=ACCURACY,DANGER_RECALL: {text!r}") from error
    return start, end, accuracy, danger


def floor_failures(floors: list[tuple[str, str, float, float]], verdicts: list[Verdict]) -> list[str]:
    """Each set of cases is held to the floor set when it was measured: a harder set written
    later gets a floor of its own rather than lowering the older set's."""
    failures = []
    for start, end, min_accuracy, min_danger in floors:
        chosen = [v for v in verdicts if (not start or v.case.written >= start)
                  and (not end or v.case.written <= end)]
        accuracy, right, danger_recall, danger = headline(chosen)
        name = f"cases written {start or '...'} to {end or 'now'}"
        print(f"  {name}: accuracy {accuracy:.1%} ({right}/{len(chosen)}), floor {min_accuracy:.0%}; "
              f"danger recall {danger_recall:.1%} ({danger} danger cases), floor {min_danger:.0%}")
        if not chosen or not accuracy >= min_accuracy:
            failures.append(f"{name}: accuracy {accuracy:.1%} is below {min_accuracy:.0%}")
        if danger and not danger_recall >= min_danger:
            failures.append(f"{name}: danger recall {danger_recall:.1%} is below {min_danger:.0%}")
    return failures


if __name__ == "__main__":
    sys.exit(main())
