"""Communication consents: the current state per channel and purpose, and who may be contacted.

Consents are an append-only log: the newest entry per (channel, purpose) is the
current state. "Do not contact" on the person wins over every consent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, not_, or_, select
from sqlalchemy.orm import Session, aliased

from partnercrm.model import Consent, ConsentChannel, ConsentPurpose, ConsentState, Person


@dataclass(frozen=True)
class ConsentInput:
    """One consent event as the user records it."""

    channel: ConsentChannel
    purpose: ConsentPurpose
    state: ConsentState
    given_on: date
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class ConsentData(ConsentInput):
    """A stored consent event."""

    id: int = 0


BLOCKING_STATES = (ConsentState.WITHDRAWN, ConsentState.REFUSED)


def objection_exists(
    channel: ConsentChannel, purpose: ConsentPurpose = ConsentPurpose.INVITATIONS
) -> ColumnElement[bool]:
    """SQL: the person's newest consent for (channel, purpose) is withdrawn or refused."""
    newer = aliased(Consent)
    return exists(
        select(Consent.id).where(
            Consent.person_id == Person.id,
            Consent.channel == channel,
            Consent.purpose == purpose,
            Consent.state.in_(BLOCKING_STATES),
            not_(
                exists(
                    select(newer.id).where(
                        newer.person_id == Consent.person_id,
                        newer.channel == Consent.channel,
                        newer.purpose == Consent.purpose,
                        or_(
                            newer.given_on > Consent.given_on,
                            and_(newer.given_on == Consent.given_on, newer.id > Consent.id),
                        ),
                    )
                )
            ),
        )
    )


def may_contact_condition(
    channel: ConsentChannel, purpose: ConsentPurpose = ConsentPurpose.INVITATIONS
) -> ColumnElement[bool]:
    """SQL: the person may be contacted on ``channel`` for ``purpose``."""
    return and_(Person.do_not_contact.is_(False), not_(objection_exists(channel, purpose)))


def current_consents(
    session: Session, person_id: int
) -> dict[tuple[ConsentChannel, ConsentPurpose], ConsentState]:
    """The current state per (channel, purpose) of one person."""
    rows = session.scalars(
        select(Consent).where(Consent.person_id == person_id).order_by(Consent.given_on, Consent.id)
    )
    return {(c.channel, c.purpose): c.state for c in rows}


def contact_block_reason(
    session: Session,
    person_id: int,
    channel: ConsentChannel,
    purpose: ConsentPurpose = ConsentPurpose.INVITATIONS,
) -> str | None:
    """Why the person must not be contacted on ``channel`` (None when they may be)."""
    person = session.get(Person, person_id)
    if person is None:
        return None
    if person.do_not_contact:
        return "do_not_contact"
    state = current_consents(session, person_id).get((channel, purpose))
    if state in BLOCKING_STATES:
        return str(state)
    return None


def consent_data(row: Consent) -> ConsentData:
    return ConsentData(
        channel=row.channel,
        purpose=row.purpose,
        state=row.state,
        given_on=row.given_on,
        source=row.source,
        note=row.note,
        id=row.id,
    )
