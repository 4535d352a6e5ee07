"""The ``partnercrm event`` commands: create, list, import registrations, attendance, stats."""

from __future__ import annotations

from typing import Any

from partnercrm.cli.context import CommandContext, add_json_flag
from partnercrm.errors import UserError
from partnercrm.i18n import translate
from partnercrm.interchange.csv_reading import read_csv_table
from partnercrm.interchange.event_report_export import export_cross_event_report
from partnercrm.model import ParticipationStatus
from partnercrm.services import event_statistics, events, participations
from partnercrm.services.attendance_import import import_attendance
from partnercrm.services.registration_import import import_registrations


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "event", help="events: create, list, import registrations and attendance, statistics"
    )
    commands = parser.add_subparsers(dest="event_command", metavar="ACTION", required=True)

    create = commands.add_parser("create", help="create an event")
    create.add_argument("--title", required=True)
    create.add_argument("--start", required=True, help="2026-05-12 or 2026-05-12 09:30")
    create.add_argument("--end", help="end date or time")
    create.add_argument("--kind", default="seminar", help="seminar, conference, exchange, ...")
    create.add_argument("--venue", default="", help="venue name (or an online link)")
    create.add_argument("--series", default="")
    create.add_argument("--capacity", type=int)
    add_json_flag(create)
    create.set_defaults(handler=create_event)

    listing = commands.add_parser("list", help="list events, newest first")
    listing.add_argument("--year", type=int)
    listing.add_argument("--series")
    add_json_flag(listing)
    listing.set_defaults(handler=list_events)

    importing = commands.add_parser(
        "import", help="import registrations (CSV export of an online form)"
    )
    importing.add_argument("event", metavar="EVENT", help="id or exact title")
    importing.add_argument("file", metavar="FILE")
    add_json_flag(importing)
    importing.set_defaults(handler=import_file)

    attendance = commands.add_parser(
        "attendance", help="mark attendance from an online meeting's participant report"
    )
    attendance.add_argument("event", metavar="EVENT", help="id or exact title")
    attendance.add_argument("file", metavar="FILE")
    add_json_flag(attendance)
    attendance.set_defaults(handler=attendance_file)

    noshow = commands.add_parser(
        "noshow", help="after the event: everyone still registered becomes no-show"
    )
    noshow.add_argument("event", metavar="EVENT", help="id or exact title")
    noshow.add_argument("--yes", action="store_true", help="confirm the change")
    noshow.set_defaults(handler=mark_no_shows)

    stats = commands.add_parser("stats", help="statistics of an event")
    stats.add_argument("event", metavar="EVENT", help="id or exact title")
    add_json_flag(stats)
    stats.set_defaults(handler=show_stats)

    report = commands.add_parser(
        "report", help="across events (a year, a series): CSV/XLSX or JSON"
    )
    report.add_argument("--year", type=int)
    report.add_argument("--series")
    report.add_argument("--output", "-o", help="file to write (.csv or .xlsx)")
    add_json_flag(report)
    report.set_defaults(handler=cross_event_report)


def create_event(ctx: CommandContext) -> int:
    args = ctx.args
    starts = events.parse_event_time(args.start, field="start")
    ends = events.parse_event_time(args.end, field="end") if args.end else None
    venue = args.venue.strip()
    online = venue if venue.startswith(("http://", "https://")) else ""
    data = events.EventInput(
        title=args.title,
        starts_at=starts,
        ends_at=ends,
        kind=events.parse_event_kind(args.kind),
        series=args.series,
        venue_name="" if online else venue,
        online_url=online,
        capacity=args.capacity,
    )
    with ctx.db.transaction() as session:
        event_id, _changes = events.create_event(session, data=data)
    if args.json:
        ctx.print_json({"id": event_id})
    else:
        ctx.print(translate("cli", "Created event {id}.").format(id=event_id))
    return 0


def list_events(ctx: CommandContext) -> int:
    with ctx.db.session() as session:
        rows = events.list_events(session, year=ctx.args.year, series=ctx.args.series)
    if ctx.args.json:
        ctx.print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "kind": r.kind.value,
                    "series": r.series,
                    "start": r.starts_at.isoformat(),
                    "end": r.ends_at.isoformat() if r.ends_at else None,
                    "venue": r.venue,
                    "status": r.status.value,
                    "capacity": r.capacity,
                    "registered": r.registered,
                    "attended": r.attended,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        ctx.print(
            f"{r.id:>5}  {r.starts_at:%Y-%m-%d}  {r.title}  ({r.kind.value}, {r.status.value}; "
            + translate("cli", "{registered} registered, {attended} attended").format(
                registered=r.registered, attended=r.attended
            )
            + ")"
        )
    return 0


def _event_id(ctx: CommandContext) -> int:
    with ctx.db.session() as session:
        return events.find_event(session, ctx.args.event)


def import_file(ctx: CommandContext) -> int:
    event_id = _event_id(ctx)
    table = read_csv_table(ctx.args.file)
    with ctx.db.transaction() as session:
        report = import_registrations(
            session,
            event_id=event_id,
            header=table.header,
            rows=[(row.number, row.values) for row in table.rows],
            source=table.source,
        )
    for warning in report.warnings:
        ctx.warn(warning)
    figures = {
        "rows": report.rows,
        "people_created": len(report.people_created),
        "people_matched": len(report.people_matched),
        "organizations_created": len(report.organizations_created),
        "participations_created": len(report.participations_created),
        "participations_updated": len(report.participations_updated),
    }
    if ctx.args.json:
        ctx.print_json(figures | {"warnings": list(report.warnings)})
    else:
        ctx.print(
            translate(
                "cli",
                "Imported {rows} rows: {people_created} people created, {people_matched} "
                "recognised, {organizations_created} organisations created; "
                "{participations_created} participations added, {participations_updated} "
                "updated.",
            ).format(**figures)
        )
    return 0


def attendance_file(ctx: CommandContext) -> int:
    event_id = _event_id(ctx)
    table = read_csv_table(ctx.args.file)
    with ctx.db.transaction() as session:
        report = import_attendance(
            session,
            event_id=event_id,
            header=table.header,
            rows=[(row.number, row.values) for row in table.rows],
            source=table.source,
        )
    figures = {
        "marked": len(report.marked),
        "already_attended": len(report.already_attended),
        "people_created": len(report.people_created),
    }
    if ctx.args.json:
        ctx.print_json(figures)
    else:
        ctx.print(
            translate(
                "cli",
                "{marked} marked as attended ({already_attended} were already), "
                "{people_created} people created.",
            ).format(**figures)
        )
    return 0


def mark_no_shows(ctx: CommandContext) -> int:
    event_id = _event_id(ctx)
    if not ctx.args.yes:
        with ctx.db.session() as session:
            count = participations.count_registered(session, event_id=event_id)
        raise UserError(
            translate(
                "cli",
                "{count} people are still “registered” and would become “no-show”. "
                "Repeat with --yes to do it.",
            ).format(count=count)
        )
    with ctx.db.transaction() as session:
        changes = participations.mark_no_shows(session, event_id=event_id)
    count = len(changes.updated.get("participation", ()))
    ctx.print(translate("cli", "{count} marked as no-show.").format(count=count))
    return 0


def show_stats(ctx: CommandContext) -> int:
    event_id = _event_id(ctx)
    with ctx.db.session() as session:
        stats = event_statistics.event_statistics(session, event_id=event_id)
    if ctx.args.json:
        ctx.print_json(stats.as_json())
        return 0
    ctx.print(stats.title)
    ctx.print(stats.sentence_de)
    ctx.print(stats.sentence_en)
    for status in ParticipationStatus:
        ctx.print(f"  {status.value:<12}{stats.by_status[status]:>6}")
    ctx.print(
        translate("cli", "  organisations {orgs}, municipalities {muns}").format(
            orgs=stats.organizations, muns=stats.municipalities
        )
    )
    for sector, count in stats.by_sector.items():
        ctx.print(f"  {sector.value:<14}{count:>6}")
    return 0


def cross_event_report(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.db.session() as session:
        ids = events.event_ids_in(session, year=args.year, series=args.series)
        report = event_statistics.cross_event_statistics(session, event_ids=ids)
    if args.output:
        export_cross_event_report(report, args.output)
        ctx.print(translate("cli", "Written to {path}.").format(path=args.output))
    if args.json or not args.output:
        ctx.print_json(report.as_json())
    return 0
