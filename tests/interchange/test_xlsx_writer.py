"""The XLSX writer: a package spreadsheet programs open, with every cell a string."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

import openpyxl

from partnercrm.interchange.xlsx_writer import column_letter, write_text_sheet


def _workbook(
    headers: list[str], rows: list[list[str]], **options: object
) -> tuple[bytes, int, openpyxl.Workbook]:
    stream = io.BytesIO()
    count = write_text_sheet(stream, headers, rows, sheet_title="Leute & Co", **options)  # type: ignore[arg-type]
    data = stream.getvalue()
    return data, count, openpyxl.load_workbook(io.BytesIO(data))


def test_text_comes_back_as_strings_exactly() -> None:
    rows = [
        ["=SUM(A1)", "+49 221 123456", "a < b & c > d", "\"quoted\" 'too'"],
        ["  leading", "trailing  ", "", "Zeile\nzwei"],
        ["Ärger ß €", "😀", "-1", "0042"],
    ]
    _, count, book = _workbook(["Name", "Telefon", "Text", "Mehr"], rows)
    sheet = book.active
    assert count == 3 and sheet is not None
    assert sheet.title == "Leute & Co"
    got = [[c.value for c in row] for row in sheet.iter_rows()]
    assert got[0] == ["Name", "Telefon", "Text", "Mehr"]
    assert got[1:] == [[v or None for v in row] for row in rows]
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row if c.value)


def test_header_is_bold_and_frozen_with_widths() -> None:
    _, _, book = _workbook(["A", "B"], [["x", "y"]], widths=[12, 40])
    sheet = book.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.column_dimensions["A"].width == 12
    assert sheet.column_dimensions["B"].width == 40


def test_every_part_is_well_formed_xml_and_no_formula_is_written() -> None:
    data, _, _ = _workbook(["h"], [["=1+1"], ["<f>"]])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert "[Content_Types].xml" in names and "xl/worksheets/sheet1.xml" in names
        for name in names:
            ElementTree.fromstring(archive.read(name))  # raises on malformed XML
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet.replace("&lt;f&gt;", "")


def test_rows_longer_than_the_header_and_no_rows() -> None:
    _, count, book = _workbook(["only"], [["a", "b", "c"]])
    sheet = book.active
    assert sheet is not None and count == 1
    assert [c.value for c in sheet[2]] == ["a", "b", "c"]
    _, count, book = _workbook(["x", "y"], [])
    assert count == 0 and book.active is not None and book.active.max_row == 1


def test_column_letters() -> None:
    assert [column_letter(i) for i in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
