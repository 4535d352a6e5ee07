"""The navigation sidebar: one entry per view, keyboard and screen-reader friendly."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole


class Sidebar(QListWidget):
    """A vertical list of views.

    Signals:
        view_chosen(key): the user picked the view ``key``.
    """

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Navigation"))
        self.setIconSize(QSize(22, 22))
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet(
            "QListWidget#sidebar { background: palette(window); padding-top: 6px; outline: 0; }"
            "QListWidget#sidebar::item { padding: 7px 10px; border-radius: 4px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.currentItemChanged.connect(self._on_current)

    def add_view(self, key: str, title: str, icon: QIcon) -> None:
        item = QListWidgetItem(icon, title)
        item.setData(KEY_ROLE, key)
        item.setToolTip(title)
        self.addItem(item)
        self.setMinimumWidth(max(self.sizeHintForColumn(0) + 24, 150))

    def keys(self) -> list[str]:
        return [self.item(row).data(KEY_ROLE) for row in range(self.count())]

    def select(self, key: str) -> bool:
        """Highlight ``key`` without emitting ``view_chosen`` twice; False if unknown."""
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                if self.currentRow() != row:
                    self.setCurrentRow(row)
                return True
        return False

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(KEY_ROLE))
