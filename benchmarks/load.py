"""Load and fault benchmark: Signpost served as `make run` serves it, attacked on loopback.

Starts bin/run-all (the supervisor with the site, the API process, the action server and
Rasa) over a temporary seeded SQLite directory, waits for the model, then prints:

1. 200 page users, open loop (each asks for a page every 5 s: 40 requests/s), p50/p95/p99
   and errors. Latency counts from when a request was due, so a slow server is not hidden.
2. Saturation of each page type: 200 connections in a closed loop, requests/s and p95.
3. 20 chat users at once: p95, timeouts, and the share of replies carrying the National
   Domestic Abuse Helpline (from the assistant or the fallback).
4. /help-now while 150 idle connections are open.
5. Killing Rasa, then the action server: how soon chats are answered again, and how soon
   the assistant itself answers again after the supervisor restarts it.

Bounded in count and time (about 6 minutes; --seconds shortens each phase) and loopback
only. Usage: python benchmarks/load.py [--seconds 60]   (needs `make bot-model` first)
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from signpost_common.emergency import NATIONAL_HELPLINE_PHONE  # noqa: E402
from tests.support.assistant import free_port  # noqa: E402
from tests.support.served import ROOT, seeded_environment, stop, wait_for  # noqa: E402
from web.chat.sessions import new_csrf_token  # noqa: E402

HELPLINE = NATIONAL_HELPLINE_PHONE
FALLBACK_SAYS = "Our assistant is not available right now"
CHAT_MESSAGES = ["he hits me when he drinks", "my husband hits me and controls all my money",
                 "my boyfriend pushes me around and i am scared of him", "my partner hit me last night",
                 "he shouts at me and hurts me"]
CLIENT_TIMEOUT = 30.0


# -- a small HTTP/1.1 client on asyncio: light enough not to be the bottleneck ----------------

async def fetch(port: int, method: str, path: str, body: bytes = b"",
                content_type: str = "application/json") -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                f"Content-Length: {len(body)}\r\nContent-Type: {content_type}\r\n\r\n")
        writer.write(head.encode() + body)
        await writer.drain()
        data = await reader.read()
    finally:
        writer.close()
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data.split(b"\r\n\r\n", 1)[-1]


async def timed(port: int, method: str, path: str, body: bytes = b"", due: float | None = None):
    start = due if due is not None else time.perf_counter()
    try:
        status, content = await asyncio.wait_for(fetch(port, method, path, body), CLIENT_TIMEOUT)
    except (TimeoutError, OSError, IndexError, ValueError):
        status, content = 0, b""
    return time.perf_counter() - start, status, content


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# -- the phases ------------------------------------------------------------------------------

def page_mix(service_ids: list[str]) -> dict[str, str]:
    return {"home": "/", "help-now": "/help-now", "search": "/search?q=he+hits+me+N17",
            "service": f"/services/{service_ids[0]}", "browse": "/browse/area",
            "chat page": "/chat", "api search": "/api/services?search=domestic+abuse"}


async def open_loop(port: int, paths: list[str], users: int, every: float, seconds: float):
    results = []
    begin = time.perf_counter()

    async def user(n: int) -> None:
        due = begin + every * n / users  # staggered, so the rate is even
        i = n
        while due < begin + seconds:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            results.append(await timed(port, "GET", paths[i % len(paths)], due=due))
            i += 1
            due += every

    await asyncio.gather(*(user(n) for n in range(users)))
    return results, time.perf_counter() - begin


async def closed_loop(port: int, path: str, connections: int, seconds: float):
    results, stop_at = [], time.perf_counter() + seconds

    async def worker() -> None:
        while time.perf_counter() < stop_at:
            results.append(await timed(port, "GET", path))

    begin = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return results, time.perf_counter() - begin


def chat_body(secret: str, message: str, session: str | None) -> bytes:
    return json.dumps({"session": session, "message": message, "lang": "en",
                       "csrf": new_csrf_token(secret)}).encode()


async def chat_users(port: int, secret: str, users: int, seconds: float):
    results, stop_at = [], time.perf_counter() + seconds

    async def user(n: int) -> None:
        session, turn = None, n
        while time.perf_counter() < stop_at:
            message = CHAT_MESSAGES[turn % len(CHAT_MESSAGES)]
            elapsed, status, content = await timed(port, "POST", "/chat/messages",
                                                   chat_body(secret, message, session))
            text = ""
            if status == 200:
                body = json.loads(content)
                session = body["session"] if turn % 3 else None  # new conversations too
                text = " ".join(m["text"] for m in body["messages"])
            results.append((elapsed, status, text))
            turn += 1
            await asyncio.sleep(1.0)  # reading the reply

    await asyncio.gather(*(user(n) for n in range(users)))
    return results


def chat_once(port: int, secret: str) -> str:
    reply = requests.post(f"http://127.0.0.1:{port}/chat/messages", timeout=CLIENT_TIMEOUT, data=chat_body(
        secret, CHAT_MESSAGES[0], None), headers={"Content-Type": "application/json"})
    return " ".join(m["text"] for m in reply.json()["messages"]) if reply.ok else ""


def assistant_answers(port: int, secret: str) -> bool:
    text = chat_once(port, secret)
    return FALLBACK_SAYS not in text and HELPLINE in text


def seconds_or_never(value: float | None) -> str:
    return f"{value:.1f} s" if value is not None else "never"


def until(check, limit: float) -> float | None:
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        try:
            if check():
                return time.perf_counter() - started
        except (requests.RequestException, ValueError):
            pass
        time.sleep(0.2)
    return None


def report_requests(label: str, results, elapsed: float) -> None:
    times = [t for t, status, _ in results if status]
    errors = sum(1 for _, status, _ in results if status == 0 or status >= 500 or status == 429)
    print(f"  {label:<12} {len(results) / elapsed:6.1f} req/s  p50 {ms(percentile(times, .5)):>8}  "
          f"p95 {ms(percentile(times, .95)):>8}  p99 {ms(percentile(times, .99)):>8}  "
          f"errors {errors}/{len(results)}")


def started_pid(log: Path, name: str) -> int:
    return int(re.findall(rf"started {name} \(pid (\d+)\)", log.read_text())[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="length of the load phases")
    parser.add_argument("--saturation-seconds", type=float, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        env = seeded_environment(folder)
        port = free_port()
        ports = {"PORT": port, "SIGNPOST_API_PORT": free_port(), "SIGNPOST_ACTIONS_PORT": free_port(),
                 "RASA_PORT": free_port()}
        env.update({k: str(v) for k, v in ports.items()})
        env["SIGNPOST_TRACKER_DB"] = str(folder / "conversations.sqlite3")
        log = folder / "run-all.log"
        with log.open("ab") as out:
            supervisor = subprocess.Popen([str(ROOT / "bin" / "run-all")], cwd=ROOT, env=env, stdout=out,
                                          stderr=subprocess.STDOUT, start_new_session=True)
        try:
            run(args, port, env["SECRET_KEY"], log, supervisor)
        finally:
            stop(supervisor)


def run(args, port: int, secret: str, log: Path, supervisor) -> None:
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    wait_for(f"{base}/help-now", 120, supervisor)
    loaded = until(lambda: assistant_answers(port, secret), 300)
    print(f"Signpost load benchmark, {dt.date.today()}, {os.cpu_count()} cores "
          f"(assistant ready after {time.perf_counter() - started:.0f} s; loaded={loaded is not None})")
    ids = [s["id"] for s in requests.get(f"{base}/api/services?per_page=5", timeout=30).json()["contents"]]
    mix = page_mix(ids)

    print(f"\n1. 200 page users, open loop, 40 requests/s for {args.seconds:.0f} s (target: p95 < 500 ms, "
          "0 errors)")
    results, elapsed = asyncio.run(open_loop(port, list(mix.values()), 200, 5.0, args.seconds))
    report_requests("page mix", results, elapsed)

    print(f"\n2. Saturation, 200 connections, closed loop, {args.saturation_seconds:.0f} s per page type")
    for label, path in mix.items():
        results, elapsed = asyncio.run(closed_loop(port, path, 200, args.saturation_seconds))
        report_requests(label, results, elapsed)

    print(f"\n3. 20 chat users for {args.seconds:.0f} s, 1 s between messages (target: 100% with the "
          "helpline, no timeouts)")
    chats = asyncio.run(chat_users(port, secret, 20, args.seconds))
    times = [t for t, status, _ in chats if status == 200]
    helpline = sum(1 for _, status, text in chats if status == 200 and HELPLINE in text)
    fallback = sum(1 for _, _, text in chats if FALLBACK_SAYS in text)
    timeouts = sum(1 for _, status, _ in chats if status == 0)
    print(f"  {len(chats)} replies  p50 {ms(percentile(times, .5))}  p95 {ms(percentile(times, .95))}  "
          f"timeouts {timeouts}  errors {sum(1 for _, s, _ in chats if s not in (0, 200))}  "
          f"with the helpline {100 * helpline / max(1, len(chats)):.1f}%  "
          f"(from the fallback: {fallback})")

    print("\n4. /help-now with 150 idle connections open (target: answered at once)")
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(150)]
    try:
        samples = [asyncio.run(timed(port, "GET", "/help-now")) for _ in range(20)]
    finally:
        for s in idle:
            s.close()
    ok = [t for t, status, _ in samples if status == 200]
    print(f"  {len(ok)}/20 answered  p50 {ms(percentile(ok, .5))}  max {ms(max(ok) if ok else 0)}")

    print("\n5. Faults (the supervisor restarts what dies)")
    for name in ("rasa", "actions"):
        os.killpg(started_pid(log, name), signal.SIGKILL)
        killed = time.perf_counter()
        answered = until(lambda: HELPLINE in chat_once(port, secret), 60)
        back = until(lambda: assistant_answers(port, secret), 300)
        back_after = time.perf_counter() - killed if back is not None else None
        site_ok = requests.get(f"{base}/help-now", timeout=10).status_code == 200
        print(f"  {name} killed: chats answered with the helpline after {seconds_or_never(answered)}; "
              f"the assistant itself again after {seconds_or_never(back_after)}; site answering: {site_ok}")


if __name__ == "__main__":
    main()
