"""Registration import from online-form CSV exports: match, create, statuses, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import InputFileError
from partnercrm.interchange.csv_reading import read_csv_table
from partnercrm.model import (
    Address,
    Affiliation,
    ContactPoint,
    Organization,
    OrganizationKind,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
    SalutationForm,
)
from partnercrm.services import participations
from partnercrm.services.registration_import import import_registrations

S = ParticipationStatus
R = ParticipationRole
K = OrganizationKind

GERMAN = """\
Anrede;Titel;Vorname;Nachname;Organisation;Funktion;E-Mail;Telefon;Straße;PLZ;Ort;Status;Rolle
Frau;Dr.;Jutta;Bekannt;Stadt Köln;Referentin;JUTTA.BEKANNT@stadt-koeln.de;;;;;angemeldet;Teilnahme
Herr;;Karl;Namensgleich;Caritasverband Essen;Berater;;;;;;Warteliste;
Frau;;Olga;Neu;Landkreis Lippe;Amtsleitung;olga.neu@lippe.de;05231 62-0;Felix-Fechenbach-Str. 5;32756;Detmold;angemeldet;Referent/in
Herr;;Tim;Stiftung;Bürgerstiftung Halle;;tim@stiftung.de;;;;;abgesagt;
;;Ute;Standort;Tafel Halle e.V.;;ute@tafel.de;;Hauptstr. 1;06108;Halle;teilgenommen;Aussteller/in
;;Moni;Mod;;;moni@example.org;;Lindenweg 2;50667;Köln;nicht erschienen;Moderation
;;Paula;Podium;Stadtwerke Halle GmbH;;paula@swh.de;;;;;eingeladen;Podium
Herr;;Jens;Orga;Institut für Engagement;;jens@institut.de;;;;;angemeldet;Organisation
"""  # noqa: E501


def write(tmp_path: Path, text: str, encoding: str = "utf-8-sig", name: str = "form.csv") -> Path:
    file = tmp_path / name
    file.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return file


def run(session: Session, event_id: int, file: Path):  # type: ignore[no-untyped-def]
    table = read_csv_table(file)
    return import_registrations(
        session,
        event_id=event_id,
        header=table.header,
        rows=[(r.number, r.values) for r in table.rows],
        source=table.source,
    )


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_german_form_export(session: Session, build, tmp_path: Path, encoding: str) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Fachtag")
    koeln = build.org("Stadt Köln", K.MUNICIPALITY)
    caritas = build.org("Caritasverband Essen", K.CHURCH_WELFARE)
    jutta = build.person("Jutta", "Bekannt", koeln, email="jutta.bekannt@stadt-koeln.de")[0]
    karl = build.person("Karl", "Namensgleich", caritas)[0]
    build.person("Karl", "Namensgleich")  # same name elsewhere: org decides
    tim = build.person("Tim", "Stiftung", email="tim@stiftung.de")[0]
    participations.add_participation(session, event_id=event_id, person_id=tim, status=S.REGISTERED)
    people_before = session.scalar(select(func.count(Person.id)))

    report = run(session, event_id, write(tmp_path, GERMAN, encoding))
    session.commit()
    assert report.rows == 8
    assert set(report.people_matched) == {jutta, karl, tim}
    assert len(report.people_created) == 5
    assert session.scalar(select(func.count(Person.id))) == people_before + 5
    assert len(report.participations_created) == 7
    assert len(report.participations_updated) == 1
    got = {
        p.person.last_name: (p.status, p.role, p.org_name)
        for p in session.scalars(select(Participation).where(Participation.event_id == event_id))
    }
    assert got == {
        "Bekannt": (S.REGISTERED, R.PARTICIPANT, "Stadt Köln"),
        "Namensgleich": (S.WAITLISTED, R.PARTICIPANT, "Caritasverband Essen"),
        "Neu": (S.REGISTERED, R.SPEAKER, "Landkreis Lippe"),
        "Stiftung": (S.CANCELLED, R.PARTICIPANT, "Bürgerstiftung Halle"),  # was registered
        "Standort": (S.ATTENDED, R.EXHIBITOR, "Tafel Halle e.V."),
        "Mod": (S.NO_SHOW, R.MODERATOR, ""),
        "Podium": (S.INVITED, R.PANELIST, "Stadtwerke Halle GmbH"),
        "Orga": (S.REGISTERED, R.ORGANIZER, "Institut für Engagement"),
    }
    kinds = dict(session.execute(select(Organization.name, Organization.kind)).all())
    assert kinds["Landkreis Lippe"] is K.DISTRICT
    assert kinds["Bürgerstiftung Halle"] is K.FOUNDATION
    assert kinds["Tafel Halle e.V."] is K.ASSOCIATION
    assert kinds["Stadtwerke Halle GmbH"] is K.COMPANY
    assert kinds["Institut für Engagement"] is K.EDUCATION_RESEARCH
    olga = session.scalar(select(Person).where(Person.last_name == "Neu"))
    assert olga.salutation is SalutationForm.FRAU
    olga_points = session.scalars(
        select(ContactPoint.normalized)
        .join(Affiliation, Affiliation.id == ContactPoint.affiliation_id)
        .where(Affiliation.person_id == olga.id)
    ).all()
    assert sorted(olga_points) == ["+495231620", "olga.neu@lippe.de"]
    lippe_address = session.scalar(
        select(Address)
        .join(Organization, Organization.id == Address.organization_id)
        .where(Organization.name == "Landkreis Lippe")
    )
    assert (lippe_address.street, lippe_address.postal_code, lippe_address.city) == (
        "Felix-Fechenbach-Str. 5",
        "32756",
        "Detmold",
    )
    moni_address = session.scalar(
        select(Address)
        .join(Person, Person.id == Address.person_id)
        .where(Person.last_name == "Mod")
    )
    assert moni_address.city == "Köln"
    jutta_person = session.get(Person, jutta)
    assert (jutta_person.academic_title, jutta_person.salutation) == ("", SalutationForm.NEUTRAL)


def test_english_headers_in_any_order_with_commas(session: Session, build, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Conference")
    text = (
        "Email,Role,Status,Last name,First name,Organization,Position,Salutation\n"
        "a@x.org,speaker,registered,Adams,Ann,City of Bonn,Mayor,Ms\n"
        "b@x.org,Panelist,waitlisted,Brown,Bob,,,Mr\n"
        "c@x.org,,cancelled,Clark,Cy,,,\n"
        "d@x.org,exhibitor,no-show,Dunn,Di,,,\n"
        "e@x.org,organiser,declined,Eve,Ed,,,\n"
    )
    report = run(session, event_id, write(tmp_path, text, "utf-8"))
    assert len(report.people_created) == 5
    got = {
        p.person.last_name: (p.status, p.role, p.org_kind)
        for p in session.scalars(select(Participation).where(Participation.event_id == event_id))
    }
    assert got == {
        "Adams": (S.REGISTERED, R.SPEAKER, K.MUNICIPALITY),
        "Brown": (S.WAITLISTED, R.PANELIST, None),
        "Clark": (S.CANCELLED, R.PARTICIPANT, None),
        "Dunn": (S.NO_SHOW, R.EXHIBITOR, None),
        "Eve": (S.DECLINED, R.ORGANIZER, None),
    }


def test_bad_rows_are_reported_and_nothing_is_imported(
    session: Session, build, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Fachtag")
    session.commit()
    text = (
        "Vorname;Nachname;E-Mail;Telefon;Status;Rolle;Lieblingsfarbe\n"
        "Gut;Zeile;gut@example.org;;angemeldet;;blau\n"
        "Falsch;Status;f@example.org;;vielleicht;;\n"
        "Falsche;Rolle;r@example.org;;;Zuschauer;\n"
        ";;;;angemeldet;;\n"
        "Kaputte;Adresse;kaputt(at)example.org;;;;\n"
        "Kein;Telefon;t@example.org;bitte per Mail;;;\n"
    )
    people_before = session.scalar(select(func.count(Person.id)))
    with pytest.raises(InputFileError) as error:
        run(session, event_id, write(tmp_path, text, name="anmeldungen.csv"))
    session.rollback()
    message = error.value.message
    assert message.startswith("Nothing was imported from anmeldungen.csv.")
    assert "anmeldungen.csv, row 3: unknown status “vielleicht”" in message
    assert "anmeldungen.csv, row 4: unknown role “Zuschauer”" in message
    assert "anmeldungen.csv, row 5: neither a last name nor an e-mail address." in message
    assert "anmeldungen.csv, row 6: “kaputt(at)example.org” is not an e-mail address" in message
    assert "anmeldungen.csv, row 7: “bitte per Mail” is not a phone number" in message
    assert "row 2" not in message
    assert session.scalar(select(func.count(Person.id))) == people_before
    assert session.scalar(select(func.count(Participation.id))) == 0


def test_file_without_name_columns(session: Session, build, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Fachtag")
    with pytest.raises(InputFileError, match="no column for the last name"):
        run(session, event_id, write(tmp_path, "Farbe;Größe\nblau;L\n"))


def test_duplicate_rows_and_reimport_update_instead_of_duplicating(
    session: Session, build, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Fachtag")
    text = (
        "Vorname;Nachname;Organisation;E-Mail;Status\n"
        "Ida;Doppelt;Stadt Moers;ida@moers.de;angemeldet\n"
        "Ida;Doppelt;Stadt Moers;IDA@moers.de;abgesagt\n"
    )
    report = run(session, event_id, write(tmp_path, text))
    assert len(report.people_created) == 1
    assert any("same person as in row 2" in w for w in report.warnings)
    only = session.scalars(select(Participation).where(Participation.event_id == event_id)).one()
    assert only.status is S.CANCELLED  # registered in row 2, then "abgesagt"
    again = run(session, event_id, write(tmp_path, text.replace("abgesagt", "teilgenommen")))
    assert again.people_created == () and len(again.participations_updated) == 1
    assert only.status is S.ATTENDED
    assert session.scalar(select(func.count(Organization.id))) == 1
