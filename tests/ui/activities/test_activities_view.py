"""The Activities view in an app context: follow-ups with undo, search, change notices."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from activity_factories import person
from partnercrm.model import InteractionKind
from partnercrm.services import interactions
from partnercrm.services.changes import Changes
from partnercrm.services.interactions import InteractionInput
from partnercrm.store.database import Database
from partnercrm.ui.activities.activities_view import ActivitiesView
from partnercrm.ui.context import AppContext, DataBus
from partnercrm.ui.settings import Settings
from partnercrm.ui.tasks import TaskManager

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_followups_undo_and_search(qtbot: QtBot, db: Database, settings: Settings) -> None:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller").id
        iid = interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.CALL,
                subject="Ehrenamtspreis Jury",
                person_ids=[anna],
                followup_due=date.today() - timedelta(days=1),
            ),
        ).interaction_id
    ctx = AppContext(db, settings, QUndoStack(), TaskManager(), DataBus())
    view = ActivitiesView(ctx)
    qtbot.addWidget(view)
    assert view.followups.model.rowCount() == 1

    view.followups.table.selectRow(0)
    with qtbot.waitSignal(ctx.bus.changed) as blocker:
        view.followups.mark_done("")
    assert blocker.args[0].updated["interaction"] == {iid}
    assert view.followups.model.rowCount() == 0
    ctx.undo_stack.undo()
    assert view.followups.model.rowCount() == 1  # reloaded after the undo

    qtbot.keyClicks(view.search, "ehrenamt")
    qtbot.waitUntil(lambda: view.results.count() == 1)
    assert "Ehrenamtspreis Jury" in view.results.item(0).text()
    with qtbot.waitSignal(view.interaction_activated) as activated:
        view.results.itemActivated.emit(view.results.item(0))
    assert activated.args == [iid]

    with db.transaction() as session:
        interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.NOTE,
                subject="Ehrenamt Nachtrag",
                person_ids=[anna],
                followup_due=date.today(),
            ),
        )
    ctx.bus.changed.emit(Changes.of(created={"interaction": {999}}))
    assert view.followups.model.rowCount() == 2
    assert view.results.count() == 2
