"""The main window: views, restored state, welcome panel, shortcuts, accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from tests.ui.helpers import make_window

from partnercrm.services import people
from partnercrm.store.database import Database
from partnercrm.ui.main_window import MainWindow
from partnercrm.ui.settings import LAST_VIEW, WELCOME_DONE, Settings
from partnercrm.ui.views.start_page import StartPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_welcome_panel_on_first_start_with_an_empty_database(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings
) -> None:
    window = make_window(qtbot, db, settings, welcome_done=False)
    start = window.current_view()
    assert isinstance(start, StartPage)
    assert start.currentWidget() is start.welcome
    start.welcome.empty_button.click()
    assert start.currentWidget() is start.dashboard
    assert settings.get(WELCOME_DONE) is True


def test_no_welcome_panel_when_the_database_holds_people(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings
) -> None:
    with db.transaction() as s:
        people.create_person(s, data=people.PersonInput(last_name="Yılmaz"))
    window = make_window(qtbot, db, settings, welcome_done=False)
    start = window.current_view()
    assert isinstance(start, StartPage)
    assert start.currentWidget() is start.dashboard
    assert start.recent.item(0).text() == "Yılmaz"


def test_geometry_splitters_columns_and_last_view_are_restored(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings
) -> None:
    window = make_window(qtbot, db, settings)
    window.show_view("people")
    view = window.current_view()
    view.table.set_column_visible(4, False)  # type: ignore[attr-defined]
    view.table.horizontalHeader().moveSection(1, 3)  # type: ignore[attr-defined]
    view.splitter.setSizes([700, 300])  # type: ignore[attr-defined]
    window.resize(701, 555)  # the offscreen screen is 800×800
    window.close()
    settings.sync()

    reopened = MainWindow(
        db, Settings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(reopened)
    assert reopened.current_key == "people"
    assert reopened.size().height() == 555
    again = reopened.current_view()
    header = again.table.horizontalHeader()  # type: ignore[attr-defined]
    assert header.isSectionHidden(4)
    assert header.visualIndex(1) == 3
    assert settings.get(LAST_VIEW) == "people"


def test_standard_shortcuts(qtbot, db: Database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, db, settings)
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+F") in window.find_action.shortcuts()
    assert QKeySequence("Ctrl+N") in window.new_person_action.shortcuts()


FOCUSABLE = (QLineEdit, QComboBox, QAbstractButton, QAbstractItemView, QPlainTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name (no accessible name, no label)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, FOCUSABLE) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.objectName().startswith("qt_"):
            continue
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if not named:
            parent = widget.parentWidget()
            missing.append(
                f"{type(widget).__name__} in {type(parent).__name__} {parent.objectName()!r}"
            )
    return missing


@pytest.mark.parametrize("key", ["start", "people", "organizations", "lists", "trash"])
def test_every_control_has_an_accessible_name(  # type: ignore[no-untyped-def]
    qtbot, db: Database, settings: Settings, key: str
) -> None:
    window = make_window(qtbot, db, settings)
    window.show_view(key)
    view = window.current_view()
    if key == "people":
        view.editor.affiliations.add_button.click()  # type: ignore[attr-defined]
        view.editor.addresses.add_button.click()  # type: ignore[attr-defined]
        view.editor.consents.add_button.click()  # type: ignore[attr-defined]
    assert unnamed_controls(view) == []
