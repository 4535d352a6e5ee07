"""Helpers for driving the real widgets like a user."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from partnercrm.store.database import Database
from partnercrm.ui.main_window import MainWindow
from partnercrm.ui.settings import WELCOME_DONE, Settings


def make_window(
    qtbot, db: Database, settings: Settings, *, welcome_done: bool = True
) -> MainWindow:  # type: ignore[no-untyped-def]
    if welcome_done:
        settings.set(WELCOME_DONE, True)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def type_into(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user; QTest only knows ASCII keys, so umlauts come as text events."""
    edit.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )
