"""Distribution lists: the saved lists and their current members."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.services import distribution_lists
from partnercrm.services.changes import Changes
from partnercrm.services.people import PersonFilter
from partnercrm.ui.context import AppContext
from partnercrm.ui.icons import icon
from partnercrm.ui.models.people_table import PeopleTableModel
from partnercrm.ui.settings import Settings
from partnercrm.ui.views.record_table import RecordTable


class DistributionListsView(QWidget):
    """The lists on the left, the members of the chosen one on the right.

    Signals:
        status_changed(text), open_requested(entity, id)
    """

    status_changed = Signal(str)
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lists_view")
        self.lists = QListWidget(self)
        self.lists.setAccessibleName(self.tr("Distribution lists"))
        self.members_model = PeopleTableModel(ctx, PersonFilter(ids=()), self)
        self.members = RecordTable(self.members_model, "list_members", self)
        self.members.setAccessibleName(self.tr("Members of the list"))
        self.hint = QLabel(
            self.tr(
                "Save a search of the people view as a list with “Save as list…”. "
                "A saved filter list always shows who matches it now."
            )
        )
        self.hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.lists)
        splitter.addWidget(self.members)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self.lists.currentItemChanged.connect(lambda _c, _p: self._show_members())
        self.members.activated.connect(self._open_member)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        current = self.lists.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.lists.clear()
        for ref in self.ctx.read(distribution_lists.list_lists):
            item = QListWidgetItem(icon("lists"), ref.name)
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            item.setToolTip(ref.description or ref.name)
            self.lists.addItem(item)
            if ref.id == current_id:
                self.lists.setCurrentItem(item)
        if self.lists.currentItem() is None and self.lists.count():
            self.lists.setCurrentRow(0)
        self._show_members()

    def _show_members(self) -> None:
        item = self.lists.currentItem()
        ids: tuple[int, ...] = ()
        if item is not None:
            list_id = int(item.data(Qt.ItemDataRole.UserRole))
            try:
                ids = tuple(self.ctx.read(lambda s: distribution_lists.list_member_ids(s, list_id)))
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Distribution lists"), exc.message)
        self.members_model.set_filter(PersonFilter(ids=ids))
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        return (
            self.tr("%Ln list(s)", "", self.lists.count())
            + " · "
            + (self.tr("%Ln member(s)", "", self.members_model.rowCount()))
        )

    def _open_member(self) -> None:
        person_id = self.members.current_id()
        if person_id is not None:
            self.open_requested.emit("person", person_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("distribution_list") or changes.touches("person"):
            self.reload()

    def save_state(self, settings: Settings) -> None:
        self.members.save_state(settings)

    def restore_state(self, settings: Settings) -> None:
        self.members.restore_state(settings)
