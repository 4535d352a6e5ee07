"""A person's and an organisation's event history as tables."""

from __future__ import annotations

from datetime import datetime

from partnercrm.model import (
    Affiliation,
    Organization,
    OrganizationKind,
    ParticipationRole,
    ParticipationStatus,
    Person,
)
from partnercrm.services import events, participations
from partnercrm.store.database import Database
from partnercrm.ui.events.event_history_view import EventHistoryView


def test_person_and_organization_history(qtbot, qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        city = Organization(name="Stadt Herne", kind=OrganizationKind.MUNICIPALITY)
        session.add(city)
        session.flush()
        person = Person(first_name="Eva", last_name="Ehrenamt")
        session.add(person)
        session.flush()
        session.add(Affiliation(person_id=person.id, organization_id=city.id, function="Leitung"))
        session.flush()
        event_id, _ = events.create_event(
            session,
            data=events.EventInput(
                title="Fachtag", starts_at=datetime(2026, 5, 5, 9), organizer_id=city.id
            ),
        )
        participations.add_participation(
            session,
            event_id=event_id,
            person_id=person.id,
            status=ParticipationStatus.ATTENDED,
            role=ParticipationRole.SPEAKER,
        )
        person_id, city_id = person.id, city.id
    view = EventHistoryView(db, person_id=person_id)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    model = view.model
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "05.05.2026",
        "Fachtag",
        "speaker",
        "attended",
        "Leitung, Stadt Herne",
    ]
    with qtbot.waitSignal(view.event_activated) as signal:
        view.table.activated.emit(model.index(0, 1))
    assert signal.args == [event_id]
    org_view = EventHistoryView(db, organization_id=city_id)
    qtbot.addWidget(org_view)
    qtmodeltester.check(org_view.model)
    org_model = org_view.model
    assert [org_model.data(org_model.index(0, c)) for c in range(5)] == [
        "05.05.2026",
        "Fachtag",
        "participants, organiser",
        "1 came, 0 registered",
        "Eva Ehrenamt",
    ]
