"""Attendance from online-meeting reports (Zoom/Teams-like CSV): name and e-mail per row."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.errors import InputFileError
from partnercrm.interchange.csv_reading import read_csv_table
from partnercrm.model import OrganizationKind, Participation, ParticipationStatus
from partnercrm.services import event_statistics, participations
from partnercrm.services.attendance_import import import_attendance

S = ParticipationStatus

ZOOM = """\
Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Anna Kommunal (Stadt Köln),anna@stadt-koeln.de,05/15/2026 12:01:10 PM,05/15/2026 12:45:00 PM,44,No
Anna Kommunal (Stadt Köln),anna@stadt-koeln.de,05/15/2026 12:46:10 PM,05/15/2026 01:00:00 PM,14,No
Bernd Verein,,05/15/2026 12:03:00 PM,05/15/2026 01:00:00 PM,57,Yes
Neue Zuhörerin,neu@example.org,05/15/2026 12:05:00 PM,05/15/2026 12:30:00 PM,25,Yes
"""


def run(session: Session, event_id: int, path: Path):  # type: ignore[no-untyped-def]
    table = read_csv_table(path)
    return import_attendance(
        session,
        event_id=event_id,
        header=table.header,
        rows=[(r.number, r.values) for r in table.rows],
        source=table.source,
    )


def test_zoom_report_marks_attendance(session: Session, build, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Digitale Mittagspause 1", kind="online_talk")
    koeln = build.org("Stadt Köln", OrganizationKind.MUNICIPALITY)
    verein = build.org("Bürgerverein Bonn e.V.", OrganizationKind.ASSOCIATION)
    anna = build.person("Anna", "Kommunal", koeln, email="anna@stadt-koeln.de")[0]
    bernd = build.person("Bernd", "Verein", verein)[0]
    absent = build.person("Nicht", "Dabei", koeln)[0]
    for person in (anna, bernd, absent):
        participations.add_participation(
            session, event_id=event_id, person_id=person, status=S.REGISTERED
        )
    file = tmp_path / "participants_8412.csv"
    file.write_text(ZOOM, encoding="utf-8")
    report = run(session, event_id, file)
    assert report.rows == 4
    assert len(report.marked) == 3 and len(report.people_created) == 1
    statuses = {
        p.person.last_name: p.status
        for p in session.scalars(select(Participation).where(Participation.event_id == event_id))
    }
    assert statuses == {
        "Kommunal": S.ATTENDED,
        "Verein": S.ATTENDED,
        "Zuhörerin": S.ATTENDED,
        "Dabei": S.REGISTERED,
    }
    stats = event_statistics.event_statistics(session, event_id=event_id)
    assert (stats.attended, stats.municipal_participants, stats.municipalities) == (3, 1, 1)
    assert (stats.organizations, stats.without_organization) == (2, 1)
    again = run(session, event_id, file)
    assert again.marked == () and len(again.already_attended) == 3


def test_unknown_person_without_email_stops_the_import(
    session: Session, build, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Online")
    file = tmp_path / "teams.csv"
    file.write_text(
        "Full Name\tEmail\tRole\nGanz Unbekannt\t\tAttendee\nNeu Mitmail\tneu@x.org\tAttendee\n",
        encoding="utf-8",
    )
    with pytest.raises(InputFileError) as error:
        run(session, event_id, file)
    assert "teams.csv, row 2: “Ganz Unbekannt” is not known" in error.value.message
    assert session.scalars(select(Participation)).all() == []


def test_report_without_name_or_email_column(session: Session, build, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Online")
    file = tmp_path / "x.csv"
    file.write_text("Dauer;Gerät\n12;PC\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="no column with the participants"):
        run(session, event_id, file)
