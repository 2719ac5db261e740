"""The shared facts, read once from facts.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

FACTS_FILE = Path(__file__).resolve().parent / "facts.yaml"


@lru_cache(maxsize=1)
def facts() -> dict:
    return yaml.safe_load(FACTS_FILE.read_text("utf-8"))
