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
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.interchange.csv_reading import read_csv_table
from partnercrm.model import ParticipationRole, ParticipationStatus
from partnercrm.services import events, participations
from partnercrm.services.attendance_import import import_attendance
from partnercrm.services.registration_import import import_registrations
from partnercrm.store.database import Database
from partnercrm.ui.events.invitation_dialog import InvitationDialog
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
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.invite_button.clicked.connect(lambda: self.open_invitations())
        self.invitation_dialog: InvitationDialog | None = None
        self.import_button = QPushButton(self.tr("Import registrations…"))
        self.import_button.clicked.connect(self._choose_registrations)
        self.attendance_button = QPushButton(self.tr("Import attendance…"))
        self.attendance_button.clicked.connect(self._choose_attendance)
        self.no_show_button = QPushButton(self.tr("Registered → no-show…"))
        self.no_show_button.setToolTip(
            self.tr("After the event: everyone still registered did not come")
        )
        self.no_show_button.clicked.connect(self.ask_no_shows)
        self.session_box = QComboBox()
        self.stand = QLineEdit()
        self.stand.setPlaceholderText(self.tr("Stand"))
        self.stand.setMaximumWidth(80)
        self.assign_button = QPushButton(self.tr("Add to session"))
        self.assign_button.setToolTip(
            self.tr("Put the selected people into the session in the chosen role")
        )
        self.assign_button.clicked.connect(self.assign_to_session)
        self.reload_sessions()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.confirmation: QMessageBox | None = None

        # Two short rows instead of one long one, so that the event's page fits
        # beside the event list: bringing people in above, changing the chosen below.
        intake = QHBoxLayout()
        intake.addWidget(self.invite_button)
        intake.addWidget(self.import_button)
        intake.addWidget(self.attendance_button)
        intake.addWidget(self.no_show_button)
        intake.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.status_box)
        actions.addWidget(self.set_status_button)
        actions.addSpacing(12)
        actions.addWidget(self.role_box)
        actions.addWidget(self.set_role_button)
        actions.addStretch(1)
        sessions = QHBoxLayout()
        sessions.addWidget(QLabel(self.tr("Session")))
        sessions.addWidget(self.session_box, 1)
        sessions.addWidget(self.stand)
        sessions.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.addLayout(intake)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(sessions)
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
        status = ParticipationStatus(self.status_box.currentData())
        promoted: list[int] = []
        waitlisted = 0
        try:
            with self.db.transaction() as session:
                for participation_id in ids:
                    change = participations.set_status(
                        session, participation_id=participation_id, status=status
                    )
                    promoted.extend(change.promoted)
                    waitlisted += change.status != status
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
                    session,
                    participation_id=participation_id,
                    role=ParticipationRole(self.role_box.currentData()),
                )
        self._changed(self.tr("{count} changed.").format(count=len(ids)))

    def reload_sessions(self) -> None:
        """The event's sessions in the session box (after the editor changed them)."""
        with self.db.session() as session:
            rows = events.list_sessions(session, event_id=self.event_id)
        self.session_box.clear()
        for row in rows:
            when = f"{row.data.starts_at:%d.%m. %H:%M} " if row.data.starts_at else ""
            self.session_box.addItem(f"{when}{row.data.title}", row.id)
        has_sessions = bool(rows)
        self.assign_button.setEnabled(has_sessions)
        self.stand.setEnabled(has_sessions)

    def assign_to_session(self) -> None:
        """Speakers, moderators, exhibitors (with stand number) of one session."""
        ids = self.selected_ids()
        session_id = self.session_box.currentData()
        if not ids or session_id is None:
            self.message.setText(self.tr("Select the people and a session first."))
            return
        role = ParticipationRole(self.role_box.currentData())
        with self.db.transaction() as session:
            for participation_id in ids:
                participations.assign_to_session(
                    session,
                    participation_id=participation_id,
                    session_id=session_id,
                    role=role,
                    stand_number=self.stand.text(),
                )
        self._changed(
            self.tr("{count} added to “{session}” as {role}.").format(
                count=len(ids), session=self.session_box.currentText(), role=role_label(role)
            )
        )

    def open_invitations(self, person_ids: list[int] | None = None) -> None:
        """Open the invitation dialog (a distribution list can be chosen in it)."""
        dialog = InvitationDialog(self.db, self.event_id, person_ids or [], self)
        dialog.invited.connect(
            lambda count: self._changed(self.tr("{count} invited.").format(count=count))
        )
        self.invitation_dialog = dialog
        dialog.open()

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
