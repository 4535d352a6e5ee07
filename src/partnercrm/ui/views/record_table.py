"""The table view every record list uses: chosen, resized and reordered columns remembered."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from partnercrm.ui.models.lazy_table import LazyTableModel
from partnercrm.ui.settings import Settings


class RecordTable(QTableView):
    """A QTableView over a LazyTableModel: sorting by header click goes to SQL."""

    def __init__(
        self, model: LazyTableModel, state_key: str, parent: QWidget | None = None
    ) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.state_key = state_key
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        # Fixed row heights: the view never asks for the size of 100,000 rows.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(160)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Keep the current record across a re-sort (the model resets for large lists).
        self._current_before_reset: int | None = None
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        char = self.fontMetrics().averageCharWidth()
        for section, column in enumerate(model.columns):
            header.resizeSection(section, column.width * char + 12)
            header.setSectionHidden(section, column.hidden)
        self.setSortingEnabled(True)

    def _remember_current(self) -> None:
        index = self.currentIndex()
        model = self.model()
        self._current_before_reset = (
            model.ids[index.row()]  # type: ignore[attr-defined]
            if index.isValid() and index.row() < len(model.ids)  # type: ignore[attr-defined]
            else None
        )

    def _restore_current(self) -> None:
        """After a re-sort or new filter: the current record if among the first rows
        fetched, else the top (the old scroll position means nothing in the new order,
        and keeping it would fetch every id up to there)."""
        record_id = self._current_before_reset
        self._current_before_reset = None
        model = self.model()
        assert isinstance(model, LazyTableModel)
        if record_id is not None and model.known_row_of(record_id) >= 0:
            self.select_id(record_id)
        else:
            self.scrollToTop()

    def _column_menu(self, position: QPoint) -> None:
        """Let the user choose the columns (a right click on the header)."""
        header = self.horizontalHeader()
        model = self.model()
        menu = QMenu(self)
        for section in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(section, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(lambda on, s=section: self.set_column_visible(s, on))
        menu.exec(header.mapToGlobal(position))

    def set_column_visible(self, section: int, visible: bool) -> None:
        header = self.horizontalHeader()
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        if not visible and shown == [section]:
            return  # keep at least one column
        header.setSectionHidden(section, not visible)

    def save_state(self, settings: Settings) -> None:
        settings.set_state(f"{self.state_key}/header", self.horizontalHeader().saveState())

    def restore_state(self, settings: Settings) -> None:
        state = settings.state(f"{self.state_key}/header")
        if state is not None:
            self.horizontalHeader().restoreState(state)

    def selected_ids(self) -> list[int]:
        model = self.model()
        assert isinstance(model, LazyTableModel)
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [i for i in (model.id_at(r) for r in rows) if i is not None]

    def current_id(self) -> int | None:
        model = self.model()
        assert isinstance(model, LazyTableModel)
        index = self.currentIndex()
        return model.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        model = self.model()
        assert isinstance(model, LazyTableModel)
        row = model.row_of(record_id)
        if row < 0:
            return False
        self.selectRow(row)
        self.setCurrentIndex(model.index(row, 0))
        self.scrollTo(model.index(row, 0))
        return True
