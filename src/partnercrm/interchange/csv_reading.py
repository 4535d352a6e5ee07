"""Reading CSV files as people export them: encoding and delimiter detected, rows numbered.

Online form tools, spreadsheets and video-conferencing tools write CSV as UTF-8
(with or without a byte-order mark) or as Windows-1252 (Excel on German Windows),
separated by semicolons (German Excel), commas or tabs. ``read_csv_table`` finds
out which, and returns the header and the rows with the line number a user sees
when opening the file in an editor, so that reports can name the row.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from partnercrm.errors import InputFileError
from partnercrm.i18n import translate

DELIMITERS = (";", ",", "\t")
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class CsvRow:
    """One data row: ``number`` is the file's line number of the row (header = row 1)."""

    number: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV file.

    Attributes:
        source: the file name shown in messages.
        encoding: "utf-8-sig", "utf-8" or "cp1252".
        delimiter: the separator found.
        header: the cells of the first non-empty row, stripped.
        rows: the following non-empty rows.
    """

    source: str
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding): UTF-8 with BOM, UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; map them rather than fail.
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_delimiter(text: str) -> str:
    """The delimiter of ``text``: the candidate splitting the first lines most consistently."""
    lines = [line for line in text.splitlines() if line.strip()][:20]
    if not lines:
        return ";"
    best, best_score = ";", -1
    for delimiter in DELIMITERS:
        counts = [_count_outside_quotes(line, delimiter) for line in lines]
        first = counts[0]
        if first == 0:
            continue
        consistent = sum(1 for c in counts if c == first)
        score = consistent * 1000 + first
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def parse_csv_text(text: str, *, source: str, encoding: str = "utf-8") -> CsvTable:
    """Split decoded text into header and numbered rows (blank rows are skipped)."""
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] | None = None
    rows: list[CsvRow] = []
    try:
        for values in reader:
            number = reader.line_num
            cells = tuple(v.strip() for v in values)
            if not any(cells):
                continue
            if header is None:
                header = cells
            else:
                rows.append(CsvRow(number, cells))
    except csv.Error as exc:
        raise InputFileError(
            translate("csv", "{source}, row {row}: the CSV is damaged ({reason}).").format(
                source=source, row=reader.line_num, reason=exc
            )
        ) from exc
    if header is None:
        raise InputFileError(
            translate("csv", "{source} is empty: it has no header row.").format(source=source)
        )
    return CsvTable(source, encoding, delimiter, header, tuple(rows))


def read_csv_table(path: str | Path) -> CsvTable:
    """Read and decode a CSV file; raise ``InputFileError`` saying what is wrong."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputFileError(
                translate(
                    "csv", "{source} is too large for a CSV import ({size} MB, at most 50 MB)."
                ).format(source=file.name, size=size // (1024 * 1024))
            )
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise InputFileError(
            translate("csv", "The file {path} does not exist.").format(path=str(file))
        ) from exc
    except IsADirectoryError as exc:
        raise InputFileError(
            translate("csv", "{path} is a folder, not a CSV file.").format(path=str(file))
        ) from exc
    except OSError as exc:
        raise InputFileError(
            translate("csv", "{path} cannot be read ({reason}).").format(
                path=str(file), reason=exc.strerror or exc
            )
        ) from exc
    if b"\x00" in data[:4096]:
        raise InputFileError(
            translate(
                "csv",
                "{source} is not a CSV text file (it looks like a spreadsheet or another "
                "binary file). Save it as CSV and import again.",
            ).format(source=file.name)
        )
    text, encoding = decode_bytes(data)
    return parse_csv_text(text, source=file.name, encoding=encoding)
