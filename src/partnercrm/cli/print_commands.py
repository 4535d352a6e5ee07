"""``partnercrm print``: labels, lists, sign-in sheets, badges, letters, certificates as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partnercrm.cli.context import CommandContext
from partnercrm.errors import InputFileError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import ParticipationRole, ParticipationStatus

_DOCUMENTS = {
    "labels": "address labels on a label sheet (any selection; people who must not get "
    "post or have no postal address are skipped and reported)",
    "invitations": "invitation list of an event (needs --event)",
    "signin": "sign-in sheet of an event, with signature column (needs --event)",
    "badges": "name badges on a badge sheet (any selection; with --event the event title "
    "and the represented organisation)",
    "letters": "serial letters, DIN 5008 form B for window envelopes (any selection; "
    "skips as for labels)",
    "certificates": "certificates of attendance, one A4 page each (needs --event)",
}

_DESCRIPTION = (
    "Print to a PDF file. Documents: address labels and name badges on label sheets "
    "(Avery, Avery Zweckform, HERMA: give the format id or the vendor's number with "
    "--template; see 'partnercrm print formats'), invitation lists and sign-in sheets "
    "(A4), serial letters (A4, DIN 5008 form B) and certificates of attendance (A4). "
    "Print the PDF at 100 % ('actual size'), never 'fit to page'. People marked "
    "'do not contact' or who withdrew or refused consent for post are left out of "
    "labels and letters and listed on stderr."
)


def _ids(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.replace(" ", "").split(",") if part)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a list of ids: {text}") from exc


def _add_selection(parser: argparse.ArgumentParser, *, event_needed: bool) -> None:
    group = parser.add_argument_group("selection (default: every live person)")
    group.add_argument("--list", metavar="NAME", help="members of this distribution list")
    group.add_argument("--query", metavar="TEXT", help="people this search finds")
    group.add_argument("--tag", metavar="NAME", action="append", help="people with this tag")
    group.add_argument("--ids", type=_ids, metavar="1,2,3", help="these person ids")
    group.add_argument(
        "--event",
        metavar="EVENT",
        required=event_needed,
        help="participants of this event (id or exact title)",
    )
    group.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in ParticipationStatus],
        help="with --event: only this participation status (repeatable; default: all, "
        "but registered and attended for sign-in sheets and badges, attended for "
        "certificates)",
    )
    group.add_argument(
        "--role",
        action="append",
        choices=[r.value for r in ParticipationRole],
        help="with --event: only this role (repeatable)",
    )


def _add_sheet_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template", metavar="ID", help="label format id or vendor number (e.g. 3475, L7160)"
    )
    parser.add_argument(
        "--start", type=int, default=1, metavar="N", help="first label to use on the first sheet"
    )
    parser.add_argument("--offset-x", type=float, metavar="MM", help="printer shift to the right")
    parser.add_argument("--offset-y", type=float, metavar="MM", help="printer shift downwards")
    parser.add_argument("--printer", default="default", help="printer whose calibration to use")
    parser.add_argument("--outline", action="store_true", help="draw label outlines")
    parser.add_argument(
        "--settings", type=Path, metavar="FILE", help="print settings file (default: data folder)"
    )


def register(subparsers: Any) -> None:
    printing = subparsers.add_parser(
        "print", help="print labels, lists, sheets, badges, letters (PDF)", description=_DESCRIPTION
    )
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, help_text in _DOCUMENTS.items():
        sub = documents.add_parser(name, help=help_text, description=help_text)
        _add_selection(sub, event_needed=name in ("invitations", "signin", "certificates"))
        if name in ("labels", "badges"):
            _add_sheet_options(sub)
        sub.add_argument(
            "--sort",
            choices=["name", "postcode"],
            default="name",
            help="order by name (default) or by country and postcode (bulk mail)",
        )
        sub.add_argument("--language", default="de", choices=["de", "en"], help="document language")
        if name == "letters":
            sub.add_argument(
                "--letter-text",
                type=Path,
                metavar="FILE",
                required=True,
                help="UTF-8 text with placeholders {salutation}, {first_name}, {last_name}, "
                "{full_name}, {organization}, {function}, {department}, {event_title}, "
                "{event_date}; blank lines separate paragraphs",
            )
            sub.add_argument("--subject", default="", help="subject line")
            sub.add_argument(
                "--sender", default="", help="return address line above the address field"
            )
            sub.add_argument("--signer", default="", help="name under the signature")
            sub.add_argument(
                "--place-date", default="", help="place and date line (e.g. 'Köln, 24.11.2026')"
            )
            sub.add_argument(
                "--titles",
                choices=["highest", "all"],
                default="highest",
                help="salutation names the highest title (Herr Professor Mey) or all",
            )
            sub.add_argument(
                "--salutation-language",
                choices=["letter", "person"],
                default="letter",
                help="salutation in the letter's language or in each person's own",
            )
        sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
        sub.set_defaults(handler=run_print)
    calibration = documents.add_parser(
        "calibration",
        help="grid test page to measure the printer's offset",
        description="A test page with label outlines, a millimetre grid and 100 mm rulers. "
        "Print it at 100 %, hold it against a label sheet and read the shift. "
        "--save-offset-x/-y store the measured shift for this printer and format.",
    )
    calibration.add_argument("--template", metavar="ID", help="label format id or vendor number")
    calibration.add_argument("--printer", default="default")
    calibration.add_argument(
        "--settings", type=Path, metavar="FILE", help="print settings file (default: data folder)"
    )
    calibration.add_argument("--save-offset-x", type=float, metavar="MM")
    calibration.add_argument("--save-offset-y", type=float, metavar="MM")
    calibration.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    calibration.set_defaults(handler=run_calibration)
    formats = documents.add_parser("formats", help="list the known label formats")
    formats.add_argument("search", nargs="?", default="", help="part of a vendor number or name")
    formats.set_defaults(handler=run_formats)


def _selection(ctx: CommandContext, session: Any) -> Any:
    from partnercrm.services.distribution_lists import find_list
    from partnercrm.services.events import find_event
    from partnercrm.services.print_selection import Selection, tag_ids_named

    args = ctx.args
    return Selection(
        ids=args.ids,
        list_id=find_list(session, args.list) if args.list else None,
        query=args.query or "",
        tag_ids=tag_ids_named(session, args.tag) if args.tag else (),
        event_id=find_event(session, args.event) if args.event else None,
        statuses=tuple(ParticipationStatus(s) for s in args.status or ()),
        roles=tuple(ParticipationRole(r) for r in args.role or ()),
    )


def _check_output(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            "output",
            translate("cli", "The output file must end in .pdf: {path}").format(path=path),
        )
    if not path.parent.exists():
        raise ValidationError(
            "output",
            translate("cli", "The folder {folder} does not exist.").format(folder=path.parent),
        )


def run_print(ctx: CommandContext) -> int:
    from partnercrm.addressing import TitleMode
    from partnercrm.printing.print_jobs import DocumentKind, PrintJob, run_job
    from partnercrm.services.print_selection import SalutationLanguage, SortOrder

    args = ctx.args
    _check_output(args.output)
    if (args.status or args.role) and not args.event:
        raise ValidationError(
            "event", translate("cli", "--status and --role need --event (which event?).")
        )
    letter_text = ""
    if args.document == "letters":
        try:
            letter_text = args.letter_text.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputFileError(
                translate("cli", "Cannot read the letter text {path}: {error}").format(
                    path=args.letter_text, error=exc
                )
            ) from exc
    with ctx.db.session() as session:
        job = PrintJob(
            kind=DocumentKind(args.document),
            selection=_selection(ctx, session),
            format_id=getattr(args, "template", None) or "",
            start_position=getattr(args, "start", 1),
            offset_x_mm=getattr(args, "offset_x", None),
            offset_y_mm=getattr(args, "offset_y", None),
            outlines=getattr(args, "outline", False),
            order=SortOrder(args.sort),
            titles=TitleMode(getattr(args, "titles", "highest")),
            salutation_language=SalutationLanguage(getattr(args, "salutation_language", "letter")),
            language=args.language,
            letter_text=letter_text or "{salutation}\n\n",
            letter_subject=getattr(args, "subject", ""),
            sender_line=getattr(args, "sender", ""),
            signer_name=getattr(args, "signer", ""),
            place_date=getattr(args, "place_date", ""),
            printer=getattr(args, "printer", "default"),
            settings_path=getattr(args, "settings", None),
        )
        outcome = run_job(session, job, args.output)
    for skipped in outcome.skipped:
        ctx.warn(
            translate("cli", "Skipped {name} (id {id}): {reason}").format(
                name=skipped.name, id=skipped.person_id, reason=skipped.reason
            )
        )
    for problem in outcome.problems:
        detail = f" ({'; '.join(problem.texts)})" if problem.texts else ""
        ctx.warn(problem.message + detail)
    ctx.print(
        translate(
            "cli", "Wrote {path}: {items} records on {pages} pages, {skipped} skipped."
        ).format(
            path=args.output,
            items=outcome.result.items,
            pages=outcome.result.pages,
            skipped=len(outcome.skipped),
        )
    )
    if outcome.result.next_start_position > 1 and job.kind in ("labels", "badges"):
        ctx.print(
            translate("cli", "Next free position on the last sheet: {n} (use --start {n}).").format(
                n=outcome.result.next_start_position
            )
        )
    return 0


def run_calibration(ctx: CommandContext) -> int:
    from partnercrm.printing.print_jobs import (
        DocumentKind,
        PrintJob,
        label_format_for,
        render_calibration,
    )
    from partnercrm.services.print_settings import (
        Calibration,
        load_calibration,
        save_calibration,
    )

    args = ctx.args
    _check_output(args.output)
    job = PrintJob(
        DocumentKind.LABELS,
        format_id=args.template or "",
        printer=args.printer,
        settings_path=args.settings,
    )
    label_format = label_format_for(job)
    if args.save_offset_x is not None or args.save_offset_y is not None:
        saved = load_calibration(
            format_id=label_format.id, printer=args.printer, path=args.settings
        )
        save_calibration(
            Calibration(
                saved.offset_x_mm if args.save_offset_x is None else args.save_offset_x,
                saved.offset_y_mm if args.save_offset_y is None else args.save_offset_y,
            ),
            format_id=label_format.id,
            printer=args.printer,
            path=args.settings,
        )
    render_calibration(job, args.output)
    current = load_calibration(format_id=label_format.id, printer=args.printer, path=args.settings)
    ctx.print(
        translate(
            "cli",
            "Wrote {path}: calibration page for {format}, offset x {x} mm, y {y} mm. "
            "Print it at 100 % (actual size).",
        ).format(
            path=args.output, format=label_format.name, x=current.offset_x_mm, y=current.offset_y_mm
        )
    )
    return 0


def run_formats(ctx: CommandContext) -> int:
    from partnercrm.printing.label_sheet import load_catalog

    needle = ctx.args.search.casefold()
    for f in load_catalog().formats:
        haystack = " ".join((f.id, f.name, *f.aliases)).casefold()
        if needle in haystack:
            ctx.print(f"{f.id:18} {f.kind:8} {f.per_sheet:3}  {f.name}")
    return 0
