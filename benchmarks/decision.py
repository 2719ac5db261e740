"""Decision benchmark: the signposting decision alone, in-process, per message.

Seeds a temporary SQLite directory, reads a fixed set of messages (several languages, a place,
danger, a follow-up turn) once to warm up, then --rounds more times through
`signpost_message`, and prints p50/p95/max milliseconds per message. This is the part of a
chat or SMS reply that the directory spends; the rest is the assistant's.
Usage: python benchmarks/decision.py [--rounds 20]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from directory.signposting import signpost_message  # noqa: E402
from tests.support.public_site import dispose, seeded_app  # noqa: E402

MESSAGES = ["my husband hits me and i live near wood green station, what can i do",
            "he raped me last night in camden", "im scared he is outside now",
            "my daughter is 14 and her boyfriend is 22", "kocam beni dövüyor, Tottenham'da oturuyorum",
            "زوجي يضربني", "is there anyone who helps men or is it all for women",
            "mój mąż mnie bije, mieszkam w Harrow", "what can i do", "N17"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = seeded_app(Path(folder))
        handle = app.extensions["directory"]
        times = []
        with handle.session_factory() as session:
            for message in MESSAGES:  # warm-up: models, cues, rules, vocabulary
                signpost_message(session, handle.search, message)
            for _ in range(args.rounds):
                for message in MESSAGES:
                    started = time.perf_counter()
                    signpost_message(session, handle.search, message)
                    times.append((time.perf_counter() - started) * 1000)
        dispose(app)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"signposting decision, {len(times)} messages: p50 {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
