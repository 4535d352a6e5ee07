"""Exporting interactions of a selection or period as CSV and XLSX, read back."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from activity_factories import affiliate, organization, person
from partnercrm.errors import ValidationError
from partnercrm.interchange.interaction_export import InteractionSelection, export_interactions
from partnercrm.model import AuditAction, AuditEntry, InteractionKind
from partnercrm.services import interactions
from partnercrm.services.interactions import InteractionInput


@pytest.fixture
def logged(session: Session) -> dict[str, int]:
    anna = person(session, "Anna", "Müller")
    ben = person(session, "Ben", "Adler")
    bonn = organization(session, "Stadt Bonn")
    affiliate(session, ben, bonn)

    def log(subject: str, when: datetime, people: list[int], **kw: object) -> int:
        return interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.CALL,
                subject=subject,
                occurred_at=when,
                person_ids=people,
                **kw,  # type: ignore[arg-type]
            ),
        ).interaction_id

    return {
        "anna": anna.id,
        "ben": ben.id,
        "bonn": bonn.id,
        "a1": log("=1+1 Angebot", datetime(2026, 1, 10, 9, 5), [anna.id], text="+49 221 123456"),
        "b1": log(
            "Haushalt",
            datetime(2026, 2, 1, 14, 0),
            [ben.id],
            followup_due=date(2026, 2, 15),
            followup_note="Zahlen schicken",
            followup_owner="carla",
        ),
        "a2": log("Später", datetime(2026, 3, 1, 8, 0), [anna.id, ben.id]),
    }


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_csv_of_one_person_oldest_first_and_formula_safe(
    session: Session, logged: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "anna.csv"
    report = export_interactions(
        session, path=path, selection=InteractionSelection(person_ids=[logged["anna"]])
    )
    assert report.rows == 2
    rows = _csv(path)
    assert rows[0][:5] == ["Date", "Time", "Kind", "Subject", "Text"]
    assert rows[1][:5] == ["2026-01-10", "09:05", "Call", "'=1+1 Angebot", "'+49 221 123456"]
    assert rows[2][3] == "Später"
    assert rows[2][5] == "Ben Adler, Anna Müller"
    audit = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)).one()
    assert audit.summary == "2 rows, .csv"


def test_xlsx_of_an_organization_in_a_period(
    session: Session, logged: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "bonn.xlsx"
    export_interactions(
        session,
        path=path,
        selection=InteractionSelection(
            organization_ids=[logged["bonn"]], since=date(2026, 2, 1), until=date(2026, 2, 1)
        ),
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert len(rows) == 2
    assert rows[1][:4] == ["2026-02-01", "14:00", "Call", "Haushalt"]
    assert rows[1][8:] == ["2026-02-15", "Zahlen schicken", "carla", "no"]


def test_selected_interactions_in_xlsx_keep_phone_numbers(
    session: Session, logged: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "sel.xlsx"
    export_interactions(
        session, path=path, selection=InteractionSelection(interaction_ids=[logged["a1"]])
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    row = [c for c in next(sheet.iter_rows(min_row=2))]
    assert row[3].value == "=1+1 Angebot" and row[3].data_type == "s"
    assert row[4].value == "+49 221 123456"


def test_everything_and_bad_suffix(
    session: Session, logged: dict[str, int], tmp_path: Path
) -> None:
    assert export_interactions(session, path=tmp_path / "all.csv").rows == 3
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        export_interactions(session, path=tmp_path / "all.ods")
