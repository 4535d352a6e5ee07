"""The "Events" view of the main window: the list on the left, the chosen event on the right.

Integration (main_window.standard_views):
``ViewSpec("events", QT_TRANSLATE_NOOP("Navigation", "Events"), "events", _events)``
with ``_events = lambda ctx: EventsWidget(ctx)``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnercrm.services.changes import Changes
from partnercrm.ui.context import AppContext
from partnercrm.ui.documents import event_documents_menu
from partnercrm.ui.events.cross_event_view import CrossEventView
from partnercrm.ui.events.event_editor import EventEditor
from partnercrm.ui.events.event_list import EventListWidget
from partnercrm.ui.events.event_workspace import EventWorkspace
from partnercrm.ui.settings import Settings


class EventsWidget(QWidget):
    """Event list, one event's tabs (or a new event, or the report across events).

    Attributes:
        current: the widget shown on the right (None: the hint).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: QWidget | None = None
        self.event_id: int | None = None
        self.list = EventListWidget(ctx.db)
        self.list.event_activated.connect(self.open_event)
        self.list.new_event_requested.connect(self.new_event)
        self.list.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.table.customContextMenuRequested.connect(self._list_menu)
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
        self.splitter = splitter = QSplitter()
        splitter.setObjectName("events_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([700, 500])  # the page keeps its minimum width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
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
        documents = QToolButton(workspace)
        documents.setObjectName("event_documents")
        documents.setText(self.tr("Print and export"))
        documents.setAccessibleName(self.tr("Print and export"))
        documents.setToolTip(self.tr("Sign-in sheet, badges, certificates, participants as vCard"))
        documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        documents.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        documents.setMenu(event_documents_menu(self.ctx, self, event_id))
        workspace.tabs.setCornerWidget(documents, Qt.Corner.TopRightCorner)
        self.event_id = event_id
        self._show(workspace)

    def current_event_id(self) -> int | None:
        """The event shown on the right, else the one selected in the list."""
        if isinstance(self.current, EventWorkspace):
            return self.event_id
        return self.selected_event_id()

    def selected_event_id(self) -> int | None:
        index = self.list.table.currentIndex()
        return self.list.model.event_id_at(index.row()) if index.isValid() else None

    def list_menu(self, event_id: int) -> QMenu:
        """The context menu of an event in the list: open it, print its documents, export."""
        menu = event_documents_menu(self.ctx, self, event_id)
        first = menu.actions()[0]
        open_action = menu.addAction(self.tr("&Open"))
        open_action.triggered.connect(lambda: self.open_event(event_id))
        menu.insertAction(first, open_action)
        menu.insertSeparator(first)
        return menu

    def _list_menu(self, position: QPoint) -> None:
        index = self.list.table.indexAt(position)
        if not index.isValid():  # the menu key: the current event
            index = self.list.table.currentIndex()
        event_id = self.list.model.event_id_at(index.row()) if index.isValid() else None
        if event_id is None:
            return
        menu = self.list_menu(event_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list.table.viewport().mapToGlobal(position))

    def save_state(self, settings: Settings) -> None:
        settings.set_state("events/splitter", self.splitter.saveState())
        settings.set_state("events/list_header", self.list.table.horizontalHeader().saveState())

    def restore_state(self, settings: Settings) -> None:
        state = settings.state("events/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = settings.state("events/list_header")
        if header is not None:
            self.list.table.horizontalHeader().restoreState(header)
            self.list.sync_column_actions()

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
