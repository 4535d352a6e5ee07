"""Choosing organisations by typing their name: one (the organiser) or several (partners).

Completion asks the search service as the user types, so it stays fast with a
hundred thousand organisations; only a name chosen from the suggestions counts.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnercrm.services.organizations import find_organizations
from partnercrm.store.database import Database

MIN_LETTERS = 2


class OrganizationPicker(QWidget):
    """A name field with suggestions; ``organization_id`` is set once a suggestion is taken.

    Signals:
        organization_chosen(object): the id chosen, or None when the field is cleared.
    """

    organization_chosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.organization_id: int | None = None
        self._ids: dict[str, int] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a few letters of the organisation"))
        self.edit.setClearButtonEnabled(True)
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The service already filtered (folded, umlaut-tolerant): show all it found.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.edit.textEdited.connect(self._suggest)
        self.completer.activated.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def _suggest(self, text: str) -> None:
        if self.organization_id is not None:
            self.organization_id = None
            self.organization_chosen.emit(None)
        if len(text.strip()) < MIN_LETTERS:
            self.suggestions.setStringList([])
            return
        with self.db.session() as session:
            refs = find_organizations(session, text, limit=20)
        self._ids = {}
        for ref in refs:
            self._ids.setdefault(ref.name, ref.id)
        self.suggestions.setStringList(list(self._ids))
        self.completer.complete()

    def choose(self, name: str) -> None:
        """Take a suggested name (what activating a suggestion does)."""
        if name in self._ids:
            self.set_organization(self._ids[name], name)
            self.organization_chosen.emit(self.organization_id)

    def set_organization(self, organization_id: int | None, name: str = "") -> None:
        self.organization_id = organization_id
        self.edit.setText(name if organization_id is not None else "")


class OrganizationListEdit(QWidget):
    """Several organisations (partners, funders): pick, add, remove."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = OrganizationPicker(db)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setEnabled(False)
        self.picker.organization_chosen.connect(
            lambda org_id: self.add_button.setEnabled(org_id is not None)
        )
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.items = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.items)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(50)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.items.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.items.rowCount())
        )

    def set_organizations(self, organizations: list[tuple[int, str]]) -> None:
        self.items.clear()
        for org_id, name in organizations:
            self._append(org_id, name)

    def _append(self, org_id: int, name: str) -> None:
        if org_id in self.ids():
            return
        item = QStandardItem(name)
        item.setData(org_id, Qt.ItemDataRole.UserRole)
        self.items.appendRow(item)

    def add_chosen(self) -> None:
        org_id = self.picker.organization_id
        if org_id is None:
            return
        self._append(org_id, self.picker.edit.text())
        self.picker.set_organization(None)
        self.add_button.setEnabled(False)

    def remove_selected(self) -> None:
        for index in sorted(self.view.selectedIndexes(), key=lambda i: -i.row()):
            self.items.removeRow(index.row())
