"""The print dialog driven like a user: preview pages, sheet map clicks, offsets, saving."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot
from reportlab.lib.units import mm
from tests.services.print_world import World, build_world

from partnercrm.printing.label_sheet import load_catalog
from partnercrm.printing.print_jobs import DocumentKind
from partnercrm.services.print_settings import Calibration, load_calibration
from partnercrm.store.database import Database
from partnercrm.ui.printing.print_dialog import PrintDialog

# The offscreen platform cannot resize windows to their size hints; harmless there.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def world(db: Database) -> World:
    with db.session() as session:
        return build_world(session)


def open_dialog(
    qtbot: QtBot, db: Database, kind: DocumentKind, tmp_path: Path, **kw: object
) -> PrintDialog:
    dialog = PrintDialog(db, kind, settings_path=tmp_path / "settings.json", **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def words(path: Path) -> list[dict[str, object]]:
    with pdfplumber.open(path) as pdf:
        return list(pdf.pages[0].extract_words())


def test_label_preview_shows_the_pages_and_reports_who_is_left_out(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, DocumentKind.LABELS, tmp_path)
    assert dialog.preview_page_count() == 1
    assert "1 pages, 3 records, 3 left out" in dialog.pages_label.text()
    report = dialog.report_view.toPlainText()
    assert "Carla Conrad" in report and "Dieter Dahl" in report and "Emil Ernst" in report
    # A bigger selection fills more sheets: 3 labels from position 24 need two pages.
    dialog.select_format("3475")
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000) as signal:
        dialog.start_spin.setValue(24)
    assert signal.args == [2]
    assert dialog.preview_page_count() == 2


def test_clicking_the_sheet_map_sets_the_start_position(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, DocumentKind.LABELS, tmp_path)
    assert dialog.select_format("L7160")  # 3 columns, 7 rows
    sheet = dialog.sheet_map
    centre = sheet.label_rect(7).center()  # position 8: third row, middle
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        qtbot.mouseClick(sheet, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert dialog.start_spin.value() == 8
    assert sheet.start_position() == 8
    assert sheet.position_at(QPointF(1, 1)) is None  # the margin is no label
    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(dialog.pdf_saved):
        dialog.save_pdf(out)
    cell = load_catalog().get("L7160").cell(7)
    first = next(w for w in words(out) if w["text"] == "Arndt")
    assert cell.x * mm <= float(first["x0"]) <= (cell.x + cell.w) * mm  # type: ignore[arg-type]
    assert cell.y * mm <= float(first["top"]) <= cell.bottom * mm  # type: ignore[arg-type]


def test_offsets_move_the_text_and_can_be_remembered(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, DocumentKind.LABELS, tmp_path, person_ids=[world.bert])
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    dialog.save_pdf(plain)
    dialog.offset_x.setValue(1.5)
    dialog.save_pdf(moved)  # a pending change is built before saving
    shift = float(words(moved)[0]["x0"]) - float(words(plain)[0]["x0"])  # type: ignore[arg-type]
    assert shift == pytest.approx(1.5 * mm, abs=0.1)
    dialog.remember_button.click()
    format_id = dialog.label_format().id  # type: ignore[union-attr]
    assert load_calibration(format_id=format_id, path=tmp_path / "settings.json") == Calibration(
        1.5, 0.0
    )
    again = open_dialog(qtbot, db, DocumentKind.LABELS, tmp_path)
    assert again.offset_x.value() == 1.5


def test_signin_sheet_for_registered_participants_saved_as_pdf(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, DocumentKind.SIGNIN, tmp_path, event_id=world.event)
    index = dialog.status_combo.findData("registered")
    dialog.status_combo.setCurrentIndex(index)
    out = tmp_path / "signin.pdf"
    dialog.save_pdf(out)
    with pdfplumber.open(out) as pdf:
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
    assert "Arndt, Anna" in text and "Brandt, Bert" in text
    assert "Fuchs" not in text
    assert dialog.preview_page_count() >= 1


def test_letters_preview_follows_the_text(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    dialog = open_dialog(
        qtbot, db, DocumentKind.LETTERS, tmp_path, person_ids=[world.bert, world.frida]
    )
    assert dialog.preview_page_count() == 2
    dialog.letter_edit.setPlainText("{salutation}\n\nBitte antworten Sie bis Freitag.")
    out = tmp_path / "letters.pdf"
    dialog.save_pdf(out)
    with pdfplumber.open(out) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    assert "Sehr geehrter Herr Brandt," in pages[0]
    assert all("Bitte antworten Sie bis Freitag." in p for p in pages)


def test_document_without_its_event_says_so(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, DocumentKind.CERTIFICATES, tmp_path)
    assert dialog.preview_page_count() == 0
    assert "event" in dialog.report_view.toPlainText()
    assert not dialog.save_button.isEnabled()


def test_next_dialog_starts_where_the_last_sheet_ended(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, db, DocumentKind.LABELS, tmp_path)
    dialog.select_format("L7160")
    dialog.start_spin.setValue(5)
    dialog.save_pdf(tmp_path / "first.pdf")  # 3 labels on positions 5, 6, 7
    again = open_dialog(qtbot, db, DocumentKind.LABELS, tmp_path)
    again.select_format("L7160")
    assert again.start_spin.value() == 8
    assert again.sheet_map.start_position() == 8


def test_preview_built_off_the_gui_thread(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    from partnercrm.ui.tasks import TaskManager

    tasks = TaskManager()
    dialog = PrintDialog(db, DocumentKind.LABELS, settings_path=tmp_path / "s.json", tasks=tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview_page_count() == 1, timeout=5000)
    dialog.select_format("3475")
    # Two quick changes: only the newest build is shown.
    dialog.start_spin.setValue(20)
    dialog.refresh()
    dialog.start_spin.setValue(24)
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000) as signal:
        dialog.refresh()
    assert signal.args == [2]
    tasks.wait(5000)
    qtbot.wait(50)  # let a stale result arrive: it must not replace the newer preview
    assert dialog.preview_page_count() == 2
    out = tmp_path / "bg.pdf"
    dialog.save_pdf(out)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2


def test_printing_puts_each_page_full_size_at_the_paper_corner(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from partnercrm.ui.printing.pdf_pages import print_pdf

    dialog = open_dialog(qtbot, db, DocumentKind.LABELS, tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(dialog.pdf_bytes(), printer) == 1
    with pdfplumber.open(tmp_path / "printed.pdf") as pdf:
        page = pdf.pages[0]
        (image,) = page.images
    # 100 %: the A4 page image covers the A4 paper exactly, from its top-left corner.
    assert (float(page.width), float(page.height)) == pytest.approx((595.3, 841.9), abs=1)
    assert float(image["x0"]) == pytest.approx(0, abs=0.5)
    assert float(image["top"]) == pytest.approx(0, abs=0.5)
    assert float(image["width"]) == pytest.approx(595.3, abs=1)
    assert float(image["height"]) == pytest.approx(841.9, abs=1)


def test_landscape_sheet_prints_on_landscape_paper(
    qtbot: QtBot, db: Database, world: World, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from partnercrm.ui.printing.pdf_pages import print_pdf

    dialog = open_dialog(qtbot, db, DocumentKind.SIGNIN, tmp_path, event_id=world.event)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(dialog.pdf_bytes(), printer) >= 1
    with pdfplumber.open(tmp_path / "printed.pdf") as pdf:
        page = pdf.pages[0]
        (image,) = page.images
    assert (float(page.width), float(page.height)) == pytest.approx((841.9, 595.3), abs=1)
    assert float(image["width"]) == pytest.approx(841.9, abs=1)
