"""Opening the print, export and import dialogs for what the user has chosen.

Shared by the main window's menus and the context menus of the views, so that
"Print → Sign-in sheet…" behaves the same wherever the user finds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from partnercrm.printing.document_kinds import NEEDS_EVENT, DocumentKind
from partnercrm.ui.context import AppContext

if TYPE_CHECKING:
    from partnercrm.ui.exchange.import_dialog import ImportDialog

# Menu texts of the documents, in the order the print menu lists them.
DOCUMENT_TITLES: dict[DocumentKind, str] = {
    DocumentKind.LABELS: QT_TRANSLATE_NOOP("Documents", "&Address labels…"),
    DocumentKind.LETTERS: QT_TRANSLATE_NOOP("Documents", "&Letters…"),
    DocumentKind.INVITATIONS: QT_TRANSLATE_NOOP("Documents", "&Invitation list…"),
    DocumentKind.SIGNIN: QT_TRANSLATE_NOOP("Documents", "&Sign-in sheet…"),
    DocumentKind.BADGES: QT_TRANSLATE_NOOP("Documents", "Name &badges…"),
    DocumentKind.CERTIFICATES: QT_TRANSLATE_NOOP("Documents", "&Certificates…"),
}
EVENT_DOCUMENTS = (
    DocumentKind.SIGNIN,
    DocumentKind.BADGES,
    DocumentKind.CERTIFICATES,
    DocumentKind.INVITATIONS,
)


def document_title(kind: DocumentKind) -> str:
    return QCoreApplication.translate("Documents", DOCUMENT_TITLES[kind])


def open_print_dialog(
    ctx: AppContext,
    parent: QWidget,
    kind: DocumentKind,
    *,
    person_ids: Sequence[int] | None = None,
    event_id: int | None = None,
) -> QDialog | None:
    """The print dialog for ``kind``; None (after saying why) when nothing fits."""
    from partnercrm.ui.printing.print_dialog import PrintDialog

    if kind in NEEDS_EVENT and event_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Documents", "Print"),
            QCoreApplication.translate(
                "Documents",
                "This document is about one event. Open or select the event in Events first.",
            ),
        )
        return None
    if person_ids is not None and not person_ids and event_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Documents", "Print"),
            QCoreApplication.translate("Documents", "Select the people to print for first."),
        )
        return None
    dialog = PrintDialog(
        ctx.db, kind, person_ids=person_ids, event_id=event_id, parent=parent, tasks=ctx.tasks
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def participant_ids(ctx: AppContext, event_id: int) -> list[int]:
    """The people taking part in an event (each once, by name)."""
    from partnercrm.services import participations

    rows = ctx.read(lambda s: participations.list_participants(s, event_id=event_id))
    return list(dict.fromkeys(r.person_id for r in rows if r.person_id is not None))


def open_export_dialog(
    ctx: AppContext, parent: QWidget, person_ids: Sequence[int]
) -> QDialog | None:
    """The export dialog for these people; None (after saying why) when there are none."""
    from partnercrm.ui.exchange.export_dialog import ExportDialog

    if not person_ids:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Documents", "Export"),
            QCoreApplication.translate("Documents", "Select the people to export first."),
        )
        return None
    # Not deleted on close: its background job may still report to it.
    dialog = ExportDialog(ctx.db, list(person_ids), parent)
    dialog.open()
    return dialog


def open_import_dialog(
    ctx: AppContext, parent: QWidget, paths: Sequence[Path] | None = None
) -> QDialog | None:
    """The import dialog for ``paths`` (None: ask for the files first)."""
    from partnercrm.ui.exchange.import_dialog import ImportDialog

    if paths is None:
        names, _filter = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("Documents", "Import contacts"),
            "",
            QCoreApplication.translate(
                "Documents", "Contacts (*.vcf *.vcard *.csv *.xlsx);;All files (*)"
            ),
        )
        paths = [Path(name) for name in names]
    if not paths:
        return None
    # Not deleted on close: its background preview or import may still report to it.
    dialog = ImportDialog(ctx.db, list(paths), parent)
    dialog.imported.connect(lambda summary: announce_import(ctx, summary))
    dialog.undone.connect(lambda summary: announce_import(ctx, summary))
    dialog.open()
    return dialog


def announce_import(ctx: AppContext, summary: object) -> None:
    """Every view redraws after an import (or its undo)."""
    from partnercrm.services.changes import Changes

    changes = getattr(summary, "changes", None)
    if not isinstance(changes, Changes) or changes.empty:
        changes = Changes.of(updated={"person": {0}, "organization": {0}})
    ctx.bus.changed.emit(changes)


def install_drop_import(ctx: AppContext, widget: QWidget) -> QObject:
    """Let ``widget`` take dropped .vcf/.csv/.xlsx files (and dragged vCards): they
    open the import dialog, whose result every view then shows."""
    from partnercrm.ui.exchange.drop_import import DropImportFilter

    class _DropImport(DropImportFilter):
        def open_import(self, paths: list[Path]) -> ImportDialog:  # type: ignore[override]
            dialog = open_import_dialog(ctx, widget, paths)
            assert dialog is not None
            self.dialog = dialog  # type: ignore[assignment]
            return dialog  # type: ignore[return-value]

    widget.setAcceptDrops(True)
    drop = _DropImport(widget, ctx.db)
    widget.installEventFilter(drop)
    return drop


def undo_last_import(ctx: AppContext, parent: QWidget) -> None:
    """Undo the last import batch (after asking), and let every view show the result."""
    from partnercrm.ui.exchange.drop_import import undo_last_import as undo

    result = undo(ctx.db, parent)
    if result is not None:
        announce_import(ctx, result)


def event_documents_menu(ctx: AppContext, parent: QWidget, event_id: int) -> QMenu:
    """Print the event's documents, or export its participants as vCard."""
    menu = QMenu(parent)
    for kind in EVENT_DOCUMENTS:
        action = menu.addAction(document_title(kind))
        action.setObjectName(f"event_print_{kind.value}")
        action.triggered.connect(
            lambda _checked=False, k=kind: open_print_dialog(ctx, parent, k, event_id=event_id)
        )
    menu.addSeparator()
    export = menu.addAction(
        QCoreApplication.translate("Documents", "Export participants as vCard…")
    )
    export.setObjectName("event_export_participants")
    export.triggered.connect(
        lambda: open_export_dialog(ctx, parent, participant_ids(ctx, event_id))
    )
    return menu
