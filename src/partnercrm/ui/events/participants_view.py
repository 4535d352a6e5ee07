"""The participants of an event with the actions on them: status, role, imports, no-shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.interchange.csv_reading import read_csv_table
from partnercrm.model import ParticipationRole, ParticipationStatus
from partnercrm.services import participations
from partnercrm.services.attendance_import import import_attendance
from partnercrm.services.registration_import import import_registrations
from partnercrm.store.database import Database
from partnercrm.ui.events.labels import role_label, status_label
from partnercrm.ui.events.participants_model import ParticipantsTableModel


class ParticipantsView(QWidget):
    """Participants table and the actions of the engagement officer.

    Signals:
        participations_changed(): statuses, roles or the list changed.
    """

    participations_changed = Signal()

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.model = ParticipantsTableModel(db, event_id, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)

        self.status_box = QComboBox()
        for status in ParticipationStatus:
            self.status_box.addItem(status_label(status), status)
        self.set_status_button = QPushButton(self.tr("Set status"))
        self.set_status_button.clicked.connect(self.apply_status)
        self.role_box = QComboBox()
        for role in ParticipationRole:
            self.role_box.addItem(role_label(role), role)
        self.set_role_button = QPushButton(self.tr("Set role"))
        self.set_role_button.clicked.connect(self.apply_role)
        self.import_button = QPushButton(self.tr("Import registrations…"))
        self.import_button.clicked.connect(self._choose_registrations)
        self.attendance_button = QPushButton(self.tr("Import attendance…"))
        self.attendance_button.clicked.connect(self._choose_attendance)
        self.no_show_button = QPushButton(self.tr("Registered → no-show…"))
        self.no_show_button.setToolTip(
            self.tr("After the event: everyone still registered did not come")
        )
        self.no_show_button.clicked.connect(self.ask_no_shows)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.confirmation: QMessageBox | None = None

        actions = QHBoxLayout()
        actions.addWidget(self.status_box)
        actions.addWidget(self.set_status_button)
        actions.addWidget(self.role_box)
        actions.addWidget(self.set_role_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.attendance_button)
        actions.addWidget(self.no_show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        ids = (self.model.data(i, Qt.ItemDataRole.UserRole) for i in rows)
        return [i for i in ids if i is not None]

    def _changed(self, text: str) -> None:
        self.message.setText(text)
        self.model.reload()
        self.participations_changed.emit()

    def apply_status(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.setText(self.tr("Select the people first."))
            return
        status = self.status_box.currentData()
        promoted: list[int] = []
        waitlisted = 0
        try:
            with self.db.transaction() as session:
                for participation_id in ids:
                    change = participations.set_status(
                        session, participation_id=participation_id, status=status
                    )
                    promoted.extend(change.promoted)
                    waitlisted += change.status is not status
        except UserError as exc:
            self.message.setText(exc.message)
            return
        text = self.tr("{count} changed.").format(count=len(ids))
        if waitlisted:
            text += " " + self.tr("{count} put on the waitlist: the event is full.").format(
                count=waitlisted
            )
        if promoted:
            text += " " + self.tr("{count} moved up from the waitlist.").format(count=len(promoted))
        self._changed(text)

    def apply_role(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.setText(self.tr("Select the people first."))
            return
        with self.db.transaction() as session:
            for participation_id in ids:
                participations.set_role(
                    session, participation_id=participation_id, role=self.role_box.currentData()
                )
        self._changed(self.tr("{count} changed.").format(count=len(ids)))

    def ask_no_shows(self) -> None:
        """Ask, then turn everyone still registered into no-show."""
        with self.db.session() as session:
            count = participations.count_registered(session, event_id=self.event_id)
        if not count:
            self.message.setText(self.tr("Nobody is still registered."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mark no-shows"),
            self.tr("{count} people are still registered. Mark them all as “no-show”?").format(
                count=count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.accepted.connect(self.mark_no_shows)
        self.confirmation = box
        box.open()

    def mark_no_shows(self) -> None:
        with self.db.transaction() as session:
            changes = participations.mark_no_shows(session, event_id=self.event_id)
        count = len(changes.updated.get("participation", ()))
        self._changed(self.tr("{count} marked as no-show.").format(count=count))

    def _choose_registrations(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import registrations"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.import_registrations(Path(path))

    def _choose_attendance(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import attendance"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.import_attendance(Path(path))

    def import_registrations(self, path: Path) -> None:
        """Import a form export; all rows or none, problems shown with their row."""
        try:
            table = read_csv_table(path)
            with self.db.transaction() as session:
                report = import_registrations(
                    session,
                    event_id=self.event_id,
                    header=table.header,
                    rows=[(r.number, r.values) for r in table.rows],
                    source=table.source,
                )
        except UserError as exc:
            self.message.setText(exc.message)
            return
        text = self.tr(
            "{rows} rows imported: {created} people created, {matched} recognised."
        ).format(
            rows=report.rows,
            created=len(report.people_created),
            matched=len(report.people_matched),
        )
        if report.warnings:
            text += "\n" + "\n".join(report.warnings)
        self._changed(text)

    def import_attendance(self, path: Path) -> None:
        try:
            table = read_csv_table(path)
            with self.db.transaction() as session:
                report = import_attendance(
                    session,
                    event_id=self.event_id,
                    header=table.header,
                    rows=[(r.number, r.values) for r in table.rows],
                    source=table.source,
                )
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self._changed(
            self.tr("{marked} marked as attended, {created} people created.").format(
                marked=len(report.marked), created=len(report.people_created)
            )
        )
