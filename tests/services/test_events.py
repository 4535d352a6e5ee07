"""Events: create, edit with conflict check, find by id or title, list, partners."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.model import EventKind, EventStatus, OrganizationKind, ParticipationStatus
from partnercrm.services import events, participations
from partnercrm.services.events import EventInput


def test_create_edit_and_read_back(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    institut = build.org("Institut für Engagement", OrganizationKind.EDUCATION_RESEARCH)
    land = build.org("Ministerium für Kinder NRW", OrganizationKind.PUBLIC_AUTHORITY)
    partner = build.org("Freiwilligenagentur Bonn", OrganizationKind.NETWORK_INITIATIVE)
    data = EventInput(
        title="  Fachtag Ehrenamt ",
        starts_at=datetime(2026, 9, 1, 9),
        ends_at=datetime(2026, 9, 1, 17),
        kind=EventKind.CONFERENCE,
        venue_name="Rathaus",
        venue_city="Bonn",
        organizer_id=institut,
        capacity=80,
        status=EventStatus.OPEN,
        partner_ids=(partner,),
        funder_ids=(land,),
    )
    event_id, changes = events.create_event(session, data=data)
    assert changes.created == {"event": frozenset({event_id})}
    detail = events.get_event(session, event_id=event_id)
    assert detail.data.title == "Fachtag Ehrenamt"
    assert (detail.data.partner_ids, detail.data.funder_ids) == ((partner,), (land,))
    assert detail.organizer_name == "Institut für Engagement"
    assert detail.organization_names == {
        institut: "Institut für Engagement",
        land: "Ministerium für Kinder NRW",
        partner: "Freiwilligenagentur Bonn",
    }
    session.commit()
    edited = EventInput(**{**detail.data.__dict__, "capacity": 100, "funder_ids": ()})
    events.update_event(session, event_id=event_id, data=edited, expected_version=detail.version)
    session.commit()
    again = events.get_event(session, event_id=event_id)
    assert again.data.capacity == 100 and again.data.funder_ids == ()
    with pytest.raises(ConflictError):
        events.update_event(
            session, event_id=event_id, data=edited, expected_version=detail.version
        )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (EventInput(title=" ", starts_at=datetime(2026, 1, 1)), "title"),
        (
            EventInput(title="X", starts_at=datetime(2026, 1, 2), ends_at=datetime(2026, 1, 1)),
            "ends_at",
        ),
        (EventInput(title="X", starts_at=datetime(2026, 1, 2), capacity=-1), "capacity"),
    ],
)
def test_invalid_events_are_refused(session: Session, data: EventInput, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        events.create_event(session, data=data)
    assert error.value.field == field


def test_find_by_id_or_exact_title_and_list(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    a = build.event("Fachtag", "2026-02-01 10:00", series="Reihe")
    b = build.event("Fachtag 2", "2025-02-01 10:00")
    person = build.person("A", "B")[0]
    participations.add_participation(
        session, event_id=a, person_id=person, status=ParticipationStatus.ATTENDED
    )
    assert events.find_event(session, str(a)) == a
    assert events.find_event(session, "Fachtag 2") == b
    with pytest.raises(NotFoundError):
        events.find_event(session, "Fachtag 3")
    build.event("Fachtag 2", "2027-01-01 10:00")
    with pytest.raises(ValidationError):
        events.find_event(session, "Fachtag 2")
    rows = events.list_events(session, year=2026)
    assert [(r.title, r.attended, r.registered) for r in rows] == [("Fachtag", 1, 0)]
    assert events.list_series(session) == ["Reihe"]
    assert events.event_ids_in(session, series="Reihe") == [a]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-05-12", datetime(2026, 5, 12)),
        ("12.05.2026 09:30", datetime(2026, 5, 12, 9, 30)),
        ("2026-05-12T18:00", datetime(2026, 5, 12, 18)),
    ],
)
def test_parse_event_time(text: str, expected: datetime) -> None:
    assert events.parse_event_time(text) == expected


def test_parse_errors_say_what_to_write() -> None:
    with pytest.raises(ValidationError, match="2026-05-12"):
        events.parse_event_time("nächsten Dienstag")
    assert events.parse_event_kind("Tagung") is EventKind.CONFERENCE
    assert events.parse_event_kind("online-talk") is EventKind.ONLINE_TALK
    with pytest.raises(ValidationError, match="seminar"):
        events.parse_event_kind("Party")


def test_upcoming_events_are_the_next_few_soonest_first(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    build.event("Vergangen", "2026-05-01 10:00")
    later = build.event("Später", "2026-07-01 10:00")
    soon = build.event("Bald", "2026-05-20 18:00", capacity=30)
    build.event("Abgesagt", "2026-05-21 10:00", status=EventStatus.CANCELLED)
    build.event("Noch später", "2026-08-01 10:00")
    rows = events.upcoming_events(session, now=datetime(2026, 5, 12, 12), limit=2)
    assert [(r.id, r.title, r.capacity) for r in rows] == [
        (soon, "Bald", 30),
        (later, "Später", None),
    ]
