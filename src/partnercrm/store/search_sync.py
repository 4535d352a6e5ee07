"""Keeps sort keys and search haystacks in step with every ORM write.

Installed on the session factory: before a flush it sets the folded sort keys of
changed people and organizations and notes what else was touched (affiliations,
addresses, contact points, tags); after the flush it recomputes those haystacks
in the same transaction, so search never sees stale data.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from partnercrm.model import (
    Address,
    Affiliation,
    ContactPoint,
    Organization,
    Person,
    Tag,
)
from partnercrm.store import interaction_index, search_index
from partnercrm.store.text_folding import sort_key

_KEY = "partnercrm.search_pending"


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush_postexec", _after_flush)
    interaction_index.install(factory)


def person_sort_key(person: Person) -> str:
    return sort_key(person.last_name, person.first_name, person.name_particle)


def _pending(session: Session) -> dict[str, Any]:
    pending: dict[str, Any] = session.info.setdefault(
        _KEY, {"people": [], "orgs": [], "org_people": [], "tags": [], "affiliations": []}
    )
    return pending


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending = _pending(session)
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Person):
            if obj not in session.deleted:
                obj.sort_key = person_sort_key(obj)
            pending["people"].append(obj)
        elif isinstance(obj, Organization):
            if obj not in session.deleted:
                obj.sort_key = sort_key(obj.name)
            pending["orgs"].append(obj)
            pending["org_people"].append(obj)
        elif isinstance(obj, Affiliation):
            pending["people"].append(obj.person if obj.person_id is None else obj.person_id)
        elif isinstance(obj, Address | ContactPoint):
            if obj.person_id is not None:
                pending["people"].append(obj.person_id)
            elif obj.organization_id is not None:
                pending["orgs"].append(obj.organization_id)
                pending["org_people"].append(obj.organization_id)
            elif obj.affiliation_id is not None:
                pending["affiliations"].append(obj.affiliation_id)
        elif isinstance(obj, Tag):
            pending["tags"].append(obj)


def _ident(item: Any) -> int | None:
    if isinstance(item, int):
        return item
    return getattr(item, "id", None)


def _after_flush(session: Session, _context: Any) -> None:
    pending = session.info.pop(_KEY, None)
    if not pending:
        return
    connection = session.connection()
    people = {i for i in map(_ident, pending["people"]) if i is not None}
    orgs = {i for i in map(_ident, pending["orgs"]) if i is not None}
    org_people = {i for i in map(_ident, pending["org_people"]) if i is not None}
    tags = {i for i in map(_ident, pending["tags"]) if i is not None}
    affiliation_ids = pending["affiliations"]
    if affiliation_ids:
        people.update(
            connection.execute(
                select(Affiliation.person_id).where(Affiliation.id.in_(affiliation_ids))
            ).scalars()
        )
    if org_people:
        people |= search_index.people_of_organizations(connection, org_people)
    if tags:
        tagged_people, tagged_orgs = search_index.tagged(connection, tags)
        people |= tagged_people
        orgs |= tagged_orgs
    # A rebuild deletes the haystacks of all given ids and writes those of the live
    # ones, so trashed and deleted rows drop out of the index here too.
    if people:
        search_index.rebuild_people(connection, people)
    if orgs:
        search_index.rebuild_organizations(connection, orgs)
