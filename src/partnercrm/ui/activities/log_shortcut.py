"""Ctrl+L from anywhere in the app: the log dialog with the current contact filled in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QWidget

from partnercrm.store.database import Database

if TYPE_CHECKING:  # the dialog's module is loaded on the first Ctrl+L
    from partnercrm.ui.activities.log_dialog import LogInteractionDialog

LOG_SHORTCUT = QKeySequence("Ctrl+L")


@dataclass(frozen=True)
class CurrentContact:
    """Whom the user is looking at: the page or selection the main window shows."""

    person_ids: tuple[int, ...] = ()
    organization_ids: tuple[int, ...] = ()
    event_id: int | None = None


class LogShortcut(QObject):
    """Installs Ctrl+L on ``window`` (application-wide) to open ``LogInteractionDialog``.

    ``current`` is asked each time for the contact to pre-fill.

    Signals:
        interaction_logged(int, object): forwarded from the dialog (id, ``Changes``).
    """

    interaction_logged = Signal(int, object)

    def __init__(
        self,
        db: Database,
        window: QWidget,
        current: Callable[[], CurrentContact],
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(window)
        self._db = db
        self._undo_stack = undo_stack
        self._window = window
        self._current = current
        self.shortcut = QShortcut(LOG_SHORTCUT, window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.open_dialog)
        self.dialog: LogInteractionDialog | None = None

    def open_dialog(self) -> LogInteractionDialog:
        from partnercrm.ui.activities.log_dialog import LogInteractionDialog

        contact = self._current()
        dialog = LogInteractionDialog(
            self._db,
            person_ids=contact.person_ids,
            organization_ids=contact.organization_ids,
            event_id=contact.event_id,
            undo_stack=self._undo_stack,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.interaction_logged.connect(self.interaction_logged)
        self.dialog = dialog
        dialog.open()
        return dialog
