"""A background job for imports and exports: a Qt-free function on QThreadPool.

The function gets ``report(done, total)`` and ``cancelled()``; its result or
exception comes back to the GUI thread by signal. (ui/tasks.py on the ``ui`` branch
is the general form; this small copy keeps the exchange widgets standalone.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Job(QObject):
    """One running job.

    Signals:
        progressed(done, total), finished(result), failed(exception).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def start(self, work: Work) -> None:
        job = self

        class _Runner(QRunnable):
            def run(self) -> None:
                try:
                    result = work(job.progressed.emit, job.cancel_event.is_set)
                except BaseException as exc:  # shown by the GUI thread
                    job.failed.emit(exc)
                else:
                    job.finished.emit(result)

        # Keep the Python runner alive while Qt runs it (a collected wrapper crashes).
        self._runner = _Runner()
        self._runner.setAutoDelete(False)
        QThreadPool.globalInstance().start(self._runner)
