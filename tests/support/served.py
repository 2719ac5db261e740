"""Signpost served as in production, in child processes: the real waitress server, or the
real supervisor, over a seeded SQLite database in a temporary folder."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from tests.support.public_site import FIXTURE_CONTENT, dispose, seeded_app

ROOT = Path(__file__).resolve().parents[2]


def seeded_environment(folder: Path) -> dict[str, str]:
    """Environment for a served site over a seeded database in `folder` (keys given, so the
    repository's own instance folder is never touched)."""
    dispose(seeded_app(folder))
    return {**os.environ, "SIGNPOST_ENV": "development", "PYTHONPATH": str(ROOT),
            "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
            "SEARCH_INDEX_DIR": str(folder / "search-index"), "CONTENT_DIR": str(FIXTURE_CONTENT),
            "SECRET_KEY": "served-test-key-" + "x" * 32, "CHAT_HASH_KEY": "served-chat-" + "y" * 32,
            "SMS_HASH_KEY": "served-sms-" + "z" * 32, "SIGNPOST_TRACKER_DB": str(folder / "t.sqlite3"),
            "RASA_TELEMETRY_ENABLED": "false", "SQLALCHEMY_SILENCE_UBER_WARNING": "1"}


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def server_command(port: int, role: str = "site") -> list[str]:
    return [sys.executable, "-m", "web.serving.server", "--role", role, "--port", str(port)]


def wait_for(url: str, seconds: float = 60, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process serving {url} exited with {process.returncode}")
        try:
            if requests.get(url, timeout=2).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, 15)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(5)
