"""The trash: people and organisations moved there, restorable (or deleted for good)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.services import organizations, people
from partnercrm.services.changes import Changes
from partnercrm.services.organizations import OrganizationFilter
from partnercrm.services.people import PersonFilter
from partnercrm.ui.commands.trash import ORGANIZATIONS, PEOPLE, move_with_undo, names_of
from partnercrm.ui.context import AppContext
from partnercrm.ui.icons import icon
from partnercrm.ui.models.organizations_table import OrganizationsTableModel
from partnercrm.ui.models.people_table import PeopleTableModel
from partnercrm.ui.settings import Settings
from partnercrm.ui.views.record_table import RecordTable


class TrashView(QWidget):
    """Two tabs, people and organisations in the trash; Restore is undoable.

    Signals:
        status_changed(text)
    """

    status_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trash_view")
        self.people_model = PeopleTableModel(ctx, PersonFilter(trashed=True), self)
        self.people_table = RecordTable(self.people_model, "trash_people", self)
        self.people_table.setAccessibleName(self.tr("People in the trash"))
        self.org_model = OrganizationsTableModel(ctx, OrganizationFilter(trashed=True), self)
        self.org_table = RecordTable(self.org_model, "trash_organizations", self)
        self.org_table.setAccessibleName(self.tr("Organisations in the trash"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.people_table, icon("people"), self.tr("People"))
        self.tabs.addTab(self.org_table, icon("organizations"), self.tr("Organisations"))
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore"), self)
        self.purge_button = QPushButton(icon("delete"), self.tr("Delete for &good…"), self)
        note = QLabel(
            self.tr("Items in the trash are hidden everywhere else. Restoring can be undone.")
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.tabs.currentChanged.connect(lambda _i: self.status_changed.emit(self.status_text()))
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.people_model.reload()
        self.org_model.reload()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return (
            self.tr("In the trash: %n person(s)", "", self.people_model.rowCount())
            + " · "
            + (self.tr("%n organisation(s)", "", self.org_model.rowCount()))
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("person") or changes.touches("organization"):
            self.reload()

    def _current(self) -> tuple[str, RecordTable]:
        if self.tabs.currentWidget() is self.org_table:
            return "organization", self.org_table
        return "person", self.people_table

    def _names(self, table: RecordTable, ids: list[int]) -> str:
        model = table.model()
        rows = [model.row(model.row_of(i)) for i in ids[:3]]  # type: ignore[attr-defined]
        names = [getattr(r, "display_name", None) or getattr(r, "name", "") for r in rows if r]
        return names_of(names, len(ids))

    def restore_selected(self) -> None:
        entity, table = self._current()
        ids = table.selected_ids()
        if ids:
            kind = PEOPLE if entity == "person" else ORGANIZATIONS
            move_with_undo(self, self.ctx, kind, ids, self._names(table, ids), restore=True)

    def purge_selected(self) -> None:
        entity, table = self._current()
        ids = table.selected_ids()
        if not ids:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete {names} for good? This cannot be undone; everything stored about "
                "them is erased."
            ).format(names=self._names(table, ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        purge = people.purge_people if entity == "person" else organizations.purge_organizations
        try:
            self.ctx.write(lambda s: purge(s, ids))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete for good"), exc.message)

    def delete_selected(self) -> None:
        self.purge_selected()

    def save_state(self, settings: Settings) -> None:
        self.people_table.save_state(settings)
        self.org_table.save_state(settings)

    def restore_state(self, settings: Settings) -> None:
        self.people_table.restore_state(settings)
        self.org_table.restore_state(settings)
