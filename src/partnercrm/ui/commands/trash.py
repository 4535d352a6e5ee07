"""Moving people or organisations to the trash and back, as undoable commands.

Both kinds go through the same service mechanism (services.trash); the people and
organisations lists and the trash view use one command and one way of asking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from partnercrm.errors import UserError
from partnercrm.services import organizations, people
from partnercrm.services.changes import Changes
from partnercrm.ui.commands.base import DataCommand
from partnercrm.ui.context import AppContext

Move = Callable[[Session, Sequence[int]], Changes]


@dataclass(frozen=True)
class Trashable:
    """The service functions that move one kind of record into and out of the trash."""

    trash: Move
    restore: Move


PEOPLE = Trashable(people.trash_people, people.restore_people)
ORGANIZATIONS = Trashable(organizations.trash_organizations, organizations.restore_organizations)


class TrashCommand(DataCommand):
    """Move records to the trash (undo restores them), or with ``restore`` the reverse."""

    def __init__(
        self,
        ctx: AppContext,
        kind: Trashable,
        ids: Sequence[int],
        names: str,
        *,
        restore: bool = False,
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Restore {names}")
            if restore
            else QCoreApplication.translate("Commands", "Move {names} to the trash")
        )
        super().__init__(ctx, text.format(names=names))
        self.ids = list(ids)
        self._forth, self._back = (
            (kind.restore, kind.trash) if restore else (kind.trash, kind.restore)
        )

    def _do(self) -> None:
        self.ctx.write(lambda s: self._forth(s, self.ids))

    def _undo(self) -> None:
        self.ctx.write(lambda s: self._back(s, self.ids))


def names_of(names: Sequence[str], total: int) -> str:
    """The first names of a selection of ``total`` records, then "and N more"."""
    text = ", ".join(names[:3])
    if total > 3:
        text += " " + QCoreApplication.translate("Trash", "and %n more", "", total - 3)
    return text


def move_with_undo(
    parent: QWidget,
    ctx: AppContext,
    kind: Trashable,
    ids: Sequence[int],
    names: str,
    *,
    restore: bool = False,
) -> bool:
    """Move ``ids`` (restore: back out of the trash), undoably; a refusal is shown."""
    command = TrashCommand(ctx, kind, ids, names, restore=restore)
    try:
        command.perform()
    except UserError as exc:
        title = (
            QCoreApplication.translate("Trash", "Restore")
            if restore
            else QCoreApplication.translate("Trash", "Move to trash")
        )
        QMessageBox.warning(parent, title, exc.message)
        return False
    ctx.undo_stack.push(command)
    return True
