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

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

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
    union,
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


class TimelineKey(NamedTuple):
    """Where an entry comes from: ``source`` (0 interaction, 1 participation, 2 role began,
    3 role ended) and the id of that row. A timeline view holds these and reads the
    details of the visible rows only (``timeline_entries``). A named tuple, not a
    dataclass: an organization's timeline has tens of thousands of them."""

    source: int
    row_id: int


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
    def timeline_key(self) -> TimelineKey:
        """The key this entry was read for (see ``timeline_keys``)."""
        if self.interaction_id is not None:
            return TimelineKey(0, self.interaction_id)
        if self.participation_id is not None:
            return TimelineKey(1, self.participation_id)
        source = 2 if self.kind is TimelineKind.AFFILIATION_START else 3
        return TimelineKey(source, self.affiliation_id or 0)


@dataclass(frozen=True)
class Subject:
    """Whose timeline: exactly one of a person or an organization."""

    person_id: int | None = None
    organization_id: int | None = None

    def __post_init__(self) -> None:
        if (self.person_id is None) == (self.organization_id is None):
            raise ValueError("a timeline belongs to exactly one person or organization")


def timeline_keys(
    session: Session,
    *,
    subject: Subject,
    filter: TimelineFilter = TimelineFilter(),
) -> list[TimelineKey]:
    """All entries of a timeline as keys, newest first (one narrow, sorted query)."""
    _check_exists(session, subject)
    union = _union(session, subject, filter)
    if union is None:
        return []
    rows = union.subquery("timeline")
    statement = select(rows.c.sort_kind, rows.c.row_id).order_by(
        rows.c.at.desc(), rows.c.sort_kind, rows.c.row_id.desc()
    )
    return [TimelineKey(source, row_id) for source, row_id in session.execute(statement)]


def timeline_entries(session: Session, keys: Sequence[TimelineKey]) -> list[TimelineEntry]:
    """The entries of ``keys``, in that order (keys whose rows are gone are skipped)."""
    if not keys:
        return []
    dialect = session.get_bind().dialect.name
    wanted: dict[int, list[int]] = defaultdict(list)
    for key in keys:
        wanted[key.source].append(key.row_id)
    builders = {
        0: lambda ids: _interactions([Interaction.id.in_(ids)], detail=True),
        1: lambda ids: _participations([Participation.id.in_(ids)], detail=True),
        2: lambda ids: _affiliation_changes(
            [Affiliation.id.in_(ids)], dialect, start=True, detail=True
        ),
        3: lambda ids: _affiliation_changes(
            [Affiliation.id.in_(ids)], dialect, start=False, detail=True
        ),
    }
    found: dict[TimelineKey, Any] = {}
    for source, ids in wanted.items():
        for start in range(0, len(ids), _CHUNK):
            statement = builders[source](ids[start : start + _CHUNK])
            for row in session.execute(statement).mappings():
                found[TimelineKey(source, row["row_id"])] = row
    return _entries(session, [found[key] for key in keys if key in found])


def timeline(
    session: Session,
    *,
    subject: Subject,
    filter: TimelineFilter = TimelineFilter(),
    offset: int = 0,
    limit: int | None = 200,
) -> list[TimelineEntry]:
    """Entries of a person's or organization's timeline, newest first, paged."""
    keys = timeline_keys(session, subject=subject, filter=filter)
    end = None if limit is None else offset + limit
    return timeline_entries(session, keys[offset:end])


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

_CHUNK = 5000


def _union(session: Session, subject: Subject, flt: TimelineFilter) -> CompoundSelect[Any] | None:
    """The narrow rows (kind, at, sort_kind, row_id) of a timeline as one UNION ALL."""
    kinds = flt.kinds if flt.kinds is not None else frozenset(TimelineKind)
    dialect = session.get_bind().dialect.name
    parts: list[Select[Any]] = []
    interaction_kinds = kinds & INTERACTION_KINDS
    if interaction_kinds:
        conditions = [
            Interaction.id.in_(interaction_ids_query(subject)),
            *_period(Interaction.occurred_at, flt),
        ]
        if interaction_kinds != INTERACTION_KINDS:
            conditions.append(
                Interaction.kind.in_([InteractionKind(k.value) for k in interaction_kinds])
            )
        statement = _interactions(conditions, detail=False)
        text_condition = interaction_index.scoped_match(flt.text)
        if text_condition is not None:
            statement = statement.join(
                InteractionSearch, InteractionSearch.interaction_id == Interaction.id
            ).where(text_condition)
        parts.append(statement)
    # A text filter searches interactions; other entries have no text to match.
    if not flt.text.strip():
        if TimelineKind.PARTICIPATION in kinds:
            owner = (
                Participation.person_id == subject.person_id
                if subject.person_id is not None
                else Participation.org_id == subject.organization_id
            )
            parts.append(_participations([owner, *_period(Event.starts_at, flt)], detail=False))
        role_owner = (
            Affiliation.person_id == subject.person_id
            if subject.person_id is not None
            else Affiliation.organization_id == subject.organization_id
        )
        for kind, start in (
            (TimelineKind.AFFILIATION_START, True),
            (TimelineKind.AFFILIATION_END, False),
        ):
            if kind in kinds:
                moment = _role_moment(dialect, start=start)
                parts.append(
                    _affiliation_changes(
                        [role_owner, *_period(moment, flt)], dialect, start=start, detail=False
                    )
                )
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
    detail: bool,
    kind: Any,
    at: Any,
    sort_kind: int,
    row_id: Any,
    title: Any = None,
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
    """The columns of one part of the union; ``detail`` False: the four narrow ones."""

    def value(expr: Any, type_: Any, label: str) -> Any:
        return type_coerce(null() if expr is None else expr, type_).label(label)

    narrow = [
        type_coerce(kind, String).label("kind"),
        type_coerce(at, DateTime).label("at"),
        literal(sort_kind, Integer).label("sort_kind"),
        type_coerce(row_id, Integer).label("row_id"),
    ]
    if not detail:
        return narrow
    return [
        *narrow,
        value(title, String, "title"),
        value(text, String, "text"),
        value(interaction_id, Integer, "interaction_id"),
        value(event_id, Integer, "event_id"),
        value(participation_id, Integer, "participation_id"),
        value(affiliation_id, Integer, "affiliation_id"),
        value(organization_id, Integer, "organization_id"),
        value(organization_name, String, "organization_name"),
        value(person_id, Integer, "person_id"),
        value(function, String, "function"),
        value(role, String, "role"),
        value(status, String, "status"),
        value(followup_due, String, "followup_due"),
        value(followup_done, Integer, "followup_done"),
    ]


def interaction_ids_query(subject: Subject) -> Any:
    """A SELECT of the interaction ids on the timeline of ``subject`` (see module doc)."""
    if subject.person_id is not None:
        return select(interaction_person.c.interaction_id).where(
            interaction_person.c.person_id == subject.person_id
        )
    org_id = subject.organization_id
    named = select(interaction_organization.c.interaction_id).where(
        interaction_organization.c.organization_id == org_id
    )
    # Most roles have no dates: their people's interactions need no date check (and
    # no lookup of each interaction), which makes up most of the time otherwise.
    undated = (
        select(interaction_person.c.interaction_id)
        .join(Affiliation, Affiliation.person_id == interaction_person.c.person_id)
        .where(
            Affiliation.organization_id == org_id,
            Affiliation.valid_from.is_(None),
            Affiliation.valid_until.is_(None),
        )
    )
    day = func.date(Interaction.occurred_at)
    dated = (
        select(interaction_person.c.interaction_id)
        .join(Affiliation, Affiliation.person_id == interaction_person.c.person_id)
        .join(Interaction, Interaction.id == interaction_person.c.interaction_id)
        .where(
            Affiliation.organization_id == org_id,
            or_(Affiliation.valid_from.is_not(None), Affiliation.valid_until.is_not(None)),
            or_(Affiliation.valid_from.is_(None), day >= Affiliation.valid_from),
            or_(Affiliation.valid_until.is_(None), day <= Affiliation.valid_until),
        )
    )
    return union(named, undated, dated)


def _interactions(conditions: list[ColumnElement[bool]], *, detail: bool) -> Select[Any]:
    return select(
        *_columns(
            detail=detail,
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
    ).where(*conditions)


def _participations(conditions: list[ColumnElement[bool]], *, detail: bool) -> Select[Any]:
    return (
        select(
            *_columns(
                detail=detail,
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
        .where(*conditions)
    )


def _role_moment(dialect: str, *, start: bool) -> Any:
    if start:
        return func.coalesce(_as_datetime(Affiliation.valid_from, dialect), Affiliation.created_at)
    return _as_datetime(Affiliation.valid_until, dialect)


def _affiliation_changes(
    conditions: list[ColumnElement[bool]], dialect: str, *, start: bool, detail: bool
) -> Select[Any]:
    kind = TimelineKind.AFFILIATION_START if start else TimelineKind.AFFILIATION_END
    statement = (
        select(
            *_columns(
                detail=detail,
                kind=literal(kind.value),
                at=_role_moment(dialect, start=start),
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
        .where(*conditions)
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
    "TimelineKey",
    "TimelineKind",
    "timeline",
    "timeline_count",
    "timeline_entries",
    "timeline_keys",
]
