"""The ``partnercrm event`` commands, run the way a user runs them (real database file)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from partnercrm.cli import event_commands
from partnercrm.cli.context import CommandContext
from partnercrm.errors import UserError


def run(db_path: Path, *argv: str) -> tuple[int, str, str]:
    """Parse and run like cli.main does: user errors become exit code 2 and a message."""
    parser = argparse.ArgumentParser(prog="partnercrm")
    parser.add_argument("--db")
    event_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--db", str(db_path), *argv])
    out, err = io.StringIO(), io.StringIO()
    context = CommandContext(args, out=out, err=err)
    try:
        code = int(args.handler(context))
    except UserError as exc:
        err.write(exc.message)
        code = 2
    finally:
        context.close()
    return code, out.getvalue(), err.getvalue()


FORM = (
    "Vorname;Nachname;Organisation;Funktion;E-Mail;Status;Rolle\n"
    "Anna;Arndt;Stadt Köln;Referentin;anna@koeln.de;teilgenommen;Teilnahme\n"
    "Bert;Brandt;Stadt Köln;Amtsleiter;bert@koeln.de;teilgenommen;Referent\n"
    "Cora;Cremer;Gemeinde Much;;cora@much.de;teilgenommen;\n"
    "Dana;Dahl;Kreis Lippe;;dana@lippe.de;angemeldet;\n"
    "Emil;Ehrlich;Caritasverband Bonn;;emil@caritas.de;teilgenommen;Podium\n"
    "Fritz;Fuchs;Sozialbau GmbH;;fritz@sozialbau.de;abgesagt;\n"
    "Gina;Graf;Stadt Köln - Amt für Integration;;gina@koeln.de;Warteliste;\n"
    "Hans;Hahn;;;hans@example.org;eingeladen;\n"
    "Ina;Iske;Kreis Lippe;;ina@lippe.de;nicht erschienen;\n"
)


def test_create_list_import_stats(db_path: Path, tmp_path: Path) -> None:
    code, out, _ = run(
        db_path,
        "event",
        "create",
        "--title",
        "Austauschtag",
        "--start",
        "2026-03-18 10:00",
        "--end",
        "2026-03-18 16:00",
        "--kind",
        "exchange",
        "--venue",
        "Rathaus Köln",
        "--json",
    )
    assert code == 0
    event_id = json.loads(out)["id"]
    code, out, _ = run(db_path, "event", "list", "--json")
    listed = json.loads(out)
    assert [(e["id"], e["title"], e["kind"], e["venue"]) for e in listed] == [
        (event_id, "Austauschtag", "exchange", "Rathaus Köln")
    ]
    form = tmp_path / "anmeldungen.csv"
    form.write_bytes(FORM.encode("cp1252"))
    code, out, err = run(db_path, "event", "import", "Austauschtag", str(form))
    assert code == 0, err
    assert "Imported 9 rows: 9 people created" in out
    code, out, _ = run(db_path, "event", "stats", str(event_id), "--json")
    stats = json.loads(out)
    expected = {
        "invited": 1,
        "registered": 1,
        "waitlisted": 1,
        "declined": 1,
        "cancelled": 0,
        "attended": 4,
        "no_show": 1,
        "organizations": 3,
        "municipalities": 2,
        "municipal_participants": 3,
        "by_sector": {"public": 3, "business": 0, "civil_society": 1},
        "sentence_de": "4 Teilnehmende, davon 3 aus 2 Kommunen",
        "sentence_en": "4 participants, 3 of them representing 2 municipalities",
    }
    assert {k: stats[k] for k in expected} == expected
    assert stats["by_kind"]["municipality"] == 3 and stats["by_kind"]["church_welfare"] == 1
    assert stats["by_role"] == {
        "participant": 2,
        "speaker": 1,
        "moderator": 0,
        "panelist": 1,
        "exhibitor": 0,
        "organizer": 0,
        "helper": 0,
    }
    code, out, _ = run(db_path, "event", "stats", "Austauschtag")
    assert "4 Teilnehmende, davon 3 aus 2 Kommunen" in out

    # No-show needs confirmation; with --yes the one still registered becomes no-show.
    code, _, err = run(db_path, "event", "noshow", "Austauschtag")
    assert code == 2 and "1 people are still “registered”" in err
    code, out, _ = run(db_path, "event", "noshow", "Austauschtag", "--yes")
    assert (code, out.strip()) == (0, "1 marked as no-show.")
    code, out, _ = run(db_path, "event", "stats", "Austauschtag", "--json")
    assert json.loads(out)["no_show"] == 2 and json.loads(out)["registered"] == 0

    report = tmp_path / "bericht.xlsx"
    code, out, _ = run(db_path, "event", "report", "--year", "2026", "-o", str(report))
    assert code == 0
    sheets = load_workbook(report)
    assert sheets.sheetnames == ["Events", "Municipalities", "Organisations"]
    assert [c.value for c in sheets["Events"][2]] == [
        "2026-03-18",
        "Austauschtag",
        4,
        4,
        0,
        3,
        2,
        3,
    ]


def test_user_errors_are_messages(db_path: Path, tmp_path: Path) -> None:
    code, _, err = run(db_path, "event", "stats", "Gibt es nicht")
    assert code == 2 and "There is no event “Gibt es nicht”" in err
    code, _, err = run(db_path, "event", "create", "--title", "X", "--start", "morgen")
    assert code == 2 and "is not a date" in err
    run(db_path, "event", "create", "--title", "X", "--start", "2026-01-01")
    code, _, err = run(db_path, "event", "import", "X", str(tmp_path / "fehlt.csv"))
    assert code == 2 and "does not exist" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("Nachname;Status\nMeier;vielleicht\n", encoding="utf-8")
    code, _, err = run(db_path, "event", "import", "X", str(bad))
    assert code == 2 and "bad.csv, row 2: unknown status “vielleicht”" in err


def test_attendance_command(db_path: Path, tmp_path: Path) -> None:
    _, out, _ = run(
        db_path,
        "event",
        "create",
        "--title",
        "Online",
        "--start",
        "2026-02-02",
        "--venue",
        "https://meet.example.org/x",
        "--json",
    )
    report = tmp_path / "zoom.csv"
    report.write_text("Name,User Email\nAnn Lee,ann@example.org\n", encoding="utf-8")
    code, out, _ = run(db_path, "event", "attendance", "Online", str(report), "--json")
    assert code == 0
    assert json.loads(out) == {"marked": 1, "already_attended": 0, "people_created": 1}


def test_registered_in_the_main_command() -> None:
    from partnercrm.cli.main import command_modules

    assert event_commands in command_modules()


def test_invite_from_a_list_leaves_out_withdrawn_consent(db_path: Path) -> None:
    from datetime import date

    from partnercrm.model import Consent, ConsentChannel, ConsentPurpose, ConsentState, Person
    from partnercrm.services.distribution_lists import create_list
    from partnercrm.store.database import open_database

    db = open_database(str(db_path))
    with db.transaction() as session:
        people = []
        for last in ("Ja", "Nein", "Auch"):
            person = Person(first_name="Frau", last_name=last)
            session.add(person)
            session.flush()
            people.append(person.id)
        session.add(
            Consent(
                person_id=people[1],
                channel=ConsentChannel.POST,
                purpose=ConsentPurpose.INVITATIONS,
                state=ConsentState.WITHDRAWN,
                given_on=date(2025, 4, 1),
            )
        )
        create_list(session, name="Kommunen NRW", person_ids=people[:2])
    db.close()
    run(db_path, "event", "create", "--title", "Fachtag", "--start", "2026-09-01")
    code, out, _ = run(
        db_path,
        "event",
        "invite",
        "Fachtag",
        "--list",
        "Kommunen NRW",
        "--channel",
        "post",
        "--person",
        str(people[2]),
        "--json",
    )
    assert code == 0
    assert json.loads(out) == {
        "invited": 2,
        "skipped": [
            {
                "person_id": people[1],
                "name": "Frau Nein",
                "reason": "consent for post withdrawn on 2025-04-01",
            }
        ],
    }
    code, out, _ = run(db_path, "event", "stats", "Fachtag", "--json")
    assert json.loads(out)["invited"] == 2
    code, _, err = run(db_path, "event", "invite", "Fachtag")
    assert code == 2 and "--list" in err


def test_through_the_real_entry_point(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from partnercrm.cli.main import main

    assert (
        main(
            [
                "--db",
                str(db_path),
                "event",
                "create",
                "--title",
                "Forum",
                "--start",
                "2026-10-10",
                "--json",
            ]
        )
        == 0
    )
    event_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["--db", str(db_path), "event", "stats", "Forum", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["event_id"], stats["attended"], stats["sentence_en"]) == (
        event_id,
        0,
        "0 participants",
    )
    assert main(["--db", str(db_path), "event", "stats", "Forum 2"]) == 2
    assert "There is no event “Forum 2”" in capsys.readouterr().err
