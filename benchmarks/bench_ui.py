"""Benchmark of the desktop workspace on 100,000 people (offscreen Qt).

Prints, for the people list of the main window:

* start → usable main window (first rows and the count painted), warm, in fresh processes;
* first paint of the 100k list (from before the id query to the first painted viewport);
* scroll-bar jumps to random places, each until repainted (median and p95);
* re-sort by each sortable column, until repainted;
* keystroke → repainted list while typing searches (p95);
* process memory (VmRSS) after opening the list and scrolling through all of it.

Usage::

    partnercrm --db /tmp/bench100k.sqlite demo --people 100000   # once
    python benchmarks/bench_ui.py --db /tmp/bench100k.sqlite

The database is opened as the program opens it: a file of an older schema is backed up
and upgraded, so keep a copy if other code versions need the original.

Targets (reference/perf-baselines.md): start ≤ 0.6 s, first paint ≤ 100 ms, jumps
p95 ≤ 16 ms, re-sort ≤ 200 ms, keystroke p95 ≤ 30 ms, RSS ≤ 200 MB.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

# The child starts the program as `partnercrm --db FILE` does (cli.main.main), with
# the settings of a user whose last view was the people list; it reports when the
# list's viewport has painted rows. It measures from its own start (CLOCK_MONOTONIC
# is shared with the parent).
STARTUP_CHILD = r"""
import sys, time, os, gc
sys.path.insert(0, {src!r})
gc.disable()  # what cli.main.open_window does first (the window enables it when shown)
# The modules in the order cli.main.open_window loads them; MainWindow is imported
# only to watch for its first paint (run_app would import it next anyway).
import partnercrm.services.people, partnercrm.store.database
from partnercrm.ui.main_window import MainWindow
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    def __init__(self, view):
        super().__init__()
        self.view = view

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.view.model.rowCount():
            obj.removeEventFilter(self)
            print("PAINTED", time.monotonic(), self.view.status_text(), flush=True)
            heavy = [m for m in ("vobject", "reportlab", "openpyxl") if m in sys.modules]
            print("HEAVY", heavy, flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

show = MainWindow.show
def show_and_watch(window):
    view = window.widgets["people"]
    window.watcher = Painted(view)
    view.table.viewport().installEventFilter(window.watcher)
    window.resize(1280, 800)
    show(window)
MainWindow.show = show_and_watch

from partnercrm.cli.main import main
main(["--db", {db!r}])
os._exit(0)
"""

SETTINGS = """[ui]
language=de
last_view=people
welcome_done=true
"""


# Memory as the user meets it: a fresh process opens the people list and scrolls
# through all of it, page by page.
MEMORY_CHILD = r"""
import sys, os, tempfile
from pathlib import Path
sys.path.insert(0, {src!r})
import partnercrm.services.people, partnercrm.store.database
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from partnercrm.store.database import open_database
import partnercrm.ui.app as app_module
from partnercrm.ui.app import create_application, install_translators
from partnercrm.ui.context import AppContext, DataBus
from partnercrm.ui.settings import Settings
from partnercrm.ui.tasks import TaskManager
from partnercrm.ui.views.people_view import PeopleView

app = create_application([])
install_translators(app, "de")
settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
db = open_database({db!r}, memory_map=False)  # as the program opens it
ctx = AppContext(db, settings, QUndoStack(), TaskManager(), DataBus())
view = PeopleView(ctx)
view.resize(1280, 800)
view.show()
app.processEvents()
app_module.settle_after_start()
table = view.table
bar = table.verticalScrollBar()
page = max(bar.pageStep(), 1)
value = 0
while value <= bar.maximum():
    bar.setValue(value)
    table.viewport().repaint()
    value += page
app.processEvents()
status = dict(
    line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
)
sizes = [int(status[key].split()[0]) // 1024 for key in ("VmRSS", "RssAnon", "RssFile")]
print("MEMORY", view.model.rowCount(), *sizes)
os._exit(0)
"""


def bench_memory(db: str) -> tuple[int, int, int, int]:
    """Rows, VmRSS, anonymous and file-backed MB after scrolling the whole list."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD.format(src=str(SRC), db=db)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("MEMORY"))
    rows, rss, anon, file_backed = (int(part) for part in line.split()[1:])
    return rows, rss, anon, file_backed


def _paint_counter_class() -> type:
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        """Counts the paint events of the widget it watches."""

        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return PaintCounter


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_startup(db: str, runs: int) -> list[float]:
    # The program's own settings file, in a config folder of its own.
    config = Path(tempfile.mkdtemp())
    (config / "PartnerCRM").mkdir()
    (config / "PartnerCRM" / "PartnerCRM.conf").write_text(SETTINGS, encoding="utf-8")
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen")
    # Installed programs run from compiled bytecode; so must this measurement.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(str(SRC), quiet=1)
    code = STARTUP_CHILD.format(src=str(SRC), db=db)
    times: list[float] = []
    for attempt in range(runs + 1):  # the first run warms the OS cache
        start = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        painted = next(line for line in result.stdout.splitlines() if line.startswith("PAINTED"))
        heavy = next(line for line in result.stdout.splitlines() if line.startswith("HEAVY"))
        if attempt == 0:
            print(f"  first window says: {painted.split(' ', 2)[2]}; heavy modules: {heavy[6:]}")
            continue
        times.append(float(painted.split()[1]) - start)
    return times


def memory_mb() -> dict[str, float]:
    """VmRSS and its parts: anonymous (Python, Qt) and file-backed (SQLite's mmap)."""
    wanted = {"VmRSS", "RssAnon", "RssFile"}
    result: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key = line.split(":")[0]
        if key in wanted:
            result[key] = int(line.split()[1]) / 1024
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database with (about) 100,000 people")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (default 5)")
    args = parser.parse_args()

    print(f"PartnerCRM UI benchmark on {args.db}; load average {os.getloadavg()[0]:.1f}")
    startup = bench_startup(args.db, args.runs)
    print(
        f"start → usable main window (people list painted), {args.runs} warm runs: "
        f"median {ms(statistics.median(startup))}, min {ms(min(startup))}, "
        f"max {ms(max(startup))}   [target ≤ 600 ms]"
    )

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from partnercrm.store.database import open_database
    from partnercrm.ui.app import create_application, install_translators, settle_after_start
    from partnercrm.ui.context import AppContext, DataBus
    from partnercrm.ui.models.people_table import PeopleTableModel
    from partnercrm.ui.settings import Settings
    from partnercrm.ui.tasks import TaskManager
    from partnercrm.ui.views.people_view import PeopleView
    from partnercrm.ui.views.record_table import RecordTable

    app = create_application([])
    install_translators(app, "de")
    settings = Settings(
        QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    )
    db = open_database(args.db, memory_map=False)  # as the desktop program opens it
    ctx = AppContext(db, settings, QUndoStack(), TaskManager(), DataBus())

    # First paint of the 100k list: id query, model, view, first painted viewport.
    paints: list[float] = []
    for _ in range(4):
        start = time.perf_counter()
        model = PeopleTableModel(ctx)
        model.reload()
        table = RecordTable(model, "bench")
        table.resize(1280, 800)
        table.show()
        table.viewport().repaint()
        paints.append(time.perf_counter() - start)
        count = model.rowCount()
        table.close()
        table.deleteLater()
        app.processEvents()
    first_paint = statistics.median(paints[1:])
    print(
        f"first paint of the list ({count:,} people): median {ms(first_paint)} "
        f"(cold first: {ms(paints[0])})   [target ≤ 100 ms]"
    )

    view = PeopleView(ctx)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    settle_after_start()  # what the program does once its window is up (gc.freeze)
    table = view.table
    bar = table.verticalScrollBar()
    rng = random.Random(7)
    jumps: list[float] = []
    for _ in range(100):
        target = rng.randrange(bar.maximum() + 1)
        start = time.perf_counter()
        bar.setValue(target)
        table.viewport().repaint()
        jumps.append(time.perf_counter() - start)
    print(
        f"scroll jumps (100 random): median {ms(statistics.median(jumps))}, "
        f"p95 {ms(percentile(jumps, 0.95))}   [target p95 ≤ 16 ms]"
    )

    model = view.model
    sorts: list[tuple[str, float]] = []
    header = table.horizontalHeader()
    from PySide6.QtCore import Qt

    for column, spec in enumerate(model.columns):
        if spec.sort is None:
            continue
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            start = time.perf_counter()
            header.setSortIndicator(column, order)  # what a header click does
            table.viewport().repaint()
            arrow = "↓" if order == Qt.SortOrder.DescendingOrder else "↑"
            sorts.append((f"{spec.key} {arrow}", time.perf_counter() - start))
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    worst = max(sorts, key=lambda item: item[1])
    print(
        "re-sort 100k rows: "
        + ", ".join(f"{name} {ms(t)}" for name, t in sorts)
        + f"; worst {worst[0]} {ms(worst[1])}   [target ≤ 200 ms]"
    )

    PaintCounter = _paint_counter_class()
    words = ["müller", "mueller", "schm", "stadt kö", "bürgerengagement", "köln", "anna"]
    keystrokes: list[float] = []
    search = view.filters.search
    slowest = ("", 0.0, 0)
    # A keystroke ends when the viewport has painted after the list was reset: the
    # program's own event processing does both (coalescing timer → SQL → reset →
    # update → paint); the benchmark only waits for it, it does not paint again.
    paints = PaintCounter()
    table.viewport().installEventFilter(paints)
    reset_at: list[int] = []
    model.modelReset.connect(lambda: reset_at.append(paints.count))
    for _ in range(2):
        for word in words:
            for end in range(1, len(word) + 1):
                reset_at.clear()
                start = time.perf_counter()
                search.setText(word[:end])
                while not reset_at or paints.count <= reset_at[-1]:
                    app.processEvents()
                    if time.perf_counter() - start > 10:
                        raise RuntimeError(f"no repaint after typing {word[:end]!r}")
                elapsed = time.perf_counter() - start
                keystrokes.append(elapsed)
                if elapsed > slowest[1]:
                    slowest = (word[:end], elapsed, model.rowCount())
            search.clear()
            app.processEvents()
    print(
        f"keystroke → repainted list ({len(keystrokes)} keystrokes): median "
        f"{ms(statistics.median(keystrokes))}, p95 {ms(percentile(keystrokes, 0.95))}, "
        f"slowest “{slowest[0]}” {ms(slowest[1])} ({slowest[2]:,} hits)   [target p95 ≤ 30 ms]"
    )

    search.clear()
    app.processEvents()
    memory = memory_mb()
    rows, rss, anon, file_backed = bench_memory(args.db)
    print(
        f"memory after opening the list and scrolling through all {rows:,} rows (fresh "
        f"process): VmRSS {rss} MB (anonymous {anon} MB, file-backed {file_backed} MB)"
        "   [target ≤ 200 MB]"
    )
    print(
        f"  (this benchmark's own process after all of the above: VmRSS "
        f"{memory['VmRSS']:.0f} MB, anonymous {memory['RssAnon']:.0f} MB)"
    )
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (figures scale with it)")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
