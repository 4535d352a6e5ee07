"""The "Events" view of the main window: the list on the left, the chosen event on the right.

Integration (main_window.standard_views):
``ViewSpec("events", QT_TRANSLATE_NOOP("Navigation", "Events"), "events", _events)``
with ``_events = lambda ctx: EventsWidget(ctx)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnercrm.services.changes import Changes
from partnercrm.ui.context import AppContext
from partnercrm.ui.events.cross_event_view import CrossEventView
from partnercrm.ui.events.event_editor import EventEditor
from partnercrm.ui.events.event_list import EventListWidget
from partnercrm.ui.events.event_workspace import EventWorkspace


class EventsWidget(QWidget):
    """Event list, one event's tabs (or a new event, or the report across events).

    Attributes:
        current: the widget shown on the right (None: the hint).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: QWidget | None = None
        self.list = EventListWidget(ctx.db)
        self.list.event_activated.connect(self.open_event)
        self.list.new_event_requested.connect(self.new_event)
        self.report_button = QPushButton(self.tr("Across events…"))
        self.report_button.setToolTip(
            self.tr("New and returning participants, municipalities, repeat visitors")
        )
        self.report_button.clicked.connect(self.open_report)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        left_layout.addLayout(buttons)
        self.hint = QLabel(self.tr("Open an event from the list, or create a new one."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        ctx.bus.changed.connect(self._data_changed)

    def _show(self, widget: QWidget) -> None:
        if self.current is not None:
            self.stack.removeWidget(self.current)
            self.current.deleteLater()
        self.current = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def open_event(self, event_id: int) -> None:
        workspace = EventWorkspace(self.ctx.db, event_id)
        workspace.editor.event_saved.connect(lambda _id: self.list.reload())
        workspace.participants.participations_changed.connect(self.list.reload)
        workspace.check_in.checked_in.connect(lambda _id: self.list.reload())
        self._show(workspace)

    def new_event(self) -> None:
        editor = EventEditor(self.ctx.db)
        editor.event_saved.connect(self._created)
        self._show(editor)

    def _created(self, event_id: int) -> None:
        self.list.reload()
        self.open_event(event_id)

    def open_report(self) -> None:
        self._show(CrossEventView(self.ctx.db))

    def _data_changed(self, changes: Changes) -> None:
        # Other views (people, organisations, trash) change names and participations.
        if changes.touches("event") or changes.touches("participation"):
            self.list.reload()
