"""Configuration from the environment only."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from signpost_common.retention import chat_idle_minutes

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Settings:
    api_url: str
    translations_dir: Path
    idle_minutes: int
    timeout_seconds: float
    # The languages the intent classifier was trained on (bot/data/nlu/<lang>.yml): in any
    # other, its intents are guesses and are not passed to the directory as hints.
    nlu_languages: frozenset[str]


def load_settings() -> Settings:
    return Settings(
        api_url=os.environ.get("SIGNPOST_API_URL", "http://127.0.0.1:5000/api").rstrip("/"),
        translations_dir=Path(os.environ.get("SIGNPOST_TRANSLATIONS_DIR", REPO / "translations")),
        idle_minutes=chat_idle_minutes(),
        timeout_seconds=float(os.environ.get("SIGNPOST_API_TIMEOUT", "3")),
        nlu_languages=trained_languages(REPO / "bot" / "data" / "nlu"),
    )


def trained_languages(nlu_dir: Path) -> frozenset[str]:
    return frozenset(p.stem for p in nlu_dir.glob("*.yml") if len(p.stem) == 2)
