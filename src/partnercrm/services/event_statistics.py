"""Event statistics: the numbers funders ask for, per event and across events.

Everything is counted from the participations' snapshots (organisation, kind,
municipality at the time), so numbers stay the same after job changes and erasures.

Definitions (issue "Events"):

* attendees are participations with status "attended", in any role;
* a municipal participant is an attendee representing a municipality or district or
  a department of one (parent chain, snapshotted as ``municipality_id``);
* ``municipalities`` counts the distinct municipalities and districts represented;
* ``organizations`` counts the distinct organisations attendees represented;
* sectors and kinds are counted over attendees with an organisation; a department of
  a municipality counts as public sector whatever its own kind;
* across events, an attendee is "returning" when the same person attended any
  earlier event in the database, "new" otherwise (erased people count as new).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import String, select, true, tuple_, type_coerce
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError
from partnercrm.i18n import translate
from partnercrm.model import (
    SECTOR_OF_KIND,
    Event,
    OrganizationKind,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Sector,
)
from partnercrm.store.text_folding import fold

ATTENDED = ParticipationStatus.ATTENDED
_CHUNK = 900
_MAX_NOT_IN = 30_000  # SQLite allows 32,766 parameters


@dataclass(frozen=True)
class EventStatistics:
    """The numbers of one event.

    Attributes:
        by_status: participations per status (all statuses, zeros included).
        by_role: attendees per role.
        by_status_role: participations per (status, role), for the table in the UI.
        by_sector: attendees per sector (of those with an organisation).
        by_kind: attendees per organisation kind (of those with an organisation).
        without_organization: attendees who represented no organisation.
    """

    event_id: int
    title: str
    starts_at: datetime
    by_status: dict[ParticipationStatus, int]
    by_role: dict[ParticipationRole, int]
    by_status_role: dict[tuple[ParticipationStatus, ParticipationRole], int]
    by_sector: dict[Sector, int]
    by_kind: dict[OrganizationKind, int]
    without_organization: int
    organizations: int
    municipalities: int
    municipal_participants: int
    municipality_names: tuple[str, ...]

    @property
    def attended(self) -> int:
        return self.by_status[ATTENDED]

    @property
    def sentence_de(self) -> str:
        return report_sentence_de(self.attended, self.municipal_participants, self.municipalities)

    @property
    def sentence_en(self) -> str:
        return report_sentence_en(self.attended, self.municipal_participants, self.municipalities)

    def as_json(self) -> dict[str, Any]:
        """The figures as plain JSON (``partnercrm event stats --json``)."""
        data: dict[str, Any] = {"event_id": self.event_id, "title": self.title}
        for status in ParticipationStatus:
            data[status.value] = self.by_status[status]
        data.update(
            organizations=self.organizations,
            municipalities=self.municipalities,
            municipal_participants=self.municipal_participants,
            municipality_names=list(self.municipality_names),
            by_sector={s.value: self.by_sector[s] for s in Sector},
            by_kind={k.value: self.by_kind[k] for k in OrganizationKind},
            by_role={r.value: self.by_role[r] for r in ParticipationRole},
            without_organization=self.without_organization,
            sentence_de=self.sentence_de,
            sentence_en=self.sentence_en,
        )
        return data


def _de_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def report_sentence_de(attended: int, municipal: int, municipalities: int) -> str:
    """ "20 Teilnehmende, davon 15 aus 10 Kommunen" (German report text, not UI text)."""
    head = "1 teilnehmende Person" if attended == 1 else f"{_de_number(attended)} Teilnehmende"
    if municipal == 0:
        return head
    places = "1 Kommune" if municipalities == 1 else f"{_de_number(municipalities)} Kommunen"
    return f"{head}, davon {_de_number(municipal)} aus {places}"


def report_sentence_en(attended: int, municipal: int, municipalities: int) -> str:
    """ "20 participants, 15 of them representing 10 municipalities" (English report text)."""
    head = "1 participant" if attended == 1 else f"{attended:,} participants"
    if municipal == 0:
        return head
    places = "1 municipality" if municipalities == 1 else f"{municipalities:,} municipalities"
    return f"{head}, {municipal:,} of them representing {places}"


def _org_key(org_id: int | None, org_name: str) -> str | None:
    """Identity of a represented organisation: its id, else (deleted since) its folded name."""
    if org_id is not None:
        return f"#{org_id}"
    if not org_name:
        return None
    name = _fold(org_name)
    return f"={name}" if name else None


@lru_cache(maxsize=20_000)
def _fold(text: str) -> str:
    # The same few thousand organisation names recur across thousands of rows.
    return fold(text)


def _sector(kind: OrganizationKind | None, municipality_key: str | None) -> Sector | None:
    if municipality_key is not None:
        return Sector.PUBLIC
    return SECTOR_OF_KIND[kind] if kind is not None else None


_COLUMNS = (
    Participation.event_id,
    Participation.person_id,
    Participation.status,
    Participation.role,
    Participation.org_id,
    Participation.org_name,
    Participation.org_kind,
    Participation.municipality_id,
    Participation.municipality_name,
)


# Across events only attendees are read; org_kind as plain text (no enum processing).
_LEAN_COLUMNS = (
    Participation.event_id,
    Participation.person_id,
    Participation.org_id,
    Participation.org_name,
    type_coerce(Participation.org_kind, String),
    Participation.municipality_id,
    Participation.municipality_name,
)


def event_statistics(session: Session, *, event_id: int) -> EventStatistics:
    """Counts per status and role, sectors, kinds, organisations and municipalities."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(
            translate("events", "Event {id} does not exist (any more).").format(id=event_id)
        )
    rows = session.execute(select(*_COLUMNS).where(Participation.event_id == event_id)).all()
    return _statistics(event.id, event.title, event.starts_at, rows)


def _statistics(
    event_id: int, title: str, starts_at: datetime, rows: Sequence[Any]
) -> EventStatistics:
    by_status: Counter[ParticipationStatus] = Counter()
    by_status_role: Counter[tuple[ParticipationStatus, ParticipationRole]] = Counter()
    by_role: Counter[ParticipationRole] = Counter()
    by_sector: Counter[Sector] = Counter()
    by_kind: Counter[OrganizationKind] = Counter()
    orgs: set[str] = set()
    municipalities: dict[str, str] = {}
    municipal = 0
    without = 0
    for _event, _person, status, role, org_id, org_name, kind, mun_id, mun_name in rows:
        by_status[status] += 1
        by_status_role[(status, role)] += 1
        if status is not ATTENDED:
            continue
        by_role[role] += 1
        org_key = _org_key(org_id, org_name)
        mun_key = _org_key(mun_id, mun_name)
        if org_key is None:
            without += 1
        else:
            orgs.add(org_key)
            if kind is not None:
                by_kind[kind] += 1
            sector = _sector(kind, mun_key)
            if sector is not None:
                by_sector[sector] += 1
        if mun_key is not None:
            municipal += 1
            municipalities[mun_key] = mun_name
    return EventStatistics(
        event_id=event_id,
        title=title,
        starts_at=starts_at,
        by_status={s: by_status[s] for s in ParticipationStatus},
        by_role={r: by_role[r] for r in ParticipationRole},
        by_status_role=dict(by_status_role),
        by_sector={s: by_sector[s] for s in Sector},
        by_kind={k: by_kind[k] for k in OrganizationKind},
        without_organization=without,
        organizations=len(orgs),
        municipalities=len(municipalities),
        municipal_participants=municipal,
        municipality_names=tuple(sorted(municipalities.values(), key=_fold)),
    )


# --- across events ------------------------------------------------------------------------


@dataclass(frozen=True)
class EventAttendance:
    """One event of a cross-event report."""

    event_id: int
    title: str
    starts_at: datetime
    attendees: int
    new: int
    returning: int
    organizations: int
    municipalities: int
    municipal_participants: int


@dataclass(frozen=True)
class MunicipalityAttendance:
    """Which events a municipality (or district) came to, and with how many people."""

    name: str
    event_ids: tuple[int, ...]
    attendees: int


@dataclass(frozen=True)
class OrganizationAttendance:
    """Repeat attendance of one organisation across the events."""

    name: str
    kind: OrganizationKind | None
    events: int
    attendees: int
    event_ids: tuple[int, ...]


@dataclass(frozen=True)
class CrossEventStatistics:
    """A year's or a series' events: new versus returning, municipalities, repeat visitors.

    Attributes:
        people: distinct people who attended (erased people each count once).
        new/returning: attendances by people new to all earlier events / seen before.
    """

    events: tuple[EventAttendance, ...]
    municipalities: tuple[MunicipalityAttendance, ...]
    organizations: tuple[OrganizationAttendance, ...]
    attendances: int
    people: int
    new: int
    returning: int

    def as_json(self) -> dict[str, Any]:
        return {
            "attendances": self.attendances,
            "people": self.people,
            "new": self.new,
            "returning": self.returning,
            "events": [
                {
                    "id": e.event_id,
                    "title": e.title,
                    "starts_at": e.starts_at.isoformat(),
                    "attendees": e.attendees,
                    "new": e.new,
                    "returning": e.returning,
                    "organizations": e.organizations,
                    "municipalities": e.municipalities,
                    "municipal_participants": e.municipal_participants,
                }
                for e in self.events
            ],
            "municipalities": [
                {"name": m.name, "events": list(m.event_ids), "attendees": m.attendees}
                for m in self.municipalities
            ],
            "organizations": [
                {
                    "name": o.name,
                    "kind": o.kind.value if o.kind else None,
                    "events": o.events,
                    "attendees": o.attendees,
                }
                for o in self.organizations
            ],
        }


def cross_event_statistics(session: Session, *, event_ids: Sequence[int]) -> CrossEventStatistics:
    """Statistics across the given events (e.g. a year's or a series')."""
    events: list[tuple[int, str, datetime]] = []
    ids = list(dict.fromkeys(event_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        events.extend(
            session.execute(
                select(Event.id, Event.title, Event.starts_at).where(Event.id.in_(chunk))
            ).all()
        )
    events.sort(key=lambda e: (e[2], e[0]))
    if not events:
        return CrossEventStatistics((), (), (), 0, 0, 0, 0)
    position = {event_id: (starts, event_id) for event_id, _title, starts in events}
    last_start, last_id = events[-1][2], events[-1][0]
    # Earliest attendance of every person who attended one of these events, over all
    # events up to the last one (also those outside the selection): new or returning.
    selected_rows: dict[int, list[Any]] = defaultdict(list)
    connection = session.connection()  # Core rows: no ORM overhead on 50,000 rows
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in connection.execute(
            select(*_LEAN_COLUMNS).where(
                Participation.event_id.in_(chunk), Participation.status == ATTENDED
            )
        ):
            selected_rows[row[0]].append(row)
    people = {row[1] for rows in selected_rows.values() for row in rows if row[1] is not None}
    first_seen: dict[int, tuple[datetime, int]] = {}
    earlier = connection.execute(
        select(Participation.person_id, Event.starts_at, Event.id)
        .join(Event, Event.id == Participation.event_id)
        .where(
            Participation.status == ATTENDED,
            Participation.person_id.is_not(None),
            tuple_(Event.starts_at, Event.id) < tuple_(last_start, last_id),
            # The selected events' own rows are already loaded above.
            Event.id.not_in(ids) if len(ids) <= _MAX_NOT_IN else true(),
        )
    )
    for person_id, starts, event_id in earlier:
        if person_id is not None and person_id in people:
            key = (starts, event_id)
            if person_id not in first_seen or key < first_seen[person_id]:
                first_seen[person_id] = key
    for rows in selected_rows.values():
        for row in rows:
            person_id = row[1]
            if person_id is None:
                continue
            key = position[row[0]]
            if person_id not in first_seen or key < first_seen[person_id]:
                first_seen[person_id] = key

    per_event = []
    total_new = total_returning = erased = 0
    mun_events: dict[str, set[int]] = defaultdict(set)
    mun_names: dict[str, str] = {}
    mun_attendees: Counter[str] = Counter()
    org_events: dict[str, set[int]] = defaultdict(set)
    org_names: dict[str, tuple[str, OrganizationKind | None]] = {}
    org_attendees: Counter[str] = Counter()
    for event_id, title, starts in events:
        rows = selected_rows.get(event_id, [])
        event_orgs: set[str] = set()
        event_muns: set[str] = set()
        municipal = 0
        new = returning = 0
        for row in rows:
            person_id = row[1]
            if person_id is None:
                erased += 1
                new += 1
            elif first_seen[person_id] == position[event_id]:
                new += 1
            else:
                returning += 1
            org_key = _org_key(row[2], row[3])
            if org_key is not None:
                event_orgs.add(org_key)
                org_events[org_key].add(event_id)
                if org_key not in org_names:
                    org_names[org_key] = (row[3], OrganizationKind(row[4]) if row[4] else None)
                org_attendees[org_key] += 1
            mun_key = _org_key(row[5], row[6])
            if mun_key is not None:
                municipal += 1
                event_muns.add(mun_key)
                mun_events[mun_key].add(event_id)
                mun_names.setdefault(mun_key, row[6])
                mun_attendees[mun_key] += 1
        total_new += new
        total_returning += returning
        per_event.append(
            EventAttendance(
                event_id,
                title,
                starts,
                len(rows),
                new,
                returning,
                len(event_orgs),
                len(event_muns),
                municipal,
            )
        )
    order = {event_id: i for i, (event_id, _t, _s) in enumerate(events)}
    municipalities = sorted(
        (
            MunicipalityAttendance(
                mun_names[key], tuple(sorted(ids_, key=order.__getitem__)), mun_attendees[key]
            )
            for key, ids_ in mun_events.items()
        ),
        key=lambda m: (-len(m.event_ids), _fold(m.name)),
    )
    organizations = sorted(
        (
            OrganizationAttendance(
                org_names[key][0],
                org_names[key][1],
                len(ids_),
                org_attendees[key],
                tuple(sorted(ids_, key=order.__getitem__)),
            )
            for key, ids_ in org_events.items()
        ),
        key=lambda o: (-o.events, -o.attendees, _fold(o.name)),
    )
    return CrossEventStatistics(
        tuple(per_event),
        tuple(municipalities),
        tuple(organizations),
        total_new + total_returning,
        len(people) + erased,
        total_new,
        total_returning,
    )
