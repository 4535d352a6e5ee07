"""The import dialog: files → (column mapping) → preview with decisions → import → summary.

Reading and planning, and the import itself, run in the background with progress
and Cancel; a cancelled import rolls back and leaves the database as before. After
the import the summary lists the problems, and "Undo this import" takes it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.interchange.contact_files import (
    TABLE_SUFFIXES,
    ImportOptions,
    ImportPreview,
    prepare_import,
    run_import,
)
from partnercrm.interchange.table_import import read_table
from partnercrm.services.contact_import import Cancelled, Decision, ImportSummary
from partnercrm.services.import_batches import undo_batch
from partnercrm.store.database import Database
from partnercrm.ui.exchange.column_mapping import ColumnMappingPage
from partnercrm.ui.exchange.preview_model import ImportPreviewModel
from partnercrm.ui.exchange.worker import Job


class DecisionDelegate(QStyledItemDelegate):
    """A combo box with the decisions that make sense for the row."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, ImportPreviewModel)
        combo = QComboBox(parent)
        for decision in model.choices(index.row()):
            combo.addItem(model.decision_text(decision), decision.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    """Import contact files (vCard, CSV, XLSX) with a preview.

    Signals:
        imported(object): the ``ImportSummary`` after a finished import.
        undone(object): the ``UndoResult`` after "Undo this import".
    """

    imported = Signal(object)
    undone = Signal(object)

    def __init__(self, db: Database, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = [Path(p) for p in paths]
        self.preview: ImportPreview | None = None
        self.model: ImportPreviewModel | None = None
        self.summary: ImportSummary | None = None
        self.job: Job | None = None
        self.mapping_page: ColumnMappingPage | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(900, 560)

        self.pages = QStackedWidget(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()

        self.table = QTableView(self)
        self.table.setItemDelegateForColumn(ImportPreviewModel.DECISION, DecisionDelegate(self))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.all_combo = QComboBox(self)
        for decision, text in (
            (Decision.UPDATE, self.tr("Update where found")),
            (Decision.CREATE, self.tr("Create all as new")),
            (Decision.SKIP, self.tr("Skip all")),
        ):
            self.all_combo.addItem(text, decision.value)
        self.all_combo.setAccessibleName(self.tr("Decision for all rows"))
        self.apply_all_button = QPushButton(self.tr("Apply to all"), self)
        self.apply_all_button.clicked.connect(self.apply_to_all)
        preview_page = QWidget(self)
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.all_combo)
        row.addWidget(self.apply_all_button)
        row.addStretch()
        preview_layout.addLayout(row)

        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)

        self.pages.addWidget(QWidget(self))  # 0: waiting
        self.pages.addWidget(preview_page)  # 1: preview
        self.pages.addWidget(self.report)  # 2: summary
        self.mapping_index = -1

        self.buttons = QDialogButtonBox(self)
        self.next_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_button = self.buttons.addButton(
            self.tr("Undo this import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.next_button.clicked.connect(self.next_step)
        self.undo_button.clicked.connect(self.undo_import)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._start()

    # --- steps ----------------------------------------------------------------------

    def _start(self) -> None:
        tables = [p for p in self.paths if p.suffix.lower() in TABLE_SUFFIXES]
        if len(tables) == 1 and len(self.paths) == 1:
            try:
                table = read_table(
                    tables[0].read_bytes(), source=tables[0].name, suffix=tables[0].suffix.lower()
                )
            except (OSError, UserError) as error:
                self.status.setText(str(error))
                self.next_button.setEnabled(False)
                return
            self.mapping_page = ColumnMappingPage(
                table.header, [cells for _n, cells in table.rows], self
            )
            self.mapping_index = self.pages.addWidget(self.mapping_page)
            self.pages.setCurrentIndex(self.mapping_index)
            self.status.setText(self.tr("Which field does each column hold?"))
            self.next_button.setText(self.tr("Next"))
            return
        self.plan()

    def options(self) -> ImportOptions:
        mapping = self.mapping_page.mapping() if self.mapping_page is not None else None
        return ImportOptions(column_mapping=mapping)

    def next_step(self) -> None:
        if self.pages.currentIndex() == self.mapping_index:
            assert self.mapping_page is not None
            self.mapping_page.remember()
            self.plan()
        elif self.pages.currentIndex() == 1:
            self.start_import()
        else:
            self.accept()

    def plan(self) -> None:
        """Read the files and match them (in the background)."""
        self.status.setText(self.tr("Reading and matching…"))
        self.pages.setCurrentIndex(0)
        self.next_button.setEnabled(False)
        options, paths, db = self.options(), self.paths, self.db

        def work(report: Any, cancelled: Any) -> ImportPreview:
            with db.session() as session:
                return prepare_import(session, paths, options)

        self._run(work, self.show_preview)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model = ImportPreviewModel(preview, self)
        self.table.setModel(self.model)
        self.table.resizeColumnsToContents()
        self.pages.setCurrentIndex(1)
        self.next_button.setText(self.tr("Import"))
        self.next_button.setEnabled(bool(preview.rows))
        self.status.setText(self.preview_text(preview))

    def preview_text(self, preview: ImportPreview) -> str:
        text = self.tr(
            "{new} new, {update} to update, {skip} to skip. Change the decision per row, "
            "or for all rows below."
        ).format(
            new=preview.count(Decision.CREATE),
            update=preview.count(Decision.UPDATE),
            skip=preview.count(Decision.SKIP),
        )
        if preview.problems:
            text += " " + self.tr("{count} problems in the files: {first}").format(
                count=len(preview.problems), first=preview.problems[0].reason
            )
        return text

    def apply_to_all(self) -> None:
        if self.model is None:
            return
        self.model.set_all(Decision(self.all_combo.currentData()))
        assert self.preview is not None
        self.status.setText(self.preview_text(self.preview))

    def start_import(self) -> None:
        """Import the previewed rows as one batch (in the background, cancellable)."""
        assert self.preview is not None
        preview, db = self.preview, self.db
        self.next_button.setEnabled(False)
        self.apply_all_button.setEnabled(False)
        self.table.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        self.progress.setRange(0, max(1, len(preview.rows)))
        self.progress.setValue(0)
        self.progress.show()

        def work(report: Any, cancelled: Any) -> ImportSummary | None:
            with db.session() as session:
                try:
                    summary = run_import(session, preview, progress=report, cancelled=cancelled)
                except Cancelled:
                    session.rollback()
                    return None
                session.commit()
                return summary

        self._run(work, self.show_summary)

    def show_summary(self, summary: ImportSummary | None) -> None:
        self.progress.hide()
        self.pages.setCurrentIndex(2)
        self.cancel_button.hide()
        self.next_button.setText(self.tr("Close"))
        self.next_button.setEnabled(True)
        if summary is None:
            self.status.setText(self.tr("The import was cancelled; nothing was changed."))
            return
        self.summary = summary
        self.status.setText(
            self.tr(
                "{created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped."
            ).format(
                created=summary.created,
                updated=summary.updated,
                unchanged=summary.unchanged,
                skipped=summary.skipped,
            )
            + (
                " "
                + self.tr(
                    "{merged} records added to a person an earlier record already imported."
                ).format(merged=summary.merged)
                if summary.merged
                else ""
            )
        )
        lines = [
            f"{p.source} #{p.number}: {p.reason}" if p.number else f"{p.source}: {p.reason}"
            for p in (*summary.problems, *summary.differences)
        ]
        self.report.setPlainText("\n".join(lines) or self.tr("No problems."))
        self.undo_button.setVisible(summary.batch_id is not None)
        self.imported.emit(summary)

    def undo_import(self) -> None:
        if self.summary is None or self.summary.batch_id is None:
            return
        try:
            with self.db.transaction() as session:
                result = undo_batch(session, self.summary.batch_id)
        except UserError as error:
            answer = QMessageBox.question(
                self, self.tr("Undo import"), self.tr("{message}").format(message=error.message)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            with self.db.transaction() as session:
                result = undo_batch(session, self.summary.batch_id, force=True)
        self.undo_button.setEnabled(False)
        self.status.setText(
            self.tr("The import was undone: {deleted} deleted, {restored} restored.").format(
                deleted=result.deleted_people, restored=result.restored_people
            )
        )
        self.undone.emit(result)

    # --- background -----------------------------------------------------------------

    def _run(self, work: Any, done: Any) -> None:
        self.job = Job(self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(done)
        self.job.failed.connect(self._failed)
        self.job.start(work)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        message = error.message if isinstance(error, UserError) else repr(error)
        self.status.setText(self.tr("The import failed: {message}").format(message=message))
        self.next_button.setEnabled(False)

    def cancel(self) -> None:
        if self.job is not None and self.progress.isVisible():
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()
