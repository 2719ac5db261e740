"""Keeps Signpost's processes running: a dead one is restarted, and the others carry on.

The site never goes down with the assistant: if Rasa or the action server dies, the site
keeps answering (the chat falls back to the directory's helplines) while the dead process is
restarted, after a pause that doubles on each quick crash (1 s up to 30 s) so a process that
cannot start does not spin. Stopping the supervisor (Ctrl-C, SIGTERM) stops every process.

`bin/run-all` starts it; `SIGNPOST_PROCESSES` chooses which processes run here (a comma
list; by default all of them), for example when Rasa runs on another machine.
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("signpost.supervisor")
ROOT = Path(__file__).resolve().parents[2]
FIRST_PAUSE, LONGEST_PAUSE, STEADY_SECONDS = 1.0, 30.0, 60.0
STOP_GRACE_SECONDS = 10.0


@dataclass
class Program:
    name: str
    command: list[str]
    cwd: Path = ROOT
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    pause: float = FIRST_PAUSE
    restart_at: float | None = None
    restarts: int = 0

    def start(self) -> None:
        # Its own process group, so stopping it also stops anything it started.
        self.process = subprocess.Popen(self.command, cwd=self.cwd, env={**os.environ, **self.env},
                                        start_new_session=True)
        self.started_at, self.restart_at = time.monotonic(), None
        log.info("started %s (pid %s)", self.name, self.process.pid)

    def send_signal(self, number: int) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):  # it has just exited
                os.killpg(self.process.pid, number)


def programs(env: dict[str, str] | None = None) -> list[Program]:
    """Everything Signpost runs, on loopback only, from the environment bin/run-all sets."""
    env = env if env is not None else dict(os.environ)
    port, api_port = env.get("PORT", "5000"), env.get("SIGNPOST_API_PORT", "5001")
    actions_port, rasa_port = env.get("SIGNPOST_ACTIONS_PORT", "5055"), env.get("RASA_PORT", "5005")
    bot, python, bot_bin = ROOT / "bot", sys.executable, ROOT / "bot" / ".venv" / "bin"
    site_processes = int(env.get("SIGNPOST_SITE_PROCESSES", "1"))
    site = [python, "-m", "web.serving.server", "--role", "site", "--port", port]
    if site_processes > 1:
        site.append("--reuse-port")
    table = [
        Program("actions", [str(bot_bin / "python"), "-m", "rasa_sdk", "--actions", "actions",
                            "-p", actions_port, "--quiet"], bot, {"SANIC_HOST": "127.0.0.1"}),
        Program("rasa", [str(bot_bin / "rasa"), "run", "--interface", "127.0.0.1", "--port", rasa_port,
                         "--quiet", "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
                         "--model", "models/current.tar.gz"], bot, {"PYTHONPATH": str(bot)}),
        Program("api", [python, "-m", "web.serving.server", "--role", "api", "--port", api_port]),
        *(Program(f"site-{n}" if site_processes > 1 else "site", list(site))
          for n in range(1, site_processes + 1)),
    ]
    chosen = [name.strip() for name in env.get("SIGNPOST_PROCESSES", "").split(",") if name.strip()]
    return [p for p in table if not chosen or p.name.split("-")[0] in chosen]


class Supervisor:
    def __init__(self, table: list[Program], poll_seconds: float = 0.5):
        self.table, self.poll_seconds, self.stopping = table, poll_seconds, False

    def run(self) -> None:
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        for program in self.table:
            program.start()
        try:
            while not self.stopping:
                self.check(time.monotonic())
                time.sleep(self.poll_seconds)
        finally:
            self.stop_all()

    def check(self, now: float) -> None:
        for program in self.table:
            if program.restart_at is not None:
                if now >= program.restart_at:
                    program.restarts += 1
                    program.start()
                continue
            code = program.process.poll() if program.process else None
            if code is None:
                continue
            ran = now - program.started_at
            program.pause = FIRST_PAUSE if ran > STEADY_SECONDS else min(program.pause * 2, LONGEST_PAUSE)
            program.restart_at = now + program.pause
            log.warning("%s exited with code %s after %.0f s; restarting in %.0f s",
                        program.name, code, ran, program.pause)

    def _stop(self, _signum, _frame) -> None:
        self.stopping = True

    def stop_all(self) -> None:
        for program in self.table:
            program.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for program in self.table:
            if program.process is None:
                continue
            try:
                program.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                program.send_signal(signal.SIGKILL)
                program.process.wait(5)
        log.info("stopped")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
    Supervisor(programs()).run()


if __name__ == "__main__":
    main()
