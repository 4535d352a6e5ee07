"""The check-in view for a laptop at the door: type two or three letters, press Enter.

Everything works on the local database file, so the door needs no network. The
event's participants are read once (and after every change) and searched in memory,
so each keystroke answers at once even on an old laptop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.model import ParticipationStatus
from partnercrm.services import events, participations
from partnercrm.services.participations import ParticipantRow, WalkIn
from partnercrm.store.database import Database
from partnercrm.ui.events.check_in_command import CheckInCommand
from partnercrm.ui.events.labels import status_label

MIN_LETTERS = 2
MAX_MATCHES = 40

_Index = QModelIndex | QPersistentModelIndex


class MatchesModel(QAbstractTableModel):
    """The participants matching the typed letters: name, organisation, status."""

    COLUMNS = ("name", "organization", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return row.name
            if column == "organization":
                return " · ".join(p for p in (row.org_name, row.org_function) if p)
            return status_label(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            if row.status is ParticipationStatus.ATTENDED:
                return Qt.GlobalColor.darkGreen
            if row.status in (ParticipationStatus.DECLINED, ParticipationStatus.CANCELLED):
                return Qt.GlobalColor.darkRed
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Organisation"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None


class WalkInDialog(QDialog):
    """Person and organisation of a walk-in, in one small dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.setMinimumWidth(380)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organization = QLineEdit()
        self.function = QLineEdit()
        self.email = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Function"), self.function)
        form.addRow(self.tr("E-mail"), self.email)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Check in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def walk_in(self) -> WalkIn:
        return WalkIn(
            self.first_name.text(),
            self.last_name.text(),
            self.organization.text(),
            self.function.text(),
            self.email.text(),
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class CheckInView(QWidget):
    """Check-in at the door for one event.

    Signals:
        checked_in(int): a participation was checked in (also by a walk-in).
        presence_changed(int, int): present and expected after each change.
    """

    checked_in = Signal(int)
    presence_changed = Signal(int, int)

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.undo_stack = QUndoStack(self)
        self._all: list[ParticipantRow] = []
        self.walk_in_dialog: WalkInDialog | None = None

        with db.session() as session:
            detail = events.get_event(session, event_id=event_id)
        self.title = QLabel(detail.data.title)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)

        self.counter = QLabel()
        counter_font = QFont(self.font())
        counter_font.setPointSizeF(counter_font.pointSizeF() * 1.6)
        self.counter.setFont(counter_font)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type two or three letters of the name…"))
        search_font = QFont(self.font())
        search_font.setPointSizeF(search_font.pointSizeF() * 2.2)
        self.search.setFont(search_font)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.installEventFilter(self)

        self.matches = MatchesModel(self)
        self.table = QTableView()
        self.table.setModel(self.matches)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table_font = QFont(self.font())
        table_font.setPointSizeF(table_font.pointSizeF() * 1.3)
        self.table.setFont(table_font)
        self.table.doubleClicked.connect(lambda _index: self.check_in_current())

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.undo_button = QPushButton(self.tr("Undo check-in"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.walk_in_button)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()
        self.search.setFocus()

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the participants and the counters again (after every change)."""
        with self.db.session() as session:
            self._all = participations.list_participants(session, event_id=self.event_id)
            presence = participations.presence(session, event_id=self.event_id)
        self.counter.setText(
            self.tr("{present} present of {expected} expected").format(
                present=presence.present, expected=presence.expected
            )
        )
        self.presence_changed.emit(presence.present, presence.expected)
        self._filter(self.search.text())

    def _undo_index_changed(self, _index: int) -> None:
        # A bound method, not a lambda: Qt drops it when the view is destroyed (the
        # stack emits once more while being torn down).
        self.reload()

    def _filter(self, text: str) -> None:
        letters = "".join(text.split())
        if len(letters) < MIN_LETTERS:
            self.matches.set_rows([])
            return
        found = [r for r in self._all if participations.matches_search(r, text)]
        # Those expected today first, then the rest (invited, declined ...).
        order = {ParticipationStatus.REGISTERED: 0, ParticipationStatus.ATTENDED: 1}
        found.sort(key=lambda r: order.get(r.status, 2))
        self.matches.set_rows(found[:MAX_MATCHES])
        if found:
            self.table.selectRow(0)

    # --- actions --------------------------------------------------------------------------

    def check_in_current(self) -> None:
        """Enter: check in the selected match (the first one unless the user moved)."""
        rows = self.table.selectionModel().selectedRows()
        row = self.matches.row_at(rows[0].row() if rows else 0)
        if row is None:
            self.message.setText(self.tr("Nobody found. Check the spelling or add a walk-in."))
            return
        if row.status is ParticipationStatus.ATTENDED:
            self.message.setText(self.tr("{name} is already checked in.").format(name=row.name))
            self.search.selectAll()
            return
        command = CheckInCommand(self.db, row.id, row.name)
        try:
            command.perform()
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.undo_stack.push(command)
        self.message.setText(self.tr("{name} checked in.").format(name=row.name))
        self.search.clear()
        self.search.setFocus()
        self.checked_in.emit(row.id)

    def open_walk_in(self) -> None:
        """Open the walk-in dialog; the typed letters become the last name."""
        dialog = WalkInDialog(self)
        dialog.last_name.setText(self.search.text().strip())
        dialog.accepted.connect(lambda: self._add_walk_in(dialog))
        self.walk_in_dialog = dialog
        dialog.open()

    def _add_walk_in(self, dialog: WalkInDialog) -> None:
        walk_in = dialog.walk_in()
        try:
            with self.db.transaction() as session:
                change = participations.add_walk_in(
                    session, event_id=self.event_id, walk_in=walk_in
                )
        except UserError as exc:
            dialog.show_error(exc.message)
            dialog.open()  # keep what was typed
            return
        name = f"{walk_in.first_name} {walk_in.last_name}".strip()
        self.message.setText(self.tr("{name} added and checked in.").format(name=name))
        self.search.clear()
        self.reload()
        self.search.setFocus()
        self.checked_in.emit(change.participation_id)

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move through the matches."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.rowCount():
                rows = self.table.selectionModel().selectedRows()
                current = rows[0].row() if rows else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                target = max(0, min(self.matches.rowCount() - 1, current + step))
                self.table.selectRow(target)
                return True
        return super().eventFilter(watched, event)
