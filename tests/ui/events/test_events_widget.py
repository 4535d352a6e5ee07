"""The Events view: list, new event, open an event, report across events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoStack

from partnercrm.services.changes import Changes
from partnercrm.store.database import Database
from partnercrm.ui.context import AppContext, DataBus
from partnercrm.ui.events.cross_event_view import CrossEventView
from partnercrm.ui.events.event_editor import EventEditor
from partnercrm.ui.events.event_workspace import EventWorkspace
from partnercrm.ui.events.events_widget import EventsWidget
from partnercrm.ui.settings import Settings
from partnercrm.ui.tasks import TaskManager

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_new_event_then_workspace_and_report(qtbot, db: Database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(db, settings, QUndoStack(), TaskManager(), DataBus())
    view = EventsWidget(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.stack.currentWidget() is view.hint
    qtbot.mouseClick(view.list.new_button, Qt.MouseButton.LeftButton)
    editor = view.current
    assert isinstance(editor, EventEditor)
    qtbot.keyClicks(editor.title, "Austauschtag")
    editor.starts.setDateTime(QDateTime(2026, 3, 18, 10, 0, 0))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.current, EventWorkspace)
    assert view.list.model.rowCount() == 1
    assert view.current.check_in.title.text() == "Austauschtag"
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.current, CrossEventView)
    with qtbot.waitSignal(view.list.event_activated):
        view.list.table.activated.emit(view.list.model.index(0, 1))
    assert isinstance(view.current, EventWorkspace)
    ctx.bus.changed.emit(Changes.of(updated={"participation": {1}}))  # reload, no error
    assert view.list.model.rowCount() == 1
