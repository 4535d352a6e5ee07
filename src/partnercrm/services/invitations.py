"""Invitations: who may be invited to an event, in which role, and inviting them.

People come from a distribution list, a filter or a selection (the caller turns a
filter into ids). For each the officer chooses which affiliation is invited (the
role, not just the person). People who must not be contacted on the invitation's
channel are left out by default and shown with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError
from partnercrm.i18n import translate
from partnercrm.model import (
    Affiliation,
    ConsentChannel,
    ConsentPurpose,
    DistributionList,
    Organization,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
)
from partnercrm.services.changes import Changes
from partnercrm.services.contact_permission import contact_blocks
from partnercrm.services.distribution_lists import list_member_ids
from partnercrm.services.participations import add_participation, default_affiliation

_CHUNK = 900


@dataclass(frozen=True)
class AffiliationChoice:
    id: int
    organization: str
    function: str
    current: bool


@dataclass(frozen=True)
class InvitationCandidate:
    """A person who could be invited.

    Attributes:
        affiliation_id: the proposed role (primary, current); None if the person has none.
        excluded_reason: why the person is left out by default ("" if not).
        already_listed: the person is already on the event's list (status given).
    """

    person_id: int
    name: str
    affiliations: tuple[AffiliationChoice, ...]
    affiliation_id: int | None
    excluded_reason: str
    already_listed: ParticipationStatus | None

    @property
    def invitable(self) -> bool:
        return not self.excluded_reason and self.already_listed is None


@dataclass(frozen=True)
class Invitation:
    """One person to invite, in the role of one affiliation (None: the default role)."""

    person_id: int
    affiliation_id: int | None = None


@dataclass(frozen=True)
class InvitationResult:
    invited: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...]
    changes: Changes


def distribution_list_people(session: Session, *, list_id: int) -> list[int]:
    """The members of a distribution list (static members and its saved filter)."""
    if session.get(DistributionList, list_id) is None:
        raise NotFoundError(translate("invitations", "The distribution list does not exist."))
    return list(list_member_ids(session, list_id))


def invitation_candidates(
    session: Session,
    *,
    event_id: int,
    person_ids: Sequence[int],
    channel: ConsentChannel,
) -> list[InvitationCandidate]:
    """The people of ``person_ids`` with their roles, the proposed role and exclusions."""
    ids = list(dict.fromkeys(person_ids))
    blocks = contact_blocks(session, ids, channel=channel, purpose=ConsentPurpose.INVITATIONS)
    listed: dict[int, ParticipationStatus] = {}
    people: dict[int, Person] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for person_id, status in session.execute(
            select(Participation.person_id, Participation.status).where(
                Participation.event_id == event_id, Participation.person_id.in_(chunk)
            )
        ):
            if person_id is not None:
                listed[person_id] = status
        for found in session.scalars(select(Person).where(Person.id.in_(chunk))):
            people[found.id] = found
    today = datetime.now().date()
    candidates = []
    for person_id in ids:
        person = people.get(person_id)
        if person is None:
            continue
        rows = session.execute(
            select(Affiliation, Organization.name)
            .join(Organization, Organization.id == Affiliation.organization_id)
            .where(Affiliation.person_id == person_id)
            .order_by(Affiliation.is_primary.desc(), Affiliation.id)
        ).all()
        choices = tuple(
            AffiliationChoice(a.id, org_name, a.function, a.is_current(today))
            for a, org_name in rows
        )
        proposed = default_affiliation(session, person_id)
        block = blocks.get(person_id)
        reason = block.reason if block else ""
        if not reason and person.deleted_at is not None:
            reason = translate("invitations", "in the trash")
        candidates.append(
            InvitationCandidate(
                person_id,
                person.display_name,
                choices,
                proposed.id if proposed is not None else None,
                reason,
                listed.get(person_id),
            )
        )
    return candidates


def invite(
    session: Session,
    *,
    event_id: int,
    invitations: Sequence[Invitation],
    channel: ConsentChannel,
    include_excluded: bool = False,
    role: ParticipationRole = ParticipationRole.PARTICIPANT,
    at: datetime | None = None,
) -> InvitationResult:
    """Invite people in the chosen roles; blocked people are skipped unless included."""
    blocks = contact_blocks(
        session,
        [i.person_id for i in invitations],
        channel=channel,
        purpose=ConsentPurpose.INVITATIONS,
    )
    already = set(
        session.scalars(select(Participation.person_id).where(Participation.event_id == event_id))
    )
    invited: list[int] = []
    skipped: list[tuple[int, str]] = []
    changes = Changes()
    for invitation in invitations:
        if invitation.person_id in already:
            skipped.append((invitation.person_id, translate("invitations", "already on the list")))
            continue
        block = blocks.get(invitation.person_id)
        if block is not None and not include_excluded:
            skipped.append((invitation.person_id, block.reason))
            continue
        result = add_participation(
            session,
            event_id=event_id,
            person_id=invitation.person_id,
            affiliation_id=invitation.affiliation_id,
            role=role,
            status=ParticipationStatus.INVITED,
            at=at,
        )
        already.add(invitation.person_id)
        invited.append(result.participation_id)
        changes = changes | result.changes
    return InvitationResult(tuple(invited), tuple(skipped), changes)
