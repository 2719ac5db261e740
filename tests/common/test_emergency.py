"""The emergency lines and the helpline: said in order, and the vetted list's own numbers."""
from pathlib import Path

import yaml

from signpost_common.emergency import (
    ADVICE,
    DEFAULT_ADVICE,
    EMERGENCY_LINE_ID,
    EMERGENCY_NUMBER,
    IN_DANGER,
    NATIONAL_HELPLINE_ID,
    NATIONAL_HELPLINE_PHONE,
    emergency_messages,
)
from signpost_common.facts import facts

REPOSITORY = Path(__file__).resolve().parents[2]
VETTED = {entry["id"]: entry for entry in yaml.safe_load(
    (REPOSITORY / "directory" / "seed_data" / "national-helplines.yaml").read_text("utf-8"))}
CATALOG = (REPOSITORY / "translations" / "messages.pot").read_text("utf-8")


def test_the_helpline_is_the_vetted_lists_entry_and_names_its_source():
    entry = VETTED[NATIONAL_HELPLINE_ID]
    assert entry["phone"] == NATIONAL_HELPLINE_PHONE
    assert entry["verification"] == "verified" and entry["hours"] == "Phone 24/7"
    assert NATIONAL_HELPLINE_ID in facts()["national_helpline"]["source"]


def test_the_emergency_line_is_the_vetted_lists_999_record():
    assert VETTED[EMERGENCY_LINE_ID]["phone"] == EMERGENCY_NUMBER == "999"
    assert "press 55" in VETTED[EMERGENCY_LINE_ID]["notes"]


def test_999_comes_first_with_a_call_button_then_only_what_fits():
    shout = str.upper
    everything = emergency_messages(shout)
    assert everything[0] == {"text": shout(IN_DANGER), "danger": True, "call": "999",
                             "advice": "call_999"}
    assert [m["text"] for m in everything[1:]] == [shout(ADVICE["silent_solution"]),
                                                   shout(ADVICE["emergency_sms"])]
    assert all(m["danger"] for m in everything)
    overdose = emergency_messages(str, ("call_999", "medical"))
    assert [m["text"] for m in overdose] == [IN_DANGER, ADVICE["medical"]]
    assert len(emergency_messages(str, ("call_999",))) == 1
    assert DEFAULT_ADVICE == ("call_999", "silent_solution", "emergency_sms")


def test_every_sentence_is_in_the_shared_catalog():
    # The catalogs translate these sentences for the site and the assistant alike.
    for sentence in ADVICE.values():
        assert sentence.replace('"', '\\"')[:60] in CATALOG.replace('"\n"', "")
