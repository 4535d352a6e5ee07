"""The search index: folded haystacks of people and organizations, and how to query them.

Each person and organization has one row of folded text (``person_search``,
``organization_search``); on SQLite, triggers mirror it into an FTS5 table.
A query word of one or two letters is a word-prefix match through FTS5 ("mü"
finds "Müller" but not "Kreuzmüller"); a word of three or more letters also
matches inside words through ``instr`` on the haystack ("schm" finds
"Hagenschmidt"). All words must match. Without FTS5 (or on PostgreSQL) the
short words use a word-prefix ``instr`` on the haystack instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, func, insert, select, text

from partnercrm.model import (
    Address,
    Affiliation,
    ContactPoint,
    Organization,
    OrganizationSearch,
    Person,
    PersonSearch,
    Tag,
    organization_tag,
    person_tag,
)
from partnercrm.store.text_folding import fold_words, index_text

SUBSTRING_MIN = 3
_CHUNK = 5000


@dataclass(frozen=True)
class Match:
    """The SQL condition for a query on one entity (people or organizations)."""

    condition: ColumnElement[bool]
    needs_haystack: bool


def _fts_phrase(words: Iterable[str]) -> str:
    return " AND ".join(f'"{w}"*' for w in words)


def person_match(query: str, *, has_fts: bool) -> Match | None:
    """Condition on ``person.id`` (joined to ``person_search``) for ``query``; None if empty."""
    return _match(
        query, has_fts, Person.id, PersonSearch.haystack, "person_fts", PersonSearch.person_id
    )


def organization_match(query: str, *, has_fts: bool) -> Match | None:
    """Condition on ``organization.id`` (joined to ``organization_search``)."""
    return _match(
        query,
        has_fts,
        Organization.id,
        OrganizationSearch.haystack,
        "organization_fts",
        OrganizationSearch.organization_id,
    )


def _match(
    query: str, has_fts: bool, id_column: Any, haystack: Any, fts_table: str, key: Any
) -> Match | None:
    words = fold_words(query)
    if not words:
        return None
    short = [w for w in words if len(w) < SUBSTRING_MIN]
    long = [w for w in words if len(w) >= SUBSTRING_MIN]
    conditions: list[ColumnElement[bool]] = [func.instr(haystack, w) > 0 for w in long]
    if short and has_fts:
        fts_ids = select(literal_column_rowid(fts_table)).where(
            text(f"{fts_table} MATCH :fts_query").bindparams(fts_query=_fts_phrase(short))
        )
        conditions.append(id_column.in_(fts_ids))
    else:
        conditions += [func.instr(haystack, " " + w) > 0 for w in short]
    needs_haystack = bool(long) or not has_fts
    return Match(and_(*conditions), needs_haystack)


def literal_column_rowid(table: str) -> Any:
    from sqlalchemy import column
    from sqlalchemy import table as table_clause

    return column("rowid", _selectable=table_clause(table))


# --- keeping the haystacks up to date -------------------------------------------------


def _chunks(ids: Collection[int] | None) -> Iterator[list[int] | None]:
    if ids is None:
        yield None
        return
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def rebuild_people(connection: Connection, ids: Collection[int] | None = None) -> int:
    """Recompute the haystacks of ``ids`` (all people when None); return how many."""
    count = 0
    for chunk in _chunks(ids):
        rows = list(_person_haystacks(connection, chunk))
        if chunk is None:
            connection.execute(delete(PersonSearch))
        else:
            connection.execute(delete(PersonSearch).where(PersonSearch.person_id.in_(chunk)))
        if rows:
            connection.execute(insert(PersonSearch), rows)
        count += len(rows)
    return count


def rebuild_organizations(connection: Connection, ids: Collection[int] | None = None) -> int:
    """Recompute the haystacks of organizations ``ids`` (all when None)."""
    count = 0
    for chunk in _chunks(ids):
        rows = list(_organization_haystacks(connection, chunk))
        if chunk is None:
            connection.execute(delete(OrganizationSearch))
        else:
            connection.execute(
                delete(OrganizationSearch).where(OrganizationSearch.organization_id.in_(chunk))
            )
        if rows:
            connection.execute(insert(OrganizationSearch), rows)
        count += len(rows)
    return count


def _restrict(statement: Any, column: Any, chunk: list[int] | None) -> Any:
    return statement if chunk is None else statement.where(column.in_(chunk))


def _person_haystacks(connection: Connection, chunk: list[int] | None) -> Iterator[dict[str, Any]]:
    parts: dict[int, list[str]] = defaultdict(list)
    people = _restrict(
        select(
            Person.id,
            Person.academic_title,
            Person.first_name,
            Person.name_particle,
            Person.last_name,
            Person.nickname,
            Person.notes,
        ),
        Person.id,
        chunk,
    )
    for pid, *values in connection.execute(people):
        parts[pid].extend(values)
    tags = _restrict(
        select(person_tag.c.person_id, Tag.name).join(Tag, Tag.id == person_tag.c.tag_id),
        person_tag.c.person_id,
        chunk,
    )
    for pid, name in connection.execute(tags):
        parts[pid].append(name)
    affiliations = _restrict(
        select(
            Affiliation.person_id,
            Organization.name,
            Organization.short_name,
            Affiliation.function,
            Affiliation.department,
        ).join(Organization, Organization.id == Affiliation.organization_id),
        Affiliation.person_id,
        chunk,
    )
    for pid, *values in connection.execute(affiliations):
        parts[pid].extend(values)
    org_cities = _restrict(
        select(Affiliation.person_id, Address.city).join(
            Address, Address.organization_id == Affiliation.organization_id
        ),
        Affiliation.person_id,
        chunk,
    )
    own_cities = _restrict(
        select(Address.person_id, Address.city).where(Address.person_id.is_not(None)),
        Address.person_id,
        chunk,
    )
    aff_cities = _restrict(
        select(Affiliation.person_id, Address.city).join(
            Address, Address.affiliation_id == Affiliation.id
        ),
        Affiliation.person_id,
        chunk,
    )
    own_contacts = _restrict(
        select(ContactPoint.person_id, ContactPoint.value).where(
            ContactPoint.person_id.is_not(None)
        ),
        ContactPoint.person_id,
        chunk,
    )
    aff_contacts = _restrict(
        select(Affiliation.person_id, ContactPoint.value).join(
            ContactPoint, ContactPoint.affiliation_id == Affiliation.id
        ),
        Affiliation.person_id,
        chunk,
    )
    for statement in (org_cities, own_cities, aff_cities, own_contacts, aff_contacts):
        for pid, value in connection.execute(statement):
            parts[pid].append(value)
    for pid, values in parts.items():
        yield {"person_id": pid, "haystack": index_text(*values)}


def _organization_haystacks(
    connection: Connection, chunk: list[int] | None
) -> Iterator[dict[str, Any]]:
    parts: dict[int, list[str]] = defaultdict(list)
    orgs = _restrict(
        select(Organization.id, Organization.name, Organization.short_name, Organization.notes),
        Organization.id,
        chunk,
    )
    for oid, *values in connection.execute(orgs):
        parts[oid].extend(values)
    tags = _restrict(
        select(organization_tag.c.organization_id, Tag.name).join(
            Tag, Tag.id == organization_tag.c.tag_id
        ),
        organization_tag.c.organization_id,
        chunk,
    )
    cities = _restrict(
        select(Address.organization_id, Address.city).where(Address.organization_id.is_not(None)),
        Address.organization_id,
        chunk,
    )
    contacts = _restrict(
        select(ContactPoint.organization_id, ContactPoint.value).where(
            ContactPoint.organization_id.is_not(None)
        ),
        ContactPoint.organization_id,
        chunk,
    )
    for statement in (tags, cities, contacts):
        for oid, value in connection.execute(statement):
            parts[oid].append(value)
    for oid, values in parts.items():
        yield {"organization_id": oid, "haystack": index_text(*values)}


def people_of_organizations(connection: Connection, org_ids: Collection[int]) -> set[int]:
    """People affiliated with any of ``org_ids`` (their haystacks name the organization)."""
    result: set[int] = set()
    for chunk in _chunks(org_ids):
        statement = _restrict(select(Affiliation.person_id), Affiliation.organization_id, chunk)
        result.update(connection.execute(statement).scalars())
    return result


def tagged(connection: Connection, tag_ids: Collection[int]) -> tuple[set[int], set[int]]:
    """People and organizations that carry any of ``tag_ids``."""
    people = set(
        connection.execute(
            select(person_tag.c.person_id).where(person_tag.c.tag_id.in_(list(tag_ids)))
        ).scalars()
    )
    orgs = set(
        connection.execute(
            select(organization_tag.c.organization_id).where(
                organization_tag.c.tag_id.in_(list(tag_ids))
            )
        ).scalars()
    )
    return people, orgs
