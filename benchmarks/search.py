"""Search benchmark: a synthetic UK-wide directory at 10,000 and 100,000 services.

For each size it prints the Whoosh index build time, p50/p95 query latency and queries per
second for the real search path (query understanding, index query with filters, ranking),
beside a SQLite FTS5 baseline answering the same queries (BM25, same filters, no query
understanding). Targets: p95 under 20 ms at 10,000 services and under 60 ms at 100,000, on one
core. Usage: python benchmarks/search.py [--sizes 10000 100000] [--repeats 5]
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from directory.hours import WeeklyHours, open_slots  # noqa: E402
from directory.search.filters import resolve_filters  # noqa: E402
from directory.search.index import SearchIndex  # noqa: E402
from directory.search.ranking import rank  # noqa: E402
from directory.search.request import SearchRequest  # noqa: E402
from directory.search.understanding import Lexicon, understand, words  # noqa: E402
from directory.taxonomy import build_term_index, read_taxonomy_file  # noqa: E402

TOWNS = ["Leeds", "Cardiff", "Glasgow", "Belfast", "Bristol", "Norwich", "Hull", "Derby",
         "Swansea", "Dundee", "Exeter", "York", "Bradford", "Luton", "Wrexham", "Carlisle"]
KINDS = ["Women's Aid", "Rape Crisis", "Advocacy Service", "Refuge", "Outreach Team",
         "Counselling Service", "Family Support", "Helpline", "Young People's Service",
         "Legal Advice Centre", "Drop-in", "Survivors' Group"]
QUERIES = [
    ("he hits me when he drinks", {}), ("sexual asault haringey", {}), ("forced mariage", {}),
    ("my family says I shamed them", {}), ("he reads all my messages", {}),
    ("somewhere safe to stay", {"borough": "haringey"}), ("refuge", {"borough": "N17"}),
    ("stalking", {}), ("he tracks my phone", {}), ("they took my passport", {}),
    ("counselling after rape", {"borough": "harrow"}), ("fgm", {"language": "so"}),
    ("my boyfriend controls my money", {}), ("", {"borough": "camden"}),
    ("", {"abuse_type": "domestic_abuse", "borough": "hackney"}), ("legal advice visa", {}),
    ("i think my sister is being hurt", {}), ("older people abuse", {}),
    ("lgbt domestic abuse", {}), ("he is outside and will kill me", {}),
    ("help", {"audience": "men"}), ("domestic abuse", {"open_now": True}),
]


def synthetic_documents(count: int, terms, seed: int = 7):
    rng = random.Random(seed)
    abuse = [t for t in terms.in_taxonomy("abuse-type")]
    kinds = [t.code for t in terms.in_taxonomy("service-type")]
    audiences = [t.code for t in terms.in_taxonomy("audience")]
    boroughs = [t.code for t in terms.in_taxonomy("area") if t.parent == "london"]
    languages = [t.code for t in terms.in_taxonomy("language")]
    hours = ["MO,TU,WE,TH,FR 09:00-17:00", "MO,TU,WE,TH,FR,SA,SU 00:00-23:59",
             "TU,TH 10:00-14:00", ""]
    for n in range(count):
        chosen = rng.sample(abuse, rng.randint(1, 3))
        keyword_words = [k for t in chosen for k in rng.sample(t.keywords, min(6, len(t.keywords)))]
        town = rng.choice(TOWNS)
        area = rng.choice(boroughs) if rng.random() < 0.3 else f"{town.lower()}_{n % 40}"
        area = "national" if rng.random() < 0.01 else area
        opening = rng.choice(hours)
        yield {
            "id": f"svc-{n:06d}", "name": f"{town} {rng.choice(KINDS)} {n}",
            "organization": f"{town} Trust {n % 997}",
            "description": " ".join(rng.sample(keyword_words, min(5, len(keyword_words)))),
            "keywords": " ".join([t.name for t in chosen] + keyword_words),
            "abuse_types": " ".join(t.code for t in chosen),
            "service_types": " ".join(rng.sample(kinds, 2)),
            "audiences": " ".join(rng.sample(audiences, 2)),
            "risk_levels": rng.choice(["high", "medium standard", "high medium standard"]),
            "primary_for": "", "term_ids": "", "areas": area,
            "languages": " ".join(rng.sample(languages, rng.randint(0, 3))),
            "organization_id": f"org-{n % 997}",
            "always_open": opening.startswith("MO,TU,WE,TH,FR,SA"),
            "open_slots": " ".join(open_slots([WeeklyHours.decode(opening)] if opening else [])),
            "hours": opening, "priority": round(rng.choice([0.0, 0.1, 0.25, 0.45]), 3),
            "verified_national": area == "national", "status": "active",
        }


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run_whoosh(documents: list[dict], terms, lexicon, repeats: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        index = SearchIndex(Path(tmp))
        started = time.perf_counter()
        index.rebuild(iter(documents))
        build = time.perf_counter() - started

        def one(text: str, filters: dict) -> None:
            understanding = understand(text, lexicon)
            resolved = resolve_filters(SearchRequest(text=text, **filters), terms, lexicon,
                                       understanding.boroughs)
            candidates, _total = index.search(understanding, resolved, 200)
            rank(candidates, understanding, resolved.boroughs)[:20]

        timings = time_queries(one, repeats)
        index.close()
    return {"build_s": build, "timings": timings}


def time_queries(run_one, repeats: int) -> list[float]:
    """Milliseconds per query over `repeats` runs of every query, after one warm-up run."""
    for text, filters in QUERIES:
        run_one(text, filters)
    timings = []
    for _ in range(repeats):
        for text, filters in QUERIES:
            started = time.perf_counter()
            run_one(text, filters)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def run_fts5(documents: list[dict], terms, lexicon, repeats: int) -> dict:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, name, organization, keywords, "
               "description, areas, abuse_types, audiences, languages, tokenize='porter unicode61')")
    started = time.perf_counter()
    db.executemany("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?)", (
        (d["id"], d["name"], d["organization"], d["keywords"], d["description"], d["areas"],
         d["abuse_types"], d["audiences"], d["languages"]) for d in documents))
    db.commit()
    build = time.perf_counter() - started

    def one(text: str, filters: dict) -> None:
        resolved = resolve_filters(SearchRequest(text=text, **filters), terms, lexicon, [])
        clauses = []
        tokens = [w for w in words(text) if w.isalnum()]
        if tokens:
            clauses.append("{name organization keywords description}: (" +
                           " OR ".join(f'"{w}"' for w in tokens) + ")")
        if resolved.areas:
            clauses.append("areas: (" + " OR ".join(f'"{a}"' for a in resolved.areas) + ")")
        if resolved.abuse_type:
            clauses.append(f'abuse_types: "{resolved.abuse_type}"')
        if resolved.audience:
            clauses.append(f'audiences: ("{resolved.audience}" OR "anyone")')
        if resolved.language:
            clauses.append(f'languages: "{resolved.language}"')
        if clauses:
            db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 20",
                       (" AND ".join(clauses),)).fetchall()
        else:
            db.execute("SELECT id FROM docs LIMIT 20").fetchall()

    timings = time_queries(one, repeats)
    db.close()
    return {"build_s": build, "timings": timings}


def report(label: str, size: int, result: dict) -> None:
    t = result["timings"]
    qps = len(t) / (sum(t) / 1000)
    print(f"{size:>8,} {label:<8} build {result['build_s']:7.1f} s   p50 {percentile(t, .5):6.1f} ms"
          f"   p95 {percentile(t, .95):6.1f} ms   {qps:7.1f} q/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    terms = build_term_index(read_taxonomy_file())
    lexicon = Lexicon.from_terms(terms)
    print(f"{len(QUERIES)} queries x {args.repeats} runs after one warm-up run; one core")
    for size in args.sizes:
        documents = list(synthetic_documents(size, terms))
        report("whoosh", size, run_whoosh(documents, terms, lexicon, args.repeats))
        report("fts5", size, run_fts5(documents, terms, lexicon, args.repeats))


if __name__ == "__main__":
    main()
