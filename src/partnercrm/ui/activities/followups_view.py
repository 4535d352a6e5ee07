"""Follow-ups (Wiedervorlage) by bucket, with done (and a note), snooze and reassign."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.services import audit, followups
from partnercrm.services.changes import Changes
from partnercrm.services.followups import Bucket, FollowUp
from partnercrm.store.database import Database
from partnercrm.ui.activities.commands import (
    CompleteFollowUpCommand,
    ReassignFollowUpCommand,
    SnoozeFollowUpCommand,
)
from partnercrm.ui.activities.labels import interaction_kind_label

FOLLOWUP_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_BUCKET_COLOURS = {
    Bucket.OVERDUE: "#b00020",
    Bucket.TODAY: "#c25e00",
    Bucket.WEEK: "#1f5fa8",
    Bucket.LATER: "#555555",
}


def bucket_label(bucket: Bucket) -> str:
    labels = {
        Bucket.OVERDUE: QCoreApplication.translate("activities", "Overdue"),
        Bucket.TODAY: QCoreApplication.translate("activities", "Today"),
        Bucket.WEEK: QCoreApplication.translate("activities", "This week"),
        Bucket.LATER: QCoreApplication.translate("activities", "Later"),
    }
    return labels[bucket]


class FollowUpsModel(QAbstractTableModel):
    """Open follow-ups, overdue first, then today, this week and later (by due date)."""

    def __init__(
        self,
        db: Database,
        *,
        owner: str | None = None,
        today: Callable[[], date] = date.today,
        buckets: frozenset[Bucket] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._owner = owner
        self._today = today
        self._buckets = buckets
        self._rows: list[FollowUp] = []
        self._headers = (
            self.tr("Due"),
            self.tr("When"),
            self.tr("To do"),
            self.tr("With"),
            self.tr("Owner"),
        )
        self.reload()

    @property
    def owner(self) -> str | None:
        return self._owner

    def set_owner(self, owner: str | None) -> None:
        self._owner = owner
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self._db.session() as session:
            result = followups.list_followups(
                session, today=self._today(), owner=self._owner, buckets=self._buckets
            )
        self._rows = list(result.all())
        self.endResetModel()

    def followup(self, row: int) -> FollowUp | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def counts(self) -> dict[Bucket, int]:
        counts = dict.fromkeys(Bucket, 0)
        for item in self._rows:
            counts[item.bucket] += 1
        return counts

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.followup(index.row())
        if item is None or index.column() >= len(self._headers):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{bucket_label(item.bucket)} · {item.due.strftime('%d.%m.%Y')}"
            if column == 1:
                kind = interaction_kind_label(item.kind)
                return f"{kind} {item.occurred_at.strftime('%d.%m.%Y')}"
            if column == 2:
                if item.note and item.subject:
                    return f"{item.note} — {item.subject}"
                return item.note or item.subject
            if column == 3:
                return ", ".join(name for _id, name in item.people + item.organizations)
            return item.owner
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor(_BUCKET_COLOURS[item.bucket]))
        if role == Qt.ItemDataRole.FontRole and column == 0 and item.bucket is Bucket.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == FOLLOWUP_ROLE:
            return item
        return None


class SnoozeDialog(QDialog):
    """Asks for the new due date, with quick choices."""

    def __init__(self, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze follow-up"))
        today = date.today()
        self.date_edit = QDateEdit(_qdate(max(current, today) + timedelta(days=7)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        quick = QHBoxLayout()
        for label, days in (
            (self.tr("Tomorrow"), 1),
            (self.tr("In a week"), 7),
            (self.tr("In a month"), 30),
        ):
            button = QPushButton(label)
            button.clicked.connect(
                lambda _checked=False, d=days: self.date_edit.setDate(
                    _qdate(today + timedelta(days=d))
                )
            )
            quick.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Due on"), self.date_edit)
        form.addRow(quick)
        form.addRow(buttons)

    def chosen(self) -> date:
        result: date = self.date_edit.date().toPython()
        return result


class DoneDialog(QDialog):
    """Asks for an optional note; a note is logged as an interaction."""

    def __init__(self, item: FollowUp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up done"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Optional: what came of it (logged as a note)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(item.note or item.subject))
        layout.addWidget(self.note)
        layout.addWidget(buttons)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FollowUpsView(QWidget):
    """The follow-up list with its actions (undoable when given the app's ``undo_stack``;
    after an undo or redo the caller reloads the view).

    Signals:
        followups_changed(object): ``Changes`` of a done/snooze/reassign.
        interaction_activated(int): a follow-up was double-clicked (open its interaction).
        failed(str): an action was refused (the message says why).
    """

    followups_changed = Signal(object)
    interaction_activated = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        *,
        owner: str | None = None,
        today: Callable[[], date] = date.today,
        undo_stack: QUndoStack | None = None,
        buckets: frozenset[Bucket] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._undo_stack = undo_stack
        self.model = FollowUpsModel(db, owner=owner, today=today, buckets=buckets, parent=self)

        self.owner = QComboBox()
        self.summary = QLabel()
        self.done_button = QPushButton(self.tr("Done…"))
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.done_button.clicked.connect(self._ask_done)
        self.snooze_button.clicked.connect(self._ask_snooze)
        self.reassign_button.clicked.connect(self._ask_reassign)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 180), (1, 130), (3, 200), (4, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.owner)
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.snooze_button)
        actions.addWidget(self.reassign_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addLayout(actions)

        self._fill_owners(owner)
        self.owner.currentIndexChanged.connect(self._owner_changed)
        self._update_buttons()
        self._show_summary()

    # --- the actions (each one short, calling a service) ------------------------------

    def selected(self) -> list[FollowUp]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for row in rows if (item := self.model.followup(row)) is not None]

    def mark_done(self, note: str = "") -> None:
        """Mark the selected follow-ups done; a note is logged with the first one."""

        def action(session: Any) -> tuple[Changes, list[QUndoCommand]]:
            changes, commands = Changes(), []
            for number, item in enumerate(self.selected()):
                text = note if number == 0 else ""
                done = followups.complete_followup(
                    session, interaction_id=item.interaction_id, note=text
                )
                changes = changes | done.changes
                commands.append(
                    CompleteFollowUpCommand(
                        self._db, item.interaction_id, text, done.note_interaction_id
                    )
                )
            return changes, commands

        self._run(action, self.tr("Follow-ups done"))

    def snooze(self, until: date) -> None:
        def action(session: Any) -> tuple[Changes, list[QUndoCommand]]:
            changes, commands = Changes(), []
            for item in self.selected():
                changes = changes | followups.snooze_followup(
                    session, interaction_id=item.interaction_id, until=until
                )
                commands.append(
                    SnoozeFollowUpCommand(self._db, item.interaction_id, item.due, until)
                )
            return changes, commands

        self._run(action, self.tr("Snooze follow-ups"))

    def reassign(self, owner: str) -> None:
        def action(session: Any) -> tuple[Changes, list[QUndoCommand]]:
            changes, commands = Changes(), []
            for item in self.selected():
                changes = changes | followups.reassign_followup(
                    session, interaction_id=item.interaction_id, owner=owner
                )
                commands.append(
                    ReassignFollowUpCommand(
                        self._db, item.interaction_id, item.owner, owner.strip()
                    )
                )
            return changes, commands

        self._run(action, self.tr("Reassign follow-ups"))

    def reload(self) -> None:
        self.model.reload()
        self._fill_owners(self.model.owner)
        self._update_buttons()
        self._show_summary()

    def _run(self, action: Callable[[Any], tuple[Changes, list[QUndoCommand]]], macro: str) -> None:
        if not self.selected():
            return
        try:
            with self._db.transaction() as session:
                changes, commands = action(session)
        except UserError as exc:
            self.failed.emit(exc.message)
            return
        if self._undo_stack is not None and commands:
            if len(commands) > 1:
                self._undo_stack.beginMacro(macro)
            for command in commands:
                self._undo_stack.push(command)
            if len(commands) > 1:
                self._undo_stack.endMacro()
        self.reload()
        self.followups_changed.emit(changes)

    # --- dialogs in front of the actions --------------------------------------------

    def _ask_done(self) -> None:
        items = self.selected()
        if not items:
            return
        dialog = DoneDialog(items[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_done(dialog.note.toPlainText())

    def _ask_snooze(self) -> None:
        items = self.selected()
        if not items:
            return
        dialog = SnoozeDialog(items[0].due, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.snooze(dialog.chosen())

    def _ask_reassign(self) -> None:
        items = self.selected()
        if not items:
            return
        with self._db.session() as session:
            names = followups.owners(session)
        me = audit.current_actor()
        choices = list(dict.fromkeys([n for n in (me, *names) if n]))
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Reassign follow-up"),
            self.tr("Who is to do it?"),
            choices,
            0,
            True,
        )
        if ok and name.strip():
            self.reassign(name)

    # --- state ----------------------------------------------------------------------

    def _fill_owners(self, current: str | None) -> None:
        with self._db.session() as session:
            names = followups.owners(session)
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Everyone"), None)
        me = audit.current_actor()
        if me:
            self.owner.addItem(self.tr("Mine ({name})").format(name=me), me)
        for name in names:
            if name != me:
                self.owner.addItem(name, name)
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)

    def _owner_changed(self) -> None:
        self.model.set_owner(self.owner.currentData())
        self._update_buttons()
        self._show_summary()

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        for button in (self.done_button, self.snooze_button, self.reassign_button):
            button.setEnabled(has)

    def _show_summary(self) -> None:
        counts = self.model.counts()
        parts = [f"{bucket_label(bucket)}: {counts[bucket]}" for bucket in Bucket if counts[bucket]]
        self.summary.setText(" · ".join(parts) if parts else self.tr("No open follow-ups."))

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.followup(index.row())
        if item is not None:
            self.interaction_activated.emit(item.interaction_id)
