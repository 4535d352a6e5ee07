"""The ``log`` and ``followups`` commands: record an interaction, list what is due."""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from partnercrm.cli.context import CommandContext, add_json_flag
from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.model import InteractionKind, Person
from partnercrm.services import followups, interactions
from partnercrm.services.contact_lookup import people_by_email
from partnercrm.services.followups import Bucket, FollowUp
from partnercrm.services.interactions import InteractionInput

DUE_CHOICES = ("overdue", "today", "week", "later", "all")


def register(subparsers: Any) -> None:
    log = subparsers.add_parser(
        "log",
        help="log an interaction (call, meeting, e-mail, letter, visit, note)",
        description="Log an interaction with a person, optionally with a follow-up.",
    )
    log.add_argument(
        "--person",
        action="append",
        required=True,
        metavar="ID|EMAIL",
        help="the person: id or e-mail address (own or of a role); repeat for several",
    )
    log.add_argument(
        "--organization",
        action="append",
        type=int,
        default=[],
        metavar="ID",
        help="an organization involved (id); repeat for several",
    )
    log.add_argument(
        "--kind",
        required=True,
        choices=[k.value for k in InteractionKind],
        help="what kind of contact it was",
    )
    log.add_argument("--subject", required=True, help="what it was about")
    log.add_argument("--text", default="", help="what was said or agreed")
    log.add_argument(
        "--at",
        type=_datetime_arg,
        metavar="DATETIME",
        help="when (YYYY-MM-DD [HH:MM] or DD.MM.YYYY [HH:MM]; default: now)",
    )
    log.add_argument("--event", type=int, metavar="ID", help="the event it belongs to")
    log.add_argument(
        "--due",
        type=_date_arg,
        metavar="DATE",
        help="follow-up due date (YYYY-MM-DD, DD.MM.YYYY or +DAYS)",
    )
    log.add_argument("--todo", default="", help="what the follow-up is about")
    log.add_argument("--owner", default="", help="who does the follow-up (default: you)")
    add_json_flag(log)
    log.set_defaults(handler=run_log)

    due = subparsers.add_parser(
        "followups",
        help="list open follow-ups (Wiedervorlagen)",
        description="List open follow-ups: overdue, due today, this week, later.",
    )
    due.add_argument(
        "--due",
        choices=DUE_CHOICES,
        default="all",
        help="which: overdue, today, week (rest of this week), later or all (default)",
    )
    due.add_argument("--owner", help="only those of this owner")
    due.add_argument(
        "--today", type=_date_arg, metavar="DATE", help="count from this day instead of today"
    )
    add_json_flag(due)
    due.set_defaults(handler=run_followups)


def run_log(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.db.transaction() as session:
        person_ids = [resolve_person(session, value) for value in args.person]
        logged = interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind(args.kind),
                subject=args.subject,
                text=args.text,
                occurred_at=args.at,
                person_ids=person_ids,
                organization_ids=args.organization,
                event_id=args.event,
                followup_due=args.due,
                followup_note=args.todo,
                followup_owner=args.owner,
            ),
        )
        detail = interactions.get_interaction(session, interaction_id=logged.interaction_id)
    if args.json:
        ctx.print_json(
            {
                "id": detail.id,
                "kind": detail.kind.value,
                "occurred_at": detail.occurred_at.isoformat(timespec="minutes"),
                "subject": detail.subject,
                "people": [p.id for p in detail.people],
                "followup_due": detail.followup_due.isoformat() if detail.followup_due else None,
                "followup_owner": detail.followup_owner,
            }
        )
        return 0
    names = ", ".join(p.name for p in detail.people)
    ctx.print(
        translate("cli", "Logged interaction {id} with {names}.").format(id=detail.id, names=names)
    )
    if detail.followup_due is not None:
        ctx.print(
            translate("cli", "Follow-up on {due} for {owner}.").format(
                due=detail.followup_due.isoformat(), owner=detail.followup_owner
            )
        )
    return 0


def run_followups(ctx: CommandContext) -> int:
    args = ctx.args
    today = args.today or date.today()
    wanted = frozenset(Bucket) if args.due == "all" else frozenset({Bucket(args.due)})
    with ctx.db.session() as session:
        result = followups.list_followups(session, today=today, owner=args.owner, buckets=wanted)
    items = result.all()
    if args.json:
        ctx.print_json([_as_json(item) for item in items])
        return 0
    if not items:
        ctx.print(translate("cli", "No open follow-ups."))
        return 0
    labels = {
        Bucket.OVERDUE: translate("cli", "Overdue"),
        Bucket.TODAY: translate("cli", "Today"),
        Bucket.WEEK: translate("cli", "This week"),
        Bucket.LATER: translate("cli", "Later"),
    }
    for bucket in Bucket:
        group = [i for i in items if i.bucket is bucket]
        if not group:
            continue
        ctx.print(f"{labels[bucket]} ({len(group)})")
        for item in group:
            who = ", ".join(name for _id, name in item.people + item.organizations)
            what = item.note or item.subject
            ctx.print(
                f"  {item.due.isoformat()}  #{item.interaction_id}  {who}: {what}"
                + (f"  [{item.owner}]" if item.owner else "")
            )
    return 0


def _as_json(item: FollowUp) -> dict[str, Any]:
    return {
        "interaction_id": item.interaction_id,
        "due": item.due.isoformat(),
        "bucket": item.bucket.value,
        "owner": item.owner,
        "todo": item.note,
        "kind": item.kind.value,
        "subject": item.subject,
        "occurred_at": item.occurred_at.isoformat(timespec="minutes"),
        "people": [{"id": i, "name": n} for i, n in item.people],
        "organizations": [{"id": i, "name": n} for i, n in item.organizations],
    }


def resolve_person(session: Session, value: str) -> int:
    """A person id from ``--person``: a number is an id, anything with @ an e-mail address."""
    text = value.strip()
    if text.isdigit():
        person_id = int(text)
        if session.get(Person, person_id) is None:
            raise ValidationError(
                "person",
                translate(
                    "cli",
                    "There is no person with the id {id}. Find the id with partnercrm search.",
                ).format(id=person_id),
            )
        return person_id
    if "@" not in text:
        raise ValidationError(
            "person",
            translate("cli", "“{value}” is neither a person id nor an e-mail address.").format(
                value=text
            ),
        )
    found = people_by_email(session, [text]).get(text.lower(), [])
    if not found:
        raise ValidationError(
            "person",
            translate("cli", "Nobody in the database has the e-mail address {email}.").format(
                email=text
            ),
        )
    if len(found) > 1:
        raise ValidationError(
            "person",
            translate(
                "cli",
                "The e-mail address {email} belongs to several people (ids {ids}). "
                "Give the id with --person instead.",
            ).format(email=text, ids=", ".join(map(str, found))),
        )
    return found[0]


_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(text: str, *, today: date | None = None) -> date:
    """YYYY-MM-DD, DD.MM.YYYY, or +N (days from today)."""
    value = text.strip()
    if re.fullmatch(r"\+\d{1,4}", value):
        return (today or date.today()) + timedelta(days=int(value[1:]))
    german = _GERMAN_DATE.match(value)
    try:
        if german:
            day, month, year = (int(g) for g in german.groups())
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(
            translate(
                "cli", "“{value}” is not a date. Write 2026-03-31, 31.03.2026 or +14 (days)."
            ).format(value=value)
        ) from exc


def parse_datetime(text: str) -> datetime:
    """A date with an optional time (HH:MM)."""
    value = " ".join(text.replace("T", " ").split())
    day, _, clock = value.partition(" ")
    moment = datetime.combine(parse_date(day), datetime.min.time())
    if clock:
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", clock)
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise ValueError(
                translate("cli", "“{value}” is not a time. Write 14:30.").format(value=clock)
            )
        moment = moment.replace(hour=int(match.group(1)), minute=int(match.group(2)))
    return moment


def _date_arg(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _datetime_arg(text: str) -> datetime:
    try:
        return parse_datetime(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
