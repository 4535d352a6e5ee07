"""The participants of one event as a table: name, organisation, role, status and its date.

An event has at most a few thousand participations, so the rows of one event are
read at once (one query) and sorted in memory; the model never holds ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from partnercrm.model import ParticipationStatus
from partnercrm.services import participations
from partnercrm.services.participations import ParticipantRow
from partnercrm.store.database import Database
from partnercrm.ui.events.labels import role_label, status_label

_Index = QModelIndex | QPersistentModelIndex


def _column_keys() -> list[tuple[str, Callable[[ParticipantRow], Any]]]:
    return [
        ("name", lambda r: r.sort_key or r.name.lower()),
        ("organization", lambda r: r.org_name.lower()),
        ("function", lambda r: r.org_function.lower()),
        ("role", lambda r: r.role.value),
        ("status", lambda r: list(ParticipationStatus).index(r.status)),
        ("date", lambda r: (r.status_at is None, r.status_at or 0)),
        ("email", lambda r: r.email.lower()),
    ]


class ParticipantsTableModel(QAbstractTableModel):
    """Participations of an event; ``UserRole`` gives the participation id."""

    def __init__(self, db: Database, event_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self._columns = _column_keys()
        self._rows: list[ParticipantRow] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            rows = participations.list_participants(session, event_id=self.event_id)
        self.beginResetModel()
        self._rows = rows
        self._apply_sort()
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name = self._columns[index.column()][0]
        if name == "name":
            return row.name
        if name == "organization":
            return row.org_name
        if name == "function":
            return row.org_function
        if name == "role":
            return role_label(row.role)
        if name == "status":
            return status_label(row.status)
        if name == "date":
            if row.status_at is None:
                return ""
            # Stored as naive UTC; shown in the computer's local time.
            local = row.status_at.replace(tzinfo=UTC).astimezone()
            return local.strftime("%d.%m.%Y %H:%M")
        return row.email

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Function"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("E-mail"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        position = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(position[i], old.column()) for i, old in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = self._columns[column][1]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
