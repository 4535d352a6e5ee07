"""Finding people by their e-mail addresses (own or of one of their roles)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from partnercrm.model import Affiliation, ContactKind, ContactPoint, Person


def people_by_email(session: Session, addresses: Iterable[str]) -> dict[str, list[int]]:
    """For each address (compared in lower case), the ids of the people who have it.

    An address counts when it is a person's own e-mail contact point or one of an
    affiliation of theirs. People in the trash are left out. Addresses nobody has
    are missing from the result.
    """
    wanted = sorted({a.strip().lower() for a in addresses if a.strip()})
    if not wanted:
        return {}
    own = select(ContactPoint.normalized, ContactPoint.person_id.label("person_id")).where(
        ContactPoint.kind == ContactKind.EMAIL,
        ContactPoint.person_id.is_not(None),
        ContactPoint.normalized.in_(wanted),
    )
    of_roles = (
        select(ContactPoint.normalized, Affiliation.person_id.label("person_id"))
        .join(Affiliation, Affiliation.id == ContactPoint.affiliation_id)
        .where(ContactPoint.kind == ContactKind.EMAIL, ContactPoint.normalized.in_(wanted))
    )
    rows = union(own, of_roles).subquery()
    statement = (
        select(rows.c.normalized, rows.c.person_id)
        .join(Person, Person.id == rows.c.person_id)
        .where(Person.deleted_at.is_(None))
        .order_by(rows.c.person_id)
    )
    found: dict[str, list[int]] = defaultdict(list)
    for address, person_id in session.execute(statement):
        found[address].append(person_id)
    return dict(found)
