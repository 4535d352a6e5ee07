"""Participations: capacity and waitlist, check-in and undo, no-shows, sessions, walk-ins."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, ValidationError
from partnercrm.model import (
    Organization,
    OrganizationKind,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    SessionKind,
)
from partnercrm.services import event_statistics, events, participations
from partnercrm.services.events import SessionInput

S = ParticipationStatus
R = ParticipationRole
K = OrganizationKind
T0 = datetime(2026, 4, 1, 9, 0)


def at(minute: int) -> datetime:
    return T0.replace(minute=minute)


def test_two_day_conference_with_workshops_gallery_walk_and_waitlist(
    session: Session,
    build,  # type: ignore[no-untyped-def]
) -> None:
    event_id = build.event(
        "Engagement-Kongress 2026",
        "2026-06-10 09:00",
        capacity=40,
        ends_at=datetime(2026, 6, 11, 16),
    )
    institut = build.org("Institut für Zivilgesellschaft", K.EDUCATION_RESEARCH)
    koeln = build.org("Stadt Köln", K.MUNICIPALITY)
    verein = build.org("Nachbarschaftshilfe e.V.", K.ASSOCIATION)
    firma = build.org("Sozialbau GmbH", K.COMPANY)
    events.add_session(
        session,
        event_id=event_id,
        data=SessionInput("Get-together", SessionKind.GET_TOGETHER, datetime(2026, 6, 9, 19)),
    )
    workshops = [
        events.add_session(
            session,
            event_id=event_id,
            data=SessionInput(
                f"Workshop {i}",
                SessionKind.WORKSHOP,
                datetime(2026, 6, 10 + i // 4, 11 + i % 3),
                room=f"Raum {i}",
                capacity=12,
            ),
        )[0]
        for i in range(1, 7)
    ]
    gallery, _ = events.add_session(
        session,
        event_id=event_id,
        data=SessionInput("Galerie-Rundgang", SessionKind.GALLERY_WALK, datetime(2026, 6, 10, 15)),
    )
    # Organisers and helpers do not take places.
    for i in range(3):
        person = build.person("Orga", f"Team{i}", institut)[0]
        participations.add_participation(
            session,
            event_id=event_id,
            person_id=person,
            role=R.ORGANIZER if i else R.HELPER,
            status=S.REGISTERED,
            at=at(0),
        )
    # Six speakers, one per workshop.
    speakers = []
    for i, workshop in enumerate(workshops):
        person = build.person("Ref", f"Erent{i}", verein)[0]
        pid = participations.add_participation(
            session,
            event_id=event_id,
            person_id=person,
            role=R.SPEAKER,
            status=S.REGISTERED,
            at=at(1),
        ).participation_id
        participations.assign_to_session(
            session, participation_id=pid, session_id=workshop, role=R.SPEAKER
        )
        speakers.append(pid)
    # Five exhibitors at the gallery walk, with stand numbers.
    exhibitors = []
    for i in range(5):
        person = build.person("Aus", f"Steller{i}", firma if i == 0 else verein)[0]
        pid = participations.add_participation(
            session,
            event_id=event_id,
            person_id=person,
            role=R.EXHIBITOR,
            status=S.REGISTERED,
            at=at(2),
        ).participation_id
        participations.assign_to_session(
            session,
            participation_id=pid,
            session_id=gallery,
            role=R.EXHIBITOR,
            stand_number=f"S{i + 1}",
        )
        exhibitors.append(pid)
    # 29 places left for participants; 31 register: 2 land on the waitlist.
    regs = []
    for i in range(31):
        person = build.person("Teil", f"Nehmer{i:02d}", koeln)[0]
        regs.append(
            participations.add_participation(
                session, event_id=event_id, person_id=person, status=S.REGISTERED, at=at(10 + i)
            )
        )
    assert [r.status for r in regs[:29]] == [S.REGISTERED] * 29
    assert [r.status for r in regs[29:]] == [S.WAITLISTED] * 2
    assert participations.occupied_places(session, event_id) == 40

    # A cancellation moves the longest-waiting person up; the other still waits.
    change = participations.set_status(
        session, participation_id=regs[3].participation_id, status=S.CANCELLED, at=at(50)
    )
    assert change.promoted == (regs[29].participation_id,)
    assert session.get(Participation, regs[29].participation_id).registered_at == at(50)
    assert session.get(Participation, regs[30].participation_id).status is S.WAITLISTED
    # Re-registering the cancelled person while full: waitlist again.
    again = participations.set_status(
        session, participation_id=regs[3].participation_id, status=S.REGISTERED
    )
    assert again.status is S.WAITLISTED

    rows = events.list_sessions(session, event_id=event_id)
    assert [r.data.title for r in rows] == [
        "Get-together",
        "Workshop 3",
        "Workshop 1",
        "Workshop 2",
        "Galerie-Rundgang",
        "Workshop 6",
        "Workshop 4",
        "Workshop 5",
    ]
    assert rows[1].data.room == "Raum 3" and rows[1].data.capacity == 12
    by_title = {r.data.title: r for r in rows}
    assert [p.role for p in by_title["Workshop 1"].people] == ["speaker"]
    assert [p.stand_number for p in by_title["Galerie-Rundgang"].people] == [
        "S1",
        "S2",
        "S3",
        "S4",
        "S5",
    ]
    assert by_title["Get-together"].people == ()

    # Day of the event: everyone registered comes except two participants.
    registered = session.scalars(
        select(Participation.id)
        .where(Participation.event_id == event_id, Participation.status == S.REGISTERED)
        .order_by(Participation.id)
    ).all()
    assert len(registered) == 3 + 6 + 5 + 29
    for pid in registered[:-2]:
        participations.check_in(session, participation_id=pid)
    assert participations.presence(session, event_id=event_id) == participations.Presence(41, 43)
    participations.mark_no_shows(session, event_id=event_id)
    session.commit()

    stats = event_statistics.event_statistics(session, event_id=event_id)
    assert stats.by_status == {
        S.INVITED: 0,
        S.REGISTERED: 0,
        S.WAITLISTED: 2,
        S.DECLINED: 0,
        S.CANCELLED: 0,
        S.ATTENDED: 41,
        S.NO_SHOW: 2,
    }
    assert stats.by_role == {
        R.PARTICIPANT: 27,
        R.SPEAKER: 6,
        R.MODERATOR: 0,
        R.PANELIST: 0,
        R.EXHIBITOR: 5,
        R.ORGANIZER: 2,
        R.HELPER: 1,
    }
    assert stats.organizations == 4
    assert stats.municipalities == 1 and stats.municipal_participants == 27
    assert stats.by_sector == {"public": 30, "business": 1, "civil_society": 10}
    assert stats.sentence_en == "41 participants, 27 of them representing 1 municipality"


def test_check_in_and_undo_restore_status_and_date(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Seminar")
    person = build.person("Anna", "Beispiel")[0]
    pid = participations.add_participation(
        session, event_id=event_id, person_id=person, status=S.REGISTERED, at=at(5)
    ).participation_id
    change = participations.check_in(session, participation_id=pid, at=at(30))
    assert (change.status, change.previous_status, change.previous_at) == (
        S.ATTENDED,
        S.REGISTERED,
        at(5),
    )
    stored = session.get(Participation, pid)
    assert (stored.status, stored.attended_at) == (S.ATTENDED, at(30))
    participations.undo_check_in(
        session,
        participation_id=pid,
        previous_status=change.previous_status,
        previous_at=change.previous_at,
    )
    session.flush()
    assert (stored.status, stored.attended_at, stored.registered_at) == (S.REGISTERED, None, at(5))


def test_no_show_only_touches_registered(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Seminar")
    statuses = [S.REGISTERED, S.REGISTERED, S.ATTENDED, S.INVITED, S.WAITLISTED, S.DECLINED]
    ids = []
    for i, status in enumerate(statuses):
        person = build.person("P", str(i))[0]
        ids.append(
            participations.add_participation(
                session, event_id=event_id, person_id=person, status=status
            ).participation_id
        )
    changes = participations.mark_no_shows(session, event_id=event_id, at=at(59))
    session.commit()
    assert changes.updated["participation"] == frozenset(ids[:2])
    after = [session.get(Participation, i) for i in ids]
    session.refresh(after[0])
    assert [p.status for p in after] == [S.NO_SHOW, S.NO_SHOW, *statuses[2:]]
    assert after[0].no_show_at == at(59)
    assert participations.count_registered(session, event_id=event_id) == 0


def test_participation_snapshots_the_chosen_role(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Seminar")
    stadt = build.org("Stadt Moers", K.MUNICIPALITY)
    verein = build.org("Tafel Moers e.V.", K.ASSOCIATION)
    person, job = build.person("Eva", "Zwei", stadt, function="Referentin")
    from partnercrm.model import Affiliation

    chair = Affiliation(person_id=person, organization_id=verein, function="Vorsitzende")
    session.add(chair)
    session.flush()
    pid = participations.add_participation(
        session, event_id=event_id, person_id=person, affiliation_id=chair.id
    ).participation_id
    stored = session.get(Participation, pid)
    assert (stored.org_name, stored.org_kind, stored.org_function, stored.municipality_id) == (
        "Tafel Moers e.V.",
        K.ASSOCIATION,
        "Vorsitzende",
        None,
    )
    participations.change_affiliation(session, participation_id=pid, affiliation_id=job)
    assert (stored.org_name, stored.municipality_name) == ("Stadt Moers", "Stadt Moers")
    with pytest.raises(ConflictError):
        participations.add_participation(session, event_id=event_id, person_id=person)
    other = build.person("Nicht", "Ihre")[0]
    with pytest.raises(ValidationError):
        participations.add_participation(
            session, event_id=event_id, person_id=other, affiliation_id=chair.id
        )


def test_walk_in_creates_person_and_reuses_organisation(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Seminar")
    existing = build.org("Stadt Herne", K.MUNICIPALITY)
    change = participations.add_walk_in(
        session,
        event_id=event_id,
        walk_in=participations.WalkIn(
            "Jan", "Spontan", "stadt  herne", "Sachbearbeiter", "jan@herne.de"
        ),
    )
    assert change.status is S.ATTENDED
    stored = session.get(Participation, change.participation_id)
    assert (stored.org_id, stored.municipality_id, stored.org_function) == (
        existing,
        existing,
        "Sachbearbeiter",
    )
    new = participations.add_walk_in(
        session,
        event_id=event_id,
        walk_in=participations.WalkIn("Lea", "Neu", "Stiftung Mitmachen"),
    )
    org = session.get(Organization, session.get(Participation, new.participation_id).org_id)
    assert (org.name, org.kind) == ("Stiftung Mitmachen", K.FOUNDATION)
    assert new.changes.created["organization"] == frozenset({org.id})
    rows = participations.list_participants(session, event_id=event_id)
    assert [(r.name, r.email) for r in rows] == [("Lea Neu", ""), ("Jan Spontan", "jan@herne.de")]
    assert participations.matches_search(rows[1], "ja sp")
    assert participations.matches_search(rows[1], "her")
    assert not participations.matches_search(rows[1], "lea")
    with pytest.raises(ValidationError):
        participations.add_walk_in(
            session, event_id=event_id, walk_in=participations.WalkIn("", "")
        )


def test_removing_a_registration_moves_the_waitlist(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Klein", capacity=1)
    a = build.person("A", "A")[0]
    b = build.person("B", "B")[0]
    first = participations.add_participation(
        session, event_id=event_id, person_id=a, status=S.REGISTERED
    )
    second = participations.add_participation(
        session, event_id=event_id, person_id=b, status=S.REGISTERED
    )
    assert second.status is S.WAITLISTED
    changes = participations.remove_participation(session, participation_id=first.participation_id)
    assert changes.updated["participation"] == frozenset({second.participation_id})
    assert session.get(Participation, second.participation_id).status is S.REGISTERED
