"""A really trained, really running assistant for end-to-end tests.

Starts the rasa-sdk action server and Rasa (REST channel) from the assistant's own Python 3.10
environment, both on 127.0.0.1, with the model `make bot-model` trained. Nothing is mocked:
the actions ask the live test site's HSDS API, as in production.
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"
BOT_BIN = BOT / ".venv" / "bin"
MODEL = BOT / "models" / "current.tar.gz"
STARTUP_SECONDS = 240


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningAssistant:
    def __init__(self, api_url: str, workdir: Path, idle_minutes: int = 30, debug_logs: bool = False):
        if not MODEL.exists():
            raise RuntimeError(f"No trained model at {MODEL}: run `make bot-model` first.")
        self.rasa_port, self.actions_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.rasa_port}"
        self.tracker_db = workdir / "conversations.sqlite3"
        env = {**os.environ, "SANIC_HOST": "127.0.0.1", "SIGNPOST_API_URL": api_url,
               "SIGNPOST_ACTIONS_URL": f"http://127.0.0.1:{self.actions_port}/webhook",
               "SIGNPOST_TRACKER_DB": str(self.tracker_db), "PYTHONPATH": str(BOT),
               "SIGNPOST_CHAT_IDLE_MINUTES": str(idle_minutes),
               "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "RASA_TELEMETRY_ENABLED": "false"}
        self.logs = workdir / "assistant.log"
        self._log_file = log = self.logs.open("w")
        self.processes = [
            subprocess.Popen([str(BOT_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
                              "-p", str(self.actions_port), *(["-vv"] if debug_logs else [])],
                             cwd=BOT, env=env, stdout=log,
                             stderr=subprocess.STDOUT),
            subprocess.Popen([str(BOT_BIN / "rasa"), "run", "--interface", "127.0.0.1", "--port",
                              str(self.rasa_port), "--credentials", "credentials.yml",
                              "--endpoints", "endpoints.yml", "--model", str(MODEL),
                             *(["--debug"] if debug_logs else [])],
                             cwd=BOT, env=env, stdout=log, stderr=subprocess.STDOUT),
        ]

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if any(p.poll() is not None for p in self.processes):
                raise RuntimeError("the assistant stopped:\n" + self.logs.read_text()[-3000:])
            try:
                reply = requests.post(f"{self.url}/webhooks/rest/webhook", timeout=30,
                                      json={"sender": "readiness-probe", "message": "stop"})
                if reply.ok and reply.json():
                    return
            except requests.RequestException:
                pass
            time.sleep(2)
        raise RuntimeError("the assistant did not start in time:\n" + self.logs.read_text()[-3000:])

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        self._log_file.close()
