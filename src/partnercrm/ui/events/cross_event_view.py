"""Across events (a year, a series): new versus returning, municipalities, repeat visitors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.interchange.event_report_export import export_cross_event_report
from partnercrm.services import events
from partnercrm.services.event_statistics import CrossEventStatistics, cross_event_statistics
from partnercrm.store.database import Database
from partnercrm.ui.events.bar_chart import Bar, BarChart
from partnercrm.ui.events.labels import organization_kind_label

_Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A small read-only table of plain values (one report table)."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[Any]] = []

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


def _table(model: TableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class CrossEventView(QWidget):
    """Choose a year and/or a series; see, chart and export the report.

    Attributes:
        report: the figures shown.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.report = CrossEventStatistics((), (), (), 0, 0, 0, 0)
        self.year = QSpinBox()
        self.year.setRange(1999, 2100)
        self.year.setSpecialValueText(self.tr("all years"))
        self.year.setMinimum(1999)
        self.year.setValue(datetime.now().year)
        self.series = QComboBox()
        self.series.addItem(self.tr("all series"), None)
        with db.session() as session:
            for name in events.list_series(session):
                self.series.addItem(name, name)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.series.currentIndexChanged.connect(lambda _i: self.reload())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self._choose_export)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()

        self.events_model = TableModel(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Attendees"),
                self.tr("New"),
                self.tr("Returning"),
                self.tr("Organisations"),
                self.tr("Municipalities"),
            ],
            self,
        )
        self.municipalities_model = TableModel(
            [self.tr("Municipality"), self.tr("Events"), self.tr("Attendees"), self.tr("Which")],
            self,
        )
        self.organizations_model = TableModel(
            [self.tr("Organisation"), self.tr("Kind"), self.tr("Events"), self.tr("Attendees")],
            self,
        )
        self.chart = BarChart(self.tr("New and returning participants per event"))
        tabs = QTabWidget()
        events_page = QWidget()
        events_layout = QVBoxLayout(events_page)
        events_layout.addWidget(_table(self.events_model, 1), 1)
        events_layout.addWidget(self.chart)
        tabs.addTab(events_page, self.tr("Events"))
        tabs.addTab(_table(self.municipalities_model, 3), self.tr("Municipalities"))
        tabs.addTab(_table(self.organizations_model, 0), self.tr("Organisations"))
        self.tabs = tabs

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Year")))
        controls.addWidget(self.year)
        controls.addWidget(QLabel(self.tr("Series")))
        controls.addWidget(self.series)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        year = None if self.year.value() == self.year.minimum() else self.year.value()
        series = self.series.currentData()
        with self.db.session() as session:
            ids = events.event_ids_in(session, year=year, series=series)
            report = cross_event_statistics(session, event_ids=ids)
        self.report = report
        self.summary.setText(
            self.tr(
                "{events} events, {attendances} attendances by {people} people: "
                "{new} new, {returning} returning."
            ).format(
                events=len(report.events),
                attendances=report.attendances,
                people=report.people,
                new=report.new,
                returning=report.returning,
            )
        )
        titles = {e.event_id: e.title for e in report.events}
        self.events_model.set_rows(
            [
                [
                    e.starts_at.strftime("%d.%m.%Y"),
                    e.title,
                    e.attendees,
                    e.new,
                    e.returning,
                    e.organizations,
                    e.municipalities,
                ]
                for e in report.events
            ]
        )
        self.municipalities_model.set_rows(
            [
                [m.name, len(m.event_ids), m.attendees, ", ".join(titles[i] for i in m.event_ids)]
                for m in report.municipalities
            ]
        )
        self.organizations_model.set_rows(
            [
                [o.name, organization_kind_label(o.kind) if o.kind else "", o.events, o.attendees]
                for o in report.organizations
            ]
        )
        self.chart.set_bars(
            [Bar(f"{e.starts_at:%d.%m.%y} {e.title}", (e.new, e.returning)) for e in report.events],
            segments=(self.tr("new"), self.tr("returning")),
        )

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            "",
            self.tr("Excel workbook (*.xlsx);;CSV files (*.csv)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        try:
            files = export_cross_event_report(self.report, path)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("Written: {files}").format(files=", ".join(f.name for f in files))
        )
