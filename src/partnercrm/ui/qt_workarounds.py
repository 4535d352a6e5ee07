"""Work-arounds for defects of the Qt binding that would crash the program.

PySide6 6.12.0 on CPython 3.11: every ``SignalInstance.emit()`` called from Python
returns ``True`` without taking a reference to it, so each emit lowers the
reference count of ``True`` by one. After a few hundred emits (a few minutes of
typing in an editor, or scrolling through search results) the count reaches zero
and CPython aborts with "Fatal Python error: bool_dealloc". Signals emitted by Qt
itself are not affected.

``apply()`` probes for the defect and, if present, gives ``True`` (and ``False``)
a reference count that no session can use up. Both are never freed anyway, so an
extra count is harmless; on CPython 3.12+ they are immortal and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_RESERVE = 1 << 40
_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """Whether ``Signal.emit()`` steals a reference to ``True`` in this binding."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 4


def apply() -> bool:
    """Guard against the emit defect once per process; whether a guard was needed."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _applied = True
    if not emit_leaks_true():
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
    return True
