"""Writing the cross-event report (a year's or a series' events) as CSV or XLSX.

Formula-safe: spreadsheet programs run a cell starting with = + - @ (or tab, CR) as a
formula ("CSV injection"). In CSV such text gets a leading apostrophe; in XLSX every
text cell is written with the explicit string type, so it is never a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from partnercrm.errors import InputFileError
from partnercrm.i18n import translate
from partnercrm.services.event_statistics import CrossEventStatistics

Cell = str | int
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """Text that no spreadsheet will run as a formula (for CSV)."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def report_tables(report: CrossEventStatistics) -> dict[str, list[list[Cell]]]:
    """The report as named tables (header row first), shared by CSV and XLSX."""
    event_header: list[Cell] = [
        translate("event_report", "Date"),
        translate("event_report", "Event"),
        translate("event_report", "Attendees"),
        translate("event_report", "New"),
        translate("event_report", "Returning"),
        translate("event_report", "Organisations"),
        translate("event_report", "Municipalities"),
        translate("event_report", "Municipal participants"),
    ]
    events_table: list[list[Cell]] = [event_header]
    for e in report.events:
        events_table.append(
            [
                e.starts_at.strftime("%Y-%m-%d"),
                e.title,
                e.attendees,
                e.new,
                e.returning,
                e.organizations,
                e.municipalities,
                e.municipal_participants,
            ]
        )
    titles = {e.event_id: f"{e.starts_at:%Y-%m-%d} {e.title}" for e in report.events}
    order = [e.event_id for e in report.events]
    municipal_header: list[Cell] = [
        translate("event_report", "Municipality"),
        translate("event_report", "Events"),
        translate("event_report", "Attendees"),
        *[titles[i] for i in order],
    ]
    municipal_table: list[list[Cell]] = [municipal_header]
    for m in report.municipalities:
        present = set(m.event_ids)
        municipal_table.append(
            [m.name, len(m.event_ids), m.attendees, *["x" if i in present else "" for i in order]]
        )
    org_table: list[list[Cell]] = [
        [
            translate("event_report", "Organisation"),
            translate("event_report", "Kind"),
            translate("event_report", "Events"),
            translate("event_report", "Attendees"),
        ]
    ]
    for o in report.organizations:
        org_table.append([o.name, o.kind.value if o.kind else "", o.events, o.attendees])
    return {
        translate("event_report", "Events"): events_table,
        translate("event_report", "Municipalities"): municipal_table,
        translate("event_report", "Organisations"): org_table,
    }


def write_csv(path: Path, table: Sequence[Sequence[Cell]]) -> None:
    """One table as CSV the way German Excel opens it: UTF-8 with BOM, semicolons."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in table:
            writer.writerow([safe_text(c) if isinstance(c, str) else c for c in row])


def write_xlsx(path: Path, tables: dict[str, list[list[Cell]]]) -> None:
    """All tables as sheets of one workbook; text cells typed as strings."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, table in tables.items():
        sheet = workbook.create_sheet(title=name[:31])
        for r, row in enumerate(table, start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
        sheet.freeze_panes = "A2"
    workbook.save(path)


def export_cross_event_report(report: CrossEventStatistics, path: str | Path) -> list[Path]:
    """Write the report; ``.xlsx`` gives one workbook, ``.csv`` one file per table.

    For CSV, ``path`` gets the events; the municipalities and organisations go
    beside it as ``<name>-municipalities.csv`` and ``<name>-organizations.csv``.
    Returns the files written.
    """
    target = Path(path)
    tables = report_tables(report)
    try:
        if target.suffix.lower() == ".xlsx":
            write_xlsx(target, tables)
            return [target]
        if target.suffix.lower() != ".csv":
            raise InputFileError(
                translate(
                    "event_report", "Give the report file the ending .csv or .xlsx: {path}"
                ).format(path=str(target))
            )
        events_table, municipal_table, org_table = tables.values()
        files = [
            target,
            target.with_name(target.stem + "-municipalities.csv"),
            target.with_name(target.stem + "-organizations.csv"),
        ]
        for file, table in zip(files, (events_table, municipal_table, org_table), strict=True):
            write_csv(file, table)
        return files
    except OSError as exc:
        raise InputFileError(
            translate("event_report", "{path} cannot be written ({reason}).").format(
                path=str(target), reason=exc.strerror or exc
            )
        ) from exc
