"""Subcommands about the database itself: demo, backup, check, export json."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from partnercrm.cli.context import CommandContext
from partnercrm.errors import DatabaseError
from partnercrm.i18n import translate
from partnercrm.store.backup import backup_file, default_backup_path, integrity_check
from partnercrm.store.schema import current_revision, head_revision


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="fill an empty database with a fictional demo network",
        description="Fill an empty database with a deterministic, fictional demo network: "
        "municipalities, companies, associations, foundations, ministries, people with "
        "several roles, interactions with follow-ups and past and upcoming events.",
    )
    demo.add_argument("--people", type=int, default=300, help="number of people (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--today", type=date.fromisoformat, help="reference day YYYY-MM-DD (default: today)"
    )
    demo.set_defaults(handler=run_demo)

    backup = subparsers.add_parser(
        "backup",
        help="copy the database consistently (SQLite online backup)",
        description="Copy the database with SQLite's online backup API, also while it is in "
        "use. Without -o the copy goes to the 'backups' folder beside the database.",
    )
    backup.add_argument("-o", "--output", type=Path, help="file to write")
    backup.set_defaults(handler=run_backup)

    check = subparsers.add_parser("check", help="check the database's integrity and schema version")
    check.add_argument("--json", action="store_true", help="print machine-readable JSON")
    check.set_defaults(handler=run_check)


def run_demo(ctx: CommandContext) -> int:
    from partnercrm.services.demo_network import generate_demo

    with ctx.db.transaction() as session:
        summary = generate_demo(
            session,
            people=ctx.args.people,
            seed=ctx.args.seed,
            today=ctx.args.today,
            progress=ctx.warn if ctx.err.isatty() else None,
        )
    ctx.print(
        translate(
            "cli",
            "Demo network created in {db}: {people} people, {orgs} organizations, "
            "{affiliations} roles, {interactions} interactions, {events} events with "
            "{participations} participations.",
        ).format(
            db=ctx.db.location.describe(),
            people=summary.people,
            orgs=summary.organizations,
            affiliations=summary.affiliations,
            interactions=summary.interactions,
            events=summary.events,
            participations=summary.participations,
        )
    )
    return 0


def _sqlite_file(ctx: CommandContext) -> Path:
    path = ctx.db.location.path
    if path is None:
        raise DatabaseError(
            translate(
                "cli",
                "This command works on SQLite database files. For a server database use "
                "the server's own backup tools (for PostgreSQL: pg_dump).",
            )
        )
    return path


def run_backup(ctx: CommandContext) -> int:
    source = _sqlite_file(ctx)
    target = (
        ctx.args.output.expanduser().resolve() if ctx.args.output else default_backup_path(source)
    )
    backup_file(source, target)
    ctx.print(translate("cli", "Backup written to {path}.").format(path=str(target)))
    return 0


def run_check(ctx: CommandContext) -> int:
    source = _sqlite_file(ctx)
    with ctx.db.engine.connect() as connection:
        revision = current_revision(connection)
    report = integrity_check(source)
    expected = head_revision()
    ok = report.ok and revision == expected
    if ctx.args.json:
        ctx.print_json(
            {
                "ok": ok,
                "integrity": "ok" if report.ok else list(report.problems),
                "schema": revision,
                "expected_schema": expected,
                "full_text_search": ctx.db.has_fts,
            }
        )
        return 0 if ok else 1
    if report.ok:
        ctx.print(translate("cli", "Integrity: ok."))
    else:
        ctx.print(translate("cli", "Integrity: problems found:"))
        for problem in report.problems:
            ctx.print(f"  {problem}")
        ctx.print(
            translate(
                "cli",
                "Restore the newest backup (see the 'backups' folder beside the database) "
                "or ask for help before you change this database further.",
            )
        )
    ctx.print(
        translate(
            "cli", "Schema: {revision} (this version of PartnerCRM expects {expected})."
        ).format(revision=revision, expected=expected)
    )
    ctx.print(
        translate("cli", "Full-text search: {state}.").format(
            state=translate("cli", "FTS5") if ctx.db.has_fts else translate("cli", "plain fallback")
        )
    )
    return 0 if ok else 1
