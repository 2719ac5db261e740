"""Danger batteries: realistic messages in 16 languages, written on 2026-12-06 by helpers who saw
neither the cues nor the evaluation set, each labelled immediate, cannot_speak, self_harm, or
none (a near miss: danger that is over, figurative words, a planning question). The cues were
widened from them, so these are regression checks, not a measure of how well the reader
generalises: `make eval` is that.

Every danger message must be read as danger of its kind. Near misses read as danger are false
alarms, the lesser harm (999 said to someone who did not need it); their number may only fall."""
from pathlib import Path

import pytest
import yaml

from directory.signposting import understand

BATTERIES = Path(__file__).parent / "danger_batteries"
ENTRIES = [entry for path in sorted(BATTERIES.glob("*.yaml")) for entry in yaml.safe_load(path.read_text("utf-8"))]
DANGER = [e for e in ENTRIES if e["label"] != "none"]
NEAR_MISSES = [e for e in ENTRIES if e["label"] == "none"]
# Read as danger on 2026-12-06: "killed me" of a TV episode and of a heatwave, "I could murder
# a cuppa", a late husband's locking in, a dream of being choked.
MAX_FALSE_ALARMS = 5


@pytest.mark.parametrize("entry", DANGER, ids=lambda e: f"{e['lang']}-{e['label']}-{e['text'][:30]}")
def test_each_danger_message_is_read_as_danger_of_its_kind(entry):
    danger = understand(entry["text"]).danger
    assert danger, entry
    if entry["label"] in ("cannot_speak", "self_harm"):
        assert entry["label"] in danger, (entry, danger)


def test_near_misses_read_as_danger_do_not_grow():
    alarms = [e["text"] for e in NEAR_MISSES if understand(e["text"]).danger]
    assert len(alarms) <= MAX_FALSE_ALARMS, alarms


def test_the_batteries_hold_danger_and_near_misses_in_every_language_written():
    assert len(DANGER) >= 300 and len(NEAR_MISSES) >= 120
    assert {e["lang"] for e in DANGER} >= {"en", "fa", "hi", "ur", "ar", "tr", "pl", "ro", "pt", "es",
                                          "so", "bn", "ta", "ku", "gu"}
