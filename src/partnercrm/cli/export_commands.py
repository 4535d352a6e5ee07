"""``partnercrm export``: write the database or a selection to a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partnercrm.cli.context import CommandContext
from partnercrm.i18n import translate


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="export data: json (the whole database)",
        description="Export data to a file. Formats: json — the whole database in the "
        "documented layout of docs/export-json.md.",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser("json", help="the whole database as JSON")
    as_json.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    as_json.set_defaults(handler=run_export_json)


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
