"""Long work off the GUI thread: a Qt-free function on QThreadPool, with progress and Cancel.

The function gets ``report(done, total)`` and ``cancelled()``; it opens its own
session. Its result or exception comes back to the GUI thread by signal. A
progress dialog appears only when the work takes longer than half a second.
Writers run one at a time (a pool of one thread); readers share the global pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Report = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Report, Cancelled], Any]

PROGRESS_DELAY_MS = 500
log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit, self.cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """One piece of work running in the background.

    Signals:
        progressed(done, total): reported by the work function.
        finished(result): the work returned ``result``.
        failed(exception): the work raised.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.title = title
        self.parent_widget = parent
        self.cancel_event = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.done = False
        self.signals = _Signals()
        self.signals.progressed.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._last = (0, 0)

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot()
    def _show_dialog(self) -> None:
        if self.done:
            return
        dialog = QProgressDialog(self.title, self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        done, total = self._last
        dialog.setRange(0, total)
        dialog.setValue(done)
        dialog.show()
        self.dialog = dialog

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self.dialog is not None:
            self.dialog.setRange(0, total)
            self.dialog.setValue(done)
        self.progressed.emit(done, total)

    def _close(self) -> None:
        self.done = True
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._close()
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc: Any) -> None:
        self._close()
        self.failed.emit(exc)


class TaskManager(QObject):
    """Starts tasks: writers one at a time, readers in parallel."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer_pool = QThreadPool(self)
        self.writer_pool.setMaxThreadCount(1)
        self.tasks: set[Task] = set()
        self._quiet: set[_Signals] = set()

    def run(
        self,
        work: Work,
        *,
        title: str,
        parent: QWidget | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        writes: bool = True,
    ) -> Task:
        task = Task(title, parent)
        self.tasks.add(task)
        if on_done is not None:
            task.finished.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        # Forget the task only after its signal has been delivered: dropping the last
        # reference inside its own emission would free the object mid-call.
        task.finished.connect(lambda _result: QTimer.singleShot(0, lambda: self._forget(task)))
        task.failed.connect(lambda _exc: QTimer.singleShot(0, lambda: self._forget(task)))
        task._timer.start(PROGRESS_DELAY_MS)
        pool = self.writer_pool if writes else QThreadPool.globalInstance()
        pool.start(_Runner(work, task.signals, task.cancel_event))
        return task

    def run_quiet(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run a short read off the GUI thread, without progress; errors are logged."""
        signals = _Signals()
        self._quiet.add(signals)

        def finished(result: Any) -> None:
            on_done(result)
            QTimer.singleShot(0, lambda: self._quiet.discard(signals))

        def failed(exc: Any) -> None:
            log.warning("background read failed: %s", exc)
            QTimer.singleShot(0, lambda: self._quiet.discard(signals))

        signals.finished.connect(finished)
        signals.failed.connect(failed)
        QThreadPool.globalInstance().start(
            _Runner(lambda _report, _cancelled: work(), signals, threading.Event())
        )

    def _forget(self, task: Task) -> None:
        self.tasks.discard(task)
        task.deleteLater()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for all running work (used at exit and in tests)."""
        return self.writer_pool.waitForDone(msecs) and QThreadPool.globalInstance().waitForDone(
            msecs
        )
