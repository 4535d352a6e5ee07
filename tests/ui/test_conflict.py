"""The question asked when a record changed elsewhere, answered through its real buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from partnercrm.ui.editors.conflict import ConflictChoice, ask_about_conflict

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("Save mine over it", ConflictChoice.SAVE_MINE),
        ("Show the current version (discard mine)", ConflictChoice.SHOW_THEIRS),
        ("Keep editing", ConflictChoice.KEEP_EDITING),
    ],
)
def test_each_button_is_its_own_choice(qtbot: QtBot, button: str, choice: ConflictChoice) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen.append(box.text())
        assert box.defaultButton().text() == "Keep editing"  # Enter never overwrites
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)
    assert ask_about_conflict(parent, "Changed by someone else at 10:15.") is choice
    assert seen == ["Changed by someone else at 10:15."]
