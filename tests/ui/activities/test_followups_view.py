"""The follow-ups widget: buckets, owner filter, done with note, snooze, reassign, greeting."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from activity_factories import person
from partnercrm.model import InteractionKind
from partnercrm.services import followups, interactions
from partnercrm.services.followups import Bucket
from partnercrm.services.interactions import InteractionInput
from partnercrm.store.database import Database
from partnercrm.ui.activities.followups_view import FollowUpsView
from partnercrm.ui.activities.overdue import overdue_message

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = date(2026, 3, 11)  # a Wednesday


@pytest.fixture
def due(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller")

        def log(day: date, owner: str, subject: str) -> int:
            return interactions.log_interaction(
                session,
                data=InteractionInput(
                    kind=InteractionKind.CALL,
                    subject=subject,
                    occurred_at=datetime(2026, 3, 1, 9),
                    person_ids=[anna.id],
                    followup_due=day,
                    followup_note=f"{subject} nachfassen",
                    followup_owner=owner,
                ),
            ).interaction_id

        return {
            "anna": anna.id,
            "overdue": log(date(2026, 3, 2), "anna", "Alt"),
            "today": log(TODAY, "ben", "Heute"),
            "week": log(date(2026, 3, 13), "anna", "Freitag"),
            "later": log(date(2026, 4, 1), "anna", "April"),
        }


def _view(qtbot: QtBot, db: Database) -> FollowUpsView:
    view = FollowUpsView(db, today=lambda: TODAY)
    qtbot.addWidget(view)
    return view


def test_buckets_in_order_with_summary(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, due: dict[str, int]
) -> None:
    view = _view(qtbot, db)
    model = view.model
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "Overdue · 02.03.2026",
        "Today · 11.03.2026",
        "This week · 13.03.2026",
        "Later · 01.04.2026",
    ]
    assert model.data(model.index(0, 2)) == "Alt nachfassen — Alt"
    assert model.data(model.index(0, 3)) == "Anna Müller"
    assert view.summary.text() == "Overdue: 1 · Today: 1 · This week: 1 · Later: 1"
    assert not view.done_button.isEnabled()
    view.table.selectRow(0)
    assert view.done_button.isEnabled()


def test_owner_filter(qtbot: QtBot, db: Database, due: dict[str, int]) -> None:
    view = _view(qtbot, db)
    view.owner.setCurrentIndex(view.owner.findData("ben"))
    assert view.model.rowCount() == 1
    assert view.model.followup(0).interaction_id == due["today"]  # type: ignore[union-attr]
    view.owner.setCurrentIndex(0)
    assert view.model.rowCount() == 4


def test_done_with_note_snooze_and_reassign(
    qtbot: QtBot, db: Database, due: dict[str, int]
) -> None:
    view = _view(qtbot, db)
    view.table.selectRow(0)
    with qtbot.waitSignal(view.followups_changed) as blocker:
        view.mark_done("Hat zugesagt")
    changes = blocker.args[0]
    assert changes.updated["interaction"] == {due["overdue"]}
    (note_id,) = changes.created["interaction"]
    assert view.model.rowCount() == 3
    with db.session() as session:
        note = interactions.get_interaction(session, interaction_id=note_id)
    assert note.text == "Hat zugesagt"

    view.table.selectRow(0)  # "today" now
    with qtbot.waitSignal(view.followups_changed):
        view.snooze(date(2026, 5, 1))
    assert [view.model.followup(r).interaction_id for r in range(3)] == [  # type: ignore[union-attr]
        due["week"],
        due["later"],
        due["today"],
    ]
    view.table.selectRow(2)
    with qtbot.waitSignal(view.followups_changed):
        view.reassign("carla")
    assert view.model.followup(2).owner == "carla"  # type: ignore[union-attr]
    assert view.owner.findData("carla") >= 0


def test_failure_is_reported_not_raised(qtbot: QtBot, db: Database, due: dict[str, int]) -> None:
    view = _view(qtbot, db)
    view.table.selectRow(0)
    with qtbot.waitSignal(view.failed) as blocker:
        view.reassign("   ")
    assert "take over" in blocker.args[0]


def test_overdue_message(db: Database, due: dict[str, int], qtbot: QtBot) -> None:
    assert overdue_message(db, today=TODAY) == "1 follow-up(s) overdue. See Activities."
    assert overdue_message(db, today=date(2026, 3, 1)) == ""
    with db.session() as session:
        assert followups.overdue_count(session, today=TODAY, owner="ben") == 0
    assert Bucket.OVERDUE.value == "overdue"


def test_buttons_ask_then_act(qtbot: QtBot, db: Database, due: dict[str, int]) -> None:
    from PySide6.QtCore import Qt, QTimer

    from partnercrm.ui.activities.followups_view import DoneDialog, SnoozeDialog

    view = _view(qtbot, db)
    view.show()
    view.table.selectRow(0)

    def answer_done() -> None:
        dialog = view.findChild(DoneDialog)
        assert dialog is not None
        dialog.note.setPlainText("Erledigt per Telefon")
        dialog.accept()

    QTimer.singleShot(0, answer_done)
    with qtbot.waitSignal(view.followups_changed) as blocker:
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].updated["interaction"] == {due["overdue"]}

    view.table.selectRow(0)

    def answer_snooze() -> None:
        dialog = view.findChild(SnoozeDialog)
        assert dialog is not None
        dialog.date_edit.setDate(dialog.date_edit.date().fromString("2026-06-01", "yyyy-MM-dd"))
        dialog.accept()

    QTimer.singleShot(0, answer_snooze)
    with qtbot.waitSignal(view.followups_changed):
        qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    moved = [f for r in range(view.model.rowCount()) if (f := view.model.followup(r))]
    assert next(f for f in moved if f.interaction_id == due["today"]).due == date(2026, 6, 1)
