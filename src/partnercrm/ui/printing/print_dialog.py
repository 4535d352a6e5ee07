"""The print dialog for one document kind: options, live preview of the real PDF, print or save.

Every change builds the PDF again through ``printing.print_jobs.run_job`` (the same
path as the command line); the preview shows that PDF's pages and Print sends exactly
those pages, full page at 100 % (reference §4: PDF is the single rendering path).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnercrm.addressing import TitleMode
from partnercrm.errors import UserError
from partnercrm.model import ParticipationRole, ParticipationStatus
from partnercrm.printing.label_sheet import LabelFormat, load_catalog
from partnercrm.printing.print_jobs import (
    DEFAULT_FORMATS,
    ON_SHEETS,
    DocumentKind,
    JobResult,
    PrintJob,
    render_calibration,
    run_job,
)
from partnercrm.services.print_selection import SalutationLanguage, Selection, SortOrder
from partnercrm.services.print_settings import (
    Calibration,
    load_calibration,
    load_next_start,
    save_calibration,
    save_next_start,
)
from partnercrm.store.database import Database
from partnercrm.ui.events.labels import role_label, status_label
from partnercrm.ui.printing.pdf_pages import page_count, page_images, print_pdf
from partnercrm.ui.printing.sheet_map import SheetMap
from partnercrm.ui.tasks import Cancelled, Report, TaskManager, Work

PREVIEW_DPI = 80
PREVIEW_PAGES = 12  # more pages would only slow the preview; the PDF has them all
DEFAULT_LETTER = "{salutation}\n\nwir laden Sie herzlich zu {event_title} am {event_date} ein.\n\n"


def _build_work(db: Database, job: PrintJob) -> Work:
    """A Qt-free function that builds ``job``'s PDF in a session of its own."""

    def work(_report: Report, _cancelled: Cancelled) -> tuple[JobResult, bytes]:
        buffer = io.BytesIO()
        with db.session() as session:
            result = run_job(session, job, buffer)
        return result, buffer.getvalue()

    return work


class PrintDialog(QDialog):
    """Print one kind of document for some people or an event's participants.

    ``person_ids`` None and no ``event_id``: every live person. With ``tasks`` (the
    main window's TaskManager) the PDF is built off the GUI thread.

    Signals:
        pdf_saved(str): the PDF was written to this path.
        preview_updated(int): the preview was rebuilt; the PDF has this many pages.
    """

    pdf_saved = Signal(str)
    preview_updated = Signal(int)

    def __init__(
        self,
        db: Database,
        document_kind: DocumentKind | str,
        person_ids: Sequence[int] | None = None,
        event_id: int | None = None,
        parent: QWidget | None = None,
        *,
        settings_path: Path | None = None,
        tasks: TaskManager | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._kind = DocumentKind(document_kind)
        self._person_ids = tuple(person_ids) if person_ids is not None else None
        self._event_id = event_id
        self._settings_path = settings_path
        self._tasks = tasks
        self._generation = 0
        self._images: list[QImage] = []
        self._shown = -1
        self._pdf = b""
        self._result: JobResult | None = None
        self._catalog = load_catalog()
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        self.setWindowTitle(self._title())
        self._build()
        self._load_calibration()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _title(self) -> str:
        return {
            DocumentKind.LABELS: self.tr("Print address labels"),
            DocumentKind.INVITATIONS: self.tr("Print invitation list"),
            DocumentKind.SIGNIN: self.tr("Print sign-in sheet"),
            DocumentKind.BADGES: self.tr("Print name badges"),
            DocumentKind.LETTERS: self.tr("Print letters"),
            DocumentKind.CERTIFICATES: self.tr("Print certificates of attendance"),
        }[self._kind]

    def _build(self) -> None:
        form = QFormLayout()
        self.format_combo = QComboBox(editable=True)
        self.format_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sheet_map = SheetMap()
        self.start_spin = QSpinBox(minimum=1, maximum=1)
        self.offset_x = QDoubleSpinBox(minimum=-20, maximum=20, singleStep=0.1, decimals=1)
        self.offset_y = QDoubleSpinBox(minimum=-20, maximum=20, singleStep=0.1, decimals=1)
        for box in (self.offset_x, self.offset_y):
            box.setSuffix(" mm")
        self.outline_check = QCheckBox(self.tr("Draw label outlines"))
        self.remember_button = QPushButton(self.tr("Remember offset for this format"))
        self.calibration_button = QPushButton(self.tr("Calibration page…"))
        self.sort_combo = QComboBox()
        self.sort_combo.addItem(self.tr("By name"), SortOrder.NAME)
        self.sort_combo.addItem(self.tr("By postcode (bulk mail)"), SortOrder.POSTCODE)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("As usual for this document"), None)
        self.status_combo.setToolTip(
            self.tr(
                "Sign-in sheets and badges: registered and attended; certificates: "
                "attended; other documents: everyone invited."
            )
        )
        for status in ParticipationStatus:
            self.status_combo.addItem(status_label(status), status)
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("All roles"), None)
        for role in ParticipationRole:
            self.role_combo.addItem(role_label(role), role)
        self.subject_edit = QLineEdit()
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("Organisation · Street 1 · 12345 Town"))
        self.signer_edit = QLineEdit()
        self.letter_edit = QPlainTextEdit(
            DEFAULT_LETTER if self._event_id is not None else "{salutation}\n\n"
        )
        self.letter_edit.setToolTip(
            self.tr(
                "Placeholders: {salutation}, {first_name}, {last_name}, {full_name}, "
                "{organization}, {function}, {department}, {event_title}, {event_date}"
            )
        )
        self.titles_combo = QComboBox()
        self.titles_combo.addItem(self.tr("Highest title (Herr Professor Mey)"), TitleMode.HIGHEST)
        self.titles_combo.addItem(self.tr("All titles (Herr Prof. Dr. Mey)"), TitleMode.ALL)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("In the letter's language"), SalutationLanguage.LETTER)
        self.language_combo.addItem(self.tr("In each person's language"), SalutationLanguage.PERSON)

        on_sheets = self._kind in ON_SHEETS
        if on_sheets:
            self._fill_formats()
            form.addRow(self.tr("Label sheet:"), self.format_combo)
            form.addRow(self.tr("Start at label:"), self.start_spin)
            form.addRow(self.sheet_map)
            form.addRow(self.tr("Printer offset right:"), self.offset_x)
            form.addRow(self.tr("Printer offset down:"), self.offset_y)
            form.addRow(self.remember_button)
            form.addRow(self.calibration_button)
            form.addRow(self.outline_check)
        if self._kind in (DocumentKind.LABELS, DocumentKind.LETTERS):
            form.addRow(self.tr("Order:"), self.sort_combo)
        if self._event_id is not None:
            form.addRow(self.tr("Status:"), self.status_combo)
            form.addRow(self.tr("Role:"), self.role_combo)
        if self._kind is DocumentKind.LETTERS:
            form.addRow(self.tr("Return address:"), self.sender_edit)
            form.addRow(self.tr("Subject:"), self.subject_edit)
            form.addRow(self.tr("Text:"), self.letter_edit)
            form.addRow(self.tr("Titles:"), self.titles_combo)
            form.addRow(self.tr("Salutation:"), self.language_combo)
            form.addRow(self.tr("Signed by:"), self.signer_edit)
        options = QWidget()
        options.setLayout(form)
        options.setMinimumWidth(300)

        self.pages_label = QLabel()
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self._preview_box = QWidget()
        self._preview_layout = QVBoxLayout(self._preview_box)
        self._preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_area.setWidget(self._preview_box)
        self.report_view = QPlainTextEdit(readOnly=True)
        self.report_view.setMaximumHeight(110)
        self.report_view.setPlaceholderText(self.tr("Nobody left out, every text fits."))
        hint = QLabel(
            self.tr(
                "Print at 100 % (“actual size”), not “fit to page”: a scaled page misses "
                "the labels or the envelope window."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #8a5300;")
        preview = QVBoxLayout()
        preview.addWidget(self.pages_label)
        preview.addWidget(self.preview_area, 1)
        preview.addWidget(self.report_view)
        preview.addWidget(hint)

        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, close_button):
            buttons.addWidget(button)
        body = QHBoxLayout()
        body.addWidget(options)
        body.addLayout(preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.resize(980, 700)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.sheet_map.start_position_changed.connect(self.start_spin.setValue)
        self.start_spin.valueChanged.connect(self._start_changed)
        for spin in (self.offset_x, self.offset_y):
            spin.valueChanged.connect(self._schedule)
        self.outline_check.toggled.connect(self._schedule)
        for combo in (
            self.sort_combo, self.status_combo, self.role_combo, self.titles_combo,
            self.language_combo,
        ):  # fmt: skip
            combo.currentIndexChanged.connect(self._schedule)
        for edit in (self.subject_edit, self.sender_edit, self.signer_edit):
            edit.textChanged.connect(self._schedule)
        self.letter_edit.textChanged.connect(self._schedule)
        self.remember_button.clicked.connect(self.remember_offset)
        self.calibration_button.clicked.connect(self._ask_calibration_page)
        self.print_button.clicked.connect(self._ask_print)
        self.save_button.clicked.connect(self._ask_save)
        close_button.clicked.connect(self.reject)

    def _fill_formats(self) -> None:
        wanted = "badge" if self._kind is DocumentKind.BADGES else "address"
        formats = sorted(self._catalog.formats, key=lambda f: (f.kind != wanted, f.name))
        for f in formats:
            self.format_combo.addItem(f.name, f.id)
        completer = QCompleter([f.name for f in formats], self.format_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.format_combo.setCompleter(completer)
        default = self.format_combo.findData(DEFAULT_FORMATS[self._kind])
        self.format_combo.setCurrentIndex(max(default, 0))
        self._apply_format()

    # --- state ---------------------------------------------------------------------------

    def label_format(self) -> LabelFormat | None:
        format_id = self.format_combo.currentData()
        return self._catalog.find(format_id) if format_id else None

    def select_format(self, text: str) -> bool:
        """Choose the format named by id or vendor number ("3475", "L7160")."""
        found = self._catalog.find(text)
        index = self.format_combo.findData(found.id) if found is not None else -1
        if index >= 0:
            self.format_combo.setCurrentIndex(index)
        return index >= 0

    def _apply_format(self) -> None:
        label_format = self.label_format()
        self.sheet_map.set_format(label_format)
        if label_format is not None:
            self.start_spin.setMaximum(label_format.per_sheet)

    def _format_changed(self) -> None:
        self._apply_format()
        self._load_calibration()
        self._schedule()

    def _start_changed(self, value: int) -> None:
        self.sheet_map.set_start_position(value)
        self._schedule()

    def _load_calibration(self) -> None:
        label_format = self.label_format()
        if self._kind not in ON_SHEETS or label_format is None:
            return
        try:
            saved = load_calibration(format_id=label_format.id, path=self._settings_path)
        except UserError as exc:
            self.report_view.setPlainText(exc.message)
            return
        self.offset_x.setValue(saved.offset_x_mm)
        self.offset_y.setValue(saved.offset_y_mm)
        # The sheet the last run left partly used is usually the one in the printer.
        self.start_spin.setValue(
            min(load_next_start(format_id=label_format.id, path=self._settings_path),
                label_format.per_sheet)
        )  # fmt: skip

    def remember_offset(self) -> None:
        """Save the offset fields as this printer's calibration for the chosen format."""
        label_format = self.label_format()
        if label_format is None:
            return
        calibration = Calibration(self.offset_x.value(), self.offset_y.value())
        try:
            save_calibration(calibration, format_id=label_format.id, path=self._settings_path)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)

    def job(self) -> PrintJob:
        """The print job the dialog's fields describe."""
        status = self.status_combo.currentData()
        role = self.role_combo.currentData()
        selection = Selection(
            ids=self._person_ids,
            event_id=self._event_id,
            statuses=(status,) if status is not None else (),
            roles=(role,) if role is not None else (),
        )
        label_format = self.label_format()
        return PrintJob(
            kind=self._kind,
            selection=selection,
            format_id=label_format.id if label_format is not None else "",
            start_position=self.start_spin.value(),
            offset_x_mm=self.offset_x.value(),
            offset_y_mm=self.offset_y.value(),
            outlines=self.outline_check.isChecked(),
            order=self.sort_combo.currentData(),
            titles=self.titles_combo.currentData(),
            salutation_language=self.language_combo.currentData(),
            letter_text=self.letter_edit.toPlainText(),
            letter_subject=self.subject_edit.text(),
            sender_line=self.sender_edit.text(),
            signer_name=self.signer_edit.text(),
            settings_path=self._settings_path,
        )

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def result(self) -> JobResult | None:  # type: ignore[override]  # QDialog.result is an int
        return self._result

    def preview_page_count(self) -> int:
        return self._preview_layout.count()

    # --- actions -------------------------------------------------------------------------

    def _schedule(self) -> None:
        self._timer.start()

    def refresh(self, *, wait: bool = False) -> None:
        """Build the PDF again and show its pages.

        With a task manager the PDF is built on a worker thread (big selections take
        seconds); a result that arrives after newer changes is dropped. ``wait`` builds
        it here and now (before saving or printing).
        """
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        work = _build_work(self._db, self.job())
        if self._tasks is None or wait:
            try:
                outcome = work(lambda _done, _total: None, lambda: False)
            except UserError as exc:
                self._failed(generation, exc)
            else:
                self._built(generation, outcome)
            return
        self.pages_label.setText(self.tr("Building the preview…"))
        self._tasks.run(
            work,
            title=self.tr("Building the preview"),
            parent=self,
            on_done=lambda outcome: self._built(generation, outcome),
            on_error=lambda exc: self._failed(generation, exc),
            writes=False,
        )

    def _up_to_date(self) -> bool:
        return not self._timer.isActive() and self._shown == self._generation

    def _built(self, generation: int, outcome: tuple[JobResult, bytes]) -> None:
        if generation != self._generation:
            return  # the fields changed meanwhile; a newer build is on its way
        self._shown = generation
        self._result, self._pdf = outcome
        self._show_pages()
        self.report_view.setPlainText("\n".join(self._report_lines()))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, UserError):
            raise exc  # our bug: let the application's error handler report it
        self._shown = generation
        self._pdf, self._result = b"", None
        self._show_pages()
        self.report_view.setPlainText(exc.message)

    def _report_lines(self) -> list[str]:
        assert self._result is not None
        lines = [
            self.tr("Left out: {name} ({reason})").format(name=s.name, reason=s.reason)
            for s in self._result.skipped
        ]
        for problem in self._result.problems:
            detail = f": {'; '.join(problem.texts)}" if problem.texts else ""
            lines.append(problem.message + detail)
        return lines

    def _place_images(self) -> None:
        """Show the rendered pages, each scaled down to the preview's width if wider."""
        while self._preview_layout.count():
            item = self._preview_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        room = self.preview_area.viewport().width() - 24
        for image in self._images:
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > room > 100:  # landscape sheets in a narrow window
                pixmap = pixmap.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._preview_layout.addWidget(label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_images()

    def _show_pages(self) -> None:
        pages = page_count(self._pdf) if self._pdf else 0
        self._images = page_images(self._pdf, dpi=PREVIEW_DPI, limit=PREVIEW_PAGES) if pages else []
        self._place_images()
        records = self._result.result.items if self._result is not None else 0
        skipped = len(self._result.skipped) if self._result is not None else 0
        text = self.tr("{pages} pages, {records} records, {skipped} left out").format(
            pages=pages, records=records, skipped=skipped
        )
        if pages > PREVIEW_PAGES:
            text += " " + self.tr("(preview shows the first {n})").format(n=PREVIEW_PAGES)
        self.pages_label.setText(text)
        self.print_button.setEnabled(pages > 0)
        self.save_button.setEnabled(pages > 0)
        self.preview_updated.emit(pages)

    def save_pdf(self, path: Path | str) -> None:
        """Write the previewed PDF to ``path``."""
        if not self._up_to_date():
            self.refresh(wait=True)
        Path(path).write_bytes(self._pdf)
        self._remember_end()
        self.pdf_saved.emit(str(path))

    def _remember_end(self) -> None:
        label_format = self.label_format()
        if self._kind not in ON_SHEETS or label_format is None or self._result is None:
            return
        # A convenience only: the PDF itself was written, so a settings problem is ignored.
        with contextlib.suppress(UserError, OSError):
            save_next_start(
                self._result.result.next_start_position,
                format_id=label_format.id,
                path=self._settings_path,
            )

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self._kind.value}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_pdf(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror),
            )

    def _ask_calibration_page(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calibration page"), "calibration.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            render_calibration(self.job(), path)

    def _ask_print(self) -> None:
        if not self._up_to_date():
            self.refresh(wait=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if print_pdf(self._pdf, printer):
            self._remember_end()
