"""Undo and redo of activities through a real QUndoStack and the real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from activity_factories import person
from partnercrm.errors import NotFoundError
from partnercrm.model import InteractionKind
from partnercrm.services import followups, interactions
from partnercrm.services.interactions import InteractionInput
from partnercrm.store.database import Database
from partnercrm.ui.activities.followups_view import FollowUpsView
from partnercrm.ui.activities.log_dialog import LogInteractionDialog

TODAY = date(2026, 3, 11)


def _open(db: Database, today: date = TODAY) -> list[int]:
    with db.session() as session:
        return [f.interaction_id for f in followups.list_followups(session, today=today).all()]


def test_undo_redo_of_a_logged_interaction(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller").id
    stack = QUndoStack()
    dialog = LogInteractionDialog(db, person_ids=[anna], undo_stack=stack)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.subject, "Anruf")
    with qtbot.waitSignal(dialog.interaction_logged) as blocker:
        dialog.save()
    first_id = blocker.args[0]
    assert stack.count() == 1 and stack.undoText() == "Log interaction"
    stack.undo()
    with db.session() as session, pytest.raises(NotFoundError):
        interactions.get_interaction(session, interaction_id=first_id)
    stack.redo()
    with db.session() as session:
        hits = interactions.search_interactions(session, query="anruf")
    assert [h.subject for h in hits] == ["Anruf"]


def test_undo_of_done_snooze_and_reassign(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller").id
        iid = interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.CALL,
                subject="Rückruf",
                person_ids=[anna],
                followup_due=TODAY,
                followup_owner="",
            ),
        ).interaction_id
    stack = QUndoStack()
    view = FollowUpsView(db, today=lambda: TODAY, undo_stack=stack)
    qtbot.addWidget(view)
    with db.session() as session:
        owner_before = interactions.get_interaction(session, interaction_id=iid).followup_owner

    view.table.selectRow(0)
    view.reassign("carla")
    view.table.selectRow(0)
    view.snooze(date(2026, 4, 1))
    view.table.selectRow(0)
    view.mark_done("Erledigt")
    assert _open(db) == []
    with db.session() as session:
        assert len(interactions.search_interactions(session, query="erledigt")) == 1

    stack.undo()  # done
    assert _open(db) == [iid]
    with db.session() as session:
        assert interactions.search_interactions(session, query="erledigt") == []
    stack.undo()  # snooze
    with db.session() as session:
        assert interactions.get_interaction(session, interaction_id=iid).followup_due == TODAY
    stack.undo()  # reassign
    with db.session() as session:
        detail = interactions.get_interaction(session, interaction_id=iid)
    assert detail.followup_owner == owner_before
    stack.redo()
    stack.redo()
    stack.redo()
    with db.session() as session:
        detail = interactions.get_interaction(session, interaction_id=iid)
    assert (detail.followup_owner, detail.followup_due, detail.followup_done) == (
        "carla",
        date(2026, 4, 1),
        True,
    )
