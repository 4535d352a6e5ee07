"""A clickable picture of a label sheet: click the first free label to start printing there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from partnercrm.printing.label_sheet import LabelFormat


class SheetMap(QWidget):
    """The label grid of one sheet; labels before the start position show as used.

    Signals:
        start_position_changed(int): the user clicked a label (1-based position).
    """

    start_position_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format: LabelFormat | None = None
        self._start = 1
        self.setMinimumSize(QSize(150, 200))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click the first free label on your sheet."))

    def set_format(self, label_format: LabelFormat | None) -> None:
        self._format = label_format
        if label_format is not None and self._start > label_format.per_sheet:
            self._start = 1
        self.update()

    def start_position(self) -> int:
        return self._start

    def set_start_position(self, position: int) -> None:
        if position != self._start:
            self._start = position
            self.update()

    def _scale(self) -> tuple[float, float, float]:
        """Pixels per mm and the sheet's top-left corner in the widget."""
        assert self._format is not None
        f = self._format
        scale = min((self.width() - 4) / f.page_w_mm, (self.height() - 4) / f.page_h_mm)
        left = (self.width() - f.page_w_mm * scale) / 2
        top = (self.height() - f.page_h_mm * scale) / 2
        return scale, left, top

    def label_rect(self, slot: int) -> QRectF:
        """Where label ``slot`` (0-based) is drawn, in widget coordinates."""
        scale, left, top = self._scale()
        assert self._format is not None
        cell = self._format.cell(slot)
        return QRectF(left + cell.x * scale, top + cell.y * scale, cell.w * scale, cell.h * scale)

    def position_at(self, point: QPointF) -> int | None:
        """The 1-based label position under ``point``, None between labels."""
        if self._format is None:
            return None
        for slot in range(self._format.per_sheet):
            if self.label_rect(slot).contains(point):
                return slot + 1
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position())
        if position is None:
            super().mousePressEvent(event)
            return
        self.set_start_position(position)
        self.start_position_changed.emit(position)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._format is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No label sheet"))
            return
        scale, left, top = self._scale()
        f = self._format
        painter.setPen(QPen(QColor(120, 120, 120)))
        painter.setBrush(QColor(255, 255, 255))
        painter.drawRect(QRectF(left, top, f.page_w_mm * scale, f.page_h_mm * scale))
        used, free = QColor(200, 200, 200), QColor(210, 235, 255)
        for slot in range(f.per_sheet):
            rect = self.label_rect(slot)
            position = slot + 1
            painter.setBrush(used if position < self._start else free)
            pen = (
                QPen(QColor(0, 90, 200), 2) if position == self._start else QPen(QColor(90, 90, 90))
            )
            painter.setPen(pen)
            radius = f.corner_radius_mm * scale
            painter.drawRoundedRect(rect, radius, radius)
            if rect.height() > 10:
                painter.setPen(QColor(60, 60, 60))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(position))
        painter.end()
