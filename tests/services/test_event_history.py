"""Event history of a person and of an organisation (with its departments)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from partnercrm.model import Affiliation, OrganizationKind, ParticipationRole, ParticipationStatus
from partnercrm.services import participations
from partnercrm.services.event_history import organization_event_history, person_event_history

S = ParticipationStatus
K = OrganizationKind


def test_histories_keep_the_organisation_of_the_time(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    stadt = build.org("Stadt Bonn", K.MUNICIPALITY)
    amt = build.org("Amt für Soziales", K.OTHER, parent=stadt)
    firma = build.org("Beratung AG", K.COMPANY)
    first = build.event("Seminar 2025", "2025-05-05 10:00", organizer_id=stadt)
    second = build.event("Fachtag 2026", "2026-05-05 10:00", funder_ids=(firma,))
    eva, job = build.person("Eva", "Wechsel", amt, function="Sachbearbeiterin")
    participations.add_participation(
        session,
        event_id=first,
        person_id=eva,
        status=S.ATTENDED,
        role=ParticipationRole.SPEAKER,
    )
    # Eva changes jobs; the 2026 event sees her at the company.
    session.get(Affiliation, job).valid_until = date(2025, 12, 31)
    session.add(
        Affiliation(person_id=eva, organization_id=firma, function="Beraterin", is_primary=True)
    )
    session.flush()
    participations.add_participation(session, event_id=second, person_id=eva, status=S.REGISTERED)
    rows = person_event_history(session, person_id=eva)
    assert [(r.title, r.organization, r.function, r.role, r.status) for r in rows] == [
        ("Fachtag 2026", "Beratung AG", "Beraterin", ParticipationRole.PARTICIPANT, S.REGISTERED),
        (
            "Seminar 2025",
            "Amt für Soziales",
            "Sachbearbeiterin",
            ParticipationRole.SPEAKER,
            S.ATTENDED,
        ),
    ]
    city = organization_event_history(session, organization_id=stadt)
    assert [(r.title, r.involvement, r.attendees, r.people) for r in city] == [
        ("Seminar 2025", ("participants", "organizer"), 1, ("Eva Wechsel",)),
    ]
    assert organization_event_history(session, organization_id=stadt, include_departments=False)[
        0
    ].involvement == ("organizer",)
    company = organization_event_history(session, organization_id=firma)
    assert [(r.title, r.involvement, r.attendees, r.registered) for r in company] == [
        ("Fachtag 2026", ("participants", "funder"), 0, 1),
    ]
