"""Foundation benchmark: demo generation at scale, database size, search as you type.

Usage: python benchmarks/bench_foundation.py [--people 100000] [--db PATH] [--queries 200]

Generates the demo network (100,000 people, about 20,000 organizations, 150,000
affiliations, 500,000 interactions) into a fresh SQLite file, reports the time and
the file size, then types search terms one keystroke at a time and reports the
median and p95 latency of "first 50 hits sorted by name + total count" per term.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from partnercrm.services.demo_network import generate_demo
from partnercrm.services.people import PersonFilter, count_people, list_person_ids, person_rows
from partnercrm.store.database import open_database

PREFIX_TERMS = ("mü", "müll", "mueller", "gisela mü", "stadt kö", "ki")
SUBSTRING_TERMS = ("schm", "müller", "bürgerengag", "hagensch", "stadt köln", "rheinblick")


def keystrokes(term: str) -> list[str]:
    return [term[:i] for i in range(1, len(term) + 1) if term[:i].strip()]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    fresh = not path.exists()
    db = open_database(str(path))
    if fresh:
        start = time.perf_counter()
        with db.transaction() as session:
            summary = generate_demo(session, people=args.people, seed=1, today=date(2026, 11, 23))
        elapsed = time.perf_counter() - start
        db.engine.dispose()
        print(f"demo generation: {elapsed:.1f} s for {summary}")
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"database size: {path.stat().st_size / 1e6:.0f} MB ({path})")

    def run(term: str) -> tuple[float, int]:
        with db.session() as session:
            began = time.perf_counter()
            person_filter = PersonFilter(query=term)
            ids = list_person_ids(session, filter=person_filter, limit=50)
            person_rows(session, ids)
            total = count_people(session, person_filter)
            return (time.perf_counter() - began) * 1000, total

    for label, terms in (
        ("word-prefix", PREFIX_TERMS),
        ("substring (3+ letters)", SUBSTRING_TERMS),
    ):
        print(f"\n{label}: page of 50 sorted by name + total count, ms")
        everything: list[float] = []
        for term in terms:
            sequence = keystrokes(term)
            for warm in sequence:
                run(warm)
            timings: list[float] = []
            hits = 0
            while len(timings) < args.queries:
                for query in sequence:
                    ms, hits = run(query)
                    timings.append(ms)
            everything += timings
            print(
                f"  {term!r:16} median {statistics.median(timings):6.1f}  "
                f"p95 {percentile(timings, 0.95):6.1f}  hits for full term {hits}"
            )
        print(
            f"  all {len(everything)} queries: median {statistics.median(everything):.1f}, "
            f"p95 {percentile(everything, 0.95):.1f}"
        )


if __name__ == "__main__":
    main()
