"""Event list, editor with sessions, and the participants view through the real widgets."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from partnercrm.model import (
    Event,
    EventSession,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
    SessionKind,
)
from partnercrm.services import events, participations
from partnercrm.store.database import Database
from partnercrm.ui.events.event_editor import EventEditor
from partnercrm.ui.events.event_list import EventListWidget
from partnercrm.ui.events.participants_view import ParticipantsView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
S = ParticipationStatus


def make_event(db: Database, title: str, start: datetime, **fields: object) -> int:
    with db.transaction() as session:
        event_id, _ = events.create_event(
            session,
            data=events.EventInput(title=title, starts_at=start, **fields),  # type: ignore[arg-type]
        )
    return event_id


def test_event_list(qtbot, qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    old = make_event(db, "Fachtag 2025", datetime(2025, 5, 1, 9))
    new = make_event(db, "Austauschtag 2026", datetime(2026, 3, 18, 10), capacity=30)
    with db.transaction() as session:
        person = Person(first_name="A", last_name="B")
        session.add(person)
        session.flush()
        participations.add_participation(
            session, event_id=new, person_id=person.id, status=S.REGISTERED
        )
    widget = EventListWidget(db)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    model = widget.model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == [
        "Austauschtag 2026",
        "Fachtag 2025",
    ]
    assert model.data(model.index(0, 5)) == "1 / 30"
    assert model.data(model.index(0, 2)) == "Seminar"
    widget.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == "Austauschtag 2026"
    widget.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == "Fachtag 2025"
    qtbot.keyClicks(widget.search, "fach")
    assert model.rowCount() == 1
    with qtbot.waitSignal(widget.event_activated) as signal:
        widget.table.activated.emit(model.index(0, 1))
    assert signal.args == [old]
    with qtbot.waitSignal(widget.new_event_requested):
        qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)


def test_create_event_and_add_sessions(qtbot, qtmodeltester, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor = EventEditor(db)
    qtbot.addWidget(editor)
    editor.resize(900, 760)
    editor.show()
    assert not editor.add_session_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "An event needs a title."
    qtbot.keyClicks(editor.title, "Engagement-Kongress")
    editor.kind.setCurrentIndex(1)  # conference
    editor.starts.setDateTime(QDateTime(2026, 6, 10, 9, 0, 0))
    editor.has_end.setChecked(True)
    editor.ends.setDateTime(QDateTime(2026, 6, 11, 16, 0, 0))
    qtbot.keyClicks(editor.venue, "Stadthalle")
    qtbot.keyClicks(editor.city, "Bielefeld")
    editor.capacity.setValue(120)
    with qtbot.waitSignal(editor.event_saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    event_id = saved.args[0]
    with db.session() as session:
        event = session.get(Event, event_id)
        assert (event.title, event.kind.value, event.capacity, event.ends_at) == (
            "Engagement-Kongress",
            "conference",
            120,
            datetime(2026, 6, 11, 16),
        )
    assert editor.add_session_button.isEnabled()
    qtbot.mouseClick(editor.add_session_button, Qt.MouseButton.LeftButton)
    dialog = editor.session_dialog
    qtbot.keyClicks(dialog.title, "Workshop 1: Ehrenamt digital")
    dialog.kind.setCurrentIndex(0)
    dialog.starts.setDateTime(QDateTime(2026, 6, 10, 11, 0, 0))
    dialog.ends.setDateTime(QDateTime(2026, 6, 10, 12, 30, 0))
    qtbot.keyClicks(dialog.room, "Raum 2")
    dialog.capacity.setValue(20)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert editor.sessions.rowCount() == 1
    qtmodeltester.check(editor.sessions)
    assert editor.sessions.data(editor.sessions.index(0, 0)) == "10.06. 11:00–12:30"
    # A session that ends before it starts is refused and the dialog stays open.
    qtbot.mouseClick(editor.add_session_button, Qt.MouseButton.LeftButton)
    bad = editor.session_dialog
    qtbot.keyClicks(bad.title, "Galerie-Rundgang")
    bad.kind.setCurrentIndex(list(SessionKind).index(SessionKind.GALLERY_WALK))
    bad.starts.setDateTime(QDateTime(2026, 6, 10, 15, 0, 0))
    bad.ends.setDateTime(QDateTime(2026, 6, 10, 14, 0, 0))
    qtbot.mouseClick(
        bad.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert bad.isVisible() and "ends before it starts" in bad.error.text()
    bad.ends.setDateTime(QDateTime(2026, 6, 10, 16, 0, 0))
    qtbot.mouseClick(
        bad.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert editor.sessions.rowCount() == 2
    editor.grab().save(str(tmp_path / "editor.png"))
    # Edit the title of the second session, then remove the first.
    editor.sessions_table.selectRow(1)
    qtbot.mouseClick(editor.edit_session_button, Qt.MouseButton.LeftButton)
    edit = editor.session_dialog
    assert edit.title.text() == "Galerie-Rundgang"
    edit.title.setText("Galerie-Rundgang der Initiativen")
    qtbot.mouseClick(
        edit.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    editor.sessions_table.selectRow(0)
    qtbot.mouseClick(editor.remove_session_button, Qt.MouseButton.LeftButton)
    with db.session() as session:
        titles = session.scalars(select(EventSession.title)).all()
    assert titles == ["Galerie-Rundgang der Initiativen"]


def test_edit_conflict_is_reported(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    event_id = make_event(db, "Seminar", datetime(2026, 1, 1, 10))
    editor = EventEditor(db, event_id)
    qtbot.addWidget(editor)
    with db.transaction() as session:  # someone else saves meanwhile
        data = events.get_event(session, event_id=event_id).data
        changed = events.EventInput(**{**data.__dict__, "capacity": 25})
        events.update_event(session, event_id=event_id, data=changed)
    editor.title.setText("Seminar (neu)")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "was changed meanwhile" in editor.message.text()


def test_participants_view(qtbot, qtmodeltester, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event_id = make_event(db, "Fachtag", datetime(2026, 5, 5, 9), capacity=2)
    form = tmp_path / "anmeldungen.csv"
    form.write_text(
        "Vorname;Nachname;Organisation;E-Mail;Status;Rolle\n"
        "Anna;Arndt;Stadt Köln;anna@koeln.de;angemeldet;\n"
        "Bert;Brandt;Tafel e.V.;bert@tafel.de;eingeladen;\n"
        "Cora;Cremer;;cora@x.org;eingeladen;Referent/in\n",
        encoding="utf-8",
    )
    view = ParticipantsView(db, event_id)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    view.import_registrations(form)
    assert view.message.text() == "3 rows imported: 3 people created, 0 recognised."
    model = view.model
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "Anna Arndt",
        "Bert Brandt",
        "Cora Cremer",
    ]
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Cora Cremer"
    # Register Bert and Cora: one place is left, so Cora waits.
    view.table.selectAll()
    view.status_box.setCurrentIndex(list(S).index(S.REGISTERED))
    qtbot.mouseClick(view.set_status_button, Qt.MouseButton.LeftButton)
    assert "put on the waitlist" in view.message.text()
    with db.session() as session:
        statuses = dict(
            session.execute(
                select(Person.last_name, Participation.status).join(Participation.person)
            ).all()
        )
    assert sorted(statuses.values()) == sorted([S.REGISTERED, S.REGISTERED, S.WAITLISTED])
    # The no-show action asks first.
    qtbot.mouseClick(view.no_show_button, Qt.MouseButton.LeftButton)
    box = view.confirmation
    assert box is not None and "2 people are still registered" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert view.message.text() == "2 marked as no-show."
    view.grab().save(str(tmp_path / "participants.png"))
    bad = tmp_path / "bad.csv"
    bad.write_text("Nachname;Rolle\nMeier;Zuschauer\n", encoding="utf-8")
    view.import_registrations(bad)
    assert "bad.csv, row 2: unknown role “Zuschauer”" in view.message.text()
    view.table.clearSelection()
    view.table.selectRow(0)
    view.role_box.setCurrentIndex(list(ParticipationRole).index(ParticipationRole.HELPER))
    qtbot.mouseClick(view.set_role_button, Qt.MouseButton.LeftButton)
    assert model.data(model.index(0, 3)) == "helper"
