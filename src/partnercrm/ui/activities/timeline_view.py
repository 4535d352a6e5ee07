"""The timeline of a person or an organization: a lazy table model and its filter bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.services.timeline import (
    AFFILIATION_KINDS,
    INTERACTION_KINDS,
    Subject,
    TimelineEntry,
    TimelineFilter,
    TimelineKey,
    TimelineKind,
    timeline_entries,
    timeline_keys,
)
from partnercrm.store.database import Database
from partnercrm.ui.activities.labels import participation_label, timeline_kind_label

PAGE = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Column:
    key: str
    title: str


class TimelineModel(QAbstractTableModel):
    """Entries of one timeline, newest first: all keys at once, details page by page.

    Holding only the keys (source, id) keeps an organization with 20,000
    interactions cheap; ``data`` reads the details of a page of 100 rows when a
    row of it is first shown.
    """

    def __init__(self, db: Database, subject: Subject, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._subject = subject
        self._filter = TimelineFilter()
        self._keys: list[TimelineKey] = []
        self._cache: dict[int, TimelineEntry] = {}
        self._columns = (
            _Column("when", self.tr("When")),
            _Column("kind", self.tr("Kind")),
            _Column("title", self.tr("Subject")),
            _Column("who", self.tr("With")),
            _Column("detail", self.tr("Details")),
        )
        self.reload()

    # --- loading ---------------------------------------------------------------------

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    def set_filter(self, flt: TimelineFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self._db.session() as session:
            self._keys = timeline_keys(session, subject=self._subject, filter=self._filter)
        self._cache = {}
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        if not 0 <= row < len(self._keys):
            return None
        if row not in self._cache:
            start = row - row % PAGE
            keys = self._keys[start : start + PAGE]
            with self._db.session() as session:
                entries = {e.timeline_key: e for e in timeline_entries(session, keys)}
            for offset, key in enumerate(keys):
                found = entries.get(key)
                if found is not None:
                    self._cache[start + offset] = found
        return self._cache.get(row)

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = self._columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "detail"):
            return self._display(entry, "detail") or None
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.FontRole and column == "title" and entry.interaction_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind not in INTERACTION_KINDS:
            return QColor("#555555")
        return None

    def _display(self, entry: TimelineEntry, column: str) -> str:
        if column == "when":
            if entry.kind in INTERACTION_KINDS:
                return entry.at.strftime("%d.%m.%Y %H:%M")
            return entry.at.strftime("%d.%m.%Y")
        if column == "kind":
            return timeline_kind_label(entry.kind)
        if column == "title":
            return entry.title
        if column == "who":
            if entry.interaction_id is not None:
                return ", ".join(name for _id, name in entry.people + entry.organizations)
            return entry.person_name if self._subject.organization_id else entry.organization_name
        return self._detail(entry)

    def _detail(self, entry: TimelineEntry) -> str:
        if entry.kind is TimelineKind.PARTICIPATION:
            return participation_label(entry.role, entry.status)
        if entry.kind in AFFILIATION_KINDS:
            return entry.function
        text = " ".join(entry.text.split())
        if entry.followup_due is not None:
            state = self.tr("done") if entry.followup_done else self.tr("open")
            due = self.tr("Follow-up {date} ({state})").format(
                date=entry.followup_due.strftime("%d.%m.%Y"), state=state
            )
            text = f"{due} · {text}" if text else due
        return text


class TimelineView(QWidget):
    """A timeline with filters by kind, period and words.

    Signals:
        interaction_activated(int): an interaction was double-clicked (open it).
        event_activated(int): an event participation was double-clicked.
        organization_activated(int): a role change was double-clicked.
    """

    interaction_activated = Signal(int)
    event_activated = Signal(int)
    organization_activated = Signal(int)

    def __init__(
        self,
        db: Database,
        person_id: int | None = None,
        organization_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = TimelineModel(db, Subject(person_id, organization_id), self)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Everything"), None)
        self.kind.addItem(self.tr("Interactions"), "interactions")
        for value in INTERACTION_KINDS_ORDER:
            self.kind.addItem(timeline_kind_label(value), value.value)
        self.kind.addItem(self.tr("Events"), TimelineKind.PARTICIPATION.value)
        self.kind.addItem(self.tr("Role changes"), "roles")
        self.period = QComboBox()
        for label, days in (
            (self.tr("All time"), None),
            (self.tr("Last 30 days"), 30),
            (self.tr("Last 12 months"), 365),
            (self.tr("Last 3 years"), 3 * 365),
        ):
            self.period.addItem(label, days)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in subjects and texts…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.period.currentIndexChanged.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 90, 240, 180)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)

        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.period)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._show_count()

    def current_filter(self, today: date | None = None) -> TimelineFilter:
        choice = self.kind.currentData()
        kinds: frozenset[TimelineKind] | None
        if choice is None:
            kinds = None
        elif choice == "interactions":
            kinds = INTERACTION_KINDS
        elif choice == "roles":
            kinds = AFFILIATION_KINDS
        else:
            kinds = frozenset({TimelineKind(choice)})
        days = self.period.currentData()
        since = (today or date.today()) - timedelta(days=days) if days else None
        return TimelineFilter(kinds=kinds, since=since, text=self.search.text())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_count()

    def reload(self) -> None:
        """Read the timeline again (after an interaction was logged or changed)."""
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n entries", "", self.model.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
        if entry.interaction_id is not None:
            self.interaction_activated.emit(entry.interaction_id)
        elif entry.participation_id is not None and entry.event_id is not None:
            self.event_activated.emit(entry.event_id)
        elif entry.organization_id is not None:
            self.organization_activated.emit(entry.organization_id)


INTERACTION_KINDS_ORDER = tuple(
    TimelineKind(k) for k in ("call", "meeting", "email", "letter", "visit", "note")
)
