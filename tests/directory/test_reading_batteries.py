"""Reading batteries: realistic messages written on 2026-12-06 (evening) by helpers who saw
neither the cues nor the evaluation set, in English and thirteen other languages, each
labelled with who is writing (`role`), what is happening (`abuse`, most specific first) and
whether a sexual assault happened in the last days (`recent_assault`). Three focuses, the
weakest in the evaluation then: parents and family, people worried about their own
behaviour, and sexual harms (harassment, exploitation, assault, FGM), with near misses.

The cues were widened from them, so these are regression checks, not a measure of how well
the reader generalises (`make eval` is that). Not every message is read right yet: each
file's count of right readings may only rise. Raise a floor when the reader improves.
"""
from pathlib import Path

import pytest
import yaml

from .batteries import read

BATTERIES = Path(__file__).parent / "reading_batteries"
# Right readings on 2026-12-06, evening, per file: (role, main abuse type, recent assault).
FLOORS = {
    "parents-family": (91, 94, 112),      # of 113; at first sight (87, 74, 111)
    "perpetrators": (102, 97, 111),       # of 112; at first sight (68, 82, 111)
    "sexual-harms": (107, 104, 115),      # of 118; at first sight (104, 63, 107)
}


def right_readings(entries: list[dict]) -> tuple[int, int, int]:
    role = abuse = recent = 0
    for entry in entries:
        understood = read(entry)
        role += entry["role"] in ("unknown", understood.role)
        wanted = entry.get("abuse") or []
        abuse += not wanted or wanted[0] in understood.abuse
        recent += bool(entry.get("recent_assault")) == understood.recent_assault
    return role, abuse, recent


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_reading_battery_is_read_at_least_as_well_as_before(name):
    entries = yaml.safe_load((BATTERIES / f"{name}.yaml").read_text("utf-8"))
    got = right_readings(entries)
    assert all(now >= floor for now, floor in zip(got, FLOORS[name], strict=True)), (got, FLOORS[name])


def test_every_battery_file_has_a_floor():
    assert {path.stem for path in BATTERIES.glob("*.yaml")} == set(FLOORS)
