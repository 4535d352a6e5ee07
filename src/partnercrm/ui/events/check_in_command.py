"""The undoable check-in at the door: redo marks attended, undo restores the status before."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from partnercrm.errors import UserError
from partnercrm.model import ParticipationStatus
from partnercrm.services import participations
from partnercrm.store.database import Database


class CheckInCommand(QUndoCommand):
    """Check one participation in; ``perform()`` writes once before the command is pushed.

    Attributes:
        previous_status/previous_at: what undo restores.
        failed: the message of the last failed undo/redo ("" if none).
    """

    def __init__(self, db: Database, participation_id: int, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("CheckInCommand", "Check in {name}").format(name=name)
        )
        self.db = db
        self.participation_id = participation_id
        self.previous_status = ParticipationStatus.REGISTERED
        self.previous_at: datetime | None = None
        self.failed = ""
        self._performed = False

    def perform(self) -> None:
        """The first check-in; raises the service's error (then the command is not pushed)."""
        self._check_in()
        self._performed = True

    def _check_in(self) -> None:
        with self.db.transaction() as session:
            change = participations.check_in(session, participation_id=self.participation_id)
        self.previous_status = change.previous_status
        self.previous_at = change.previous_at

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # pushed right after perform(): already done
            return
        self._guard(self._check_in)

    def undo(self) -> None:
        def restore() -> None:
            with self.db.transaction() as session:
                participations.undo_check_in(
                    session,
                    participation_id=self.participation_id,
                    previous_status=self.previous_status,
                    previous_at=self.previous_at,
                )

        self._guard(restore)

    def _guard(self, step: object) -> None:
        try:
            step()  # type: ignore[operator]
            self.failed = ""
        except UserError as exc:  # removed meanwhile: nothing left to undo
            self.failed = exc.message
            self.setObsolete(True)
