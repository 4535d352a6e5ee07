"""Whether people may be contacted on a channel for a purpose: do-not-contact and consents.

The rule is the one of ``services.consents`` (which answers per person or as SQL);
this module answers for many people at once and says why, in words for the user.

Rules (DESIGN.md, "Respect for the people in the database"):

* ``Person.do_not_contact`` wins over everything, on every channel;
* otherwise the newest ``Consent`` row for the (channel, purpose) decides: withdrawn
  or refused blocks, granted allows;
* without any consent row the person may be contacted (business contacts are
  invited on legitimate interest; a withdrawal is what stops it).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.i18n import translate
from partnercrm.model import Consent, ConsentChannel, ConsentPurpose, ConsentState, Person
from partnercrm.services.consents import BLOCKING_STATES

_CHUNK = 900


@dataclass(frozen=True)
class ContactBlock:
    """Why a person must not be contacted: ``code`` for code, ``reason`` for people."""

    code: str
    reason: str


def _channel_name(channel: ConsentChannel) -> str:
    names = {
        ConsentChannel.EMAIL: translate("consent", "e-mail"),
        ConsentChannel.POST: translate("consent", "post"),
        ConsentChannel.PHONE: translate("consent", "phone"),
    }
    return names[channel]


def contact_blocks(
    session: Session,
    person_ids: Collection[int],
    *,
    channel: ConsentChannel,
    purpose: ConsentPurpose = ConsentPurpose.INVITATIONS,
) -> dict[int, ContactBlock]:
    """The people among ``person_ids`` who must not be contacted, with the reason."""
    ids = list(dict.fromkeys(person_ids))
    blocks: dict[int, ContactBlock] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for person_id in session.scalars(
            select(Person.id).where(Person.id.in_(chunk), Person.do_not_contact.is_(True))
        ):
            blocks[person_id] = ContactBlock(
                "do_not_contact", translate("consent", "marked “do not contact”")
            )
        newest: dict[int, Consent] = {}
        rows = session.scalars(
            select(Consent)
            .where(
                Consent.person_id.in_(chunk),
                Consent.channel == channel,
                Consent.purpose == purpose,
            )
            .order_by(Consent.given_on, Consent.id)  # as services.consents
        )
        for consent in rows:
            newest[consent.person_id] = consent  # later rows overwrite: newest wins
        for person_id, consent in newest.items():
            if person_id in blocks or consent.state not in BLOCKING_STATES:
                continue
            text = (
                translate("consent", "consent for {channel} withdrawn on {date}")
                if consent.state is ConsentState.WITHDRAWN
                else translate("consent", "consent for {channel} refused on {date}")
            )
            blocks[person_id] = ContactBlock(
                consent.state.value,
                text.format(channel=_channel_name(channel), date=consent.given_on.isoformat()),
            )
    return blocks
