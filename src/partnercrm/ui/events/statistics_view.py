"""The statistics of one event: the report sentence, key figures and bar charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnercrm.model import OrganizationKind, ParticipationRole, ParticipationStatus, Sector
from partnercrm.services.event_statistics import EventStatistics, event_statistics
from partnercrm.store.database import Database
from partnercrm.ui.events.bar_chart import Bar, BarChart
from partnercrm.ui.events.labels import (
    organization_kind_label,
    role_label,
    sector_label,
    status_label,
)


class StatisticsView(QWidget):
    """Numbers of one event for reports to funders; ``reload()`` after changes.

    Attributes:
        statistics: the figures shown (None before the first load).
    """

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.statistics: EventStatistics | None = None

        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.sentence_de = QLabel()
        self.sentence_en = QLabel()
        sentence_font = QFont(self.font())
        sentence_font.setPointSizeF(sentence_font.pointSizeF() * 1.2)
        sentences = QGridLayout()
        for row, (caption, label) in enumerate(
            ((self.tr("German"), self.sentence_de), (self.tr("English"), self.sentence_en))
        ):
            label.setFont(sentence_font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            copy = QPushButton(self.tr("Copy"))
            copy.setToolTip(self.tr("Copy the sentence for the report"))
            copy.clicked.connect(lambda _checked=False, source=label: self._copy(source))
            sentences.addWidget(QLabel(caption), row, 0)
            sentences.addWidget(label, row, 1)
            sentences.addWidget(copy, row, 2)
        sentences.setColumnStretch(1, 1)
        self.copy_de = sentences.itemAtPosition(0, 2).widget()
        self.copy_en = sentences.itemAtPosition(1, 2).widget()

        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_chart = BarChart(self.tr("Participations by status"))
        self.role_chart = BarChart(self.tr("Attendees by role"))
        self.sector_chart = BarChart(self.tr("Attendees by sector"))
        self.kind_chart = BarChart(self.tr("Attendees by kind of organisation"))
        charts = QGridLayout()
        charts.addWidget(self.status_chart, 0, 0)
        charts.addWidget(self.sector_chart, 0, 1)
        charts.addWidget(self.role_chart, 1, 0)
        charts.addWidget(self.kind_chart, 1, 1)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.heading)
        inner.addLayout(sentences)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        inner.addWidget(line)
        inner.addWidget(self.figures)
        inner.addLayout(charts)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with self.db.session() as session:
            stats = event_statistics(session, event_id=self.event_id)
        self.statistics = stats
        self.heading.setText(stats.title)
        self.sentence_de.setText(stats.sentence_de)
        self.sentence_en.setText(stats.sentence_en)
        s = ParticipationStatus
        self.figures.setText(
            self.tr(
                "{attended} attended, {registered} registered, {invited} invited, "
                "{waitlisted} on the waitlist, {declined} declined, {cancelled} cancelled, "
                "{no_show} did not come.\n"
                "{organizations} organisations represented, {municipal} people from "
                "{municipalities} municipalities and districts."
            ).format(
                attended=stats.by_status[s.ATTENDED],
                registered=stats.by_status[s.REGISTERED],
                invited=stats.by_status[s.INVITED],
                waitlisted=stats.by_status[s.WAITLISTED],
                declined=stats.by_status[s.DECLINED],
                cancelled=stats.by_status[s.CANCELLED],
                no_show=stats.by_status[s.NO_SHOW],
                organizations=stats.organizations,
                municipal=stats.municipal_participants,
                municipalities=stats.municipalities,
            )
        )
        self.status_chart.set_bars(
            [Bar(status_label(k), (stats.by_status[k],)) for k in ParticipationStatus]
        )
        self.role_chart.set_bars(
            [Bar(role_label(k), (stats.by_role[k],)) for k in ParticipationRole if stats.by_role[k]]
        )
        self.sector_chart.set_bars(
            [Bar(sector_label(k), (stats.by_sector[k],)) for k in Sector],
        )
        self.kind_chart.set_bars(
            [
                Bar(organization_kind_label(k), (stats.by_kind[k],))
                for k in sorted(OrganizationKind, key=lambda k: -stats.by_kind[k])
                if stats.by_kind[k]
            ]
        )

    def _copy(self, label: QLabel) -> None:
        QGuiApplication.clipboard().setText(label.text())
