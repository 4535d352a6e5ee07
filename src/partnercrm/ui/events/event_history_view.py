"""The events of one person or one organisation, for their pages in the workspace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from partnercrm.services.event_history import (
    OrganizationEventRow,
    PersonEventRow,
    organization_event_history,
    person_event_history,
)
from partnercrm.store.database import Database
from partnercrm.ui.events.labels import role_label, status_label

_Index = QModelIndex | QPersistentModelIndex


class EventHistoryModel(QAbstractTableModel):
    """Rows of a person's or an organisation's event history; ``UserRole`` is the event id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.person_rows: list[PersonEventRow] = []
        self.organization_rows: list[OrganizationEventRow] = []
        self.for_person = True

    def set_person_rows(self, rows: list[PersonEventRow]) -> None:
        self.beginResetModel()
        self.for_person, self.person_rows = True, rows
        self.endResetModel()

    def set_organization_rows(self, rows: list[OrganizationEventRow]) -> None:
        self.beginResetModel()
        self.for_person, self.organization_rows = False, rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.person_rows if self.for_person else self.organization_rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        column = index.column()
        if self.for_person:
            p = self.person_rows[index.row()]
            if role == Qt.ItemDataRole.UserRole:
                return p.event_id
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            organization = ", ".join(x for x in (p.function, p.organization) if x)
            values = (
                p.starts_at.strftime("%d.%m.%Y"),
                p.title,
                role_label(p.role),
                status_label(p.status),
                organization,
            )
            return values[column]
        o = self.organization_rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return o.event_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        involvement = {
            "participants": self.tr("participants"),
            "organizer": self.tr("organiser"),
            "partner": self.tr("partner"),
            "funder": self.tr("funder"),
        }
        values = (
            o.starts_at.strftime("%d.%m.%Y"),
            o.title,
            ", ".join(involvement.get(i, i) for i in o.involvement),
            self.tr("{attended} came, {registered} registered").format(
                attended=o.attendees, registered=o.registered
            ),
            ", ".join(o.people),
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.for_person:
            titles = (
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Represented"),
            )
        else:
            titles = (
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Involved as"),
                self.tr("Attendance"),
                self.tr("Who came"),
            )
        return titles[section] if 0 <= section < len(titles) else None


class EventHistoryView(QWidget):
    """``EventHistoryView(db, person_id=...)`` or ``(db, organization_id=...)``.

    Signals:
        event_activated(int): the user opened an event of the history.
    """

    event_activated = Signal(int)

    def __init__(
        self,
        db: Database,
        *,
        person_id: int | None = None,
        organization_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.organization_id = organization_id
        self.model = EventHistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            if self.person_id is not None:
                self.model.set_person_rows(person_event_history(session, person_id=self.person_id))
            elif self.organization_id is not None:
                self.model.set_organization_rows(
                    organization_event_history(session, organization_id=self.organization_id)
                )

    def _activated(self, index: QModelIndex) -> None:
        event_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if event_id is not None:
            self.event_activated.emit(event_id)
