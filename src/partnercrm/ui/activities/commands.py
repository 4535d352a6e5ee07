"""Undo commands for activities: a logged interaction, a follow-up done, snoozed, reassigned.

Each action runs through its service first (so a refusal reaches the user as a
message, not from inside ``QUndoStack.push``); the command is pushed afterwards
and its first ``redo`` does nothing. Undo and later redos call the services again,
each in its own transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from partnercrm.services import followups, interactions
from partnercrm.services.interactions import InteractionInput
from partnercrm.store.database import Database


class _AlreadyDone(QUndoCommand):
    """A command whose first redo is the action that already ran."""

    def __init__(self, db: Database, text: str) -> None:
        super().__init__(text)
        self._db = db
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.again()

    def again(self) -> None:
        raise NotImplementedError


class LogInteractionCommand(_AlreadyDone):
    """Undo: delete the logged interaction; redo: log it again (it gets a new id)."""

    def __init__(self, db: Database, interaction_id: int, data: InteractionInput) -> None:
        super().__init__(db, QCoreApplication.translate("activities", "Log interaction"))
        self.interaction_id = interaction_id
        self._data = data

    def undo(self) -> None:
        with self._db.transaction() as session:
            interactions.delete_interaction(session, interaction_id=self.interaction_id)

    def again(self) -> None:
        with self._db.transaction() as session:
            self.interaction_id = interactions.log_interaction(
                session, data=self._data
            ).interaction_id


class CompleteFollowUpCommand(_AlreadyDone):
    """Undo: reopen the follow-up and delete the note logged with it."""

    def __init__(
        self, db: Database, interaction_id: int, note: str, note_interaction_id: int | None
    ) -> None:
        super().__init__(db, QCoreApplication.translate("activities", "Follow-up done"))
        self._interaction_id = interaction_id
        self._note = note
        self.note_interaction_id = note_interaction_id

    def undo(self) -> None:
        with self._db.transaction() as session:
            followups.reopen_followup(session, interaction_id=self._interaction_id)
            if self.note_interaction_id is not None:
                interactions.delete_interaction(session, interaction_id=self.note_interaction_id)

    def again(self) -> None:
        with self._db.transaction() as session:
            done = followups.complete_followup(
                session, interaction_id=self._interaction_id, note=self._note
            )
        self.note_interaction_id = done.note_interaction_id


class SnoozeFollowUpCommand(_AlreadyDone):
    """Undo: the due date it had before."""

    def __init__(self, db: Database, interaction_id: int, before: date, after: date) -> None:
        super().__init__(db, QCoreApplication.translate("activities", "Snooze follow-up"))
        self._interaction_id = interaction_id
        self._before = before
        self._after = after

    def undo(self) -> None:
        self._set(self._before)

    def again(self) -> None:
        self._set(self._after)

    def _set(self, day: date) -> None:
        with self._db.transaction() as session:
            followups.snooze_followup(session, interaction_id=self._interaction_id, until=day)


class ReassignFollowUpCommand(_AlreadyDone):
    """Undo: give the follow-up back to its previous owner."""

    def __init__(self, db: Database, interaction_id: int, before: str, after: str) -> None:
        super().__init__(db, QCoreApplication.translate("activities", "Reassign follow-up"))
        self._interaction_id = interaction_id
        self._before = before
        self._after = after

    def undo(self) -> None:
        self._set(self._before)

    def again(self) -> None:
        self._set(self._after)

    def _set(self, owner: str) -> None:
        with self._db.transaction() as session:
            if owner:
                followups.reassign_followup(
                    session, interaction_id=self._interaction_id, owner=owner
                )
            else:
                # Back to "nobody": reassign refuses an empty name on purpose (a user
                # must name someone); undo restores exactly what was there.
                followups.clear_owner(session, interaction_id=self._interaction_id)
