"""The search index: folded haystacks of live people and organizations, and how to query them.

Each live (not trashed) person and organization has one row of folded text
(``person_search``, ``organization_search``); on SQLite, triggers mirror it into an
FTS5 table, and every word also goes into the vocabulary ``search_term``.

A query word of one or two letters is a word-prefix match through FTS5 ("mü"
finds "Müller" but not "Kreuzmüller"). A word of three or more letters also
matches inside words: it is looked up in the vocabulary ("schm" → schmidt,
hagenschmidt, ...) and those whole words are searched in FTS5, which keeps even a
count over 100,000 people at a few milliseconds (a scan of all haystacks costs
30 ms and more). All words must match. Without FTS5 (or on PostgreSQL) every word
is an ``instr`` on the haystack instead.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    column,
    delete,
    false,
    func,
    insert,
    select,
    table,
    text,
)

from partnercrm.model import (
    Address,
    Affiliation,
    ContactPoint,
    Organization,
    OrganizationSearch,
    Person,
    PersonSearch,
    SearchTerm,
    Tag,
    organization_tag,
    person_tag,
)
from partnercrm.model.search_entry import LAST_KEY
from partnercrm.store import person_list
from partnercrm.store.bulk_load import triggers_deferred
from partnercrm.store.text_folding import fold_words, index_text, sort_key

SUBSTRING_MIN = 3
# More vocabulary hits than this and the word is matched by scanning the haystacks.
MAX_EXPANSION = 400
_CHUNK = 5000


@dataclass(frozen=True)
class Match:
    """The SQL condition for a query on one entity (people or organizations).

    Attributes:
        condition: on the entity's id (and, if ``needs_haystack``, its search row).
        needs_haystack: the search row must be joined.
        fts_expression: the whole query as one FTS5 expression when it can be
            answered by FTS5 alone (then a count needs no join).
    """

    condition: ColumnElement[bool]
    needs_haystack: bool
    fts_expression: str | None


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


@dataclass(frozen=True)
class _Vocabulary:
    """The vocabulary as one string ("\nterm\nterm\n"), as far as ``last_rowid``."""

    text: str
    last_rowid: int
    last_term: str


_VOCABULARY = "_partnercrm_vocabulary"


def load_vocabulary(connection: Connection) -> int:
    """Read the vocabulary into memory (about 35 ms for 190,000 words); its size."""
    # One string built by SQLite: the Python side has almost no work.
    last = connection.exec_driver_sql(
        "SELECT rowid, term FROM search_term ORDER BY rowid DESC LIMIT 1"
    ).first()
    if last is None:
        connection.engine.__dict__[_VOCABULARY] = _Vocabulary("\n", 0, "")
        return 0
    joined = connection.exec_driver_sql(
        "SELECT group_concat(term, char(10)), count(*) FROM search_term WHERE rowid <= ?",
        (last[0],),
    ).one()
    connection.engine.__dict__[_VOCABULARY] = _Vocabulary("\n" + joined[0] + "\n", last[0], last[1])
    return int(joined[1])


def _vocabulary(connection: Connection) -> _Vocabulary:
    """The vocabulary held in memory, read at first use and then kept up to date.

    Words are only ever added, with growing rowids, so only the rows from the last
    one known on are read. If that row changed (a rolled-back transaction's rowid
    used again), everything is read anew.
    """
    cached: _Vocabulary | None = connection.engine.__dict__.get(_VOCABULARY)
    if cached is not None:
        rows = connection.exec_driver_sql(
            "SELECT rowid, term FROM search_term WHERE rowid >= ? ORDER BY rowid",
            (cached.last_rowid,),
        ).all()
        if not cached.last_rowid and not rows:
            return cached  # still empty
        if rows and tuple(rows[0]) == (cached.last_rowid, cached.last_term):
            if len(rows) == 1:
                return cached
            added = "".join(term + "\n" for _rowid, term in rows[1:])
            vocabulary = _Vocabulary(cached.text + added, rows[-1][0], rows[-1][1])
            connection.engine.__dict__[_VOCABULARY] = vocabulary
            return vocabulary
    load_vocabulary(connection)
    loaded: _Vocabulary = connection.engine.__dict__[_VOCABULARY]
    return loaded


def _expansions(connection: Connection, word: str) -> list[str] | None:
    """Vocabulary words containing ``word``; None when there are too many to list.

    A string search over the vocabulary held in memory (1.5 MB for 190,000 words):
    about a millisecond, where an ``instr`` over every row in SQL took 10–45 ms.
    """
    text = _vocabulary(connection).text
    terms: list[str] = []
    found = text.find(word)
    while found >= 0 and len(terms) <= MAX_EXPANSION:
        start = text.rfind("\n", 0, found) + 1
        end = text.find("\n", found)
        terms.append(text[start:end])
        found = text.find(word, end)
    return None if len(terms) > MAX_EXPANSION else terms


def person_match(
    query: str,
    *,
    has_fts: bool,
    connection: Connection | None = None,
    on_search_row: bool = False,
) -> Match | None:
    """Condition on ``person.id`` (joined to ``person_search``) for ``query``; None if empty.

    ``on_search_row``: the condition is on ``person_search`` alone (no person row).
    """
    id_column = PersonSearch.person_id if on_search_row else Person.id
    return _match(query, has_fts, connection, id_column, PersonSearch.haystack, "person_fts")


def organization_match(
    query: str, *, has_fts: bool, connection: Connection | None = None
) -> Match | None:
    """Condition on ``organization.id`` (joined to ``organization_search``)."""
    return _match(
        query,
        has_fts,
        connection,
        Organization.id,
        OrganizationSearch.haystack,
        "organization_fts",
    )


def _match(
    query: str,
    has_fts: bool,
    connection: Connection | None,
    id_column: Any,
    haystack: Any,
    fts_table: str,
) -> Match | None:
    words = list(dict.fromkeys(fold_words(query)))
    if not words:
        return None
    if not has_fts or connection is None:
        conditions = [
            func.instr(haystack, w if len(w) >= SUBSTRING_MIN else " " + w) > 0 for w in words
        ]
        return Match(and_(*conditions), True, None)
    groups: list[str] = []
    scans: list[ColumnElement[bool]] = []
    for word in words:
        if len(word) < SUBSTRING_MIN:
            groups.append(_quoted(word) + "*")
            continue
        terms = None if word.isdigit() else _expansions(connection, word)
        if terms is None:
            scans.append(func.instr(haystack, word) > 0)
        elif not terms:
            return Match(false(), False, None)
        else:
            groups.append("(" + " OR ".join(_quoted(t) for t in terms) + ")")
    conditions = list(scans)
    expression = " AND ".join(groups) if groups else None
    if expression is not None:
        conditions.append(id_column.in_(fts_ids(fts_table, expression)))
    return Match(and_(*conditions), bool(scans), None if scans else expression)


def fts_ids(fts_table: str, expression: str) -> Any:
    """SELECT of the rowids an FTS5 expression matches."""
    fts = table(fts_table, column("rowid"))
    return select(fts.c.rowid).where(
        text(f"{fts_table} MATCH :fts_query").bindparams(fts_query=expression)
    )


def count_matches(connection: Connection, fts_table: str, expression: str) -> int:
    """How many rows an FTS5 expression matches (the index holds only live rows)."""
    return int(
        connection.execute(
            text(f"SELECT count(*) FROM {fts_table} WHERE {fts_table} MATCH :q"),
            {"q": expression},
        ).scalar_one()
    )


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
    return _rebuild(connection, ids, PersonSearch.__table__, "person_id", _person_haystacks)


def rebuild_organizations(connection: Connection, ids: Collection[int] | None = None) -> int:
    """Recompute the haystacks of organizations ``ids`` (all when None)."""
    return _rebuild(
        connection, ids, OrganizationSearch.__table__, "organization_id", _organization_haystacks
    )


def _rebuild(
    connection: Connection, ids: Collection[int] | None, target: Any, key: str, build: Any
) -> int:
    sqlite = connection.dialect.name == "sqlite"
    fts_table = target.name.replace("_search", "_fts")
    full = ids is None and sqlite and _has_table(connection, fts_table)
    count = 0
    with triggers_deferred(connection, target.name) if full else nullcontext():
        for chunk in _chunks(ids):
            rows = list(build(connection, chunk))
            if chunk is None:
                connection.execute(delete(target))
            elif sqlite:
                # Rows of live records are replaced in place (upsert below): about half
                # the cost of deleting and re-inserting them with their indexes and FTS
                # entries (10,000 re-indexed people per import, issue: exchange).
                live = {row[key] for row in rows}
                gone = [i for i in chunk if i not in live]
                if gone:
                    connection.execute(delete(target).where(target.c[key].in_(_id_list(gone))))
            else:
                connection.execute(delete(target).where(target.c[key].in_(chunk)))
            if rows and sqlite:
                _insert_haystacks(connection, target.name, key, rows, replace=chunk is not None)
                _add_terms(connection, rows)
            elif rows:
                connection.execute(insert(target), rows)
            count += len(rows)
    if full:
        connection.exec_driver_sql(f"INSERT INTO {fts_table}({fts_table}) VALUES ('rebuild')")
    return count


def _insert_haystacks(
    connection: Connection,
    table: str,
    key: str,
    rows: list[dict[str, Any]],
    *,
    replace: bool = False,
) -> None:
    """Insert the rows in ONE statement (from a JSON parameter), not executemany.

    The FTS5 trigger writes into the full-text index; FTS5 flushes its pending terms
    at every statement, so row by row it wrote a tiny index segment per person
    (about 0.6 ms each: 6 s for an import of 10,000) and one statement writes one.
    ``replace``: a row that exists already is updated (its FTS entry by the update
    trigger).
    """
    columns = list(rows[0])
    data = json.dumps([[_json_value(row[c]) for c in columns] for row in rows], ensure_ascii=False)
    values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(columns)))
    upsert = ""
    if replace:
        # "WHERE true": SQLite's parser needs it between a SELECT and ON CONFLICT.
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
        upsert = f" WHERE true ON CONFLICT({key}) DO UPDATE SET {updates}"
    connection.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {values} FROM json_each(?){upsert}",
        (data,),
    )


def _json_value(value: Any) -> Any:
    """A value as SQLAlchemy stores it on SQLite (datetimes as ISO text)."""
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    return value


def _add_terms(connection: Connection, rows: list[dict[str, Any]]) -> None:
    # Numbers (phone numbers, house numbers) stay out: they would make the vocabulary
    # mostly digits and every look-up slow; a digit query scans the haystacks instead.
    terms: set[str] = set()
    for row in rows:
        terms.update(t for t in row["haystack"].split() if not t.isdigit())
    if not terms:  # names of punctuation only ("!") leave no words
        return
    connection.execute(
        insert(SearchTerm).prefix_with("OR IGNORE"), [{"term": t} for t in sorted(terms)]
    )


def _has_table(connection: Connection, name: str) -> bool:
    return bool(
        connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).first()
    )


def _restrict(statement: Any, column: Any, chunk: list[int] | None, connection: Connection) -> Any:
    if chunk is None:
        return statement
    if connection.dialect.name != "sqlite":
        return statement.where(column.in_(chunk))
    return statement.where(column.in_(_id_list(chunk)))


def _id_list(ids: list[int]) -> Any:
    """``ids`` for an IN: one JSON parameter on SQLite (json_each), else bound values.

    Thousands of bound values cost SQLAlchemy more than the query costs SQLite: an
    import re-indexes 10,000 people (issue: exchange).
    """
    return select(column("value")).select_from(func.json_each(json.dumps(ids)))


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
            Person.sort_key,
            Person.updated_at,
        ).where(Person.deleted_at.is_(None)),
        Person.id,
        chunk,
        connection,
    )
    live: dict[int, tuple[str, datetime | None]] = {}
    for pid, *values, name_key, updated_at in connection.execute(people).all():
        live[pid] = (name_key, updated_at)
        parts[pid].extend(values)
    tags = _restrict(
        select(person_tag.c.person_id, Tag.name).join(Tag, Tag.id == person_tag.c.tag_id),
        person_tag.c.person_id,
        chunk,
        connection,
    )
    for pid, name in connection.execute(tags).all():
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
        connection,
    )
    for pid, *values in connection.execute(affiliations).all():
        parts[pid].extend(values)
    org_cities = _restrict(
        select(Affiliation.person_id, Address.city).join(
            Address, Address.organization_id == Affiliation.organization_id
        ),
        Affiliation.person_id,
        chunk,
        connection,
    )
    own_cities = _restrict(
        select(Address.person_id, Address.city).where(Address.person_id.is_not(None)),
        Address.person_id,
        chunk,
        connection,
    )
    aff_cities = _restrict(
        select(Affiliation.person_id, Address.city).join(
            Address, Address.affiliation_id == Affiliation.id
        ),
        Affiliation.person_id,
        chunk,
        connection,
    )
    own_contacts = _restrict(
        select(ContactPoint.person_id, ContactPoint.value).where(
            ContactPoint.person_id.is_not(None)
        ),
        ContactPoint.person_id,
        chunk,
        connection,
    )
    aff_contacts = _restrict(
        select(Affiliation.person_id, ContactPoint.value).join(
            ContactPoint, ContactPoint.affiliation_id == Affiliation.id
        ),
        Affiliation.person_id,
        chunk,
        connection,
    )
    for statement in (org_cities, own_cities, aff_cities, own_contacts, aff_contacts):
        for pid, value in connection.execute(statement).all():
            parts[pid].append(value)
    shown = person_list.sort_values(connection, chunk)
    for pid, (name_key, updated_at) in live.items():
        organization, city = shown.get(pid, (None, ""))
        yield {
            "person_id": pid,
            "haystack": index_text(*parts[pid]),
            "name_key": name_key,
            "org_key": sort_key(organization or "") or LAST_KEY,
            "city_key": sort_key(city) or LAST_KEY,
            "updated_at": updated_at,
        }


def _organization_haystacks(
    connection: Connection, chunk: list[int] | None
) -> Iterator[dict[str, Any]]:
    parts: dict[int, list[str]] = defaultdict(list)
    orgs = _restrict(
        select(
            Organization.id, Organization.name, Organization.short_name, Organization.notes
        ).where(Organization.deleted_at.is_(None)),
        Organization.id,
        chunk,
        connection,
    )
    live: list[int] = []
    for oid, *values in connection.execute(orgs).all():
        live.append(oid)
        parts[oid].extend(values)
    tags = _restrict(
        select(organization_tag.c.organization_id, Tag.name).join(
            Tag, Tag.id == organization_tag.c.tag_id
        ),
        organization_tag.c.organization_id,
        chunk,
        connection,
    )
    cities = _restrict(
        select(Address.organization_id, Address.city).where(Address.organization_id.is_not(None)),
        Address.organization_id,
        chunk,
        connection,
    )
    contacts = _restrict(
        select(ContactPoint.organization_id, ContactPoint.value).where(
            ContactPoint.organization_id.is_not(None)
        ),
        ContactPoint.organization_id,
        chunk,
        connection,
    )
    for statement in (tags, cities, contacts):
        for oid, value in connection.execute(statement).all():
            parts[oid].append(value)
    for oid in live:
        yield {"organization_id": oid, "haystack": index_text(*parts[oid])}


def people_of_organizations(connection: Connection, org_ids: Collection[int]) -> set[int]:
    """People affiliated with any of ``org_ids`` (their haystacks name the organization)."""
    result: set[int] = set()
    for chunk in _chunks(org_ids):
        statement = _restrict(
            select(Affiliation.person_id), Affiliation.organization_id, chunk, connection
        )
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
