"""The guard against PySide6's emit defect keeps long sessions alive."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

MANY_EMITS = """
import sys
sys.path.insert(0, {src!r})
import partnercrm.ui  # applies the guard
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(int)
source = Source()
for i in range(20000):
    source.changed.emit(i)
print("alive")
"""


def test_twenty_thousand_emits_do_not_crash_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", MANY_EMITS.format(src=str(SRC))],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
