"""``partnercrm export``: write the database or a selection to a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partnercrm.cli.context import CommandContext
from partnercrm.i18n import translate


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="export data: json (the whole database), vcard, csv, xlsx",
        description="Export data to a file. Formats: json — the whole database in the "
        "documented layout of docs/export-json.md; vcard, csv, xlsx — a selection of people.",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser("json", help="the whole database as JSON")
    as_json.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    as_json.set_defaults(handler=run_export_json)

    as_vcard = formats.add_parser(
        "vcard",
        help="people as vCards (3.0 by default)",
        description="Export people as vCards: one .vcf for all (default) or, with --split, "
        "one file per person into a folder (for classic Outlook). Without a selection: all "
        "live people except those marked do-not-contact.",
    )
    as_vcard.add_argument("-o", "--output", type=Path, required=True, help="file or folder")
    as_vcard.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    as_vcard.add_argument("--split", action="store_true", help="one file per person")
    add_selection_arguments(as_vcard)
    as_vcard.set_defaults(handler=run_export_vcard)

    for name, label in (("csv", "CSV (UTF-8 with BOM, ';')"), ("xlsx", "Excel workbook")):
        table = formats.add_parser(name, help=f"people as {label}")
        table.add_argument("-o", "--output", type=Path, required=True, help="file to write")
        table.add_argument(
            "--columns",
            help="comma-separated columns (default: the standard set; see --list-columns)",
        )
        table.add_argument(
            "--list-columns", action="store_true", help="print the available columns and stop"
        )
        add_selection_arguments(table)
        table.set_defaults(handler=run_export_table, table_format=name)


def add_selection_arguments(parser: Any) -> None:
    """The selection every people export takes."""
    parser.add_argument("--list", dest="list_name", default="", help="a distribution list")
    parser.add_argument("--query", default="", help="a search text")
    parser.add_argument("--tag", default="", help="a tag")
    parser.add_argument("--ids", default="", help="person numbers, e.g. 1,2,3")
    parser.add_argument("--event", default="", help="an event's participants (id or title)")
    parser.add_argument("--status", default="", help="with --event: participation status")
    parser.add_argument("--role", default="", help="with --event: participation role")
    parser.add_argument(
        "--include-do-not-contact",
        action="store_true",
        help="also export people marked do-not-contact (they are flagged in the file)",
    )


def _selection(ctx: CommandContext, session: Any) -> tuple[int, ...]:
    from partnercrm.services.person_selection import Selection, parse_ids, select_people

    args = ctx.args
    chosen = select_people(
        session,
        Selection(
            list_name=args.list_name,
            query=args.query,
            tag=args.tag,
            ids=parse_ids(args.ids) if args.ids else None,
            event=args.event,
            status=args.status,
            role=args.role,
            include_do_not_contact=args.include_do_not_contact,
        ),
    )
    if chosen.do_not_contact_left_out:
        ctx.warn(
            translate(
                "cli",
                "{count} people marked do-not-contact were left out "
                "(--include-do-not-contact exports them, flagged).",
            ).format(count=chosen.do_not_contact_left_out)
        )
    if chosen.do_not_contact_kept:
        ctx.warn(
            translate(
                "cli", "{count} exported people are marked do-not-contact; the file says so."
            ).format(count=chosen.do_not_contact_kept)
        )
    return chosen.ids


def run_export_vcard(ctx: CommandContext) -> int:
    from partnercrm.interchange.vcard_export import export_vcards

    target = ctx.args.output.expanduser().resolve()
    with ctx.db.session() as session:
        ids = _selection(ctx, session)
        count = export_vcards(
            session,
            ids,
            target,
            version=ctx.args.vcard_version,
            split=ctx.args.split,
            progress=lambda done, total: ctx.progress(done, total, translate("cli", "Exporting")),
        )
    ctx.print(
        translate("cli", "Exported {count} people as vCard {version} to {path}.").format(
            count=count, version=ctx.args.vcard_version, path=str(target)
        )
    )
    return 0


def run_export_table(ctx: CommandContext) -> int:
    from partnercrm.interchange.table_export import COLUMNS, export_table, parse_columns

    if ctx.args.list_columns:
        for key, column in COLUMNS.items():
            ctx.print(f"{key}\t{column.header}")
        return 0
    columns = parse_columns(ctx.args.columns or "")
    target = ctx.args.output.expanduser().resolve()
    with ctx.db.session() as session:
        ids = _selection(ctx, session)
        count = export_table(session, ids, target, columns=columns, format=ctx.args.table_format)
    ctx.print(
        translate("cli", "Exported {count} people to {path}.").format(count=count, path=str(target))
    )
    return 0


def run_export_json(ctx: CommandContext) -> int:
    from partnercrm.interchange.json_export import export_json

    target = ctx.args.output.expanduser().resolve()
    with ctx.db.session() as session:
        counts = export_json(session, target)
    ctx.print(
        translate(
            "cli",
            "Exported {people} people, {orgs} organizations, {events} events and "
            "{interactions} interactions to {path}.",
        ).format(
            people=counts["people"],
            orgs=counts["organizations"],
            events=counts["events"],
            interactions=counts["interactions"],
            path=str(target),
        )
    )
    return 0
