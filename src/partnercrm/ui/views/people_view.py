"""The people view: search and filters, the lazy list, and the editor beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QSplitter, QVBoxLayout, QWidget

from partnercrm.errors import UserError
from partnercrm.services.changes import Changes
from partnercrm.services.people import PersonFilter
from partnercrm.ui.activities.email_drop import EmailDropFilter
from partnercrm.ui.commands.trash import PEOPLE, move_with_undo, names_of
from partnercrm.ui.context import AppContext
from partnercrm.ui.editors.person_editor import PersonEditor
from partnercrm.ui.models.people_table import PeopleTableModel
from partnercrm.ui.settings import Settings
from partnercrm.ui.views.people_filters import PeopleFilterBar
from partnercrm.ui.views.record_pages import RecordPages
from partnercrm.ui.views.record_table import RecordTable


class PeopleView(QWidget):
    """Master list and detail editor of people.

    Signals:
        status_changed(text): the count for the status bar.
    """

    status_changed = Signal(str)
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("people_view")
        self.filters = PeopleFilterBar(ctx, self)
        self.model = PeopleTableModel(ctx, parent=self)
        self.table = RecordTable(self.model, "people", self)
        self.table.setObjectName("people_table")
        self.table.setAccessibleName(self.tr("People"))
        self.editor = PersonEditor(ctx, self)
        self.pages = RecordPages(ctx, self.editor, "person", self)
        self.pages.setObjectName("person_pages")
        self.pages.open_requested.connect(self.open_requested.emit)
        # Dropping .eml files onto the person's page logs them with this person.
        self.email_drop = EmailDropFilter(
            ctx.db, self.pages, person_id=lambda: self.pages.record_id
        )
        self.email_drop.emails_logged.connect(self._emails_logged)
        self.email_drop.drop_failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Log e-mail"), message)
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("people_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.filters.search, self.table)

        self.filters.filter_changed.connect(self.set_filter)
        self.filters.save_requested.connect(self.save_as_list)
        self.model.reloaded.connect(lambda _n: self.status_changed.emit(self.status_text()))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _i: self.editor.first_name.setFocus())
        self.editor.person_saved.connect(self._on_saved)
        ctx.bus.changed.connect(self._on_data_changed)
        self.model.reload()

    # --- what the main window calls ---------------------------------------------------

    def status_text(self) -> str:
        return self.tr("%Ln person(s)", "", self.model.rowCount())

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def new_item(self) -> None:
        if self._confirm_discard():
            self.table.clearSelection()
            self.editor.new_person()
            self.pages.set_record(None)

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            rows = [self.model.row(self.model.row_of(i)) for i in ids[:3]]
            names = names_of([r.display_name for r in rows if r is not None], len(ids))
            move_with_undo(self, self.ctx, PEOPLE, ids, names)

    def select_record(self, person_id: int) -> None:
        if not self.table.select_id(person_id):
            self.filters.search.clear()
            self.set_filter(self.filters.person_filter())
            self.table.select_id(person_id)

    def save_state(self, settings: Settings) -> None:
        self.table.save_state(settings)
        settings.set_state("people/splitter", self.splitter.saveState())

    def restore_state(self, settings: Settings) -> None:
        self.table.restore_state(settings)
        state = settings.state("people/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # --- reactions ---------------------------------------------------------------------

    def set_filter(self, person_filter: PersonFilter) -> None:
        # The table keeps the current person if among the first hits (RecordTable).
        self.model.set_filter(person_filter)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        person_id = self.table.current_id()
        if person_id is None or person_id == self.editor.person_id:
            return
        if not self._confirm_discard():
            return
        self.editor.load(person_id)
        self.pages.set_record(person_id)

    def _confirm_discard(self) -> bool:
        """Unsaved changes are never dropped silently: save, discard or stay."""
        if not self.editor.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this person first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        return answer == QMessageBox.StandardButton.Discard

    def _on_saved(self, person_id: int) -> None:
        self.table.select_id(person_id)
        self.pages.set_record(person_id)

    def _emails_logged(self, ids: list[int], changes: Changes) -> None:
        self.ctx.bus.changed.emit(changes)
        self.status_changed.emit(self.tr("Logged %n e-mail(s).", "", len(ids)))

    def _on_data_changed(self, changes: Changes) -> None:
        if any(changes.touches(e) for e in ("interaction", "participation", "event")):
            self.pages.reload()
        if not changes.touches("person") and not changes.touches("organization"):
            return
        current = self.table.current_id()
        editing = self.editor.person_id
        self.model.reload()
        if current is not None:
            self.table.select_id(current)
        if changes.touches("person"):
            self.filters.refresh_choices()
        if editing is not None and not self.editor.dirty:
            self.editor.load(editing)

    def save_as_list(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save as distribution list"), self.tr("Name of the list:")
        )
        if not ok or not name.strip():
            return
        from partnercrm.services import distribution_lists  # only when a list is saved

        person_filter = self.filters.person_filter()
        try:
            self.ctx.write(
                lambda s: distribution_lists.create_list(s, name=name, filter=person_filter)
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save as distribution list"), exc.message)
            return
        self.status_changed.emit(self.tr("Saved the list “{name}”.").format(name=name.strip()))
