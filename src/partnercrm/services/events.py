"""Events: creating, editing, finding and listing them, with their sessions and partners."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, case, delete, func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    AuditAction,
    Event,
    EventKind,
    EventPartner,
    EventPartnerRole,
    EventSession,
    EventStatus,
    Organization,
    Participation,
    ParticipationStatus,
    SessionKind,
)
from partnercrm.services import audit
from partnercrm.services.changes import Changes


@dataclass(frozen=True)
class EventInput:
    """The editable fields of an event."""

    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    kind: EventKind = EventKind.SEMINAR
    series: str = ""
    venue_name: str = ""
    venue_street: str = ""
    venue_postal_code: str = ""
    venue_city: str = ""
    online_url: str = ""
    organizer_id: int | None = None
    capacity: int | None = None
    status: EventStatus = EventStatus.PLANNED
    description: str = ""
    partner_ids: tuple[int, ...] = ()
    funder_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EventDetail:
    """One event as the editor shows it."""

    id: int
    version: int
    data: EventInput
    organizer_name: str
    organization_names: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EventRow:
    """One line of the event list, with participation counts."""

    id: int
    title: str
    kind: EventKind
    series: str
    starts_at: datetime
    ends_at: datetime | None
    venue: str
    status: EventStatus
    capacity: int | None
    registered: int
    attended: int


@dataclass(frozen=True)
class SessionInput:
    """The editable fields of an event session (workshop, panel, gallery walk ...)."""

    title: str
    kind: SessionKind = SessionKind.SLOT
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    room: str = ""
    capacity: int | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    version: int
    data: SessionInput
    people: tuple[SessionPerson, ...] = field(default=())


@dataclass(frozen=True)
class SessionPerson:
    """A participation's role in a session (speaker, moderator, exhibitor at a stand)."""

    participation_id: int
    name: str
    role: str
    stand_number: str


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
_DATETIME_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M:%S")


def parse_event_time(text: str, *, field: str = "starts_at") -> datetime:
    """Parse 2026-05-12, 12.05.2026, 2026-05-12 09:30 or 12.05.2026 09:30."""
    value = " ".join(text.strip().split())
    for fmt in _DATETIME_FORMATS + _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise ValidationError(
        field,
        translate(
            "events",
            "“{value}” is not a date. Write it as 2026-05-12 or 12.05.2026, with a time "
            "if you like (2026-05-12 09:30).",
        ).format(value=text),
    )


def parse_event_kind(text: str) -> EventKind:
    """An event kind from its value or a German/English word ("Tagung", "conference")."""
    key = re.sub(r"[\s_-]+", "", text.strip().lower())
    words = {
        "seminar": EventKind.SEMINAR,
        "conference": EventKind.CONFERENCE,
        "konferenz": EventKind.CONFERENCE,
        "tagung": EventKind.CONFERENCE,
        "exchange": EventKind.EXCHANGE,
        "austausch": EventKind.EXCHANGE,
        "netzwerktreffen": EventKind.EXCHANGE,
        "networkmeeting": EventKind.EXCHANGE,
        "workshop": EventKind.WORKSHOP,
        "onlinetalk": EventKind.ONLINE_TALK,
        "online": EventKind.ONLINE_TALK,
        "panel": EventKind.PANEL,
        "podium": EventKind.PANEL,
        "other": EventKind.OTHER,
        "sonstige": EventKind.OTHER,
    }
    if key in words:
        return words[key]
    raise ValidationError(
        "kind",
        translate("events", "“{value}” is not an event kind. Use one of: {choices}.").format(
            value=text, choices=", ".join(k.value for k in EventKind)
        ),
    )


def _validate(session: Session, data: EventInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", translate("events", "An event needs a title."))
    if data.ends_at is not None and data.ends_at < data.starts_at:
        raise ValidationError(
            "ends_at", translate("events", "The event ends before it starts. Check the end.")
        )
    if data.capacity is not None and data.capacity < 0:
        raise ValidationError(
            "capacity", translate("events", "The capacity cannot be negative; leave it empty.")
        )
    org_ids = set(data.partner_ids) | set(data.funder_ids)
    if data.organizer_id is not None:
        org_ids.add(data.organizer_id)
    if org_ids:
        found = set(session.scalars(select(Organization.id).where(Organization.id.in_(org_ids))))
        if missing := org_ids - found:
            raise NotFoundError(
                translate("events", "Organization {id} does not exist (any more).").format(
                    id=min(missing)
                )
            )


def _apply(event: Event, data: EventInput) -> None:
    event.title = data.title.strip()
    event.starts_at = data.starts_at
    event.ends_at = data.ends_at
    event.kind = data.kind
    event.series = data.series.strip()
    event.venue_name = data.venue_name.strip()
    event.venue_street = data.venue_street.strip()
    event.venue_postal_code = data.venue_postal_code.strip()
    event.venue_city = data.venue_city.strip()
    event.online_url = data.online_url.strip()
    event.organizer_id = data.organizer_id
    event.capacity = data.capacity
    event.status = data.status
    event.description = data.description


def _set_partners(session: Session, event_id: int, data: EventInput) -> None:
    session.execute(delete(EventPartner).where(EventPartner.event_id == event_id))
    for role, ids in (
        (EventPartnerRole.PARTNER, data.partner_ids),
        (EventPartnerRole.FUNDER, data.funder_ids),
    ):
        for org_id in dict.fromkeys(ids):
            session.add(EventPartner(event_id=event_id, organization_id=org_id, role=role))


def create_event(session: Session, *, data: EventInput) -> tuple[int, Changes]:
    """Create an event; return its id."""
    _validate(session, data)
    event = Event()
    _apply(event, data)
    session.add(event)
    session.flush()
    _set_partners(session, event.id, data)
    audit.record(session, AuditAction.CREATE, "event", event.id)
    return event.id, Changes.of(created={"event": {event.id}})


def _load(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(
            translate("events", "Event {id} does not exist (any more).").format(id=event_id)
        )
    return event


def update_event(
    session: Session, *, event_id: int, data: EventInput, expected_version: int | None = None
) -> Changes:
    """Save an edited event; ``expected_version`` guards against overwriting others' edits."""
    event = _load(session, event_id)
    if expected_version is not None and event.version != expected_version:
        raise ConflictError(
            translate(
                "events",
                "“{title}” was changed meanwhile. Reload it and make your change again.",
            ).format(title=event.title),
            current_version=event.version,
        )
    _validate(session, data)
    _apply(event, data)
    _set_partners(session, event_id, data)
    audit.record(session, AuditAction.UPDATE, "event", event_id)
    return Changes.of(updated={"event": {event_id}})


def delete_event(session: Session, *, event_id: int) -> Changes:
    """Delete an event with its sessions and participations."""
    event = _load(session, event_id)
    session.delete(event)
    audit.record(session, AuditAction.DELETE, "event", event_id)
    return Changes.of(removed={"event": {event_id}})


def get_event(session: Session, *, event_id: int) -> EventDetail:
    event = _load(session, event_id)
    partners = session.execute(
        select(EventPartner.organization_id, EventPartner.role)
        .where(EventPartner.event_id == event_id)
        .order_by(EventPartner.organization_id)
    ).all()
    data = EventInput(
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        kind=event.kind,
        series=event.series,
        venue_name=event.venue_name,
        venue_street=event.venue_street,
        venue_postal_code=event.venue_postal_code,
        venue_city=event.venue_city,
        online_url=event.online_url,
        organizer_id=event.organizer_id,
        capacity=event.capacity,
        status=event.status,
        description=event.description,
        partner_ids=tuple(o for o, r in partners if r is EventPartnerRole.PARTNER),
        funder_ids=tuple(o for o, r in partners if r is EventPartnerRole.FUNDER),
    )
    organizer = event.organizer.name if event.organizer is not None else ""
    ids = {*data.partner_ids, *data.funder_ids}
    if data.organizer_id is not None:
        ids.add(data.organizer_id)
    names: dict[int, str] = {}
    if ids:
        rows = session.execute(
            select(Organization.id, Organization.name).where(Organization.id.in_(ids))
        )
        names = {org_id: name for org_id, name in rows}
    return EventDetail(event.id, event.version, data, organizer, names)


def find_event(session: Session, reference: str) -> int:
    """The id of the event named by ``reference``: its id or its exact title."""
    text = reference.strip()
    if text.isdigit() and session.get(Event, int(text)) is not None:
        return int(text)
    ids = list(session.scalars(select(Event.id).where(Event.title == text).limit(2)))
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        raise ValidationError(
            "event",
            translate(
                "events",
                "Several events are called “{title}”. Give the id instead "
                "(partnercrm event list shows it).",
            ).format(title=text),
        )
    raise NotFoundError(
        translate(
            "events",
            "There is no event “{reference}”. Give its id or exact title "
            "(partnercrm event list shows them).",
        ).format(reference=text)
    )


def list_events(
    session: Session,
    *,
    year: int | None = None,
    series: str | None = None,
    text: str = "",
) -> list[EventRow]:
    """Events, newest first, with counts of registered and attended participations."""
    statement = _counted_events().order_by(Event.starts_at.desc(), Event.id.desc())
    if year is not None:
        statement = statement.where(
            Event.starts_at >= datetime(year, 1, 1), Event.starts_at < datetime(year + 1, 1, 1)
        )
    if series is not None:
        statement = statement.where(Event.series == series)
    if text.strip():
        statement = statement.where(Event.title.icontains(text.strip(), autoescape=True))
    return _event_rows(session, statement)


def upcoming_events(session: Session, *, now: datetime, limit: int = 5) -> list[EventRow]:
    """The next ``limit`` events starting at or after ``now`` (soonest first), not cancelled."""
    statement = (
        _counted_events()
        .where(Event.starts_at >= now, Event.status != EventStatus.CANCELLED)
        .order_by(Event.starts_at, Event.id)
        .limit(limit)
    )
    return _event_rows(session, statement)


def _counted_events() -> Select[Event, int, int]:
    registered = func.sum(
        case((Participation.status == ParticipationStatus.REGISTERED, 1), else_=0)
    )
    attended = func.sum(case((Participation.status == ParticipationStatus.ATTENDED, 1), else_=0))
    return (
        select(Event, func.coalesce(registered, 0), func.coalesce(attended, 0))
        .outerjoin(Participation, Participation.event_id == Event.id)
        .group_by(Event.id)
    )


def _event_rows(session: Session, statement: Select[Event, int, int]) -> list[EventRow]:
    rows = []
    for event, n_registered, n_attended in session.execute(statement):
        venue = event.venue_name or event.venue_city or event.online_url
        rows.append(
            EventRow(
                event.id,
                event.title,
                event.kind,
                event.series,
                event.starts_at,
                event.ends_at,
                venue,
                event.status,
                event.capacity,
                int(n_registered),
                int(n_attended),
            )
        )
    return rows


def list_series(session: Session) -> list[str]:
    """The names of all event series."""
    return list(
        session.scalars(
            select(Event.series).where(Event.series != "").distinct().order_by(Event.series)
        )
    )


# --- sessions ---------------------------------------------------------------------------


def _validate_session(data: SessionInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", translate("events", "A session needs a title."))
    if data.starts_at and data.ends_at and data.ends_at < data.starts_at:
        raise ValidationError(
            "ends_at", translate("events", "The session ends before it starts. Check the end.")
        )


def add_session(session: Session, *, event_id: int, data: SessionInput) -> tuple[int, Changes]:
    """Add a workshop, panel, gallery walk or other part to an event."""
    _load(session, event_id)
    _validate_session(data)
    part = EventSession(
        event_id=event_id,
        title=data.title.strip(),
        kind=data.kind,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        room=data.room.strip(),
        capacity=data.capacity,
    )
    session.add(part)
    session.flush()
    audit.record(session, AuditAction.CREATE, "event_session", part.id)
    return part.id, Changes.of(created={"event_session": {part.id}})


def update_session(session: Session, *, session_id: int, data: SessionInput) -> Changes:
    part = session.get(EventSession, session_id)
    if part is None:
        raise NotFoundError(translate("events", "This session does not exist (any more)."))
    _validate_session(data)
    part.title = data.title.strip()
    part.kind = data.kind
    part.starts_at = data.starts_at
    part.ends_at = data.ends_at
    part.room = data.room.strip()
    part.capacity = data.capacity
    audit.record(session, AuditAction.UPDATE, "event_session", session_id)
    return Changes.of(updated={"event_session": {session_id}})


def remove_session(session: Session, *, session_id: int) -> Changes:
    part = session.get(EventSession, session_id)
    if part is None:
        raise NotFoundError(translate("events", "This session does not exist (any more)."))
    session.delete(part)
    audit.record(session, AuditAction.DELETE, "event_session", session_id)
    return Changes.of(removed={"event_session": {session_id}})


def list_sessions(session: Session, *, event_id: int) -> list[SessionRow]:
    """The sessions of an event in time order, each with its speakers, moderators, exhibitors."""
    from partnercrm.model import Person, SessionParticipation

    parts = session.scalars(
        select(EventSession)
        .where(EventSession.event_id == event_id)
        .order_by(EventSession.starts_at.is_(None), EventSession.starts_at, EventSession.id)
    ).all()
    people: dict[int, list[SessionPerson]] = {}
    rows = session.execute(
        select(
            SessionParticipation.session_id,
            SessionParticipation.participation_id,
            SessionParticipation.role,
            SessionParticipation.stand_number,
            Person.academic_title,
            Person.first_name,
            Person.name_particle,
            Person.last_name,
            Participation.org_name,
        )
        .join(Participation, Participation.id == SessionParticipation.participation_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .join(EventSession, EventSession.id == SessionParticipation.session_id)
        .where(EventSession.event_id == event_id)
        .order_by(SessionParticipation.stand_number, Person.sort_key)
    )
    for sid, pid, role, stand, title, first, particle, last, org in rows:
        name = " ".join(p for p in (title, first, particle, last) if p) or org
        people.setdefault(sid, []).append(SessionPerson(pid, name, role.value, stand))
    return [
        SessionRow(
            p.id,
            p.version,
            SessionInput(p.title, p.kind, p.starts_at, p.ends_at, p.room, p.capacity),
            tuple(people.get(p.id, ())),
        )
        for p in parts
    ]


def event_ids_in(
    session: Session, *, year: int | None = None, series: str | None = None
) -> Sequence[int]:
    """Ids of the events of a year and/or series, in time order."""
    statement = select(Event.id).order_by(Event.starts_at, Event.id)
    if year is not None:
        statement = statement.where(
            Event.starts_at >= datetime(year, 1, 1), Event.starts_at < datetime(year + 1, 1, 1)
        )
    if series is not None:
        statement = statement.where(Event.series == series)
    return list(session.scalars(statement))
