"""Statistics of realistic events: every number checked (issue "Events")."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError
from partnercrm.model import (
    Affiliation,
    ConsentChannel,
    OrganizationKind,
    ParticipationRole,
    ParticipationStatus,
    Person,
    Sector,
)
from partnercrm.services import event_statistics, participations
from partnercrm.services.event_statistics import report_sentence_de, report_sentence_en
from partnercrm.services.invitations import Invitation, invite

K = OrganizationKind
S = ParticipationStatus
R = ParticipationRole


def exchange_day(session: Session, build) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A municipal exchange day: 20 attend, 15 of them from 10 municipalities."""
    event_id = build.event("Austauschtag Bürgerengagement NRW", "2026-03-18 10:00", capacity=30)
    mun = {
        name: build.org(name, kind)
        for name, kind in [
            ("Stadt Köln", K.MUNICIPALITY),
            ("Stadt Bonn", K.MUNICIPALITY),
            ("Stadt Essen", K.MUNICIPALITY),
            ("Gemeinde Much", K.MUNICIPALITY),
            ("Stadt Moers", K.MUNICIPALITY),
            ("Kreis Lippe", K.DISTRICT),
            ("Rhein-Kreis Neuss", K.DISTRICT),
            ("Stadt Herne", K.MUNICIPALITY),
            ("Gemeinde Kalletal", K.MUNICIPALITY),
            ("Stadt Bielefeld", K.MUNICIPALITY),
        ]
    }
    # Departments: their own kind differs, the parent chain makes them municipal.
    koeln_dept = build.org("Engagementförderung", K.OTHER, parent=mun["Stadt Köln"])
    bonn_dept = build.org("Amt für Soziales", K.PUBLIC_AUTHORITY, parent=mun["Stadt Bonn"])
    bonn_unit = build.org("Team Ehrenamt", K.OTHER, parent=bonn_dept)  # two levels down
    others = {
        "agentur": build.org("Freiwilligenagentur Köln", K.NETWORK_INITIATIVE),
        "caritas": build.org("Caritasverband Essen", K.CHURCH_WELFARE),
        "stiftung": build.org("Bürgerstiftung Moers", K.FOUNDATION),
        "ministerium": build.org("Ministerium für Heimat NRW", K.PUBLIC_AUTHORITY),
        "stadtwerke": build.org("Stadtwerke Köln GmbH", K.COMPANY),
    }
    municipal_people = [
        ("Stadt Köln", mun["Stadt Köln"]),
        ("Stadt Köln", mun["Stadt Köln"]),
        ("Stadt Köln", koeln_dept),
        ("Stadt Bonn", mun["Stadt Bonn"]),
        ("Stadt Bonn", bonn_unit),
        ("Stadt Essen", mun["Stadt Essen"]),
        ("Stadt Essen", mun["Stadt Essen"]),
        ("Gemeinde Much", mun["Gemeinde Much"]),
        ("Stadt Moers", mun["Stadt Moers"]),
        ("Kreis Lippe", mun["Kreis Lippe"]),
        ("Kreis Lippe", mun["Kreis Lippe"]),
        ("Rhein-Kreis Neuss", mun["Rhein-Kreis Neuss"]),
        ("Stadt Herne", mun["Stadt Herne"]),
        ("Gemeinde Kalletal", mun["Gemeinde Kalletal"]),
        ("Stadt Bielefeld", mun["Stadt Bielefeld"]),
    ]
    attendees: list[int] = []
    for i, (_name, org) in enumerate(municipal_people):
        attendees.append(build.person(f"Vorname{i}", f"Kommunal{i}", org)[0])
    roles = {}
    for key, role in [
        ("agentur", R.MODERATOR),
        ("caritas", R.PANELIST),
        ("stiftung", R.PARTICIPANT),
        ("ministerium", R.SPEAKER),
        ("stadtwerke", R.PARTICIPANT),
    ]:
        person_id = build.person("Gast", key.title(), others[key])[0]
        attendees.append(person_id)
        roles[person_id] = role
    invited_only = [
        build.person("Offen", f"Eingeladen{i}", mun["Stadt Herne"])[0] for i in range(3)
    ]
    decliners = [build.person("Keine", f"Zeit{i}", others["caritas"])[0] for i in range(2)]
    canceller = build.person("Kurz", "Fristig", mun["Stadt Bonn"])[0]
    no_shows = [build.person("Nicht", f"Da{i}", mun["Stadt Essen"])[0] for i in range(2)]

    everyone = [*attendees, *invited_only, *decliners, canceller, *no_shows]
    result = invite(
        session,
        event_id=event_id,
        invitations=[Invitation(p) for p in everyone],
        channel=ConsentChannel.EMAIL,
    )
    assert len(result.invited) == len(everyone) == 28
    ids = dict(zip(everyone, result.invited, strict=True))
    for person_id in [*attendees, canceller, *no_shows]:
        participations.set_status(session, participation_id=ids[person_id], status=S.REGISTERED)
    for person_id, role in roles.items():
        participations.set_role(session, participation_id=ids[person_id], role=role)
    for person_id in decliners:
        participations.set_status(session, participation_id=ids[person_id], status=S.DECLINED)
    participations.set_status(session, participation_id=ids[canceller], status=S.CANCELLED)
    for person_id in attendees:
        participations.check_in(session, participation_id=ids[person_id])
    assert participations.count_registered(session, event_id=event_id) == 2
    participations.mark_no_shows(session, event_id=event_id)
    session.commit()
    return {"event_id": event_id, "attendees": attendees, "municipal": mun, "ids": ids}


def test_exchange_day_every_number(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    scene = exchange_day(session, build)
    stats = event_statistics.event_statistics(session, event_id=scene["event_id"])
    assert stats.by_status == {
        S.INVITED: 3,
        S.REGISTERED: 0,
        S.WAITLISTED: 0,
        S.DECLINED: 2,
        S.CANCELLED: 1,
        S.ATTENDED: 20,
        S.NO_SHOW: 2,
    }
    assert stats.attended == 20
    assert stats.municipal_participants == 15
    assert stats.municipalities == 10
    # 10 municipal organisations attended directly (Köln, Bonn, Essen, Much, Moers,
    # Lippe, Neuss, Herne, Kalletal, Bielefeld) + 2 departments + 5 others.
    assert stats.organizations == 17
    assert stats.by_sector == {Sector.PUBLIC: 16, Sector.BUSINESS: 1, Sector.CIVIL_SOCIETY: 3}
    assert {k: v for k, v in stats.by_kind.items() if v} == {
        K.MUNICIPALITY: 10,
        K.DISTRICT: 3,
        K.OTHER: 2,
        K.PUBLIC_AUTHORITY: 1,
        K.NETWORK_INITIATIVE: 1,
        K.CHURCH_WELFARE: 1,
        K.FOUNDATION: 1,
        K.COMPANY: 1,
    }
    assert sum(stats.by_kind.values()) == 20
    assert stats.by_role == {
        R.PARTICIPANT: 17,
        R.SPEAKER: 1,
        R.MODERATOR: 1,
        R.PANELIST: 1,
        R.EXHIBITOR: 0,
        R.ORGANIZER: 0,
        R.HELPER: 0,
    }
    assert stats.without_organization == 0
    assert stats.by_status_role[(S.DECLINED, R.PARTICIPANT)] == 2
    assert stats.sentence_de == "20 Teilnehmende, davon 15 aus 10 Kommunen"
    assert stats.sentence_en == "20 participants, 15 of them representing 10 municipalities"
    assert stats.municipality_names == (
        "Gemeinde Kalletal",
        "Gemeinde Much",
        "Kreis Lippe",
        "Rhein-Kreis Neuss",
        "Stadt Bielefeld",
        "Stadt Bonn",
        "Stadt Essen",
        "Stadt Herne",
        "Stadt Köln",
        "Stadt Moers",
    )
    data = stats.as_json()
    assert data["attended"] == 20 and data["no_show"] == 2 and data["invited"] == 3
    assert data["by_sector"] == {"public": 16, "business": 1, "civil_society": 3}
    assert data["by_kind"]["district"] == 3
    assert data["by_role"]["speaker"] == 1


def test_statistics_survive_job_changes_and_erasure(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    scene = exchange_day(session, build)
    event_id = scene["event_id"]
    before = event_statistics.event_statistics(session, event_id=event_id).as_json()
    first, second = scene["attendees"][0], scene["attendees"][1]
    # The first person leaves the city for a company; the second is erased (Art. 17).
    company = build.org("Beratung AG", K.COMPANY)
    old = session.query(Affiliation).filter_by(person_id=first).one()
    old.valid_until = date(2026, 6, 30)
    old.is_primary = False
    session.add(Affiliation(person_id=first, organization_id=company, is_primary=True))
    session.execute(delete(Person).where(Person.id == second))
    session.commit()
    after = event_statistics.event_statistics(session, event_id=event_id).as_json()
    assert after == before


def test_cancelling_the_whole_exchange_day_numbers_from_nothing(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Leer")
    stats = event_statistics.event_statistics(session, event_id=event_id)
    assert stats.attended == 0 and stats.organizations == 0 and stats.municipalities == 0
    assert stats.sentence_de == "0 Teilnehmende"
    assert stats.sentence_en == "0 participants"
    with pytest.raises(NotFoundError):
        event_statistics.event_statistics(session, event_id=event_id + 1)


@pytest.mark.parametrize(
    ("numbers", "german", "english"),
    [
        (
            (20, 15, 10),
            "20 Teilnehmende, davon 15 aus 10 Kommunen",
            "20 participants, 15 of them representing 10 municipalities",
        ),
        (
            (1, 1, 1),
            "1 teilnehmende Person, davon 1 aus 1 Kommune",
            "1 participant, 1 of them representing 1 municipality",
        ),
        ((85, 0, 0), "85 Teilnehmende", "85 participants"),
        (
            (1250, 1001, 3),
            "1.250 Teilnehmende, davon 1.001 aus 3 Kommunen",
            "1,250 participants, 1,001 of them representing 3 municipalities",
        ),
    ],
)
def test_report_sentences(numbers: tuple[int, int, int], german: str, english: str) -> None:
    assert report_sentence_de(*numbers) == german
    assert report_sentence_en(*numbers) == english


def test_online_series_new_and_returning(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    """Three talks of a series and one earlier seminar outside the series."""
    koeln = build.org("Stadt Köln", K.MUNICIPALITY)
    lippe = build.org("Kreis Lippe", K.DISTRICT)
    verein = build.org("Sportverein Much e.V.", K.ASSOCIATION)
    anna = build.person("Anna", "A", koeln)[0]
    ben = build.person("Ben", "B", lippe)[0]
    cem = build.person("Cem", "C", verein)[0]
    dora = build.person("Dora", "D", koeln)[0]
    earlier = build.event("Seminar 2025", "2025-11-01 10:00")
    talks = [
        build.event(f"Digitale Mittagspause {i}", f"2026-0{i}-15 12:00", series="Mittagspause")
        for i in (1, 2, 3)
    ]
    later = build.event("Nach der Reihe", "2026-09-01 10:00")

    def attend(event_id: int, person_id: int) -> None:
        participations.add_participation(
            session, event_id=event_id, person_id=person_id, status=S.ATTENDED
        )

    attend(earlier, dora)  # Dora is returning already at talk 1
    attend(talks[0], anna)
    attend(talks[0], dora)
    attend(talks[1], anna)
    attend(talks[1], ben)
    attend(talks[2], anna)
    attend(talks[2], ben)
    attend(talks[2], cem)
    participations.add_participation(
        session, event_id=talks[2], person_id=dora, status=S.REGISTERED
    )
    attend(later, cem)  # after the series: must not change it
    session.commit()

    report = event_statistics.cross_event_statistics(session, event_ids=talks)
    assert [(e.attendees, e.new, e.returning) for e in report.events] == [
        (2, 1, 1),
        (2, 1, 1),
        (3, 1, 2),
    ]
    assert (report.attendances, report.people, report.new, report.returning) == (7, 4, 3, 4)
    assert [
        (e.municipalities, e.municipal_participants, e.organizations) for e in report.events
    ] == [
        (1, 2, 1),
        (2, 2, 2),
        (2, 2, 3),
    ]
    assert [(m.name, m.event_ids, m.attendees) for m in report.municipalities] == [
        ("Stadt Köln", tuple(talks), 4),
        ("Kreis Lippe", (talks[1], talks[2]), 2),
    ]
    assert [(o.name, o.events, o.attendees) for o in report.organizations] == [
        ("Stadt Köln", 3, 4),
        ("Kreis Lippe", 2, 2),
        ("Sportverein Much e.V.", 1, 1),
    ]
    assert event_statistics.cross_event_statistics(session, event_ids=[]).attendances == 0
