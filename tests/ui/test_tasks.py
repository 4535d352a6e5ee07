"""Background work: result and errors come back by signal, progress after ½ s, Cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from partnercrm.errors import InputFileError
from partnercrm.ui.tasks import TaskManager


def test_result_and_progress_come_back_to_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    manager = TaskManager()
    seen: list[tuple[int, int]] = []
    gui_thread = threading.current_thread()

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        assert threading.current_thread() is not gui_thread
        for done in range(3):
            report(done + 1, 3)
        return "fertig"

    task = manager.run(work, title="Test")
    task.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["fertig"]
    assert task.dialog is None  # quick work never shows a progress dialog
    manager.wait()


def test_errors_come_back_as_signal(qtbot) -> None:  # type: ignore[no-untyped-def]
    manager = TaskManager()

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        raise InputFileError("kaputt.vcf cannot be read.")

    task = manager.run(work, title="Test")
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], InputFileError)
    manager.wait()


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    manager = TaskManager()
    started = threading.Event()

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        done = 0
        while not cancelled():
            done += 1
            report(done % 100, 100)
            threading.Event().wait(0.01)
        return "abgebrochen"

    task = manager.run(work, title="Import")
    try:
        qtbot.waitUntil(lambda: task.dialog is not None, timeout=3000)
        assert task.dialog is not None and task.dialog.isVisible()
        cancel = task.dialog.findChild(QPushButton)
        with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert blocker.args == ["abgebrochen"]
        assert task.dialog is None
    finally:
        task.cancel()
        manager.wait()
