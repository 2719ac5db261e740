"""Danger batteries: realistic messages in 29 languages, written on 2026-12-06 by helpers who saw
neither the cues nor the evaluation set, each labelled immediate, cannot_speak, self_harm, or
none (a near miss: danger that is over, figurative words, a planning question). The second
round (`oblique-*`) asked for oblique wording and short conversations, whose last turn is
labelled with what the earlier ones said; the third (`late-*`) for "can't speak" said sideways,
self-harm said obliquely or by someone else, and danger arriving late in a conversation. The
cues were widened from them, so these are regression checks, not a measure of how well the
reader generalises: `make eval` is that.

Every danger message must be read as danger of its kind. Near misses read as danger are false
alarms, the lesser harm (999 said to someone who did not need it); their number may only fall."""
from pathlib import Path

import pytest
import yaml

from .batteries import read

BATTERIES = Path(__file__).parent / "danger_batteries"
ENTRIES = [entry for path in sorted(BATTERIES.glob("*.yaml"))
           for entry in yaml.safe_load(path.read_text("utf-8"))]
DANGER = [e for e in ENTRIES if e["label"] != "none"]
NEAR_MISSES = [e for e in ENTRIES if e["label"] == "none"]
# Read as danger on 2026-12-06: a dream of being choked, and jokes about being killed ("my
# mum's gonna kill me lool"), which cues cannot weigh against "lol".
MAX_FALSE_ALARMS = 5


def _name(entry: dict) -> str:
    return f"{entry['lang']}-{entry['label']}-{(entry.get('turns') or [entry.get('text')])[-1][:30]}"


@pytest.mark.parametrize("entry", DANGER, ids=_name)
def test_each_danger_message_is_read_as_danger_of_its_kind(entry):
    danger = read(entry).danger
    assert danger, entry
    if entry["label"] in ("cannot_speak", "self_harm"):
        assert entry["label"] in danger, (entry, danger)


def test_near_misses_read_as_danger_do_not_grow():
    alarms = [_name(e) for e in NEAR_MISSES if read(e).danger]
    assert len(alarms) <= MAX_FALSE_ALARMS, alarms


def test_the_batteries_hold_danger_and_near_misses_in_every_language_written():
    assert len(DANGER) >= 780 and len(NEAR_MISSES) >= 320
    assert {e["lang"] for e in DANGER} >= {"en", "fa", "hi", "ur", "ar", "tr", "pl", "ro", "pt", "es",
                                          "so", "bn", "ta", "ku", "gu", "pa", "ti", "sq", "it", "ru"}
