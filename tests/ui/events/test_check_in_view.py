"""Check-in at the door through the real widgets: letters, Enter, counters, undo, walk-ins."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from partnercrm.model import (
    Affiliation,
    Organization,
    OrganizationKind,
    Participation,
    ParticipationStatus,
    Person,
)
from partnercrm.services import events, participations
from partnercrm.store.database import Database
from partnercrm.ui.events.check_in_view import CheckInView

S = ParticipationStatus

# The offscreen platform cannot resize windows to their size hints; harmless there.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def seminar(db: Database) -> tuple[int, dict[str, int]]:
    from datetime import datetime

    with db.transaction() as session:
        event_id, _ = events.create_event(
            session,
            data=events.EventInput(
                title="Austauschtag Engagement", starts_at=datetime(2026, 3, 18, 10)
            ),
        )
        koeln = Organization(name="Stadt Köln", kind=OrganizationKind.MUNICIPALITY)
        session.add(koeln)
        session.flush()
        ids = {}
        for first, last, status in [
            ("Jürgen", "Weiß", S.REGISTERED),
            ("Julia", "Weber", S.REGISTERED),
            ("Anna", "Bergmann", S.REGISTERED),
            ("Bernd", "Berger", S.DECLINED),
            ("Carla", "Neumann", S.INVITED),
        ]:
            person = Person(first_name=first, last_name=last)
            session.add(person)
            session.flush()
            session.add(Affiliation(person_id=person.id, organization_id=koeln.id, is_primary=True))
            session.flush()
            ids[last] = participations.add_participation(
                session, event_id=event_id, person_id=person.id, status=status
            ).participation_id
    return event_id, ids


def status_of(db: Database, participation_id: int) -> ParticipationStatus:
    with db.session() as session:
        return session.get(Participation, participation_id).status


def test_letters_enter_counters_and_undo(
    qtbot, qtmodeltester, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    event_id, ids = seminar(db)
    view = CheckInView(db, event_id)
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    assert view.counter.text() == "0 present of 3 expected"
    qtbot.keyClicks(view.search, "w")
    assert view.matches.rowCount() == 0  # one letter is not enough
    qtbot.keyClicks(view.search, "e")
    names = [view.matches.row_at(i).name for i in range(view.matches.rowCount())]
    assert names == ["Julia Weber", "Jürgen Weiß"]
    qtmodeltester.check(view.matches)
    # Down moves to the second match; Enter checks that one in.
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.checked_in) as signal:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert signal.args == [ids["Weiß"]]
    assert status_of(db, ids["Weiß"]) is S.ATTENDED
    assert status_of(db, ids["Weber"]) is S.REGISTERED
    assert view.counter.text() == "1 present of 3 expected"
    assert view.message.text() == "Jürgen Weiß checked in."
    assert view.search.text() == ""
    # Umlauts folded: "weis" finds Weiß; checking in twice is refused politely.
    qtbot.keyClicks(view.search, "weis")
    assert view.matches.row_at(0).name == "Jürgen Weiß"
    with qtbot.assertNotEmitted(view.checked_in):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.message.text() == "Jürgen Weiß is already checked in."
    view.grab().save(str(tmp_path / "check_in.png"))
    # Undo the check-in: registered again, counter back.
    assert view.undo_button.isEnabled()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert status_of(db, ids["Weiß"]) is S.REGISTERED
    assert view.counter.text() == "0 present of 3 expected"
    assert not view.undo_button.isEnabled()
    view.undo_stack.redo()
    assert status_of(db, ids["Weiß"]) is S.ATTENDED


def test_nobody_found_and_first_name_search(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    event_id, ids = seminar(db)
    view = CheckInView(db, event_id)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search, "xy")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.message.text() == "Nobody found. Check the spelling or add a walk-in."
    view.search.clear()
    qtbot.keyClicks(view.search, "an be")
    assert view.matches.rowCount() == 1
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert status_of(db, ids["Bergmann"]) is S.ATTENDED


def test_walk_in_dialog(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event_id, _ids = seminar(db)
    view = CheckInView(db, event_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.search, "Spontan")
    qtbot.mouseClick(view.walk_in_button, Qt.MouseButton.LeftButton)
    dialog = view.walk_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.last_name.text() == "Spontan"
    qtbot.keyClicks(dialog.first_name, "Jan")
    qtbot.keyClicks(dialog.organization, "Freiwilligenagentur Much")
    qtbot.keyClicks(dialog.email, "kein-at-zeichen")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.grab().save(str(tmp_path / "walk_in.png"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # The bad e-mail keeps the dialog open with the message; nothing was written.
    assert dialog.isVisible() and "is not an e-mail address" in dialog.error.text()
    with db.session() as session:
        assert session.scalar(select(Person).where(Person.last_name == "Spontan")) is None
    dialog.email.clear()
    with qtbot.waitSignal(view.checked_in):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert view.counter.text() == "1 present of 4 expected"
    assert view.message.text() == "Jan Spontan added and checked in."
    with db.session() as session:
        row = session.scalar(
            select(Participation).join(Person).where(Person.last_name == "Spontan")
        )
        assert row.status is S.ATTENDED and row.org_name == "Freiwilligenagentur Much"
        assert row.org_kind is OrganizationKind.NETWORK_INITIATIVE
