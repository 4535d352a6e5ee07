"""Dropping .eml files onto a widget (a person's page) logs them as e-mail interactions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from partnercrm.errors import UserError
from partnercrm.services.changes import Changes
from partnercrm.store.database import Database


def email_paths(mime: QMimeData) -> list[Path]:
    """The local .eml and .msg files among dropped URLs (.msg so its refusal can explain)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in (".eml", ".msg")]


class EmailDropFilter(QObject):
    """Makes ``widget`` accept dropped e-mail files for the person ``person_id()`` names.

    Install once: ``EmailDropFilter(db, widget, person_id=lambda: page.person_id)``.
    Each file is logged in its own transaction, so one bad file does not stop the rest.

    Signals:
        emails_logged(list, object): ids of the new interactions and their ``Changes``.
        drop_failed(str): one message per refused file (name and what to do).
    """

    emails_logged = Signal(list, object)
    drop_failed = Signal(str)

    def __init__(
        self,
        db: Database,
        widget: QWidget,
        *,
        person_id: Callable[[], int | None],
    ) -> None:
        super().__init__(widget)
        self._db = db
        self._person_id = person_id
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if email_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = email_paths(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            self.log_files(paths)
            return True
        return super().eventFilter(watched, event)

    def log_files(self, paths: list[Path]) -> list[int]:
        """Log each file; returns the ids of the interactions that were created."""
        from partnercrm.interchange import email_import  # loaded on the first drop

        created: list[int] = []
        changes = Changes()
        for path in paths:
            try:
                with self._db.transaction() as session:
                    result = email_import.import_email(
                        session, path=path, person_id=self._person_id()
                    )
            except UserError as exc:
                self.drop_failed.emit(exc.message)
                continue
            created.append(result.interaction_id)
            changes = changes | result.changes
        if created:
            self.emails_logged.emit(created, changes)
        return created
