"""``partnercrm import``: contacts from vCard, CSV or XLSX files; undo of an import."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partnercrm.cli.context import CommandContext
from partnercrm.errors import UserError
from partnercrm.i18n import translate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import contacts from .vcf, .csv or .xlsx files; undo an import",
        description="Import contacts. Each run is one batch that can be undone with "
        "--undo LAST or --undo BATCH_ID. People are matched by vCard UID, then e-mail, "
        "then name at the same organization; a match is updated (empty fields filled, "
        "new contact data added, nothing overwritten).",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE")
    parser.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "create"),
        help="what to do with every matched person (default: update on UID/e-mail/name "
        "match, report possible duplicates without importing them)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="import all of a file or nothing of it"
    )
    parser.add_argument(
        "--bad-field",
        choices=("drop", "skip-row"),
        default="drop",
        help="CSV/XLSX: import a row without its bad field (default) or skip the row",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would happen, change nothing"
    )
    parser.add_argument("--undo", metavar="LAST|BATCH_ID", help="undo an earlier import")
    parser.add_argument(
        "--force", action="store_true", help="with --undo: also undo records edited since"
    )
    parser.add_argument("--list", action="store_true", help="list the latest imports")
    parser.set_defaults(handler=run_import_command)


class _NothingGiven(UserError):
    pass


def run_import_command(ctx: CommandContext) -> int:
    args: argparse.Namespace = ctx.args
    if args.list:
        return _list(ctx)
    if args.undo:
        return _undo(ctx, args.undo, force=args.force)
    if not args.files:
        raise _NothingGiven(
            translate("cli", "Name the files to import, or use --undo LAST or --list.")
        )
    from partnercrm.interchange.contact_files import (
        ImportOptions,
        prepare_import,
        run_import,
    )
    from partnercrm.services.contact_import import Decision

    options = ImportOptions(
        on_duplicate=Decision(args.on_duplicate) if args.on_duplicate else None,
        strict=args.strict,
        bad_field=args.bad_field,
    )
    files = [f.expanduser() for f in args.files]
    for path in files:
        if not path.is_file():
            from partnercrm.errors import InputFileError

            raise InputFileError(
                translate("cli", "{path} is not a file. Check the name.").format(path=path)
            )
    with ctx.db.session() as session:
        preview = prepare_import(session, files, options)
        if args.dry_run:
            for problem in preview.problems:
                ctx.warn(_where(problem.source, problem.number) + problem.reason)
            for row in preview.rows:
                # What the import would report for this record (bad fields dropped).
                for reason in row.contact.problems:
                    ctx.warn(_where(row.contact.source, row.contact.number) + reason)
                target = f" → {row.person_name}" if row.person_name else ""
                ctx.print(
                    f"{_where(row.contact.source, row.contact.number)}{row.decision.value}: "
                    f"{row.contact.display_name}{target} {row.reason}".rstrip()
                )
            return 0
        summary = run_import(
            session,
            preview,
            progress=lambda done, total: ctx.progress(done, total, translate("cli", "Importing")),
        )
        session.commit()
    for problem in summary.problems:
        ctx.warn(_where(problem.source, problem.number) + problem.reason)
    for diff in summary.differences:
        ctx.warn(_where(diff.source, diff.number) + diff.reason)
    if summary.batch_id is None:
        ctx.print(translate("cli", "Nothing was imported: the files hold no contacts."))
        return 1
    ctx.print(
        translate(
            "cli",
            "Import {batch}: {created} new, {updated} updated, {unchanged} unchanged, "
            "{skipped} skipped. Undo with: partnercrm import --undo {batch}",
        ).format(
            batch=summary.batch_id,
            created=summary.created,
            updated=summary.updated,
            unchanged=summary.unchanged,
            skipped=summary.skipped,
        )
    )
    if summary.merged:
        ctx.print(
            translate(
                "cli", "{merged} records added to a person an earlier record already imported."
            ).format(merged=summary.merged)
        )
    if summary.created + summary.updated + summary.unchanged == 0 and summary.problems:
        return 1
    return 0


def _where(source: str, number: int) -> str:
    if number:
        return translate("cli", "{source}, record {number}: ").format(source=source, number=number)
    return f"{source}: "


def _undo(ctx: CommandContext, which: str, *, force: bool) -> int:
    from partnercrm.services.import_batches import last_batch_id, undo_batch

    with ctx.db.session() as session:
        if which.upper() == "LAST":
            batch_id = last_batch_id(session)
            if batch_id is None:
                raise _NothingGiven(translate("cli", "There is no import to undo."))
        else:
            try:
                batch_id = int(which)
            except ValueError:
                raise _NothingGiven(
                    translate("cli", "--undo takes LAST or a batch number, not “{v}”.").format(
                        v=which
                    )
                ) from None
        result = undo_batch(session, batch_id, force=force)
        session.commit()
    ctx.print(
        translate(
            "cli",
            "Import {batch} undone: {deleted} people deleted, {restored} restored, "
            "{orgs} organizations deleted.",
        ).format(
            batch=result.batch_id,
            deleted=result.deleted_people,
            restored=result.restored_people,
            orgs=result.deleted_organizations,
        )
    )
    return 0


def _list(ctx: CommandContext) -> int:
    from partnercrm.services.import_batches import list_batches

    with ctx.db.session() as session:
        for b in list_batches(session):
            state = translate("cli", " (undone)") if b.undone_at else ""
            ctx.print(
                f"{b.id}\t{b.started_at:%Y-%m-%d %H:%M}\t{b.format}\t+{b.created_count} "
                f"~{b.updated_count}\t{', '.join(b.sources)}{state}"
            )
    return 0
