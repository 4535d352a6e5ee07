"""Editing an event: its details and its sessions (workshops, panel, gallery walk ...)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError, ValidationError
from partnercrm.model import EventKind, EventStatus, SessionKind
from partnercrm.services import events
from partnercrm.services.events import EventInput, SessionInput, SessionRow
from partnercrm.store.database import Database
from partnercrm.ui.events.labels import event_kind_label, event_status_label, session_kind_label

_Index = QModelIndex | QPersistentModelIndex


def _to_qt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _from_qt(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class SessionsModel(QAbstractTableModel):
    """The sessions of an event: time, title, kind, room, capacity and its people."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        data = row.data
        column = index.column()
        if column == 0:
            if data.starts_at is None:
                return ""
            end = f"–{data.ends_at:%H:%M}" if data.ends_at else ""
            return f"{data.starts_at:%d.%m. %H:%M}{end}"
        if column == 1:
            return data.title
        if column == 2:
            return session_kind_label(data.kind)
        if column == 3:
            return data.room
        if column == 4:
            return "" if data.capacity is None else str(data.capacity)
        return ", ".join(
            f"{p.name} ({p.stand_number})" if p.stand_number else p.name for p in row.people
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Room"),
            self.tr("Places"),
            self.tr("Speakers, moderators, exhibitors"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class SessionDialog(QDialog):
    """Title, kind, time, room and capacity of one session."""

    def __init__(self, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session"))
        self.setMinimumWidth(420)
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(session_kind_label(kind), kind)
        self.starts = QDateTimeEdit(_to_qt(start))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.ends = QDateTimeEdit(_to_qt(start).addSecs(90 * 60))
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.room = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Places"), self.capacity)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def set_session(self, data: SessionInput) -> None:
        self.title.setText(data.title)
        self.kind.setCurrentIndex(list(SessionKind).index(data.kind))
        if data.starts_at:
            self.starts.setDateTime(_to_qt(data.starts_at))
        if data.ends_at:
            self.ends.setDateTime(_to_qt(data.ends_at))
        self.room.setText(data.room)
        self.capacity.setValue(data.capacity or 0)

    def session_input(self) -> SessionInput:
        return SessionInput(
            title=self.title.text(),
            kind=self.kind.currentData(),
            starts_at=_from_qt(self.starts.dateTime()),
            ends_at=_from_qt(self.ends.dateTime()),
            room=self.room.text(),
            capacity=self.capacity.value() or None,
        )


class EventEditor(QWidget):
    """Details and sessions of one event; ``event_id=None`` creates a new event on save.

    Organizer, partners and funders are kept as they are (chosen elsewhere).

    Signals:
        event_saved(int): the event was created or saved.
    """

    event_saved = Signal(int)

    def __init__(
        self, db: Database, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self._version: int | None = None
        self._kept = EventInput(title="", starts_at=datetime.now())
        self.session_dialog: SessionDialog | None = None

        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(event_kind_label(kind), kind)
        self.series = QLineEdit()
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.has_end = QCheckBox(self.tr("Ends"))
        self.ends = QDateTimeEdit()
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.has_end.toggled.connect(self.ends.setEnabled)
        self.venue = QLineEdit()
        self.street = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(90)
        self.city = QLineEdit()
        self.online = QLineEdit()
        self.online.setPlaceholderText("https://")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setMaximumWidth(140)
        self.status = QComboBox()
        for status in EventStatus:
            self.status.addItem(event_status_label(status), status)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)

        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        when = QHBoxLayout()
        when.addWidget(self.starts)
        when.addWidget(self.has_end)
        when.addWidget(self.ends)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Series"), self.series)
        form.addRow(self.tr("Starts"), when)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Street"), self.street)
        form.addRow(self.tr("Postal code, city"), place)
        form.addRow(self.tr("Online link"), self.online)
        form.addRow(self.tr("Places"), self.capacity)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Description"), self.description)

        self.sessions = SessionsModel(self)
        self.sessions_table = QTableView()
        self.sessions_table.setModel(self.sessions)
        self.sessions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions_table.verticalHeader().hide()
        header = self.sessions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.sessions_table.setWordWrap(False)
        self.sessions_table.doubleClicked.connect(lambda _i: self.edit_session())
        self.add_session_button = QPushButton(self.tr("Add session…"))
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button = QPushButton(self.tr("Edit…"))
        self.edit_session_button.clicked.connect(self.edit_session)
        self.remove_session_button = QPushButton(self.tr("Remove"))
        self.remove_session_button.clicked.connect(self.remove_session)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.add_session_button)
        session_buttons.addWidget(self.edit_session_button)
        session_buttons.addWidget(self.remove_session_button)
        session_buttons.addStretch(1)
        sessions_box = QGroupBox(self.tr("Sessions"))
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.sessions_table)
        sessions_layout.addLayout(session_buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(sessions_box, 1)
        layout.addLayout(bottom)
        self.load()

    # --- loading and saving ---------------------------------------------------------------

    def load(self) -> None:
        if self.event_id is None:
            start = datetime.now().replace(minute=0, second=0, microsecond=0)
            self._fill(EventInput(title="", starts_at=start))
            self.sessions_box_enabled(False)
            return
        with self.db.session() as session:
            detail = events.get_event(session, event_id=self.event_id)
            rows = events.list_sessions(session, event_id=self.event_id)
        self._version = detail.version
        self._kept = detail.data
        self._fill(detail.data)
        self.sessions.set_rows(rows)
        self.sessions_box_enabled(True)

    def sessions_box_enabled(self, enabled: bool) -> None:
        for widget in (
            self.add_session_button,
            self.edit_session_button,
            self.remove_session_button,
        ):
            widget.setEnabled(enabled)
        if not enabled:
            self.add_session_button.setToolTip(self.tr("Save the event first"))

    def _fill(self, data: EventInput) -> None:
        self.title.setText(data.title)
        self.kind.setCurrentIndex(list(EventKind).index(data.kind))
        self.series.setText(data.series)
        self.starts.setDateTime(_to_qt(data.starts_at))
        self.has_end.setChecked(data.ends_at is not None)
        self.ends.setEnabled(data.ends_at is not None)
        self.ends.setDateTime(_to_qt(data.ends_at or data.starts_at))
        self.venue.setText(data.venue_name)
        self.street.setText(data.venue_street)
        self.postal_code.setText(data.venue_postal_code)
        self.city.setText(data.venue_city)
        self.online.setText(data.online_url)
        self.capacity.setValue(data.capacity or 0)
        self.status.setCurrentIndex(list(EventStatus).index(data.status))
        self.description.setPlainText(data.description)

    def event_input(self) -> EventInput:
        kept = self._kept
        return EventInput(
            title=self.title.text(),
            starts_at=_from_qt(self.starts.dateTime()),
            ends_at=_from_qt(self.ends.dateTime()) if self.has_end.isChecked() else None,
            kind=self.kind.currentData(),
            series=self.series.text(),
            venue_name=self.venue.text(),
            venue_street=self.street.text(),
            venue_postal_code=self.postal_code.text(),
            venue_city=self.city.text(),
            online_url=self.online.text(),
            organizer_id=kept.organizer_id,
            capacity=self.capacity.value() or None,
            status=self.status.currentData(),
            description=self.description.toPlainText(),
            partner_ids=kept.partner_ids,
            funder_ids=kept.funder_ids,
        )

    def save(self) -> None:
        data = self.event_input()
        try:
            with self.db.transaction() as session:
                if self.event_id is None:
                    self.event_id, _changes = events.create_event(session, data=data)
                else:
                    events.update_event(
                        session,
                        event_id=self.event_id,
                        data=data,
                        expected_version=self._version,
                    )
        except ValidationError as exc:
            self.message.setText(exc.message)
            field = {"title": self.title, "ends_at": self.ends, "capacity": self.capacity}
            widget = field.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.load()
        self.message.setText(self.tr("Saved."))
        self.event_saved.emit(self.event_id)

    # --- sessions -------------------------------------------------------------------------

    def _selected_session(self) -> SessionRow | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        return self.sessions.row_at(rows[0].row()) if rows else None

    def add_session(self) -> None:
        dialog = SessionDialog(_from_qt(self.starts.dateTime()), self)
        dialog.accepted.connect(lambda: self._store_session(dialog, None))
        self.session_dialog = dialog
        dialog.open()

    def edit_session(self) -> None:
        row = self._selected_session()
        if row is None:
            self.message.setText(self.tr("Select a session first."))
            return
        dialog = SessionDialog(_from_qt(self.starts.dateTime()), self)
        dialog.set_session(row.data)
        dialog.accepted.connect(lambda: self._store_session(dialog, row.id))
        self.session_dialog = dialog
        dialog.open()

    def _store_session(self, dialog: SessionDialog, session_id: int | None) -> None:
        assert self.event_id is not None
        try:
            with self.db.transaction() as session:
                if session_id is None:
                    events.add_session(session, event_id=self.event_id, data=dialog.session_input())
                else:
                    events.update_session(
                        session, session_id=session_id, data=dialog.session_input()
                    )
        except UserError as exc:
            dialog.error.setText(exc.message)
            dialog.error.show()
            dialog.open()
            return
        self.load()

    def remove_session(self) -> None:
        row = self._selected_session()
        if row is None:
            self.message.setText(self.tr("Select a session first."))
            return
        with self.db.transaction() as session:
            events.remove_session(session, session_id=row.id)
        self.load()
