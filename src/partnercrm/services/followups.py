"""Follow-ups (Wiedervorlage): what is due when, done with a note, snoozed or reassigned.

A follow-up is the ``followup_*`` part of an interaction. Open follow-ups fall into
buckets relative to a given ``today``: overdue (due before today), today, this
week (after today up to Sunday of the current week, German calendar weeks start
on Monday) and later. Functions take ``today`` explicitly so the answer does not
depend on the clock (and tests do not either).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    AuditAction,
    Interaction,
    InteractionKind,
    interaction_organization,
    interaction_person,
)
from partnercrm.services import audit
from partnercrm.services.changes import Changes
from partnercrm.services.interactions import (
    TABLE,
    InteractionInput,
    _get,
    involved_names,
    log_interaction,
    now,
)


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    LATER = "later"


@dataclass(frozen=True)
class FollowUp:
    """One open (or done) follow-up with what the list shows about its interaction."""

    interaction_id: int
    version: int
    due: date
    bucket: Bucket
    note: str
    owner: str
    done: bool
    kind: InteractionKind
    occurred_at: datetime
    subject: str
    people: tuple[tuple[int, str], ...]
    organizations: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class FollowUpBuckets:
    """Open follow-ups, each list ordered by due date."""

    overdue: tuple[FollowUp, ...]
    today: tuple[FollowUp, ...]
    week: tuple[FollowUp, ...]
    later: tuple[FollowUp, ...]

    def all(self) -> tuple[FollowUp, ...]:
        return self.overdue + self.today + self.week + self.later


@dataclass(frozen=True)
class Completed:
    """The result of marking a follow-up done; ``note_interaction_id`` when a note was logged."""

    changes: Changes
    note_interaction_id: int | None


def end_of_week(today: date) -> date:
    """Sunday of the week of ``today``."""
    return today + timedelta(days=6 - today.weekday())


def bucket_of(due: date, today: date) -> Bucket:
    if due < today:
        return Bucket.OVERDUE
    if due == today:
        return Bucket.TODAY
    if due <= end_of_week(today):
        return Bucket.WEEK
    return Bucket.LATER


def _open(owner: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Interaction.followup_done.is_(False),
        Interaction.followup_due.is_not(None),
    ]
    if owner is not None:
        conditions.append(Interaction.followup_owner == owner)
    return conditions


def list_followups(
    session: Session,
    *,
    today: date,
    owner: str | None = None,
    buckets: frozenset[Bucket] | None = None,
    person_id: int | None = None,
    organization_id: int | None = None,
) -> FollowUpBuckets:
    """Open follow-ups by bucket; ``owner`` None means everyone's.

    ``buckets`` limits which buckets are read (None: all). ``person_id`` /
    ``organization_id`` keep those of one contact.
    """
    wanted = buckets or frozenset(Bucket)
    statement = select(Interaction).where(and_(*_open(owner)))
    # The due-date range of the buckets asked for, so "overdue" never reads the future.
    if Bucket.LATER not in wanted:
        last = end_of_week(today) if Bucket.WEEK in wanted else today
        statement = statement.where(Interaction.followup_due <= last)
    if Bucket.OVERDUE not in wanted:
        first = today if Bucket.TODAY in wanted else today + timedelta(days=1)
        statement = statement.where(Interaction.followup_due >= first)
    statement = _restrict(statement, person_id, organization_id)
    rows = list(
        session.scalars(
            statement.order_by(Interaction.followup_due, Interaction.occurred_at, Interaction.id)
        )
    )
    items = [item for item in _followups(session, rows, today) if item.bucket in wanted]
    grouped: dict[Bucket, list[FollowUp]] = defaultdict(list)
    for item in items:
        grouped[item.bucket].append(item)
    return FollowUpBuckets(
        tuple(grouped[Bucket.OVERDUE]),
        tuple(grouped[Bucket.TODAY]),
        tuple(grouped[Bucket.WEEK]),
        tuple(grouped[Bucket.LATER]),
    )


def _restrict(
    statement: Select[Interaction], person_id: int | None, organization_id: int | None
) -> Select[Interaction]:
    if person_id is not None:
        statement = statement.where(
            Interaction.id.in_(
                select(interaction_person.c.interaction_id).where(
                    interaction_person.c.person_id == person_id
                )
            )
        )
    if organization_id is not None:
        statement = statement.where(
            Interaction.id.in_(
                select(interaction_organization.c.interaction_id).where(
                    interaction_organization.c.organization_id == organization_id
                )
            )
        )
    return statement


def overdue_count(session: Session, *, today: date, owner: str | None = None) -> int:
    """How many open follow-ups are overdue (what the app says on start)."""
    statement = (
        select(func.count())
        .select_from(Interaction)
        .where(and_(*_open(owner)), Interaction.followup_due < today)
    )
    return int(session.scalar(statement) or 0)


def owners(session: Session) -> list[str]:
    """Everyone who owns a follow-up, for the reassign chooser."""
    names = session.scalars(
        select(Interaction.followup_owner)
        .where(Interaction.followup_owner != "")
        .distinct()
        .order_by(Interaction.followup_owner)
    )
    return list(names)


def complete_followup(
    session: Session,
    *,
    interaction_id: int,
    note: str = "",
    kind: InteractionKind = InteractionKind.NOTE,
    occurred_at: datetime | None = None,
) -> Completed:
    """Mark a follow-up done; a non-empty ``note`` is logged as a new interaction.

    The note's interaction involves the same people, organizations and event.
    """
    interaction = _get(session, interaction_id)
    _require_followup(interaction)
    interaction.followup_done = True
    session.flush()
    audit.record(session, AuditAction.UPDATE, TABLE, interaction.id, "followup_done")
    changes = Changes.of(updated={TABLE: {interaction.id}})
    note_id = None
    if note.strip():
        subject = translate("followups", "Follow-up done: {subject}").format(
            subject=interaction.subject or interaction.followup_note
        )
        logged = log_interaction(
            session,
            data=InteractionInput(
                kind=kind,
                subject=subject[:300],
                text=note,
                occurred_at=occurred_at or now(),
                person_ids=[p.id for p in interaction.people],
                organization_ids=[o.id for o in interaction.organizations],
                event_id=interaction.event_id,
            ),
        )
        note_id = logged.interaction_id
        changes = changes | logged.changes
    return Completed(changes, note_id)


def reopen_followup(session: Session, *, interaction_id: int) -> Changes:
    """Undo ``complete_followup``'s done flag."""
    interaction = _get(session, interaction_id)
    _require_followup(interaction)
    interaction.followup_done = False
    session.flush()
    audit.record(session, AuditAction.UPDATE, TABLE, interaction.id, "followup_done")
    return Changes.of(updated={TABLE: {interaction.id}})


def snooze_followup(session: Session, *, interaction_id: int, until: date) -> Changes:
    """Move the due date of a follow-up (it stays open)."""
    interaction = _get(session, interaction_id)
    _require_followup(interaction)
    interaction.followup_due = until
    interaction.followup_done = False
    session.flush()
    audit.record(session, AuditAction.UPDATE, TABLE, interaction.id, "followup_due")
    return Changes.of(updated={TABLE: {interaction.id}})


def reassign_followup(session: Session, *, interaction_id: int, owner: str) -> Changes:
    """Give a follow-up to someone else (a user name in team use)."""
    name = owner.strip()
    if not name:
        raise ValidationError(
            "owner", translate("followups", "Name who is to take over the follow-up.")
        )
    interaction = _get(session, interaction_id)
    _require_followup(interaction)
    interaction.followup_owner = name
    session.flush()
    audit.record(session, AuditAction.UPDATE, TABLE, interaction.id, "followup_owner")
    return Changes.of(updated={TABLE: {interaction.id}})


def _require_followup(interaction: Interaction) -> None:
    if interaction.followup_due is None:
        raise ValidationError(
            "followup_due",
            translate(
                "followups",
                "The interaction “{subject}” has no follow-up. Set a due date first.",
            ).format(subject=interaction.subject),
        )


def _followups(session: Session, rows: list[Interaction], today: date) -> list[FollowUp]:
    ids = [r.id for r in rows]
    people, orgs = involved_names(session, ids)
    result = []
    for row in rows:
        assert row.followup_due is not None
        result.append(
            FollowUp(
                interaction_id=row.id,
                version=row.version,
                due=row.followup_due,
                bucket=bucket_of(row.followup_due, today),
                note=row.followup_note,
                owner=row.followup_owner,
                done=row.followup_done,
                kind=row.kind,
                occurred_at=row.occurred_at,
                subject=row.subject,
                people=tuple(people.get(row.id, ())),
                organizations=tuple(orgs.get(row.id, ())),
            )
        )
    return result
