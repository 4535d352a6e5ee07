"""The quick "log interaction" dialog: kind, when, subject, text, who, optional follow-up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError, ValidationError
from partnercrm.model import InteractionKind
from partnercrm.services import audit, followups, interactions, search
from partnercrm.services.interactions import InteractionInput
from partnercrm.store.database import Database
from partnercrm.ui.activities.labels import interaction_kind_label

PARTY_ROLE = Qt.ItemDataRole.UserRole + 1  # ("person" | "organization", id)
DEFAULT_FOLLOWUP_DAYS = 14
_COMPLETION_LIMIT = 12


class LogInteractionDialog(QDialog):
    """Logs one interaction; the people, organizations and event it starts with are pre-filled.

    Signals:
        interaction_logged(int, object): the new interaction's id and the ``Changes``.
    """

    interaction_logged = Signal(int, object)

    def __init__(
        self,
        db: Database,
        *,
        person_ids: Sequence[int] = (),
        organization_ids: Sequence[int] = (),
        event_id: int | None = None,
        kind: InteractionKind = InteractionKind.CALL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event_id = event_id
        self.setWindowTitle(self.tr("Log interaction"))
        self.setMinimumWidth(520)

        self.kind = QComboBox()
        for value in InteractionKind:
            self.kind.addItem(interaction_kind_label(value), value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("What was it about?"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What was said or agreed"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)

        self.parties = QListWidget()
        self.parties.setMaximumHeight(80)
        self.parties.setToolTip(self.tr("Press Delete to remove the selected entry."))
        self.add_party = QLineEdit()
        self.add_party.setPlaceholderText(self.tr("Add a person or organisation…"))
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_party.setCompleter(self._completer)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._search_parties)
        self.add_party.textEdited.connect(lambda _text: self._search_timer.start())
        self._completer.activated[QModelIndex].connect(self._party_chosen)
        QShortcut(QKeySequence.StandardKey.Delete, self.parties, self._remove_party)

        self.event_label = QLabel()
        self.followup = QGroupBox(self.tr("Follow-up"))
        self.followup.setCheckable(True)
        self.followup.setChecked(False)
        self.due = QDateEdit(QDate.currentDate().addDays(DEFAULT_FOLLOWUP_DAYS))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.todo = QLineEdit()
        self.todo.setPlaceholderText(self.tr("What is to be done"))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        follow_form = QFormLayout(self.followup)
        follow_form.addRow(self.tr("Due on"), self.due)
        follow_form.addRow(self.tr("To do"), self.todo)
        follow_form.addRow(self.tr("Who"), self.owner)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        form = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.when)
        top.addStretch(1)
        form.addRow(self.tr("Kind and time"), top)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.text)
        with_box = QVBoxLayout()
        with_box.addWidget(self.parties)
        with_box.addWidget(self.add_party)
        form.addRow(self.tr("With"), with_box)
        form.addRow(self.tr("Event"), self.event_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.followup)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._prefill(person_ids, organization_ids)
        self.subject.setFocus()

    # --- pre-filling and completion ------------------------------------------------

    def _prefill(self, person_ids: Sequence[int], organization_ids: Sequence[int]) -> None:
        with self._db.session() as session:
            people, orgs = interactions.parties(
                session, person_ids=person_ids, organization_ids=organization_ids
            )
            title = interactions.event_title(session, self._event_id) if self._event_id else ""
            owners = followups.owners(session)
        for party in people:
            self._add_party_item("person", party.id, party.name)
        for party in orgs:
            self._add_party_item("organization", party.id, party.name)
        self.event_label.setText(title or self.tr("none"))
        me = audit.current_actor()
        for name in dict.fromkeys([me, *owners]):
            if name:
                self.owner.addItem(name)
        self.owner.setCurrentText(me)

    def _add_party_item(self, kind: str, party_id: int, name: str) -> None:
        for row in range(self.parties.count()):
            if self.parties.item(row).data(PARTY_ROLE) == (kind, party_id):
                return
        shown = name if kind == "person" else self.tr("{name} (organisation)").format(name=name)
        item = QListWidgetItem(shown)
        item.setData(PARTY_ROLE, (kind, party_id))
        self.parties.addItem(item)

    def _search_parties(self) -> None:
        query = self.add_party.text().strip()
        self._matches.clear()
        if len(query) < 2:
            return
        with self._db.session() as session:
            people = search.search_people(session, query, limit=_COMPLETION_LIMIT).rows
            orgs = search.search_organizations(session, query, limit=_COMPLETION_LIMIT).rows
        for person in people:
            detail = ", ".join(p for p in (person.organization, person.function) if p)
            item = QStandardItem(
                f"{person.display_name} – {detail}" if detail else person.display_name
            )
            item.setData(("person", person.id, person.display_name), PARTY_ROLE)
            self._matches.appendRow(item)
        for org in orgs:
            item = QStandardItem(self.tr("{name} (organisation)").format(name=org.name))
            item.setData(("organization", org.id, org.name), PARTY_ROLE)
            self._matches.appendRow(item)
        self._completer.complete()

    def _party_chosen(self, index: QModelIndex) -> None:
        data = index.data(PARTY_ROLE)
        if data:
            kind, party_id, name = data
            self._add_party_item(kind, party_id, name)
        # After the completer has written its text into the line edit, clear it.
        QTimer.singleShot(0, self.add_party.clear)

    def _remove_party(self) -> None:
        for item in self.parties.selectedItems():
            self.parties.takeItem(self.parties.row(item))

    # --- saving ----------------------------------------------------------------------

    def party_ids(self) -> tuple[list[int], list[int]]:
        people: list[int] = []
        orgs: list[int] = []
        for row in range(self.parties.count()):
            kind, party_id = self.parties.item(row).data(PARTY_ROLE)
            (people if kind == "person" else orgs).append(party_id)
        return people, orgs

    def input(self) -> InteractionInput:
        """What the dialog holds, as the service takes it."""
        people, orgs = self.party_ids()
        moment = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        has_followup = self.followup.isChecked()
        return InteractionInput(
            kind=InteractionKind(self.kind.currentData()),
            subject=self.subject.text(),
            text=self.text.toPlainText(),
            occurred_at=moment,
            person_ids=people,
            organization_ids=orgs,
            event_id=self._event_id,
            followup_due=self.due.date().toPython() if has_followup else None,
            followup_note=self.todo.text() if has_followup else "",
            followup_owner=self.owner.currentText() if has_followup else "",
        )

    def save(self) -> None:
        try:
            with self._db.transaction() as session:
                logged = interactions.log_interaction(session, data=self.input())
        except ValidationError as exc:
            self._show_error(exc.message, exc.field)
            return
        except UserError as exc:
            self._show_error(exc.message, "")
            return
        self.interaction_logged.emit(logged.interaction_id, logged.changes)
        self.accept()

    def _show_error(self, message: str, field: str) -> None:
        self.error.setText(message)
        self.error.show()
        target = {
            "subject": self.subject,
            "person_ids": self.add_party,
            "organization_ids": self.add_party,
        }.get(field)
        if target is not None:
            target.setFocus()

    def set_when(self, day: date, hour: int = 9, minute: int = 0) -> None:
        """Set the date and time (for callers that log something from the past)."""
        self.when.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute)))

    def set_followup(self, due: date | None, todo: str = "", owner: str = "") -> None:
        """Switch the follow-up on with these values (or off with ``None``)."""
        self.followup.setChecked(due is not None)
        if due is not None:
            self.due.setDate(QDate(due.year, due.month, due.day))
            self.todo.setText(todo)
            if owner:
                self.owner.setCurrentText(owner)


__all__ = ["DEFAULT_FOLLOWUP_DAYS", "LogInteractionDialog"]
