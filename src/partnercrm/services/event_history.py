"""The event history of a person or an organisation: which events, in which role, how."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.model import (
    Event,
    EventKind,
    EventPartner,
    Organization,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
)

_MAX_DEPTH = 20


@dataclass(frozen=True)
class PersonEventRow:
    """One event of a person, with the organisation they represented at the time."""

    event_id: int
    title: str
    kind: EventKind
    starts_at: datetime
    role: ParticipationRole
    status: ParticipationStatus
    organization: str
    function: str


@dataclass(frozen=True)
class OrganizationEventRow:
    """One event of an organisation: its people there, or its part as organiser/partner/funder.

    Attributes:
        involvement: "participants", "organizer", "partner" or "funder".
        attendees/registered: how many of its people (and its departments') came / signed up.
        people: names of the attendees (erased people are not named).
    """

    event_id: int
    title: str
    kind: EventKind
    starts_at: datetime
    involvement: tuple[str, ...]
    attendees: int
    registered: int
    people: tuple[str, ...]


def person_event_history(session: Session, *, person_id: int) -> list[PersonEventRow]:
    """The events of a person, newest first."""
    rows = session.execute(
        select(Event, Participation)
        .join(Participation, Participation.event_id == Event.id)
        .where(Participation.person_id == person_id)
        .order_by(Event.starts_at.desc(), Event.id.desc())
    ).all()
    return [
        PersonEventRow(
            event.id,
            event.title,
            event.kind,
            event.starts_at,
            participation.role,
            participation.status,
            participation.org_name,
            participation.org_function,
        )
        for event, participation in rows
    ]


def _with_departments(session: Session, org_id: int) -> set[int]:
    ids = {org_id}
    frontier = {org_id}
    for _ in range(_MAX_DEPTH):
        children = set(
            session.scalars(select(Organization.id).where(Organization.parent_id.in_(frontier)))
        )
        frontier = children - ids
        if not frontier:
            break
        ids |= frontier
    return ids


def organization_event_history(
    session: Session, *, organization_id: int, include_departments: bool = True
) -> list[OrganizationEventRow]:
    """The events an organisation (and its departments) took part in, newest first."""
    org_ids = (
        _with_departments(session, organization_id) if include_departments else {organization_id}
    )
    involvement: dict[int, list[str]] = {}
    for (event_id,) in session.execute(select(Event.id).where(Event.organizer_id.in_(org_ids))):
        involvement.setdefault(event_id, []).append("organizer")
    for event_id, role in session.execute(
        select(EventPartner.event_id, EventPartner.role).where(
            EventPartner.organization_id.in_(org_ids)
        )
    ):
        involvement.setdefault(event_id, []).append(role.value)
    people: dict[int, list[str]] = {}
    attendees: dict[int, int] = {}
    registered: dict[int, int] = {}
    for event_id, status, first, last in session.execute(
        select(Participation.event_id, Participation.status, Person.first_name, Person.last_name)
        .outerjoin(Person, Person.id == Participation.person_id)
        .where(Participation.org_id.in_(org_ids))
        .order_by(Person.sort_key)
    ):
        roles = involvement.setdefault(event_id, [])
        if "participants" not in roles:
            roles.insert(0, "participants")
        if status is ParticipationStatus.ATTENDED:
            attendees[event_id] = attendees.get(event_id, 0) + 1
            if first or last:
                people.setdefault(event_id, []).append(f"{first} {last}".strip())
        elif status in (ParticipationStatus.REGISTERED, ParticipationStatus.WAITLISTED):
            registered[event_id] = registered.get(event_id, 0) + 1
    if not involvement:
        return []
    events = session.scalars(
        select(Event)
        .where(Event.id.in_(list(involvement)))
        .order_by(Event.starts_at.desc(), Event.id.desc())
    ).all()
    return [
        OrganizationEventRow(
            e.id,
            e.title,
            e.kind,
            e.starts_at,
            tuple(involvement[e.id]),
            attendees.get(e.id, 0),
            registered.get(e.id, 0),
            tuple(people.get(e.id, ())),
        )
        for e in events
    ]
