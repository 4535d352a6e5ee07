"""Timelines: what happened with a person or an organization, newest first.

A timeline merges three sources in one SQL ``UNION ALL`` (sorted and paged in the
database, so an organization with 20,000 interactions opens at once):

* interactions the person took part in; for an organization those it is named
  in plus those of its people *while they belonged to it* (an affiliation's
  ``valid_from``/``valid_until``; open ends count as always);
* event participations (at the event's start; for an organization those where a
  person represented it, from the participation's snapshot);
* affiliation changes: a role began (``valid_from``, or when it was recorded) and
  ended (``valid_until``).

Filters: kinds, a period of days, and a text that searches interaction subjects
and texts (when a text is given only interactions can match).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    DateTime,
    Integer,
    Select,
    String,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError
from partnercrm.i18n import translate
from partnercrm.model import (
    Affiliation,
    Event,
    Interaction,
    InteractionKind,
    InteractionSearch,
    Organization,
    Participation,
    Person,
    interaction_organization,
    interaction_person,
)
from partnercrm.services.interactions import involved_names
from partnercrm.store import interaction_index

TEXT_PREVIEW = 500


class TimelineKind(StrEnum):
    """What a timeline entry is: one of the interaction kinds, or an event or role change."""

    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"
    NOTE = "note"
    PARTICIPATION = "participation"
    AFFILIATION_START = "affiliation_start"
    AFFILIATION_END = "affiliation_end"


INTERACTION_KINDS = frozenset(TimelineKind(k.value) for k in InteractionKind)
AFFILIATION_KINDS = frozenset({TimelineKind.AFFILIATION_START, TimelineKind.AFFILIATION_END})


@dataclass(frozen=True)
class TimelineFilter:
    """Which entries to show.

    Attributes:
        kinds: the kinds to show; None for all.
        since/until: the period (days, both included); None for open.
        text: words every interaction shown must contain (subject, text, follow-up).
    """

    kinds: frozenset[TimelineKind] | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a timeline.

    Attributes:
        title: the interaction's subject, the event's title or the organization's name.
        text: the start of the interaction's text.
        person_id/person_name: whose participation or role change it is (on an
            organization's timeline; the person's own on a person's timeline).
        people/organizations: (id, name) of everyone involved in an interaction.
        role/status: of a participation; ``function`` of an affiliation.
    """

    kind: TimelineKind
    at: datetime
    title: str
    text: str = ""
    interaction_id: int | None = None
    event_id: int | None = None
    participation_id: int | None = None
    affiliation_id: int | None = None
    organization_id: int | None = None
    organization_name: str = ""
    person_id: int | None = None
    person_name: str = ""
    function: str = ""
    role: str = ""
    status: str = ""
    followup_due: date | None = None
    followup_done: bool = False
    people: tuple[tuple[int, str], ...] = field(default=())
    organizations: tuple[tuple[int, str], ...] = field(default=())

    @property
    def key(self) -> tuple[str, int]:
        """A stable identity of the entry (for keeping the selection across reloads)."""
        for name, value in (
            ("interaction", self.interaction_id),
            ("participation", self.participation_id),
            ("affiliation", self.affiliation_id),
        ):
            if value is not None:
                return (f"{name}:{self.kind}", value)
        return (str(self.kind), 0)


@dataclass(frozen=True)
class Subject:
    """Whose timeline: exactly one of a person or an organization."""

    person_id: int | None = None
    organization_id: int | None = None

    def __post_init__(self) -> None:
        if (self.person_id is None) == (self.organization_id is None):
            raise ValueError("a timeline belongs to exactly one person or organization")


def timeline(
    session: Session,
    *,
    subject: Subject,
    filter: TimelineFilter = TimelineFilter(),
    offset: int = 0,
    limit: int | None = 200,
) -> list[TimelineEntry]:
    """Entries of a person's or organization's timeline, newest first, paged."""
    _check_exists(session, subject)
    union = _union(session, subject, filter)
    if union is None:
        return []
    rows = union.subquery("timeline")
    statement = select(rows).order_by(rows.c.at.desc(), rows.c.sort_kind, rows.c.row_id.desc())
    if offset:
        statement = statement.offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return _entries(session, list(session.execute(statement).mappings()))


def timeline_count(
    session: Session,
    *,
    subject: Subject,
    filter: TimelineFilter = TimelineFilter(),
) -> int:
    """How many entries the timeline has with ``filter``."""
    _check_exists(session, subject)
    union = _union(session, subject, filter)
    if union is None:
        return 0
    rows = union.subquery("timeline")
    return int(session.scalar(select(func.count()).select_from(rows)) or 0)


def _check_exists(session: Session, subject: Subject) -> None:
    if subject.person_id is not None and session.get(Person, subject.person_id) is None:
        raise NotFoundError(
            translate("timeline", "Person {id} does not exist (any more).").format(
                id=subject.person_id
            )
        )
    if (
        subject.organization_id is not None
        and session.get(Organization, subject.organization_id) is None
    ):
        raise NotFoundError(
            translate("timeline", "Organization {id} does not exist (any more).").format(
                id=subject.organization_id
            )
        )


# --- the SQL ------------------------------------------------------------------------


def _union(session: Session, subject: Subject, flt: TimelineFilter) -> CompoundSelect[Any] | None:
    kinds = flt.kinds if flt.kinds is not None else frozenset(TimelineKind)
    dialect = session.get_bind().dialect.name
    parts: list[Select[Any]] = []
    interaction_kinds = kinds & INTERACTION_KINDS
    if interaction_kinds:
        parts.append(_interactions(subject, flt, interaction_kinds))
    if not flt.text.strip():
        if TimelineKind.PARTICIPATION in kinds:
            parts.append(_participations(subject, flt))
        if TimelineKind.AFFILIATION_START in kinds:
            parts.append(_affiliation_changes(subject, flt, dialect, start=True))
        if TimelineKind.AFFILIATION_END in kinds:
            parts.append(_affiliation_changes(subject, flt, dialect, start=False))
    if not parts:
        return None
    return union_all(*parts)


def _period(column: Any, flt: TimelineFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.since is not None:
        conditions.append(column >= datetime.combine(flt.since, datetime.min.time()))
    if flt.until is not None:
        conditions.append(
            column < datetime.combine(flt.until + timedelta(days=1), datetime.min.time())
        )
    return conditions


def _columns(
    *,
    kind: Any,
    at: Any,
    sort_kind: int,
    row_id: Any,
    title: Any,
    text: Any = None,
    interaction_id: Any = None,
    event_id: Any = None,
    participation_id: Any = None,
    affiliation_id: Any = None,
    organization_id: Any = None,
    organization_name: Any = None,
    person_id: Any = None,
    function: Any = None,
    role: Any = None,
    status: Any = None,
    followup_due: Any = None,
    followup_done: Any = None,
) -> list[Any]:
    def value(expr: Any, _type: Any) -> Any:
        return null() if expr is None else expr

    return [
        type_coerce(kind, String).label("kind"),
        type_coerce(at, DateTime).label("at"),
        literal(sort_kind, Integer).label("sort_kind"),
        type_coerce(row_id, Integer).label("row_id"),
        type_coerce(title, String).label("title"),
        type_coerce(value(text, String), String).label("text"),
        type_coerce(value(interaction_id, Integer), Integer).label("interaction_id"),
        type_coerce(value(event_id, Integer), Integer).label("event_id"),
        type_coerce(value(participation_id, Integer), Integer).label("participation_id"),
        type_coerce(value(affiliation_id, Integer), Integer).label("affiliation_id"),
        type_coerce(value(organization_id, Integer), Integer).label("organization_id"),
        type_coerce(value(organization_name, String), String).label("organization_name"),
        type_coerce(value(person_id, Integer), Integer).label("person_id"),
        type_coerce(value(function, String), String).label("function"),
        type_coerce(value(role, String), String).label("role"),
        type_coerce(value(status, String), String).label("status"),
        type_coerce(value(followup_due, String), String).label("followup_due"),
        type_coerce(value(followup_done, Integer), Integer).label("followup_done"),
    ]


def _interaction_ids(subject: Subject) -> Any:
    if subject.person_id is not None:
        return select(interaction_person.c.interaction_id).where(
            interaction_person.c.person_id == subject.person_id
        )
    org_id = subject.organization_id
    named = select(interaction_organization.c.interaction_id).where(
        interaction_organization.c.organization_id == org_id
    )
    day = func.date(Interaction.occurred_at)
    of_people = (
        select(interaction_person.c.interaction_id)
        .join(Affiliation, Affiliation.person_id == interaction_person.c.person_id)
        .join(Interaction, Interaction.id == interaction_person.c.interaction_id)
        .where(
            Affiliation.organization_id == org_id,
            or_(Affiliation.valid_from.is_(None), day >= Affiliation.valid_from),
            or_(Affiliation.valid_until.is_(None), day <= Affiliation.valid_until),
        )
    )
    return named.union(of_people)


def _interactions(
    subject: Subject, flt: TimelineFilter, kinds: frozenset[TimelineKind]
) -> Select[Any]:
    statement = select(
        *_columns(
            kind=Interaction.kind,
            at=Interaction.occurred_at,
            sort_kind=0,
            row_id=Interaction.id,
            title=Interaction.subject,
            text=func.substr(Interaction.text, 1, TEXT_PREVIEW),
            interaction_id=Interaction.id,
            event_id=Interaction.event_id,
            followup_due=Interaction.followup_due,
            followup_done=Interaction.followup_done,
        )
    ).where(Interaction.id.in_(_interaction_ids(subject)), *_period(Interaction.occurred_at, flt))
    if kinds != INTERACTION_KINDS:
        statement = statement.where(Interaction.kind.in_([InteractionKind(k.value) for k in kinds]))
    condition = interaction_index.scoped_match(flt.text)
    if condition is not None:
        statement = statement.join(
            InteractionSearch, InteractionSearch.interaction_id == Interaction.id
        ).where(condition)
    return statement


def _participations(subject: Subject, flt: TimelineFilter) -> Select[Any]:
    owner = (
        Participation.person_id == subject.person_id
        if subject.person_id is not None
        else Participation.org_id == subject.organization_id
    )
    return (
        select(
            *_columns(
                kind=literal(TimelineKind.PARTICIPATION.value),
                at=Event.starts_at,
                sort_kind=1,
                row_id=Participation.id,
                title=Event.title,
                event_id=Event.id,
                participation_id=Participation.id,
                organization_id=Participation.org_id,
                organization_name=Participation.org_name,
                person_id=Participation.person_id,
                function=Participation.org_function,
                role=Participation.role,
                status=Participation.status,
            )
        )
        .join(Event, Event.id == Participation.event_id)
        .where(owner, *_period(Event.starts_at, flt))
    )


def _affiliation_changes(
    subject: Subject, flt: TimelineFilter, dialect: str, *, start: bool
) -> Select[Any]:
    day = Affiliation.valid_from if start else Affiliation.valid_until
    if start:
        moment: Any = func.coalesce(_as_datetime(day, dialect), Affiliation.created_at)
    else:
        moment = _as_datetime(day, dialect)
    owner = (
        Affiliation.person_id == subject.person_id
        if subject.person_id is not None
        else Affiliation.organization_id == subject.organization_id
    )
    kind = TimelineKind.AFFILIATION_START if start else TimelineKind.AFFILIATION_END
    statement = (
        select(
            *_columns(
                kind=literal(kind.value),
                at=moment,
                sort_kind=2 if start else 3,
                row_id=Affiliation.id,
                title=Organization.name,
                affiliation_id=Affiliation.id,
                organization_id=Organization.id,
                organization_name=Organization.name,
                person_id=Affiliation.person_id,
                function=Affiliation.function,
            )
        )
        .join(Organization, Organization.id == Affiliation.organization_id)
        .where(owner, *_period(moment, flt))
    )
    if not start:
        statement = statement.where(Affiliation.valid_until.is_not(None))
    return statement


def _as_datetime(day: Any, dialect: str) -> Any:
    """A date column as a datetime at midnight that sorts with the DateTime columns."""
    if dialect == "sqlite":
        # SQLite stores dates as "YYYY-MM-DD" and datetimes as "YYYY-MM-DD HH:MM:SS.ffffff"
        # (compared as text); give the date the same shape so it sorts and compares right.
        return func.datetime(day) + literal(".000000")
    return cast(day, DateTime)


# --- from rows to entries -------------------------------------------------------------


def _entries(session: Session, rows: list[Any]) -> list[TimelineEntry]:
    interaction_ids = [r["interaction_id"] for r in rows if r["interaction_id"] is not None]
    people, orgs = involved_names(session, interaction_ids)
    person_ids = {r["person_id"] for r in rows if r["person_id"] is not None}
    person_names = _person_names(session, person_ids)
    entries = []
    for r in rows:
        due = r["followup_due"]
        entries.append(
            TimelineEntry(
                kind=TimelineKind(r["kind"]),
                at=r["at"],
                title=r["title"] or "",
                text=r["text"] or "",
                interaction_id=r["interaction_id"],
                event_id=r["event_id"],
                participation_id=r["participation_id"],
                affiliation_id=r["affiliation_id"],
                organization_id=r["organization_id"],
                organization_name=r["organization_name"] or "",
                person_id=r["person_id"],
                person_name=person_names.get(r["person_id"], ""),
                function=r["function"] or "",
                role=r["role"] or "",
                status=r["status"] or "",
                followup_due=date.fromisoformat(due) if due else None,
                followup_done=bool(r["followup_done"]),
                people=tuple(people.get(r["interaction_id"], ())),
                organizations=tuple(orgs.get(r["interaction_id"], ())),
            )
        )
    return entries


def _person_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {p.id: p.display_name for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


__all__ = [
    "AFFILIATION_KINDS",
    "INTERACTION_KINDS",
    "Subject",
    "TimelineEntry",
    "TimelineFilter",
    "TimelineKind",
    "timeline",
    "timeline_count",
]
