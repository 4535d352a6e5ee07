"""The export dialog: format (vCard 3.0/4.0, CSV, Excel), columns, one file or one per person."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.interchange.contact_columns import DEFAULT_EXPORT, columns
from partnercrm.interchange.table_export import export_table
from partnercrm.interchange.vcard_export import export_vcards
from partnercrm.store.database import Database
from partnercrm.ui.exchange.worker import Job

FORMATS = ("vcard3", "vcard4", "csv", "xlsx")
_SUFFIX = {"vcard3": ".vcf", "vcard4": ".vcf", "csv": ".csv", "xlsx": ".xlsx"}


class ExportDialog(QDialog):
    """Export the given people.

    Signals:
        exported(int, str): the number of people written and the target path.
    """

    exported = Signal(int, str)

    def __init__(
        self, db: Database, person_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.person_ids = tuple(person_ids)
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Export contacts"))
        self.format = QComboBox(self)
        for key, text in zip(
            FORMATS,
            (
                self.tr("vCard 3.0 (Outlook, Apple, Google, Android)"),
                self.tr("vCard 4.0 (Thunderbird, Nextcloud)"),
                self.tr("CSV for Excel (;, UTF-8)"),
                self.tr("Excel workbook (.xlsx)"),
            ),
            strict=True,
        ):
            self.format.addItem(text, key)
        self.split = QCheckBox(self.tr("One file per person (for classic Outlook)"), self)
        self.columns = QListWidget(self)
        for key, column in columns().items():
            item = QListWidgetItem(column.header, self.columns)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(
                Qt.CheckState.Checked if key in DEFAULT_EXPORT else Qt.CheckState.Unchecked
            )
        self.columns.setAccessibleName(self.tr("Columns"))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Target file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_target)
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(browse)
        self.status = QLabel(
            self.tr("{count} people selected.").format(count=len(self.person_ids)), self
        )
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.split)
        form.addRow(self.tr("Columns:"), self.columns)
        form.addRow(self.tr("Save to:"), target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_columns(self) -> tuple[str, ...]:
        return tuple(
            str(self.columns.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.columns.count())
            if self.columns.item(i).checkState() == Qt.CheckState.Checked
        )

    def _format_changed(self) -> None:
        vcard = self.chosen_format().startswith("vcard")
        self.split.setEnabled(vcard)
        self.columns.setEnabled(not vcard)

    def choose_target(self) -> None:
        if self.split.isChecked() and self.chosen_format().startswith("vcard"):
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the vCards"))
            if folder:
                self.path.setText(folder)
            return
        suffix = _SUFFIX[self.chosen_format()]
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), f"contacts{suffix}", f"*{suffix}"
        )
        if name:
            self.path.setText(name)

    def start_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the export."))
            return
        target = Path(text).expanduser()
        kind, split, keys, ids, db = (
            self.chosen_format(),
            self.split.isChecked(),
            self.chosen_columns(),
            self.person_ids,
            self.db,
        )
        if not kind.startswith("vcard") and not keys:
            self.status.setText(self.tr("Choose at least one column."))
            return

        def work(report: Any, cancelled: Any) -> int:
            with db.session() as session:
                if kind.startswith("vcard"):
                    version = "4.0" if kind == "vcard4" else "3.0"
                    return export_vcards(session, ids, target, version=version, split=split)
                return export_table(session, ids, target, columns=keys, format=kind)

        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.job = Job(self)
        self.job.finished.connect(lambda count: self._done(count, str(target)))
        self.job.failed.connect(self._failed)
        self.job.start(work)

    def _done(self, count: int, path: str) -> None:
        self.status.setText(
            self.tr("{count} people exported to {path}.").format(count=count, path=path)
        )
        self.exported.emit(count, path)
        self.ok_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, UserError) else repr(error)
        self.status.setText(self.tr("The export failed: {message}").format(message=message))
        self.ok_button.setEnabled(True)
