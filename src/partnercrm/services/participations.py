"""Participations: a person's status and role at an event, capacity, waitlist and check-in.

Status rules:

* every status change stamps its own date column (``registered_at``, ``attended_at`` ...);
* a place is taken by a registered or attending participation, except organisers and
  helpers, who do not count against the capacity;
* registering when the event is full puts the person on the waitlist;
* when a place is freed (cancel, decline, no longer registered), the longest-waiting
  person on the waitlist moves up to "registered";
* a participation snapshots the organisation the person represented (name, kind,
  function, municipality), so history survives later job changes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    MUNICIPAL_KINDS,
    Affiliation,
    AuditAction,
    ContactKind,
    ContactPoint,
    Event,
    EventSession,
    Organization,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
    SessionParticipation,
    utcnow,
)
from partnercrm.services import audit
from partnercrm.services.changes import Changes
from partnercrm.services.organization_kinds import infer_organization_kind
from partnercrm.store.text_folding import fold

S = ParticipationStatus
OCCUPYING = frozenset({S.REGISTERED, S.ATTENDED})
NOT_COUNTED_ROLES = frozenset({ParticipationRole.ORGANIZER, ParticipationRole.HELPER})
_STAMP = {status: f"{status.value}_at" for status in ParticipationStatus}
_MAX_PARENT_DEPTH = 20


@dataclass(frozen=True)
class ParticipantRow:
    """One participation as lists and the check-in view show it."""

    id: int
    person_id: int | None
    name: str
    sort_key: str
    org_name: str
    org_function: str
    role: ParticipationRole
    status: ParticipationStatus
    status_at: datetime | None
    email: str


@dataclass(frozen=True)
class StatusChange:
    """The outcome of a status change.

    Attributes:
        status: the status the participation got (waitlisted when the event was full).
        previous_status: what it was before (for undo).
        promoted: participations that moved up from the waitlist.
    """

    participation_id: int
    status: ParticipationStatus
    previous_status: ParticipationStatus
    previous_at: datetime | None
    promoted: tuple[int, ...]
    changes: Changes


@dataclass(frozen=True)
class Presence:
    """Counters of the check-in view: present of expected."""

    present: int
    expected: int


def _load(session: Session, participation_id: int) -> Participation:
    participation = session.get(Participation, participation_id)
    if participation is None:
        raise NotFoundError(
            translate("participations", "This participation does not exist (any more).")
        )
    return participation


def _load_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(
            translate("events", "Event {id} does not exist (any more).").format(id=event_id)
        )
    return event


# --- snapshots ----------------------------------------------------------------------------


def municipal_organization(session: Session, org: Organization | None) -> Organization | None:
    """The municipality or district ``org`` is, or is a department of (parent chain)."""
    seen: set[int] = set()
    depth = 0
    while org is not None and org.id not in seen and depth < _MAX_PARENT_DEPTH:
        if org.kind in MUNICIPAL_KINDS:
            return org
        seen.add(org.id)
        depth += 1
        org = org.parent
    return None


def _snapshot(
    session: Session, participation: Participation, affiliation: Affiliation | None
) -> None:
    participation.affiliation_id = affiliation.id if affiliation is not None else None
    org = affiliation.organization if affiliation is not None else None
    participation.org_id = org.id if org is not None else None
    participation.org_name = org.name if org is not None else ""
    participation.org_kind = org.kind if org is not None else None
    participation.org_function = affiliation.function if affiliation is not None else ""
    municipal = municipal_organization(session, org)
    participation.municipality_id = municipal.id if municipal is not None else None
    participation.municipality_name = municipal.name if municipal is not None else ""


def default_affiliation(session: Session, person_id: int) -> Affiliation | None:
    """The affiliation a person represents unless chosen: primary and current first."""
    today = date.today()
    affiliations = session.scalars(
        select(Affiliation).where(Affiliation.person_id == person_id).order_by(Affiliation.id)
    ).all()
    if not affiliations:
        return None
    return sorted(affiliations, key=lambda a: (not a.is_current(today), not a.is_primary, a.id))[0]


def _affiliation_of(
    session: Session, person_id: int, affiliation_id: int | None
) -> Affiliation | None:
    if affiliation_id is None:
        return default_affiliation(session, person_id)
    affiliation = session.get(Affiliation, affiliation_id)
    if affiliation is None or affiliation.person_id != person_id:
        raise ValidationError(
            "affiliation",
            translate(
                "participations", "The chosen role does not belong to this person (any more)."
            ),
        )
    return affiliation


# --- capacity -----------------------------------------------------------------------------


def occupied_places(session: Session, event_id: int, *, exclude: int | None = None) -> int:
    statement = select(func.count(Participation.id)).where(
        Participation.event_id == event_id,
        Participation.status.in_(OCCUPYING),
        Participation.role.not_in(NOT_COUNTED_ROLES),
    )
    if exclude is not None:
        statement = statement.where(Participation.id != exclude)
    return int(session.scalar(statement) or 0)


def _has_place(session: Session, event: Event, participation: Participation) -> bool:
    if event.capacity is None or participation.role in NOT_COUNTED_ROLES:
        return True
    return occupied_places(session, event.id, exclude=participation.id) < event.capacity


def _stamp(participation: Participation, status: ParticipationStatus, at: datetime) -> None:
    participation.status = status
    setattr(participation, _STAMP[status], at)


def _promote(session: Session, event: Event, at: datetime) -> list[int]:
    """Move people up from the waitlist while places are free."""
    if event.capacity is None:
        return []
    session.flush()
    free = event.capacity - occupied_places(session, event.id)
    if free <= 0:
        return []
    waiting = session.scalars(
        select(Participation)
        .where(Participation.event_id == event.id, Participation.status == S.WAITLISTED)
        .order_by(
            Participation.waitlisted_at.is_(None), Participation.waitlisted_at, Participation.id
        )
        .limit(free)
    ).all()
    promoted = []
    for participation in waiting:
        _stamp(participation, S.REGISTERED, at)
        audit.record(session, AuditAction.UPDATE, "participation", participation.id, "status")
        promoted.append(participation.id)
    return promoted


# --- writes -------------------------------------------------------------------------------


def add_participation(
    session: Session,
    *,
    event_id: int,
    person_id: int,
    affiliation_id: int | None = None,
    role: ParticipationRole = ParticipationRole.PARTICIPANT,
    status: ParticipationStatus = ParticipationStatus.INVITED,
    at: datetime | None = None,
    apply_capacity: bool = True,
) -> StatusChange:
    """Add a person to an event in the role of one of their affiliations."""
    event = _load_event(session, event_id)
    if session.get(Person, person_id) is None:
        raise NotFoundError(translate("participations", "This person does not exist (any more)."))
    existing = session.scalar(
        select(Participation.id).where(
            Participation.event_id == event_id, Participation.person_id == person_id
        )
    )
    if existing is not None:
        raise ConflictError(
            translate("participations", "This person is already on the list of “{title}”.").format(
                title=event.title
            )
        )
    when = at or utcnow()
    participation = Participation(event_id=event_id, person_id=person_id, role=role)
    _snapshot(session, participation, _affiliation_of(session, person_id, affiliation_id))
    session.add(participation)
    session.flush()
    final = status
    if apply_capacity and status in OCCUPYING and not _has_place(session, event, participation):
        final = S.WAITLISTED
    if final is not S.INVITED:
        participation.invited_at = None
    _stamp(participation, final, when)
    session.flush()
    audit.record(session, AuditAction.CREATE, "participation", participation.id)
    return StatusChange(
        participation.id,
        final,
        final,
        None,
        (),
        Changes.of(created={"participation": {participation.id}}, updated={"event": {event_id}}),
    )


def set_status(
    session: Session,
    *,
    participation_id: int,
    status: ParticipationStatus,
    at: datetime | None = None,
    apply_capacity: bool = True,
) -> StatusChange:
    """Change a participation's status, waitlisting when full and moving the waitlist up."""
    participation = _load(session, participation_id)
    event = participation.event
    previous = participation.status
    previous_at = getattr(participation, _STAMP[previous])
    when = at or utcnow()
    final = status
    if (
        apply_capacity
        and status in OCCUPYING
        and previous not in OCCUPYING
        and not _has_place(session, event, participation)
    ):
        final = S.WAITLISTED
    _stamp(participation, final, when)
    audit.record(session, AuditAction.UPDATE, "participation", participation_id, "status")
    promoted: list[int] = []
    if apply_capacity and previous in OCCUPYING and final not in OCCUPYING:
        promoted = _promote(session, event, when)
    return StatusChange(
        participation_id,
        final,
        previous,
        previous_at,
        tuple(promoted),
        Changes.of(updated={"participation": {participation_id, *promoted}}),
    )


def set_role(session: Session, *, participation_id: int, role: ParticipationRole) -> Changes:
    participation = _load(session, participation_id)
    participation.role = role
    audit.record(session, AuditAction.UPDATE, "participation", participation_id, "role")
    return Changes.of(updated={"participation": {participation_id}})


def change_affiliation(
    session: Session, *, participation_id: int, affiliation_id: int | None
) -> Changes:
    """Choose which of the person's roles they represent at the event (re-snapshots it)."""
    participation = _load(session, participation_id)
    if participation.person_id is None:
        raise ValidationError(
            "affiliation",
            translate("participations", "The person of this participation was erased."),
        )
    affiliation = _affiliation_of(session, participation.person_id, affiliation_id)
    _snapshot(session, participation, affiliation)
    audit.record(session, AuditAction.UPDATE, "participation", participation_id, "affiliation")
    return Changes.of(updated={"participation": {participation_id}})


def remove_participation(session: Session, *, participation_id: int) -> Changes:
    participation = _load(session, participation_id)
    event = participation.event
    session.delete(participation)
    audit.record(session, AuditAction.DELETE, "participation", participation_id)
    promoted = _promote(session, event, utcnow())
    return Changes.of(
        removed={"participation": {participation_id}}, updated={"participation": set(promoted)}
    )


def check_in(
    session: Session, *, participation_id: int, at: datetime | None = None
) -> StatusChange:
    """Mark a person present at the door (attended), whatever the status was."""
    return set_status(
        session,
        participation_id=participation_id,
        status=S.ATTENDED,
        at=at,
        apply_capacity=False,
    )


def undo_check_in(
    session: Session,
    *,
    participation_id: int,
    previous_status: ParticipationStatus,
    previous_at: datetime | None = None,
) -> Changes:
    """Take back a wrong check-in: the status and its date become what they were."""
    participation = _load(session, participation_id)
    participation.attended_at = None
    participation.status = previous_status
    if previous_status is not S.ATTENDED:
        setattr(participation, _STAMP[previous_status], previous_at)
    audit.record(session, AuditAction.UPDATE, "participation", participation_id, "status")
    return Changes.of(updated={"participation": {participation_id}})


def mark_no_shows(session: Session, *, event_id: int, at: datetime | None = None) -> Changes:
    """After the event: everyone still "registered" becomes "no-show"."""
    _load_event(session, event_id)
    ids = set(
        session.scalars(
            select(Participation.id).where(
                Participation.event_id == event_id, Participation.status == S.REGISTERED
            )
        )
    )
    if ids:
        session.execute(
            update(Participation)
            .where(Participation.id.in_(ids))
            .values(status=S.NO_SHOW, no_show_at=at or utcnow(), version=Participation.version + 1)
            .execution_options(synchronize_session="fetch")
        )
        audit.record(
            session, AuditAction.UPDATE, "event", event_id, f"{len(ids)} participations no-show"
        )
    return Changes.of(updated={"participation": ids})


def count_registered(session: Session, *, event_id: int) -> int:
    """How many are still "registered" (what ``mark_no_shows`` would change)."""
    return int(
        session.scalar(
            select(func.count(Participation.id)).where(
                Participation.event_id == event_id, Participation.status == S.REGISTERED
            )
        )
        or 0
    )


def presence(session: Session, *, event_id: int) -> Presence:
    """Present (attended) of expected (registered or attended)."""
    rows = dict(
        session.execute(
            select(Participation.status, func.count(Participation.id))
            .where(Participation.event_id == event_id, Participation.status.in_(OCCUPYING))
            .group_by(Participation.status)
        ).all()
    )
    present = int(rows.get(S.ATTENDED, 0))
    return Presence(present, present + int(rows.get(S.REGISTERED, 0)))


# --- sessions inside the event ------------------------------------------------------------


def assign_to_session(
    session: Session,
    *,
    participation_id: int,
    session_id: int,
    role: ParticipationRole = ParticipationRole.PARTICIPANT,
    stand_number: str = "",
) -> Changes:
    """Put a participant into a session in a role (speaker, moderator, exhibitor at a stand)."""
    participation = _load(session, participation_id)
    part = session.get(EventSession, session_id)
    if part is None or part.event_id != participation.event_id:
        raise ValidationError(
            "session", translate("participations", "The session does not belong to this event.")
        )
    link = session.get(SessionParticipation, (session_id, participation_id))
    if link is None:
        link = SessionParticipation(session_id=session_id, participation_id=participation_id)
        session.add(link)
    link.role = role
    link.stand_number = stand_number.strip()
    audit.record(session, AuditAction.UPDATE, "participation", participation_id, "sessions")
    return Changes.of(updated={"participation": {participation_id}, "event_session": {session_id}})


def remove_from_session(session: Session, *, participation_id: int, session_id: int) -> Changes:
    link = session.get(SessionParticipation, (session_id, participation_id))
    if link is not None:
        session.delete(link)
        audit.record(session, AuditAction.UPDATE, "participation", participation_id, "sessions")
    return Changes.of(updated={"participation": {participation_id}, "event_session": {session_id}})


# --- reading ------------------------------------------------------------------------------


def _emails(session: Session, person_ids: Collection[int]) -> dict[int, str]:
    """One e-mail per person: business (affiliation) or private, primary first."""
    if not person_ids:
        return {}
    result: dict[int, str] = {}
    own = session.execute(
        select(ContactPoint.person_id, ContactPoint.value)
        .where(ContactPoint.person_id.in_(person_ids), ContactPoint.kind == ContactKind.EMAIL)
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.id.desc())
    ).all()
    via = session.execute(
        select(Affiliation.person_id, ContactPoint.value)
        .join(ContactPoint, ContactPoint.affiliation_id == Affiliation.id)
        .where(Affiliation.person_id.in_(person_ids), ContactPoint.kind == ContactKind.EMAIL)
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.id.desc())
    ).all()
    for person_id, value in list(via) + list(own):
        if person_id is not None:
            result.setdefault(person_id, value)  # business first, primary first
    return result


def list_participants(
    session: Session,
    *,
    event_id: int,
    statuses: Collection[ParticipationStatus] | None = None,
) -> list[ParticipantRow]:
    """All participations of an event, sorted by name."""
    statement = (
        select(Participation, Person)
        .outerjoin(Person, Person.id == Participation.person_id)
        .where(Participation.event_id == event_id)
        .order_by(Person.sort_key, Participation.id)
    )
    if statuses is not None:
        statement = statement.where(Participation.status.in_(list(statuses)))
    pairs = session.execute(statement).all()
    emails = _emails(session, [p.id for _, p in pairs if p is not None])
    rows = []
    for participation, person in pairs:
        name = (
            person.display_name if person is not None else translate("participations", "(erased)")
        )
        rows.append(
            ParticipantRow(
                participation.id,
                participation.person_id,
                name,
                person.sort_key if person is not None else "",
                participation.org_name,
                participation.org_function,
                participation.role,
                participation.status,
                getattr(participation, _STAMP[participation.status]),
                emails.get(person.id, "") if person is not None else "",
            )
        )
    return rows


def matches_search(row: ParticipantRow, query: str) -> bool:
    """Whether every word of ``query`` starts a word of the name, organisation or e-mail."""
    words = fold(query).split()
    if not words:
        return True
    haystack = fold(f"{row.name} {row.org_name} {row.email}").split()
    return all(any(h.startswith(w) for h in haystack) for w in words)


# --- walk-ins -----------------------------------------------------------------------------


def find_or_create_organization(session: Session, name: str) -> tuple[Organization, bool]:
    """The organisation of that (folded) name, or a new one with the kind its name suggests."""
    key = fold(name)
    candidates = session.scalars(
        select(Organization)
        .where(Organization.deleted_at.is_(None))
        .where(Organization.sort_key == key)
    ).all()
    for org in candidates:
        if fold(org.name) == key:
            return org, False
    org = Organization(name=" ".join(name.split()), kind=infer_organization_kind(name))
    session.add(org)
    session.flush()
    audit.record(session, AuditAction.CREATE, "organization", org.id)
    return org, True


@dataclass(frozen=True)
class WalkIn:
    """A person who came without registration, as typed at the door."""

    first_name: str
    last_name: str
    organization: str = ""
    function: str = ""
    email: str = ""


def add_walk_in(
    session: Session, *, event_id: int, walk_in: WalkIn, at: datetime | None = None
) -> StatusChange:
    """Create the person (and organisation) typed at the door and check them in."""
    from partnercrm.services.validation import normalize_email

    _load_event(session, event_id)
    if not walk_in.last_name.strip() and not walk_in.first_name.strip():
        raise ValidationError(
            "last_name", translate("participations", "Type at least a name for the walk-in.")
        )
    email = normalize_email(walk_in.email) if walk_in.email.strip() else ""
    person = Person(first_name=walk_in.first_name.strip(), last_name=walk_in.last_name.strip())
    session.add(person)
    session.flush()
    audit.record(session, AuditAction.CREATE, "person", person.id, "walk-in")
    created: dict[str, set[int] | frozenset[int]] = {"person": {person.id}}
    affiliation_id = None
    if walk_in.organization.strip():
        org, new = find_or_create_organization(session, walk_in.organization)
        if new:
            created["organization"] = {org.id}
        affiliation = Affiliation(
            person_id=person.id,
            organization_id=org.id,
            function=walk_in.function.strip(),
            is_primary=True,
        )
        session.add(affiliation)
        session.flush()
        affiliation_id = affiliation.id
        if email:
            session.add(
                ContactPoint(
                    affiliation_id=affiliation.id,
                    kind=ContactKind.EMAIL,
                    value=email,
                    normalized=email.lower(),
                    is_primary=True,
                )
            )
    elif email:
        session.add(
            ContactPoint(
                person_id=person.id,
                kind=ContactKind.EMAIL,
                value=email,
                normalized=email.lower(),
                is_primary=True,
            )
        )
    result = add_participation(
        session,
        event_id=event_id,
        person_id=person.id,
        affiliation_id=affiliation_id,
        status=S.ATTENDED,
        at=at,
        apply_capacity=False,
    )
    return StatusChange(
        result.participation_id,
        S.ATTENDED,
        S.ATTENDED,
        None,
        (),
        result.changes | Changes.of(created=created),
    )


def statuses_of(
    session: Session, participation_ids: Sequence[int]
) -> dict[int, ParticipationStatus]:
    return dict(
        session.execute(
            select(Participation.id, Participation.status).where(
                Participation.id.in_(participation_ids)
            )
        ).all()
    )
