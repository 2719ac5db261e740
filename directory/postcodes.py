"""London postcode districts to boroughs, so "N17" or "HA1 2AB" finds local services."""
from __future__ import annotations

import re
from functools import cache

import yaml

from .taxonomy import SEED_DATA

_DISTRICT = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?)(?:\s*[0-9][A-Z]{2})?\b")


@cache
def district_boroughs() -> dict[str, list[str]]:
    data = yaml.safe_load((SEED_DATA / "london-postcode-districts.yaml").read_text("utf-8"))
    return {str(k).upper(): list(v) for k, v in data["districts"].items()}


def find_district(text: str) -> str | None:
    """The first London postcode district mentioned in free text, if any."""
    table = district_boroughs()
    for match in _DISTRICT.finditer(text.upper()):
        district = match.group(1)
        # EC1A and SW1P are filed as EC1 and SW1; N29 (a night bus) is no N2.
        for candidate in (district, district[:-1] if district[-1].isalpha() else district):
            if candidate in table:
                return candidate
    return None


def boroughs_for(text: str) -> list[str]:
    district = find_district(text)
    return district_boroughs()[district] if district else []
