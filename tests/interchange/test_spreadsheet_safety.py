"""Formula-safe cells: CSV with an apostrophe, XLSX as explicit string cells, read back."""

from __future__ import annotations

import csv
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnercrm.interchange.spreadsheet_safety import (
    cell_text,
    is_formula_like,
    safe_cell,
    write_csv,
    write_xlsx,
)
from partnercrm.model import InteractionKind

DANGEROUS = [
    '=HYPERLINK("http://evil","x")',
    "+49 221 123456",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("value", DANGEROUS)
def test_safe_cell_defuses_formula_prefixes(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert is_formula_like(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Müller", "Müller"),
        (" =not first", " =not first"),
        (None, ""),
        (42, "42"),
        (date(2026, 3, 1), "2026-03-01"),
        (datetime(2026, 3, 1, 9, 5), "2026-03-01 09:05"),
        (InteractionKind.CALL, "call"),
    ],
)
def test_harmless_values_stay(value: object, expected: str) -> None:
    assert safe_cell(value) == expected
    assert cell_text(value) == expected


@given(st.text())
def test_no_csv_cell_ever_starts_like_a_formula(text: str) -> None:
    assert not is_formula_like(safe_cell(text))
    assert safe_cell(text).removeprefix("'") == text or safe_cell(text) == text


def test_csv_is_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [["Anna; Müller", *DANGEROUS], ["Zeile\nzwei", "ß", "", "", "", "", "", ""]]
    assert write_csv(path, ["Name", *(f"c{i}" for i in range(7))], rows) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as stream:
        read = list(csv.reader(stream, delimiter=";"))
    assert read[0][0] == "Name"
    assert read[1][0] == "Anna; Müller"
    assert read[1][1:] == ["'" + v for v in DANGEROUS]
    assert read[2][0] == "Zeile\nzwei"


def test_xlsx_cells_are_strings_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    values = [*DANGEROUS, "ctrl\x01char", date(2026, 3, 1)]
    write_xlsx(
        path, ["Kopf=", *(f"c{i}" for i in range(len(values) - 1))], [values], sheet_title="A/B:C"
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.title == "A B C"
    cells = [c for c in next(sheet.iter_rows(min_row=2, max_row=2))]
    # XML readers turn a bare CR into LF (XML line-end normalisation); still no formula.
    expected = [v.replace("\r", "\n") for v in DANGEROUS]
    assert [c.value for c in cells] == [*expected, "ctrlchar", "2026-03-01"]
    assert all(c.data_type == "s" for c in cells)
    # The phone number is kept as typed, not prefixed or turned into a number.
    assert cells[1].value == "+49 221 123456"
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
