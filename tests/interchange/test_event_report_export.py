"""Cross-event report as CSV/XLSX: formula-safe text, numbers stay numbers."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from partnercrm.errors import InputFileError
from partnercrm.interchange.event_report_export import export_cross_event_report, safe_text
from partnercrm.model import OrganizationKind
from partnercrm.services.event_statistics import (
    CrossEventStatistics,
    EventAttendance,
    MunicipalityAttendance,
    OrganizationAttendance,
)

DANGEROUS = ['=HYPERLINK("http://x")', "+49 221", "-1", "@SUM(A1)", "\tTab", "\rCR"]


def report() -> CrossEventStatistics:
    events = (
        EventAttendance(1, DANGEROUS[0], datetime(2026, 1, 5), 3, 2, 1, 2, 1, 1),
        EventAttendance(2, "Fachtag", datetime(2026, 2, 5), 2, 0, 2, 1, 1, 2),
    )
    return CrossEventStatistics(
        events,
        (MunicipalityAttendance(DANGEROUS[3], (1, 2), 3),),
        (
            OrganizationAttendance(DANGEROUS[1], OrganizationKind.COMPANY, 2, 2, (1, 2)),
            OrganizationAttendance(DANGEROUS[2], None, 1, 1, (1,)),
        ),
        5,
        3,
        2,
        3,
    )


def test_xlsx_cells_are_strings_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "bericht.xlsx"
    assert export_cross_event_report(report(), path) == [path]
    book = load_workbook(path)
    events = book["Events"]
    assert events["B2"].value == DANGEROUS[0] and events["B2"].data_type == "s"
    assert events["C2"].value == 3 and events["C2"].data_type == "n"
    municipal = book["Municipalities"]
    assert [c.value for c in municipal[1]] == [
        "Municipality",
        "Events",
        "Attendees",
        f"2026-01-05 {DANGEROUS[0]}",
        "2026-02-05 Fachtag",
    ]
    assert [c.value for c in municipal[2]] == [DANGEROUS[3], 2, 3, "x", "x"]
    assert municipal["A2"].data_type == "s"
    orgs = book["Organisations"]
    assert [(c.value, c.data_type) for c in orgs[2]][:2] == [(DANGEROUS[1], "s"), ("company", "s")]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"


def test_csv_files_prefix_formula_starters(tmp_path: Path) -> None:
    files = export_cross_event_report(report(), tmp_path / "bericht.csv")
    assert [f.name for f in files] == [
        "bericht.csv",
        "bericht-municipalities.csv",
        "bericht-organizations.csv",
    ]
    with files[0].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][:3] == ["2026-01-05", "'" + DANGEROUS[0], "3"]
    with files[2].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["'+49 221", "'-1"]


def test_other_endings_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"\.csv or \.xlsx"):
        export_cross_event_report(report(), tmp_path / "bericht.pdf")


@given(st.text(max_size=30))
def test_safe_text_never_starts_a_formula(text: str) -> None:
    safe = safe_text(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe in (text, "'" + text)
