"""The event tabs stay in step: a check-in shows in participants and statistics."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from partnercrm.model import ParticipationStatus, Person
from partnercrm.services import events, participations
from partnercrm.store.database import Database
from partnercrm.ui.events.event_workspace import EventWorkspace

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_check_in_updates_the_other_tabs(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        event_id, _ = events.create_event(
            session, data=events.EventInput(title="Seminar", starts_at=datetime(2026, 5, 5, 9))
        )
        person = Person(first_name="Ida", last_name="Ikarus")
        session.add(person)
        session.flush()
        participations.add_participation(
            session, event_id=event_id, person_id=person.id, status=ParticipationStatus.REGISTERED
        )
    workspace = EventWorkspace(db, event_id)
    qtbot.addWidget(workspace)
    workspace.show()
    assert workspace.statistics.sentence_en.text() == "0 participants"
    workspace.tabs.setCurrentWidget(workspace.check_in)
    qtbot.keyClicks(workspace.check_in.search, "ika")
    qtbot.keyClick(workspace.check_in.search, Qt.Key.Key_Return)
    assert workspace.statistics.sentence_en.text() == "1 participant"
    model = workspace.participants.model
    assert model.data(model.index(0, 4)) == "attended"
    workspace.check_in.undo_stack.undo()
    assert workspace.statistics.sentence_en.text() == "0 participants"
    assert model.data(model.index(0, 4)) == "registered"
