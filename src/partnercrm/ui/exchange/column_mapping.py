"""The CSV/XLSX column-mapping page: first rows of the file and a field per column.

Recognised headers are pre-set; the user's choice is remembered per header set in
QSettings, so the next file from the same tool maps itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnercrm.interchange.contact_columns import auto_mapping, columns

SETTINGS_GROUP = "exchange/column_mappings"
PREVIEW_ROWS = 5


def _settings_key(header: Sequence[str]) -> str:
    return hashlib.sha1("\x1f".join(header).encode("utf-8")).hexdigest()[:16]


class ColumnMappingPage(QWidget):
    """Choose which field each column of a table file fills.

    Signals:
        mapping_changed(): a combo box changed.
    """

    mapping_changed = Signal()

    def __init__(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.header = tuple(header)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choose the field for each column. Unassigned columns go to the notes."))
        )
        grid = QGridLayout()
        self.combos: list[QComboBox] = []
        known = columns()
        preset = self._remembered() or {
            self.header[i]: key for i, key in auto_mapping(self.header).items()
        }
        for i, name in enumerate(self.header):
            combo = QComboBox(self)
            combo.addItem(self.tr("(notes)"), "")
            for key, column in known.items():
                if key != "id":
                    combo.addItem(column.header, key)
            wanted = preset.get(name, "")
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.currentIndexChanged.connect(lambda _i: self.mapping_changed.emit())
            combo.setAccessibleName(self.tr("Field for column {name}").format(name=name))
            label = QLabel(name or self.tr("(column {n})").format(n=i + 1))
            label.setBuddy(combo)
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos.append(combo)
        layout.addLayout(grid)
        sample = QTableWidget(min(len(rows), PREVIEW_ROWS), len(self.header), self)
        sample.setHorizontalHeaderLabels(list(self.header))
        for r, values in enumerate(rows[:PREVIEW_ROWS]):
            for c, value in enumerate(values[: len(self.header)]):
                sample.setItem(r, c, QTableWidgetItem(value))
        sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(sample)

    def mapping(self) -> dict[str, str]:
        """Header → field key (only assigned columns)."""
        return {
            self.header[i]: combo.currentData()
            for i, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def remember(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        key = _settings_key(self.header)
        mapping = self.mapping()
        settings.setValue(key, [f"{h}\x1f{k}" for h, k in mapping.items()])
        settings.endGroup()

    def _remembered(self) -> dict[str, str] | None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        stored = settings.value(_settings_key(self.header))
        settings.endGroup()
        if not stored:
            return None
        items = stored if isinstance(stored, list) else [stored]
        return dict(str(item).split("\x1f", 1) for item in items if "\x1f" in str(item))
