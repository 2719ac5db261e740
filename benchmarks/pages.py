"""Page weight and time to first byte for every kind of public page.

Starts the real site itself (waitress on 127.0.0.1, a free port) over a temporary SQLite
database loaded with the seed data and reindexed, then for each page type prints the bytes a
first visit downloads (HTML + CSS + JS, raw and gzipped) and the median time to first byte.
Exits non-zero if any page type is over the 20 KB gzipped budget.

    .venv/bin/python benchmarks/pages.py [--repeat 15]
"""
from __future__ import annotations

import argparse
import gzip
import http.client
import statistics
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from waitress.server import create_server  # noqa: E402

from tests.support.public_site import PAGE_TYPES, dispose, seeded_app  # noqa: E402
from web.config import Config  # noqa: E402

BUDGET_BYTES = 20 * 1024
GZIP_LEVEL = 6  # what a typical server's gzip uses


class AssetFinder(HTMLParser):
    """The stylesheets and scripts a page makes the browser download."""

    def __init__(self):
        super().__init__()
        self.assets: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "link" and "stylesheet" in (found.get("rel") or "") and found.get("href"):
            self.assets.append(found["href"])
        elif tag == "script" and found.get("src"):
            self.assets.append(found["src"])


def fetch(port: int, path: str, encoding: str = "identity") -> tuple[bytes, float]:
    """The body as sent, and seconds from sending the request to the response's first bytes."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        started = time.perf_counter()
        connection.request("GET", path, headers={"Accept-Encoding": encoding})
        response = connection.getresponse()
        first_byte = time.perf_counter() - started
        return response.read(), first_byte
    finally:
        connection.close()


def measure(port: int, path: str, repeat: int) -> dict:
    html, _ = fetch(port, path)  # warm-up: first use of a template compiles it
    timings = [fetch(port, path)[1] for _ in range(repeat)]
    finder = AssetFinder()
    finder.feed(html.decode("utf-8"))
    bodies = [html] + [fetch(port, asset)[0] for asset in finder.assets]
    served = [fetch(port, p, "gzip")[0] for p in [path, *finder.assets]]
    return {
        "served": sum(len(b) for b in served),
        "html": len(html), "html_gz": len(gzip.compress(html, GZIP_LEVEL)),
        "raw": sum(len(b) for b in bodies),
        "gzip": sum(len(gzip.compress(b, GZIP_LEVEL)) for b in bodies),
        "ttfb_ms": statistics.median(timings) * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per page")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="signpost-pages-") as folder:
        # The real guidance in content/, as the site serves it (the tests use fixture content).
        app = seeded_app(Path(folder), CONTENT_DIR=Config.CONTENT_DIR)
        server = create_server(app, host="127.0.0.1", port=0, threads=4)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            rows = {name: measure(server.effective_port, path, args.repeat)
                    for name, path in PAGE_TYPES.items()}
        finally:
            # Workers first, then the listener from inside waitress's own loop: a clean stop.
            server.task_dispatcher.shutdown(timeout=10)
            server.trigger.pull_trigger(server.close)
            thread.join(10)
            dispose(app)

    print(f"Public pages on a first visit (HTML + CSS + JS; gzip level {GZIP_LEVEL}; "
          f"budget {BUDGET_BYTES // 1024} KB gzipped; TTFB median of {args.repeat})")
    header = (f"{'page type':<28} {'HTML':>7} {'HTML gz':>8} {'all raw':>8} {'all gz':>7} "
              f"{'served':>7} {'TTFB':>9}")
    print(header)
    print("-" * len(header))
    over = []
    for name, row in rows.items():
        flag = "  OVER BUDGET" if row["gzip"] > BUDGET_BYTES else ""
        print(f"{name:<28} {row['html']:>7} {row['html_gz']:>8} {row['raw']:>8} "
              f"{row['gzip']:>7} {row['served']:>7} {row['ttfb_ms']:>7.1f}ms{flag}")
        if flag:
            over.append(name)
    largest = max(rows, key=lambda name: rows[name]["gzip"])
    print("\nHTML = the page alone; all = page + CSS + JS; gz = gzipped here at level "
          f"{GZIP_LEVEL}; served = bytes the site itself sends to a browser accepting gzip.")
    print(f"Largest: {largest}, {rows[largest]['gzip']} bytes gzipped "
          f"({rows[largest]['gzip'] / BUDGET_BYTES:.0%} of the budget).")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
