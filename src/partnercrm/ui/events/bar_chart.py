"""A horizontal bar chart painted with QPainter (QtCharts is not in PySide6-Essentials).

Labels on the left, bars in the middle, numbers on the right; a bar may be stacked
from segments (new and returning participants). Long labels are elided, never cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# Colour-blind safe (Okabe–Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


@dataclass(frozen=True)
class Bar:
    """One bar: a label and one value per segment (a single value for a plain bar)."""

    label: str
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.values)


class BarChart(QWidget):
    """Horizontal bars with a title and an optional legend of the segments.

    Attributes:
        bars: what is shown.
        segments: names of the segments (legend), empty for plain bars.
    """

    BAR_HEIGHT = 18
    GAP = 6
    MARGIN = 8

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.segments: tuple[str, ...] = ()
        self.colors: tuple[str, ...] = PALETTE
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)

    def set_bars(
        self,
        bars: list[Bar],
        *,
        segments: tuple[str, ...] = (),
        colors: tuple[str, ...] = PALETTE,
    ) -> None:
        self.bars = bars
        self.segments = segments
        self.colors = colors
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.total}" for b in bars)
        )  # screen readers get the numbers
        self.updateGeometry()
        self.update()

    def _title_height(self) -> int:
        return self.fontMetrics().height() + self.GAP if self.title else 0

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + self.GAP if self.segments else 0

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        height = (
            2 * self.MARGIN
            + self._title_height()
            + self._legend_height()
            + rows * (self.BAR_HEIGHT + self.GAP)
        )
        return QSize(420, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        y = float(self.MARGIN)
        width = float(self.width() - 2 * self.MARGIN)
        if self.title:
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(self.MARGIN, y, width, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.title,
            )
            painter.setFont(self.font())
            y += self._title_height()
        if self.segments:
            x = float(self.MARGIN)
            for i, name in enumerate(self.segments):
                painter.fillRect(
                    QRectF(x, y + 3, 10, metrics.height() - 6),
                    QColor(self.colors[i % len(self.colors)]),
                )
                painter.setPen(text_color)
                painter.drawText(QRectF(x + 14, y, width, metrics.height()), name)
                x += 14 + metrics.horizontalAdvance(name) + 16
            y += self._legend_height()
        if not self.bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(self.MARGIN, y, width, self.BAR_HEIGHT),
                self.tr("No data yet"),
            )
            painter.end()
            return
        label_width = min(
            max(metrics.horizontalAdvance(b.label) for b in self.bars) + 14, width * 0.45
        )
        highest = max((b.total for b in self.bars), default=0)
        value_width = metrics.horizontalAdvance(str(highest)) + 10
        bar_area = max(10.0, width - label_width - value_width)
        for bar in self.bars:
            painter.setPen(text_color)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width) - 6)
            painter.drawText(
                QRectF(self.MARGIN, y, label_width - 6, self.BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x = self.MARGIN + label_width
            for i, value in enumerate(bar.values):
                length = bar_area * value / highest if highest else 0.0
                if length > 0:
                    painter.fillRect(
                        QRectF(x, y + 2, length, self.BAR_HEIGHT - 4),
                        QColor(self.colors[i % len(self.colors)]),
                    )
                x += length
            painter.setPen(text_color)
            painter.drawText(
                QRectF(x + 4, y, value_width, self.BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(bar.total),
            )
            y += self.BAR_HEIGHT + self.GAP
        painter.end()
