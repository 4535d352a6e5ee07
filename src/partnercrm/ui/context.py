"""What every view and editor of the main window shares: database, settings, undo, tasks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from partnercrm.services.changes import Changes
from partnercrm.store.database import Database
from partnercrm.ui.settings import Settings
from partnercrm.ui.tasks import TaskManager

T = TypeVar("T")


class DataBus(QObject):
    """Announces what a write changed, so that every view redraws what it shows.

    Signals:
        changed(Changes): a service call changed these rows.
    """

    changed = Signal(object)


@dataclass
class AppContext:
    """The shared services of one main window.

    Attributes:
        db: the open database.
        settings: preferences and window state.
        undo_stack: every data edit is a command on it.
        tasks: background work with progress.
        bus: change notifications.
    """

    db: Database
    settings: Settings
    undo_stack: QUndoStack
    tasks: TaskManager
    bus: DataBus

    def read(self, work: Callable[[Session], T]) -> T:
        """Run a read in a short session of its own."""
        with self.db.session() as session:
            return work(session)

    def write(self, work: Callable[[Session], T]) -> T:
        """Run one user action in one transaction; announce its Changes if it returns some."""
        with self.db.transaction() as session:
            result = work(session)
        changes = getattr(result, "changes", result)
        if isinstance(changes, Changes) and not changes.empty:
            self.bus.changed.emit(changes)
        return result
