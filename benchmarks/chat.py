"""Chat benchmark: reply latency through /chat/messages to a trained, running assistant.

Starts the site (a temporary SQLite directory with the seed data) on 127.0.0.1, the action
server and Rasa with the current model, waits until the model is loaded, then sends a fixed
set of messages in fresh and continuing conversations, one at a time and then --concurrent
conversations at once (default 20). Prints p50/p95 reply latency for each (target: p95 under
300 ms once the model is loaded), any failed replies, and the resident memory of each process.
Usage: python benchmarks/chat.py [--rounds 5] [--concurrent 20]   (needs `make bot-model` first)
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.assistant import RunningAssistant  # noqa: E402
from tests.support.public_site import LiveServer, dispose, seeded_app  # noqa: E402
from web.chat.sessions import new_csrf_token  # noqa: E402

MESSAGES = ["hello", "he hits me when he drinks", "N17", "my ex keeps following me",
            "mi marido me pega", "i think my sister is being hurt", "what happens if i tell",
            "can i talk to a real person", "he is outside and says he will kill me", "thanks"]


def resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def report(label: str, timings: list[float | None]) -> None:
    answered = sorted(t for t in timings if t is not None)
    failed = len(timings) - len(answered)
    p95 = answered[min(len(answered) - 1, round(0.95 * (len(answered) - 1)))]
    print(f"{label}: {len(answered)} replies, p50 {statistics.median(answered):.0f} ms, "
          f"p95 {p95:.0f} ms, max {answered[-1]:.0f} ms, {failed} failed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--concurrent", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = seeded_app(Path(folder))
        with LiveServer(app) as live:
            assistant = RunningAssistant(api_url=f"{live.url}/api", workdir=Path(folder))
            try:
                app.config["RASA_URL"] = assistant.url
                started = time.perf_counter()
                assistant.wait_until_ready()
                print(f"model loaded in {time.perf_counter() - started:.1f} s")

                def conversation() -> list[float]:
                    """One conversation through every message; each reply's time in ms, or
                    None for a reply that failed."""
                    http, session, times = requests.Session(), None, []
                    for message in MESSAGES:
                        t0 = time.perf_counter()
                        reply = http.post(f"{live.url}/chat/messages", timeout=30, json={
                            "session": session, "message": message, "lang": "en",
                            "csrf": new_csrf_token(app.config["SECRET_KEY"])})
                        ok = reply.status_code == 200 and reply.json().get("messages")
                        times.append((time.perf_counter() - t0) * 1000 if ok else None)
                        session = reply.json().get("session") if ok else None
                    return times

                pids = {"site": os.getpid(), "action server": assistant.processes[0].pid,
                        "rasa": assistant.processes[1].pid}
                conversation()  # warms every code path
                used = {name: cpu_seconds(pid) for name, pid in pids.items()}
                timings = [t for _ in range(args.rounds) for t in conversation()]
                report("one conversation at a time", timings)
                # Where a reply's time goes: with two cores, 20 at once queue for them.
                # (The site's figure includes this script's own client threads.)
                print("CPU per reply: " + ", ".join(
                    f"{name} {(cpu_seconds(pid) - used[name]) * 1000 / len(timings):.0f} ms"
                    for name, pid in pids.items()))
                with ThreadPoolExecutor(args.concurrent) as pool:
                    together = [t for times in pool.map(lambda _: conversation(),
                                                         range(args.concurrent)) for t in times]
                report(f"{args.concurrent} conversations at once", together)
                for name, pid in pids.items():
                    print(f"{name:<14} resident memory {resident_kib(pid) / 1024:.0f} MiB")
            finally:
                assistant.stop()
        dispose(app)


if __name__ == "__main__":
    main()
