"""Import preview decisions, the import dialog end to end, export dialog, dropping files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from partnercrm.interchange.contact_files import import_files, prepare_import
from partnercrm.model import Person
from partnercrm.services.contact_import import Decision
from partnercrm.store.database import Database
from partnercrm.ui.exchange.drop_import import install_drop_import
from partnercrm.ui.exchange.export_dialog import ExportDialog
from partnercrm.ui.exchange.import_dialog import ImportDialog
from partnercrm.ui.exchange.preview_model import ImportPreviewModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jürgen\r\nEMAIL:j@stadt-koeln.de\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Eva\r\nEMAIL:eva@example.org\r\nEND:VCARD\r\n"
)


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(Person.id))) or 0)


def _files(db: Database, tmp_path: Path) -> Path:
    first = tmp_path / "first.vcf"
    first.write_text(CARDS.split("END:VCARD\r\n")[0] + "END:VCARD\r\n", encoding="utf-8")
    with db.session() as session:
        import_files(session, [first])
        session.commit()
    both = tmp_path / "both.vcf"
    both.write_text(CARDS, encoding="utf-8")
    return both


def test_preview_model_decisions(qtmodeltester: object, db: Database, tmp_path: Path) -> None:
    both = _files(db, tmp_path)
    with db.session() as session:
        preview = prepare_import(session, [both])
    model = ImportPreviewModel(preview)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2
    decision = model.index(0, ImportPreviewModel.DECISION)
    assert model.data(decision, Qt.ItemDataRole.EditRole) == "update"
    assert model.data(model.index(0, ImportPreviewModel.MATCH)) == "same e-mail"
    assert model.setData(decision, "skip")
    assert preview.rows[0].decision is Decision.SKIP
    new_row = model.index(1, ImportPreviewModel.DECISION)
    assert not model.setData(new_row, "update")  # nothing to update
    assert model.set_all(Decision.CREATE) == 2
    assert [r.decision for r in preview.rows] == [Decision.CREATE, Decision.CREATE]


def test_import_dialog_imports_with_chosen_decisions_and_undoes(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    both = _files(db, tmp_path)
    dialog = ImportDialog(db, [both])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model is not None, timeout=10000)
    assert dialog.model is not None
    dialog.all_combo.setCurrentIndex(dialog.all_combo.findData("skip"))
    dialog.apply_all_button.click()
    dialog.model.setData(dialog.model.index(1, ImportPreviewModel.DECISION), "create")
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.next_button.click()
    summary = blocker.args[0]
    assert (summary.created, summary.skipped) == (1, 1)
    assert _count(db) == 2
    dialog.grab().save(str(tmp_path / "import.png"))
    with qtbot.waitSignal(dialog.undone, timeout=5000):
        dialog.undo_button.click()
    assert _count(db) == 1


def test_csv_goes_through_the_mapping_page(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Nom;Prénom;Courriel\nDupont;Marie;marie@example.org\n", encoding="utf-8")
    dialog = ImportDialog(db, [path])
    qtbot.addWidget(dialog)
    page = dialog.mapping_page
    assert page is not None and dialog.pages.currentWidget() is page
    for combo, key in zip(page.combos, ("last_name", "first_name", "email"), strict=True):
        combo.setCurrentIndex(combo.findData(key))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.model is not None, timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.next_button.click()
    assert _count(db) == 1


def test_export_dialog_writes_vcards(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    _files(db, tmp_path)
    with db.session() as s:
        ids = list(s.scalars(select(Person.id)))
    dialog = ExportDialog(db, ids)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.vcf"))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.ok_button.click()
    assert blocker.args[0] == 1
    assert "Jürgen" in (tmp_path / "out.vcf").read_text(encoding="utf-8")
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.columns.isEnabled() and not dialog.split.isEnabled()
    dialog.grab().save(str(tmp_path / "export.png"))


def test_dropping_a_vcf_opens_the_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    both = _files(db, tmp_path)
    widget = QWidget()
    qtbot.addWidget(widget)
    drop_filter = install_drop_import(widget, db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(both)), QUrl.fromLocalFile(str(tmp_path / "x.pdf"))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt delivers no synthetic drops without a drag in progress; call the
    # filter as the event loop would.
    assert drop_filter.eventFilter(widget, event)
    assert drop_filter.dialog is not None
    assert drop_filter.dialog.paths == [both]
    qtbot.waitUntil(
        lambda: drop_filter.dialog is not None and drop_filter.dialog.model is not None,
        timeout=10000,
    )
