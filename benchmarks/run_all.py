"""Run every benchmark of benchmarks/ one after the other and print their figures.

The 100,000-person database is generated once into benchmarks/out/ (ignored by git)
and reused by the benchmarks that accept ``--db``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SHARED_DB = OUT / "demo-100k.sqlite"

# (script, extra arguments); scripts that take --db get the shared 100k database.
PLAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bench_foundation.py", ("--db", str(SHARED_DB))),
    ("bench_ui.py", ("--db", str(SHARED_DB))),
    ("bench_exchange.py", ("--base", str(SHARED_DB))),
    ("bench_event_stats.py", ()),
    ("bench_timeline.py", ()),
    ("bench_vcard_core.py", ()),
    ("bench_printing.py", ()),
    ("bench_print_selection.py", ()),
)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    failed = []
    for script, args in PLAN:
        path = HERE / script
        if not path.exists():
            continue
        print(f"\n=== {script} ===", flush=True)
        began = time.perf_counter()
        result = subprocess.run([sys.executable, str(path), *args], check=False)
        print(f"({script}: {time.perf_counter() - began:.0f} s, exit {result.returncode})")
        if result.returncode != 0:
            failed.append(script)
    if failed:
        print("failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
