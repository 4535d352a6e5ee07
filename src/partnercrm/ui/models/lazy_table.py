"""A table model over a list of ids whose rows are fetched lazily, page by page.

The id list comes from SQL already filtered and sorted; rows are fetched in pages
of ``page_size`` ids when the view first asks for one of them and kept in a small
LRU of pages. Sorting asks SQL for a new id list; filtering too. No
QSortFilterProxyModel over 100k Python rows (reference/perf-baselines.md, section 3).

With a ``probe_ids`` function, ``reload`` fetches only the count and the first
``probe`` ids (the "probe" of perf-baselines.md, one read), so the list repaints
right after a keystroke; the rest of the id list is fetched on demand, when the
view needs a row beyond the ids known: up to that row and a margin, at least
doubling what is known (so reaching the end costs at most twice one whole list).
Nothing runs in the background to compete with the GUI thread for the GIL.
Without ``probe_ids`` the whole id list is fetched at once (short lists).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SHOWN_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})

# fetch_ids(sort, descending, limit); limit None means all.
FetchIds = Callable[[str, bool, "int | None"], list[int]]
# probe_ids(sort, descending, limit) → (how many in all, the first ``limit`` ids).
FetchProbe = Callable[[str, bool, int], tuple[int, list[int]]]


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column described as data.

    Attributes:
        key: stable name (for saved column choices).
        title: English header text, translated in the "Columns" context.
        value: the shown text of a row.
        sort: the service's sort key for this column, or None if it cannot sort.
        width: default width in average characters.
        hidden: hidden until the user chooses it.
    """

    key: str
    title: str
    value: Callable[[R], str]
    sort: str | None = None
    width: int = 16
    hidden: bool = False


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``fetch_rows(ids)`` in the order of ``fetch_ids(sort, descending)``.

    Signals:
        reloaded(count): the id list was fetched anew.
    """

    reloaded = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch_ids: FetchIds,
        fetch_rows: Callable[[list[int]], list[R]],
        *,
        row_id: Callable[[R], int],
        default_sort: str,
        page_size: int = 50,
        max_pages: int = 50,
        probe: int = 60,
        probe_ids: FetchProbe | None = None,
        chunk: int = 2000,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.fetch_ids = fetch_ids
        self.fetch_rows = fetch_rows
        self.row_id = row_id
        self.page_size = page_size
        self.max_pages = max_pages
        self.sort_key = default_sort
        self.descending = False
        self.probe = probe
        self.probe_ids = probe_ids
        self.chunk = chunk
        self.ids: list[int] = []
        self.total = 0  # rows shown; more than len(ids) while the rest is not fetched
        self.pages: OrderedDict[int, list[R | None]] = OrderedDict()

    # --- loading ---------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        return len(self.ids) >= self.total

    def reload(self, *, same_rows: bool = False) -> None:
        """Fetch the id list anew (after a filter, sort or data change).

        ``same_rows``: only the order changes (a re-sort), so the count is kept.
        """
        sort, descending = self.sort_key, self.descending
        if self.probe_ids is not None:
            if same_rows:
                total = self.total
                ids = self.fetch_ids(sort, descending, self.probe) if total else []
            else:
                total, ids = self.probe_ids(sort, descending, self.probe)
            if len(ids) < min(total, self.probe):
                total = len(ids)  # the data changed between count and ids
        else:
            ids = self.fetch_ids(sort, descending, None)
            total = len(ids)
        self.beginResetModel()
        self.ids = ids
        self.total = total
        self.pages.clear()
        self.endResetModel()
        self.reloaded.emit(total)

    def _complete_now(self) -> None:
        """Fetch the rest of the id list (a reset if the data changed meanwhile)."""
        ids = self.fetch_ids(self.sort_key, self.descending, None)
        if len(ids) != self.total or ids[: len(self.ids)] != self.ids:
            self.beginResetModel()
            self.ids = ids
            self.total = len(ids)
            self.pages.clear()
            self.endResetModel()
            self.reloaded.emit(self.total)
            return
        self._take_prefix(ids)

    def _take_prefix(self, ids: list[int]) -> None:
        """More of the same list: the known ids are its beginning."""
        known = len(self.ids)
        self.ids = ids
        for page in [p for p in self.pages if (p + 1) * self.page_size > known]:
            del self.pages[page]  # fetched while its last ids were not known yet

    def _extend(self, row: int) -> None:
        """Fetch the id list up to ``row`` and a margin (at least twice what is known)."""
        if self.probe_ids is None:
            self._complete_now()
            return
        known = len(self.ids)
        want = max(row + 1 + self.chunk, 2 * known)
        if want >= self.total:
            self._complete_now()
            return
        ids = self.fetch_ids(self.sort_key, self.descending, want)
        if len(ids) < want or ids[:known] != self.ids:
            self._complete_now()  # the data changed meanwhile: the whole list, a reset
            return
        self._take_prefix(ids)

    def refresh_rows(self, ids: set[int] | frozenset[int] | None = None) -> None:
        """Forget cached rows (all, or the pages holding ``ids``) and repaint them."""
        if ids is None:
            self.pages.clear()
        else:
            for page, rows in list(self.pages.items()):
                if any(r is not None and self.row_id(r) in ids for r in rows):
                    del self.pages[page]
        if self.total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.total - 1, len(self.columns) - 1)
            )

    def _page(self, page: int) -> list[R | None]:
        rows = self.pages.get(page)
        if rows is not None:
            self.pages.move_to_end(page)
            return rows
        start = page * self.page_size
        wanted = self.ids[start : start + self.page_size]
        fetched = {self.row_id(r): r for r in self.fetch_rows(wanted)}
        # A row deleted meanwhile stays blank until the next reload.
        rows = [fetched.get(i) for i in wanted]
        self.pages[page] = rows
        while len(self.pages) > self.max_pages:
            self.pages.popitem(last=False)
        return rows

    def row(self, row: int) -> R | None:
        """The row object at ``row`` (fetched on demand)."""
        if not 0 <= row < self.total:
            return None
        if row >= len(self.ids):
            self._extend(row)
            if row >= len(self.ids):
                return None
        return self._page(row // self.page_size)[row % self.page_size]

    def id_at(self, row: int) -> int | None:
        if 0 <= row < self.total and row >= len(self.ids):
            self._extend(row)
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def all_ids(self) -> list[int]:
        """Every id shown, in order (completes the list if needed)."""
        if not self.complete:
            self._complete_now()
        return list(self.ids)

    def known_row_of(self, record_id: int) -> int:
        """The row showing ``record_id`` among the ids fetched so far, or -1."""
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id``, or -1."""
        if record_id not in self.ids and not self.complete:
            self._complete_now()
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each visible cell for about five roles: answer the ones
        # without data first and cheaply (a repaint makes hundreds of these calls).
        if role not in _SHOWN_ROLES:
            if role == ID_ROLE and index.isValid() and index.row() < self.total:
                return self.id_at(index.row())
            return None
        number = index.row()
        if not index.isValid() or number >= self.total:
            return None
        row = self.row(number)
        if row is None:
            return ""
        return self.columns[index.column()].value(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) answers in
    # C++; a Python override cost a call with enum arithmetic per painted cell.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # already in this order (QTableView asks again when sorting is enabled)
        self.sort_key = key
        self.descending = descending
        if self.probe_ids is not None:
            # Large lists: the first rows at once, the rest on demand (the view keeps
            # its current record if it is among the first rows).
            self.reload(same_rows=True)
            return
        ids = self.fetch_ids(self.sort_key, self.descending, None)
        if len(ids) != self.total or not self.complete:
            # The data changed meanwhile (or the list was still arriving): a reset.
            self.beginResetModel()
            self.ids = ids
            self.total = len(ids)
            self.pages.clear()
            self.endResetModel()
            self.reloaded.emit(len(ids))
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self.ids[i.row()] if i.row() < len(self.ids) else None for i in persistent]
        self.ids = ids
        self.pages.clear()
        if persistent:
            position = {record_id: row for row, record_id in enumerate(ids)}
            moved = [
                self.index(position[record_id], i.column())
                if record_id in position
                else QModelIndex()
                for i, record_id in zip(persistent, old_ids, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        self.reloaded.emit(len(ids))
