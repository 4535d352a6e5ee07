"""CSV and XLSX import (header recognition, encodings, bad fields) and formula-safe export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from partnercrm.interchange.contact_columns import auto_mapping, recognise
from partnercrm.interchange.contact_files import ImportOptions, import_files
from partnercrm.interchange.table_export import export_table
from partnercrm.model import ContactKind, Person
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import ContactPointInput
from partnercrm.services.people import PersonInput, create_person, get_person
from partnercrm.store.database import Database

OUTLOOK_DE = (
    "Vorname;Nachname;Firma;Position;E-Mail-Adresse;Telefon geschäftlich;"
    "Straße geschäftlich;Ort geschäftlich;Postleitzahl geschäftlich;"
    "Land/Region geschäftlich;Abteilung;Lieblingsfarbe\r\n"
    "Jürgen;Müller;Stadt Köln;Referent;j.mueller@stadt-koeln.de;0221 221-12345;"
    "Willy-Brandt-Platz 2;Köln;50679;Deutschland;Amt 13;Grün\r\n"
    "Anna;Weiß;Bürgerstiftung Bonn;Vorstand;anna.weiss-at-example.org;0228 1234;"
    "Markt 1;Bonn;5311;Deutschland;;\r\n"
)


def _people(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {last: pid for pid, last in s.execute(select(Person.id, Person.last_name))}


def test_outlook_google_and_german_headers_are_recognised() -> None:
    assert recognise("E-mail Address") == "email"
    assert recognise("Business Country/Region") == "country"
    assert recognise("Organization 1 - Title") == "function"
    assert recognise("Address 1 - Street") == "street"
    assert recognise("Land/Region geschäftlich") == "country"
    assert recognise("Telefon geschäftlich") == "phone"
    assert recognise("Lieblingsfarbe") is None
    mapping = auto_mapping(("Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value"))
    assert mapping == {0: "first_name", 1: "last_name", 2: "email", 3: "phone"}


def test_windows_1252_semicolon_csv_with_bad_fields_dropped(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK_DE.encode("cp1252"))
    with db.session() as session:
        summary = import_files(session, [path])
        session.commit()
        assert summary.created == 2
        reasons = [(p.number, p.reason) for p in summary.problems]
        assert any(n == 3 and "E-Mail-Adresse" in r for n, r in reasons)
        assert any(n == 3 and "Postleitzahl geschäftlich" in r for n, r in reasons)
        people = _people(db)
        mueller = get_person(session, people["Müller"])
        weiss = get_person(session, people["Weiß"])
    role = mueller.affiliations[0]
    assert (role.organization_name, role.function, role.department) == (
        "Stadt Köln",
        "Referent",
        "Amt 13",
    )
    assert role.addresses[0].postal_code == "50679" and role.addresses[0].country == "DE"
    assert {c.normalized for c in role.contact_points} == {
        "j.mueller@stadt-koeln.de",
        "+4922122112345",
    }
    assert "Lieblingsfarbe: Grün" in mueller.notes
    assert not any(c.kind == "email" for c in weiss.affiliations[0].contact_points)
    assert weiss.affiliations[0].addresses[0].postal_code == ""


def test_bad_field_skip_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text(OUTLOOK_DE, encoding="utf-8-sig")
    with db.session() as session:
        summary = import_files(session, [path], ImportOptions(bad_field="skip-row"))
        session.commit()
    assert summary.created == 1
    assert set(_people(db)) == {"Müller"}
    assert any(p.number == 3 and "skipped" in p.reason for p in summary.problems)


def test_comma_and_tab_csv_and_reimport_creates_nothing(db: Database, tmp_path: Path) -> None:
    rows = [["Given Name", "Family Name", "Organization 1 - Name", "E-mail 1 - Value"]]
    rows.append(["Özlem", "Yıldız", "Verein Zukunft e.V.", "oezlem@example.org"])
    for delimiter, name in ((",", "google.csv"), ("\t", "tabs.txt")):
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter).writerows(rows)
        (tmp_path / name).write_text(buffer.getvalue(), encoding="utf-8")
    with db.session() as session:
        first = import_files(session, [tmp_path / "google.csv"])
        second = import_files(session, [tmp_path / "tabs.txt"])
        session.commit()
    assert (first.created, second.created) == (1, 0)


def test_xlsx_import_keeps_plus_phone_numbers(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Vorname", "Nachname", "Telefon", "Geburtstag"])
    sheet.append(["Eva", "Lang", "+49 30 1234567", "1980-02-03"])
    book.save(tmp_path / "list.xlsx")
    with db.session() as session:
        summary = import_files(session, [tmp_path / "list.xlsx"])
        session.commit()
        assert summary.created == 1
        person = get_person(session, _people(db)["Lang"])
    assert person.contact_points[0].value == "+49 30 1234567"
    assert str(person.birthday) == "1980-02-03"


def test_no_name_column_imports_nothing(db: Database, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("Farbe;Zahl\nrot;1\n", encoding="utf-8")
    with db.session() as session:
        summary = import_files(session, [tmp_path / "x.csv"])
    assert summary.created == 0 and summary.problems


def _nasty(db: Database) -> int:
    with db.session() as session:
        pid = create_person(
            session,
            data=PersonInput(first_name='=HYPERLINK("x")', last_name="-Minus", notes="@SUM(A1)"),
            affiliations=[
                AffiliationInput(
                    organization_name="+Plus GmbH",
                    contact_points=(ContactPointInput(ContactKind.PHONE, "+49 221 123456"),),
                )
            ],
        ).id
        session.commit()
    return pid


def test_csv_export_is_formula_safe_utf8_bom_semicolon(db: Database, tmp_path: Path) -> None:
    pid = _nasty(db)
    with db.session() as session:
        export_table(
            session,
            [pid],
            tmp_path / "out.csv",
            columns=("first_name", "last_name", "organization", "phone", "notes"),
        )
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == [
        '\'=HYPERLINK("x")',
        "'-Minus",
        "'+Plus GmbH",
        "'+49 221 123456",
        "'@SUM(A1)",
    ]


def test_xlsx_export_writes_strings_never_formulas(db: Database, tmp_path: Path) -> None:
    pid = _nasty(db)
    with db.session() as session:
        export_table(
            session,
            [pid],
            tmp_path / "out.xlsx",
            columns=("first_name", "last_name", "phone"),
            format="xlsx",
        )
    sheet = load_workbook(tmp_path / "out.xlsx").worksheets[0]
    cells = [c for c in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert [c.value for c in cells] == ['=HYPERLINK("x")', "-Minus", "+49 221 123456"]
    assert all(c.data_type == "s" for c in cells)


def test_exported_csv_imports_back(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        pid = create_person(
            session,
            data=PersonInput(first_name="Jörg", last_name="Groß", tags=("Kommune",)),
            affiliations=[AffiliationInput(organization_name="Stadt Bonn", function="Referent")],
        ).id
        session.commit()
        export_table(session, [pid], tmp_path / "out.csv")
        summary = import_files(session, [tmp_path / "out.csv"])
        session.commit()
    assert (summary.created, summary.updated) == (0, 0)
