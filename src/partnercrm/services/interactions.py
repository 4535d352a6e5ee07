"""Interactions: logging, changing and deleting calls, meetings, e-mails, letters, visits, notes.

An interaction involves people and/or organizations and may belong to an event;
it may carry a follow-up (Wiedervorlage: due date, what, who). ``occurred_at`` is
the local wall-clock time the user entered (default: now). Follow-ups themselves
are handled in ``services.followups``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    AuditAction,
    Event,
    Interaction,
    InteractionKind,
    Organization,
    Person,
    interaction_organization,
    interaction_person,
)
from partnercrm.services import audit
from partnercrm.services.changes import Changes
from partnercrm.store import interaction_index

SUBJECT_MAX = 300
TABLE = "interaction"
_CHUNK = 5000

_Party = TypeVar("_Party", Person, Organization)


@dataclass(frozen=True)
class InteractionInput:
    """What the user entered for an interaction.

    Attributes:
        occurred_at: local time; None means now.
        followup_due: the Wiedervorlage date; None for no follow-up.
        followup_note: what has to be done.
        followup_owner: who has to do it; empty means the current user when a
            follow-up is set.
    """

    kind: InteractionKind
    subject: str = ""
    text: str = ""
    occurred_at: datetime | None = None
    person_ids: Sequence[int] = ()
    organization_ids: Sequence[int] = ()
    event_id: int | None = None
    followup_due: date | None = None
    followup_note: str = ""
    followup_owner: str = ""


@dataclass(frozen=True)
class InvolvedParty:
    """A person or organization named in an interaction."""

    id: int
    name: str


@dataclass(frozen=True)
class InteractionDetail:
    """One interaction as the UI shows it."""

    id: int
    version: int
    kind: InteractionKind
    occurred_at: datetime
    subject: str
    text: str
    people: tuple[InvolvedParty, ...]
    organizations: tuple[InvolvedParty, ...]
    event_id: int | None
    event_title: str
    followup_due: date | None
    followup_note: str
    followup_owner: str
    followup_done: bool
    created_by: str


@dataclass(frozen=True)
class Logged:
    """The result of logging an interaction."""

    interaction_id: int
    changes: Changes = field(default_factory=Changes)


def now() -> datetime:
    """The local wall-clock time to the minute (what a new interaction defaults to)."""
    return datetime.now().replace(second=0, microsecond=0)


def log_interaction(session: Session, *, data: InteractionInput) -> Logged:
    """Record a new interaction; returns its id and what changed."""
    interaction = Interaction(created_by=audit.current_actor())
    _apply(session, interaction, data)
    session.add(interaction)
    session.flush()
    audit.record(session, AuditAction.CREATE, TABLE, interaction.id, _summary(data))
    return Logged(interaction.id, Changes.of(created={TABLE: {interaction.id}}))


def update_interaction(
    session: Session, *, interaction_id: int, data: InteractionInput, expected_version: int
) -> Changes:
    """Replace the fields of an interaction; refuses if someone changed it meanwhile."""
    interaction = _get(session, interaction_id)
    if interaction.version != expected_version:
        raise ConflictError(
            translate(
                "interactions",
                "The interaction “{subject}” was changed by someone else meanwhile. "
                "Reload it and enter your change again.",
            ).format(subject=interaction.subject),
            current_version=interaction.version,
        )
    _apply(session, interaction, data)
    session.flush()
    audit.record(session, AuditAction.UPDATE, TABLE, interaction.id, _summary(data))
    return Changes.of(updated={TABLE: {interaction.id}})


def delete_interaction(session: Session, *, interaction_id: int) -> Changes:
    """Delete an interaction for good (with its follow-up)."""
    interaction = _get(session, interaction_id)
    session.delete(interaction)
    session.flush()
    audit.record(session, AuditAction.DELETE, TABLE, interaction_id, "interaction")
    return Changes.of(removed={TABLE: {interaction_id}})


def get_interaction(session: Session, *, interaction_id: int) -> InteractionDetail:
    """One interaction with the names of the people, organizations and event involved."""
    return detail_of(session, _get(session, interaction_id))


def detail_of(session: Session, interaction: Interaction) -> InteractionDetail:
    event_title = ""
    if interaction.event_id is not None:
        title = session.scalar(select(Event.title).where(Event.id == interaction.event_id))
        event_title = title or ""
    return InteractionDetail(
        id=interaction.id,
        version=interaction.version,
        kind=interaction.kind,
        occurred_at=interaction.occurred_at,
        subject=interaction.subject,
        text=interaction.text,
        people=tuple(
            InvolvedParty(p.id, p.display_name)
            for p in sorted(interaction.people, key=lambda p: (p.sort_key, p.id))
        ),
        organizations=tuple(
            InvolvedParty(o.id, o.name)
            for o in sorted(interaction.organizations, key=lambda o: (o.sort_key, o.id))
        ),
        event_id=interaction.event_id,
        event_title=event_title,
        followup_due=interaction.followup_due,
        followup_note=interaction.followup_note,
        followup_owner=interaction.followup_owner,
        followup_done=interaction.followup_done,
        created_by=interaction.created_by,
    )


def _get(session: Session, interaction_id: int) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise NotFoundError(
            translate(
                "interactions",
                "Interaction {id} does not exist (any more). It may have been deleted "
                "meanwhile; reload the list.",
            ).format(id=interaction_id)
        )
    return interaction


def _apply(session: Session, interaction: Interaction, data: InteractionInput) -> None:
    subject = " ".join(data.subject.split())
    body = data.text.strip()
    if not subject and not body:
        raise ValidationError(
            "subject",
            translate("interactions", "Enter a subject or a text for the interaction."),
        )
    if len(subject) > SUBJECT_MAX:
        raise ValidationError(
            "subject",
            translate(
                "interactions",
                "The subject is {length} characters long; shorten it to {limit} and put "
                "the rest into the text.",
            ).format(length=len(subject), limit=SUBJECT_MAX),
        )
    if not data.person_ids and not data.organization_ids and data.event_id is None:
        raise ValidationError(
            "person_ids",
            translate(
                "interactions",
                "Name at least one person, organization or event the interaction belongs to.",
            ),
        )
    people = _load(session, Person, data.person_ids, "person_ids")
    organizations = _load(session, Organization, data.organization_ids, "organization_ids")
    if data.event_id is not None and session.get(Event, data.event_id) is None:
        raise ValidationError(
            "event_id",
            translate("interactions", "Event {id} does not exist (any more).").format(
                id=data.event_id
            ),
        )
    interaction.kind = InteractionKind(data.kind)
    interaction.occurred_at = (data.occurred_at or now()).replace(tzinfo=None)
    interaction.subject = subject
    interaction.text = body
    interaction.people = people
    interaction.organizations = organizations
    interaction.event_id = data.event_id
    interaction.followup_due = data.followup_due
    interaction.followup_note = data.followup_note.strip()
    owner = data.followup_owner.strip()
    if data.followup_due is not None and not owner:
        owner = audit.current_actor()
    interaction.followup_owner = owner
    if data.followup_due is None:
        interaction.followup_done = False


def _load(session: Session, model: type[_Party], ids: Iterable[int], field: str) -> list[_Party]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {obj.id: obj for obj in session.scalars(select(model).where(model.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        message = (
            translate("interactions", "There is no person with the id {ids} (any more).")
            if model is Person
            else translate("interactions", "There is no organization with the id {ids} (any more).")
        )
        raise ValidationError(field, message.format(ids=", ".join(map(str, missing))))
    return [found[i] for i in wanted]


def _summary(data: InteractionInput) -> str:
    fields = ["kind", "occurred_at", "subject", "text", "people", "organizations", "event"]
    if data.followup_due is not None:
        fields.append("followup")
    return ", ".join(fields)


Names = dict[int, list[tuple[int, str]]]


def involved_names(session: Session, interaction_ids: Sequence[int]) -> tuple[Names, Names]:
    """(people, organizations) of each interaction as (id, name) pairs, sorted by name."""
    people: Names = defaultdict(list)
    orgs: Names = defaultdict(list)
    for start in range(0, len(interaction_ids), _CHUNK):
        chunk = list(interaction_ids[start : start + _CHUNK])
        # Name columns rather than Person objects: a follow-up list of thousands
        # would otherwise load every person into the session.
        for interaction_id, person_id, *name in session.execute(
            select(
                interaction_person.c.interaction_id,
                Person.id,
                Person.academic_title,
                Person.first_name,
                Person.name_particle,
                Person.last_name,
            )
            .join(Person, Person.id == interaction_person.c.person_id)
            .where(interaction_person.c.interaction_id.in_(chunk))
            .order_by(Person.sort_key, Person.id)
        ):
            people[interaction_id].append((person_id, " ".join(p for p in name if p)))
        for interaction_id, org_id, name in session.execute(
            select(interaction_organization.c.interaction_id, Organization.id, Organization.name)
            .join(Organization, Organization.id == interaction_organization.c.organization_id)
            .where(interaction_organization.c.interaction_id.in_(chunk))
            .order_by(Organization.sort_key, Organization.id)
        ):
            orgs[interaction_id].append((org_id, name))
    return people, orgs


@dataclass(frozen=True)
class InteractionHit:
    """An interaction found by the full-text search."""

    id: int
    kind: InteractionKind
    occurred_at: datetime
    subject: str
    people: tuple[tuple[int, str], ...]
    organizations: tuple[tuple[int, str], ...]


def search_interactions(session: Session, *, query: str, limit: int = 200) -> list[InteractionHit]:
    """Interactions whose subject, text or follow-up note has words starting with each
    query word ("mueller ehren" finds "Müller … Ehrenamtspreis"), newest first."""
    connection = session.connection()
    condition = interaction_index.match(query, has_fts=interaction_index.has_fulltext(connection))
    if condition is None:
        return []
    return _hits(session, condition, limit)


def latest_interactions(session: Session, *, limit: int = 50) -> list[InteractionHit]:
    """The most recent interactions (newest first), for a list before anything is searched."""
    return _hits(session, None, limit)


def _hits(
    session: Session, condition: ColumnElement[bool] | None, limit: int
) -> list[InteractionHit]:
    statement = select(
        Interaction.id, Interaction.kind, Interaction.occurred_at, Interaction.subject
    )
    if condition is not None:
        statement = statement.where(condition)
    rows = session.execute(
        statement.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit)
    ).all()
    people, orgs = involved_names(session, [r.id for r in rows])
    return [
        InteractionHit(
            r.id,
            r.kind,
            r.occurred_at,
            r.subject,
            tuple(people.get(r.id, ())),
            tuple(orgs.get(r.id, ())),
        )
        for r in rows
    ]


def parties(
    session: Session, *, person_ids: Sequence[int] = (), organization_ids: Sequence[int] = ()
) -> tuple[tuple[InvolvedParty, ...], tuple[InvolvedParty, ...]]:
    """Names of people and organizations (for pre-filling an interaction), in the given order.

    Ids that no longer exist are left out.
    """
    people = {
        p.id: InvolvedParty(p.id, p.display_name)
        for p in session.scalars(select(Person).where(Person.id.in_(list(person_ids))))
    }
    orgs = {
        oid: InvolvedParty(oid, name)
        for oid, name in session.execute(
            select(Organization.id, Organization.name).where(
                Organization.id.in_(list(organization_ids))
            )
        )
    }
    return (
        tuple(people[i] for i in person_ids if i in people),
        tuple(orgs[i] for i in organization_ids if i in orgs),
    )


def event_title(session: Session, event_id: int) -> str:
    """The title of an event; empty when it does not exist."""
    return session.scalar(select(Event.title).where(Event.id == event_id)) or ""
