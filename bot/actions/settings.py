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


def load_settings() -> Settings:
    return Settings(
        api_url=os.environ.get("SIGNPOST_API_URL", "http://127.0.0.1:5000/api").rstrip("/"),
        translations_dir=Path(os.environ.get("SIGNPOST_TRANSLATIONS_DIR", REPO / "translations")),
        idle_minutes=chat_idle_minutes(),
        timeout_seconds=float(os.environ.get("SIGNPOST_API_TIMEOUT", "3")),
    )
