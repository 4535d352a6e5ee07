"""The import preview as a table: one row per incoming record, with its decision editable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from partnercrm.interchange.contact_files import ImportPreview, decide
from partnercrm.services.contact_import import Decision, MatchKind

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    """Rows of an ``ImportPreview``; the decision column is editable (create/update/skip)."""

    RECORD, NAME, MATCH, DECISION, TARGET, REMARK = range(6)

    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview

    def headers(self) -> list[str]:
        return [
            self.tr("Record"),
            self.tr("Name"),
            self.tr("Found as"),
            self.tr("Decision"),
            self.tr("Existing person"),
            self.tr("Remark"),
        ]

    def match_text(self, match: MatchKind) -> str:
        return {
            MatchKind.NONE: self.tr("new"),
            MatchKind.UID: self.tr("same UID"),
            MatchKind.EMAIL: self.tr("same e-mail"),
            MatchKind.NAME: self.tr("same name"),
            MatchKind.FUZZY: self.tr("possible duplicate"),
        }[match]

    def decision_text(self, decision: Decision) -> str:
        return {
            Decision.CREATE: self.tr("Create new"),
            Decision.UPDATE: self.tr("Update"),
            Decision.SKIP: self.tr("Skip"),
        }[decision]

    def choices(self, row: int) -> list[Decision]:
        """The decisions that make sense for a row (update needs a match)."""
        planned = self.preview.rows[row]
        if planned.person_id is None and planned.same_as is None:
            return [Decision.CREATE, Decision.SKIP]
        return [Decision.UPDATE, Decision.CREATE, Decision.SKIP]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DECISION:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.preview.rows):
            return None
        row = self.preview.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.DECISION:
            return row.decision.value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REMARK:
            return "\n".join((row.reason, *row.contact.problems)) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.RECORD:
            return f"{row.contact.source} #{row.contact.number}"
        if column == self.NAME:
            return row.contact.display_name
        if column == self.MATCH:
            return self.match_text(row.match)
        if column == self.DECISION:
            return self.decision_text(row.decision)
        if column == self.TARGET:
            return row.person_name
        remarks = [r for r in (row.reason, *row.contact.problems) if r]
        return (
            remarks[0] + (f" (+{len(remarks) - 1})" if len(remarks) > 1 else "") if remarks else ""
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.DECISION:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            decision = Decision(value)
        except ValueError:
            return False
        if decision not in self.choices(index.row()):
            return False
        decide(self.preview, index.row(), decision)
        self.dataChanged.emit(index, index.siblingAtColumn(self.REMARK))
        return True

    def set_all(self, decision: Decision, *, only: MatchKind | None = None) -> int:
        """Apply ``decision`` to every row where it makes sense (optionally one match kind)."""
        changed = 0
        for row in range(len(self.preview.rows)):
            if only is not None and self.preview.rows[row].match is not only:
                continue
            if decision in self.choices(row):
                decide(self.preview, row, decision)
                changed += 1
        if self.preview.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.preview.rows) - 1, 5))
        return changed
