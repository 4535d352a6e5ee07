"""The question asked when a record was changed elsewhere while the user edited it.

Both editors ask it the same way: never overwrite silently, let the user choose.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ConflictChoice(Enum):
    SAVE_MINE = auto()
    SHOW_THEIRS = auto()
    KEEP_EDITING = auto()


def ask_about_conflict(parent: QWidget, message: str) -> ConflictChoice:
    """Show ``message`` (what changed, by whom) and return what the user chose."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Changed meanwhile"))
    box.setText(message)
    mine = box.addButton(
        QCoreApplication.translate("ConflictDialog", "Save mine over it"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    theirs = box.addButton(
        QCoreApplication.translate("ConflictDialog", "Show the current version (discard mine)"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("ConflictDialog", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is mine:
        return ConflictChoice.SAVE_MINE
    if clicked is theirs:
        return ConflictChoice.SHOW_THEIRS
    return ConflictChoice.KEEP_EDITING
