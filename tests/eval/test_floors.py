"""Each round of evaluation cases is held to its own floor, by the day its file was written."""
import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from evalset import CaseError, load_cases, parse_case  # noqa: E402
from judge import Verdict  # noqa: E402
from run import floor_failures, floor_spec  # noqa: E402


def verdict(case_id: str, written: str, right: bool, danger: bool = False) -> Verdict:
    raw = {"id": case_id, "channel": "chat", "lang": "en", "turns": ["he hurts me"],
           "expect": {"urgency": "immediate" if danger else "none"}}
    checks = {"fitting_service": right} | ({"danger_999": right} if danger else {})
    return Verdict(parse_case(raw, "t.yaml", set(), written), [], "", 0.1, "en", checks)


def test_a_floor_names_its_days_and_its_two_figures():
    assert floor_spec("..2026-12-07=0.78,0.94") == ("", "2026-12-07", 0.78, 0.94)
    assert floor_spec("2026-12-08..=0.53,0.71") == ("2026-12-08", "", 0.53, 0.71)
    with pytest.raises(argparse.ArgumentTypeError):
        floor_spec("2026-12-08=0.5")


def test_each_round_is_judged_on_its_own_cases():
    verdicts = [verdict("old-1", "2026-12-04", True), verdict("old-2", "2026-12-06", True, danger=True),
                verdict("new-1", "2026-12-08", False), verdict("new-2", "2026-12-08", True, danger=True)]
    assert floor_failures([("", "2026-12-07", 1.0, 1.0), ("2026-12-08", "", 0.5, 1.0)], verdicts) == []
    failures = floor_failures([("2026-12-08", "", 0.6, 1.0)], verdicts)
    assert failures == ["cases written 2026-12-08 to now: accuracy 50.0% is below 60%"]
    missed = [verdict("new-3", "2026-12-08", False, danger=True)]
    assert len(floor_failures([("2026-12-08", "", 0.0, 0.9)], missed)) == 1


def test_a_floor_with_no_cases_fails_rather_than_passing_unseen():
    assert floor_failures([("2027-01-01", "", 0.1, 0.1)], [verdict("old-1", "2026-12-04", True)])


def test_a_case_file_must_say_the_day_it_was_written(tmp_path):
    case = "cases:\n- {id: a-1, channel: chat, lang: en, turns: [hi], expect: {}}\n"
    (tmp_path / "a.yaml").write_text("written_by: a helper\n" + case)
    with pytest.raises(CaseError, match="written_by"):
        load_cases(set(), tmp_path)
    (tmp_path / "a.yaml").write_text('written_by: "a helper, 2026-12-08"\n' + case)
    assert [c.written for c in load_cases(set(), tmp_path)] == ["2026-12-08"]
