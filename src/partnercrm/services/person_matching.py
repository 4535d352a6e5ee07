"""Finding the person an imported row means: by e-mail, then by name and organisation."""

from __future__ import annotations

import re

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from partnercrm.model import Affiliation, ContactKind, ContactPoint, Organization, Person
from partnercrm.store.text_folding import SORT_PART_SEPARATOR, fold

_PARENTHESES = re.compile(r"\s*\([^)]*\)\s*")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def german_key(text: str) -> str:
    """A name folded so that "Köln", "Koeln" and "KÖLN" are equal (ß is ss already)."""
    return fold(text.translate(_UMLAUTS))


def sort_key_variants(text: str) -> set[str]:
    """The stored sort keys (plain folds) a name written with or without umlauts may have.

    "Koeln" may be stored as "koeln" or "koln" ("Köln"); candidates are then checked
    with ``german_key``.
    """
    key = fold(text)
    return {key, key.replace("ae", "a").replace("oe", "o").replace("ue", "u")}


def split_full_name(full: str) -> tuple[str, str]:
    """ "Anna Beispiel" → ("Anna", "Beispiel"); "Beispiel, Anna" → ("Anna", "Beispiel").

    Text in parentheses (a video tool's "(Stadt Köln)") is dropped.
    """
    text = " ".join(_PARENTHESES.sub(" ", full).split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return first, last


def person_by_email(session: Session, email: str) -> int | None:
    """The person holding ``email`` privately or in one of their roles (not in the trash)."""
    normalized = email.strip().lower()
    if not normalized:
        return None
    owner = select(ContactPoint.person_id, ContactPoint.affiliation_id).where(
        ContactPoint.kind == ContactKind.EMAIL, ContactPoint.normalized == normalized
    )
    for person_id, affiliation_id in session.execute(owner.order_by(ContactPoint.id)):
        if person_id is None and affiliation_id is not None:
            person_id = session.scalar(
                select(Affiliation.person_id).where(Affiliation.id == affiliation_id)
            )
        if person_id is None:
            continue
        deleted = session.scalar(select(Person.deleted_at).where(Person.id == person_id))
        if deleted is None:
            return int(person_id)
    return None


def people_by_name(session: Session, first_name: str, last_name: str) -> list[int]:
    """People (not in the trash) whose folded first and last name equal these."""
    first, last = german_key(first_name), german_key(last_name)
    if not last and not first:
        return []
    prefixes = sort_key_variants(last_name or first_name)
    candidates = session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.name_particle)
        .where(Person.deleted_at.is_(None))
        .where(
            or_(
                *(Person.sort_key == p for p in prefixes),
                *(
                    Person.sort_key.startswith(p + SORT_PART_SEPARATOR, autoescape=True)
                    for p in prefixes
                ),
            )
        )
    ).all()
    found = []
    for person_id, p_first, p_last, p_particle in candidates:
        if german_key(p_first) != first:
            continue
        if german_key(p_last) == last or german_key(f"{p_particle} {p_last}") == last:
            found.append(int(person_id))
    return found


def affiliation_at(session: Session, person_id: int, organization_name: str) -> int | None:
    """The person's affiliation with the organisation of that (folded) name, if any."""
    key = german_key(organization_name)
    if not key:
        return None
    rows = session.execute(
        select(Affiliation.id, Organization.name)
        .join(Organization, Organization.id == Affiliation.organization_id)
        .where(Affiliation.person_id == person_id)
        .order_by(Affiliation.is_primary.desc(), Affiliation.id)
    )
    for affiliation_id, name in rows:
        stored = german_key(name)
        if stored == key or stored.startswith(key + " ") or key.startswith(stored + " "):
            return int(affiliation_id)
    return None


def person_by_name_and_organization(
    session: Session, first_name: str, last_name: str, organization_name: str
) -> tuple[int, int] | None:
    """(person, affiliation) of the one person of that name working at that organisation."""
    if not fold(organization_name):
        return None
    hits = []
    for person_id in people_by_name(session, first_name, last_name):
        affiliation_id = affiliation_at(session, person_id, organization_name)
        if affiliation_id is not None:
            hits.append((person_id, affiliation_id))
    return hits[0] if len(hits) == 1 else None
