"""The log and followups commands on a real database file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from activity_factories import affiliate, organization, person
from partnercrm.cli import activity_commands
from partnercrm.cli.main import main
from partnercrm.services import interactions
from partnercrm.store.database import Database

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """``partnercrm --db PATH ...`` through the real entry point: (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(db_path), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller", email="anna@example.org")
        ben = person(session, "Ben", "Adler")
        twin = person(session, "Tom", "Zwilling", email="team@example.org")
        twin2 = person(session, "Tim", "Zwilling", email="team@example.org")
        org = organization(session, "Stadt Bonn")
        affiliate(session, ben, org, email="Ben.Adler@Bonn.de")
        return {"anna": anna.id, "ben": ben.id, "twin": twin.id, "twin2": twin2.id, "org": org.id}


def test_log_by_id_and_by_role_email(run: Run, db: Database, people: dict[str, int]) -> None:
    code, out, err = run(
        "log",
        "--person",
        str(people["anna"]),
        "--person",
        "BEN.ADLER@bonn.de",
        "--organization",
        str(people["org"]),
        "--kind",
        "call",
        "--subject",
        "Kooperation",
        "--text",
        "Rückruf vereinbart",
        "--at",
        "05.03.2026 14:30",
        "--due",
        "2026-03-19",
        "--owner",
        "carla",
        "--json",
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["people"] == [people["ben"], people["anna"]]  # sorted by name
    assert data["occurred_at"] == "2026-03-05T14:30"
    assert data["followup_due"] == "2026-03-19"
    with db.session() as session:
        detail = interactions.get_interaction(session, interaction_id=data["id"])
    assert detail.text == "Rückruf vereinbart"
    assert detail.occurred_at == datetime(2026, 3, 5, 14, 30)
    assert [o.id for o in detail.organizations] == [people["org"]]
    assert detail.followup_owner == "carla"


def test_log_prints_a_sentence(run: Run, people: dict[str, int]) -> None:
    code, out, _ = run(
        "log", "--person", "anna@example.org", "--kind", "note", "--subject", "Hallo"
    )
    assert code == 0
    assert "Anna Müller" in out


@pytest.mark.parametrize(
    ("person_arg", "expected"),
    [
        ("999", "no person with the id 999"),
        ("nobody@example.org", "Nobody in the database has the e-mail address"),
        ("team@example.org", "belongs to several people"),
        ("Anna", "neither a person id nor an e-mail address"),
    ],
)
def test_log_refuses_unknown_or_ambiguous_people(
    run: Run, people: dict[str, int], person_arg: str, expected: str
) -> None:
    code, out, err = run("log", "--person", person_arg, "--kind", "call", "--subject", "x")
    assert code == 2
    assert expected in err
    assert out == ""


def test_bad_date_is_an_argparse_error(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(
            [
                "--db",
                str(db_path),
                "log",
                "--person",
                "1",
                "--kind",
                "call",
                "--subject",
                "x",
                "--due",
                "31.02.2026",
            ]
        )
    assert info.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_followups_lists_buckets_and_json(run: Run, people: dict[str, int]) -> None:
    for due, subject in (("2026-03-01", "alt"), ("2026-03-11", "heute"), ("2026-04-01", "später")):
        code, _, _ = run(
            "log",
            "--person",
            str(people["anna"]),
            "--kind",
            "call",
            "--subject",
            subject,
            "--due",
            due,
            "--todo",
            f"todo {subject}",
            "--owner",
            "anna",
        )
        assert code == 0
    code, out, _ = run("followups", "--today", "2026-03-11")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Overdue (1)"
    assert "todo alt" in lines[1] and "Anna Müller" in lines[1] and "[anna]" in lines[1]
    assert lines[2] == "Today (1)"
    assert lines[4] == "Later (1)"
    code, out, _ = run("followups", "--today", "2026-03-11", "--due", "overdue", "--json")
    data = json.loads(out)
    assert [d["subject"] for d in data] == ["alt"]
    assert data[0]["bucket"] == "overdue"
    assert data[0]["people"] == [{"id": people["anna"], "name": "Anna Müller"}]
    code, out, _ = run("followups", "--today", "2026-03-11", "--owner", "ben")
    assert out.strip() == "No open follow-ups."


def test_parse_date_forms() -> None:
    today = date(2026, 3, 11)
    assert activity_commands.parse_date("+14", today=today) == date(2026, 3, 25)
    assert activity_commands.parse_date("1.4.2026") == date(2026, 4, 1)
    assert activity_commands.parse_datetime("2026-04-01T09:05") == datetime(2026, 4, 1, 9, 5)
    with pytest.raises(ValueError, match="not a time"):
        activity_commands.parse_datetime("2026-04-01 25:00")
