"""The shape every data command shares: perform once before pushing, then undo/redo.

A command's first write happens in ``perform()``, called by the editor *before*
the command is pushed: if the service refuses (a validation error, a conflict),
nothing is pushed and the editor keeps what the user typed. ``QUndoStack.push``
then calls ``redo()``, which skips that first time. Later undo/redo runs each
write in a transaction of its own; if one fails (someone changed or removed the
record meanwhile), the user is told and the command becomes obsolete.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from partnercrm.errors import UserError
from partnercrm.ui.context import AppContext


class DataCommand(QUndoCommand):
    """Base: ``_do()`` and ``_undo()`` write through services; ``perform()`` runs ``_do`` once."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._performed = False

    def perform(self) -> None:
        """Run the first write; raises the service's error (then do not push)."""
        self._do()
        self._performed = True

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # pushed right after perform(): already done
            return
        self._guard(self._do)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, step: object) -> None:
        try:
            step()  # type: ignore[operator]
        except UserError as exc:
            self.setObsolete(True)
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("Commands", "Cannot undo or redo"),
                QCoreApplication.translate(
                    "Commands", "“{action}” cannot be undone or redone: {reason}"
                ).format(action=self.text(), reason=exc.message),
            )

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError
