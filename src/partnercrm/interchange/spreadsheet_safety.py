"""Formula-safe spreadsheet cells and the CSV/XLSX writers every export shares.

A value from the database must never run as a formula when the file is opened
in Excel or LibreOffice ("CSV injection"): a text starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return could be taken for one.

* CSV has no cell types, so ``safe_cell`` puts an apostrophe before such a text
  ("'=SUM(A1)", "'+49 221 …"), which both programs show as plain text.
* XLSX cells are written explicitly as strings (never as formulas; see
  ``xlsx_writer``), so the text stays exactly as it is: "+49 221 123456" is not mangled.

CSV is written as UTF-8 with a byte order mark and ``;`` between fields, which
German Excel opens correctly with a double click.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from partnercrm.interchange.atomic_file import atomic_write
from partnercrm.interchange.xlsx_writer import write_text_sheet

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"

# Control characters that XML 1.0 (and so XLSX) cannot hold; tab, LF and CR can.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet program could read ``text`` as a formula."""
    return text.startswith(FORMULA_PREFIXES)


def cell_text(value: Any) -> str:
    """The text of a value as a cell shows it (dates ISO, enums by value, None empty)."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def safe_cell(value: Any) -> str:
    """The text for a CSV cell: ``cell_text`` with an apostrophe before formula-like text."""
    text = value if type(value) is str else cell_text(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a formula-safe CSV for German Excel (UTF-8 with BOM, ``;``); return the rows."""
    count = 0
    with atomic_write(path, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow([safe_cell(h) for h in headers])
        for row in rows:
            # safe_cell, inline: two calls per cell were half the time of a large export.
            cells = [v if type(v) is str else cell_text(v) for v in row]
            writer.writerow(["'" + c if c.startswith(FORMULA_PREFIXES) else c for c in cells])
            count += 1
    return count


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Export",
    widths: Sequence[int] | None = None,
) -> int:
    """Write an XLSX whose every cell is a string cell (never a formula); return the rows."""

    def texts(values: Sequence[Any]) -> list[str]:
        out = [value if type(value) is str else cell_text(value) for value in values]
        if _XML_ILLEGAL.search("".join(out)):  # rare: one search per row, not per cell
            out = [_XML_ILLEGAL.sub("", text) for text in out]
        return out

    with atomic_write(path, mode="wb") as stream:
        return write_text_sheet(
            stream,
            texts(headers),
            (texts(row) for row in rows),
            sheet_title=_sheet_title(sheet_title),
            widths=widths or (),
        )


def _sheet_title(title: str) -> str:
    # Excel forbids []:*?/\ in sheet names and allows at most 31 characters.
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Export"
    return cleaned[:31]
