"""Drag and drop of contact files onto a widget, and "undo the last import".

``install_drop_import(widget, db)`` lets the main window (or the people list) accept
.vcf/.vcard/.csv/.xlsx files dropped from the file manager, and vCard data dragged
as text/vcard; it opens the ImportDialog with them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from partnercrm.errors import UserError
from partnercrm.interchange.file_kinds import CONTACT_FILE_SUFFIXES
from partnercrm.store.database import Database

if TYPE_CHECKING:  # the import machinery is loaded when something is dropped
    from partnercrm.services.import_batches import UndoResult
    from partnercrm.ui.exchange.import_dialog import ImportDialog

VCARD_MIME = ("text/vcard", "text/x-vcard", "text/directory")


def contact_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The dropped local files PartnerCRM can import."""
    mime = event.mimeData()
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in CONTACT_FILE_SUFFIXES]


class DropImportFilter(QObject):
    """Event filter that turns dropped contact files into an import dialog."""

    def __init__(self, widget: QWidget, db: Database) -> None:
        super().__init__(widget)
        self.widget = widget
        self.db = db
        self.dialog: ImportDialog | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)
            if contact_files(event) or any(event.mimeData().hasFormat(m) for m in VCARD_MIME):
                event.acceptProposedAction()
                return True
        if event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = contact_files(event)
            if not paths:
                for mime in VCARD_MIME:
                    if event.mimeData().hasFormat(mime):
                        folder = Path(tempfile.mkdtemp(prefix="partnercrm-drop-"))
                        path = folder / "dropped.vcf"
                        path.write_bytes(bytes(event.mimeData().data(mime).data()))
                        paths = [path]
                        break
            if paths:
                event.acceptProposedAction()
                self.open_import(paths)
                return True
        return False

    def open_import(self, paths: list[Path]) -> ImportDialog:
        from partnercrm.ui.exchange.import_dialog import ImportDialog

        self.dialog = ImportDialog(self.db, paths, self.widget)
        self.dialog.show()
        return self.dialog


def install_drop_import(widget: QWidget, db: Database) -> DropImportFilter:
    """Let ``widget`` accept dropped contact files; returns the filter (kept by the widget)."""
    widget.setAcceptDrops(True)
    drop_filter = DropImportFilter(widget, db)
    widget.installEventFilter(drop_filter)
    return drop_filter


def undo_last_import(db: Database, parent: QWidget | None = None) -> UndoResult | None:
    """The "Undo last import" menu action: asks, undoes, and says what happened."""
    from partnercrm.services.import_batches import last_batch_id, undo_batch

    with db.session() as session:
        batch_id = last_batch_id(session)
    title = QCoreApplication.translate("DropImport", "Undo last import")
    if batch_id is None:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("DropImport", "There is no import to undo.")
        )
        return None
    try:
        with db.transaction() as session:
            return undo_batch(session, batch_id)
    except UserError as error:
        answer = QMessageBox.question(parent, title, error.message)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        with db.transaction() as session:
            return undo_batch(session, batch_id, force=True)
