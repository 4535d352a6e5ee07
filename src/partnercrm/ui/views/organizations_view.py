"""The organisations view: search and kind filter, the lazy list, the editor beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partnercrm.model.enums import OrganizationKind, Sector
from partnercrm.services.changes import Changes
from partnercrm.services.organizations import OrganizationFilter
from partnercrm.ui.commands.trash import ORGANIZATIONS, move_with_undo, names_of
from partnercrm.ui.context import AppContext
from partnercrm.ui.editors.organization_editor import OrganizationEditor
from partnercrm.ui.icons import icon
from partnercrm.ui.labels import label
from partnercrm.ui.models.organizations_table import OrganizationsTableModel
from partnercrm.ui.settings import Settings
from partnercrm.ui.views.record_pages import RecordPages
from partnercrm.ui.views.record_table import RecordTable


class OrganizationsView(QWidget):
    """Master list and detail page of organisations.

    Signals:
        status_changed(text), open_requested(entity, id)
    """

    status_changed = Signal(str)
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("organizations_view")
        self.search = QLineEdit(self)
        self.search.setObjectName("organizations_search")
        self.search.setPlaceholderText(self.tr("Search organisations (Ctrl+F): name, city…"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for sector in Sector:
            self.kind.addItem(label(sector), f"sector:{sector.value}")
        for kind in OrganizationKind:
            self.kind.addItem("   " + label(kind), f"kind:{kind.value}")
        self.model = OrganizationsTableModel(ctx, parent=self)
        self.table = RecordTable(self.model, "organizations", self)
        self.table.setObjectName("organizations_table")
        self.table.setAccessibleName(self.tr("Organisations"))
        self.editor = OrganizationEditor(ctx, self)
        self.pages = RecordPages(ctx, self.editor, "organization", self)
        self.pages.setObjectName("organization_pages")
        self.pages.open_requested.connect(self.open_requested.emit)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("organizations_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search, self.kind)
        self.setTabOrder(self.kind, self.table)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._pending.start())
        self.kind.activated.connect(lambda _i: self.apply_filter())
        self.model.reloaded.connect(lambda _n: self.status_changed.emit(self.status_text()))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.editor.organization_saved.connect(self.table.select_id)
        self.editor.organization_saved.connect(self.pages.set_record)
        self.editor.open_requested.connect(self.open_requested.emit)
        ctx.bus.changed.connect(self._on_data_changed)
        self.model.reload()

    def org_filter(self) -> OrganizationFilter:
        choice = str(self.kind.currentData() or "")
        return OrganizationFilter(
            query=self.search.text(),
            kinds=(OrganizationKind(choice[5:]),) if choice.startswith("kind:") else (),
            sectors=(Sector(choice[7:]),) if choice.startswith("sector:") else (),
        )

    def apply_filter(self) -> None:
        self._pending.stop()
        # The table keeps the current organisation if among the first hits (RecordTable).
        self.model.set_filter(self.org_filter())

    def status_text(self) -> str:
        return self.tr("%Ln organisation(s)", "", self.model.rowCount())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> None:
        if self._confirm_discard():
            self.table.clearSelection()
            self.editor.new_organization()
            self.pages.set_record(None)

    def select_record(self, org_id: int) -> None:
        if not self.table.select_id(org_id):
            self.search.clear()
            self.kind.setCurrentIndex(0)
            self.apply_filter()
            self.table.select_id(org_id)

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            rows = [self.model.row(self.model.row_of(i)) for i in ids[:3]]
            names = names_of([r.name for r in rows if r is not None], len(ids))
            move_with_undo(self, self.ctx, ORGANIZATIONS, ids, names)

    def save_state(self, settings: Settings) -> None:
        self.table.save_state(settings)
        settings.set_state("organizations/splitter", self.splitter.saveState())

    def restore_state(self, settings: Settings) -> None:
        self.table.restore_state(settings)
        state = settings.state("organizations/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        org_id = self.table.current_id()
        if org_id is None or org_id == self.editor.org_id:
            return
        if self._confirm_discard():
            self.editor.load(org_id)
            self.pages.set_record(org_id)

    def _confirm_discard(self) -> bool:
        if not self.editor.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this organisation first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        return answer == QMessageBox.StandardButton.Discard

    def _on_data_changed(self, changes: Changes) -> None:
        if any(changes.touches(e) for e in ("interaction", "participation", "event")):
            self.pages.reload()
        if not changes.touches("organization") and not changes.touches("person"):
            return
        current = self.table.current_id()
        editing = self.editor.org_id
        self.model.reload()
        if current is not None:
            self.table.select_id(current)
        if editing is not None and not self.editor.dirty:
            self.editor.load(editing)
