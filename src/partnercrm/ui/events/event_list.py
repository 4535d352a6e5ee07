"""The list of events: date, title, kind, venue, status and how many registered and came."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.services import events
from partnercrm.services.events import EventRow
from partnercrm.store.database import Database
from partnercrm.ui.events.labels import event_kind_label, event_status_label

_Index = QModelIndex | QPersistentModelIndex

_KEYS: list[Callable[[EventRow], Any]] = [
    lambda r: r.starts_at,
    lambda r: r.title.lower(),
    lambda r: r.kind.value,
    lambda r: r.venue.lower(),
    lambda r: r.status.value,
    lambda r: r.registered,
    lambda r: r.attended,
]


class EventListModel(QAbstractTableModel):
    """Events, newest first; ``UserRole`` gives the event id. A CRM holds hundreds of
    events, not hundreds of thousands, so the list is read at once and sorted in memory."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.text = ""
        self._rows: list[EventRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            rows = events.list_events(session, text=self.text)
        self.beginResetModel()
        self._rows = rows
        self._apply_sort()
        self.endResetModel()

    def set_text(self, text: str) -> None:
        self.text = text
        self.reload()

    def event_id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_KEYS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3):
            return f"{row.title}\n{row.venue}" if row.venue else row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.starts_at.strftime("%d.%m.%Y %H:%M")
        if column == 1:
            return row.title
        if column == 2:
            return event_kind_label(row.kind)
        if column == 3:
            return row.venue
        if column == 4:
            return event_status_label(row.status)
        if column == 5:
            capacity = f" / {row.capacity}" if row.capacity else ""
            return f"{row.registered}{capacity}"
        return str(row.attended)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Venue"),
            self.tr("Status"),
            self.tr("Registered"),
            self.tr("Attended"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_KEYS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        position = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(position[i], old.column()) for i, old in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self._rows.sort(key=_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)


class EventListWidget(QWidget):
    """Search field, the event table and "New event".

    Signals:
        event_activated(int): the user opened an event (double click or Enter).
        new_event_requested(): the user wants to create an event.
    """

    event_activated = Signal(int)
    new_event_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventListModel(db, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search events by title"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_text)
        self.new_button = QPushButton(self.tr("New event"))
        self.new_button.clicked.connect(self.new_event_requested)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed starting widths (not "to contents": a long title would push the
        # counts out of sight); the title takes what is left and elides.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        char = self.fontMetrics().averageCharWidth()
        bold = header.fontMetrics()
        for column, chars in ((0, 17), (2, 13), (3, 16), (4, 16), (5, 8), (6, 6)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # Wide enough for the header and its sort arrow, too.
            width = max(chars * char + 16, bold.horizontalAdvance(title) + 28)
            header.resizeSection(column, width)
        # Kind and venue are on the event's page; the header's menu shows them here.
        self.table.setColumnHidden(2, True)
        self.table.setColumnHidden(3, True)
        # Right-click on the header: show or hide columns.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(self.model.columnCount()):
            if column == 1:
                continue
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), header)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
            header.addAction(action)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self.model.reload()

    def sync_column_actions(self) -> None:
        """Tick the header menu's columns as shown (after the header state was restored)."""
        columns = [c for c in range(self.model.columnCount()) if c != 1]
        for column, action in zip(columns, self.table.horizontalHeader().actions(), strict=False):
            action.setChecked(not self.table.isColumnHidden(column))

    def _activated(self, index: QModelIndex) -> None:
        event_id = self.model.event_id_at(index.row())
        if event_id is not None:
            self.event_activated.emit(event_id)
