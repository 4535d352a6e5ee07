"""Bulk loading: tuples store exactly what dicts store; updates read back through the ORM."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

import pytest
from sqlalchemy import Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from partnercrm.errors import InternalError
from partnercrm.model import Affiliation, Organization, OrganizationKind, Person, utcnow
from partnercrm.store.bulk_load import (
    foreign_keys_checked_at_end,
    insert_rows,
    insert_tuples,
    update_rows,
)
from partnercrm.store.database import Database

STAMP = datetime(2026, 3, 2, 9, 30)


def _raw(session: Session, table: str) -> list[tuple[Any, ...]]:
    rows = session.connection().exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").all()
    return [tuple(row)[1:] for row in rows]  # without the id


def test_tuples_store_the_same_values_as_dicts(session: Session) -> None:
    organization = cast(Table, Organization.__table__)
    person = cast(Table, Person.__table__)
    affiliation = cast(Table, Affiliation.__table__)
    org = {
        "name": "Stadt Köln",
        "kind": OrganizationKind.MUNICIPALITY,
        "sort_key": "stadt koln",
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    insert_rows(session.connection(), organization, [{"id": 1, **org}])
    insert_tuples(session.connection(), organization, ["id", *org], [(2, *org.values())])
    names = {"first_name": "Anna", "last_name": "Ölsen", "sort_key": "olsen\tanna"}
    insert_rows(session.connection(), person, [{"id": 1, **names}])
    insert_tuples(session.connection(), person, ["id", *names], [(2, *names.values())])
    stamps = {"created_at": STAMP, "updated_at": STAMP}
    roles = [
        {"id": 1, "person_id": 1, "organization_id": 1, "valid_from": date(2020, 1, 31), **stamps},
        {"id": 2, "person_id": 2, "organization_id": 2, "valid_from": None, **stamps},
    ]
    insert_rows(session.connection(), affiliation, roles)
    insert_tuples(
        session.connection(),
        affiliation,
        list(roles[0]),
        [(3, 1, 1, date(2020, 1, 31), STAMP, STAMP), (4, 2, 2, None, STAMP, STAMP)],
    )

    orgs = _raw(session, "organization")
    assert orgs[0] == orgs[1]
    assert "2026-03-02 09:30:00.000000" in orgs[1]
    people = _raw(session, "person")
    assert people[0] == people[1]
    stored = [row[2:] for row in _raw(session, "affiliation")]
    assert stored[:2] == stored[2:]
    assert "2020-01-31" in stored[2]


def test_no_rows_insert_nothing(session: Session) -> None:
    assert insert_tuples(session.connection(), cast(Table, Person.__table__), ["id"], []) == 0


def _foreign_keys_on(db: Database) -> bool:
    with db.session() as session:
        return bool(session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar())


def test_foreign_keys_are_checked_once_at_the_end(db: Database) -> None:
    person = cast(Table, Person.__table__)
    affiliation = cast(Table, Affiliation.__table__)
    names = {"id": 1, "first_name": "Anna", "last_name": "Adler", "sort_key": "adler\tanna"}
    with pytest.raises(InternalError, match="affiliation"), db.transaction() as session:
        connection = session.connection()
        with foreign_keys_checked_at_end(connection):
            insert_rows(connection, person, [names])
            # No organization 7: accepted now, found at the end.
            insert_rows(connection, affiliation, [{"person_id": 1, "organization_id": 7}])
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(person)) == 0
    assert _foreign_keys_on(db)


def test_a_clean_load_commits_and_enforcement_returns(db: Database) -> None:
    person = cast(Table, Person.__table__)
    names = {"id": 1, "first_name": "Anna", "last_name": "Adler", "sort_key": "adler\tanna"}
    with db.transaction() as session, foreign_keys_checked_at_end(session.connection()):
        insert_rows(session.connection(), person, [names])
    assert _foreign_keys_on(db)
    with pytest.raises(IntegrityError), db.transaction() as session:
        insert_rows(
            session.connection(),
            cast(Table, Affiliation.__table__),
            [{"person_id": 1, "organization_id": 7}],
        )


def test_after_a_write_rows_are_checked_as_usual(db: Database) -> None:
    person = cast(Table, Person.__table__)
    names = {"id": 1, "first_name": "Anna", "last_name": "Adler", "sort_key": "adler\tanna"}
    with pytest.raises(IntegrityError), db.transaction() as session:
        connection = session.connection()
        insert_rows(connection, person, [names])
        with foreign_keys_checked_at_end(connection):
            insert_rows(
                connection,
                cast(Table, Affiliation.__table__),
                [{"person_id": 1, "organization_id": 7}],
            )


def test_inserted_and_updated_rows_read_back_through_the_orm(session: Session) -> None:
    now = utcnow()
    table = Person.__table__
    connection = session.connection()
    rows = [
        {"id": i, "first_name": f"A{i}", "last_name": "B", "sort_key": "b", "created_at": now}
        for i in (1, 2, 3)
    ]
    insert_rows(connection, table, rows)  # type: ignore[arg-type]
    changed = update_rows(
        connection,
        table,  # type: ignore[arg-type]
        [
            {"id": 1, "version": 1, "birthday": date(1970, 5, 1), "updated_at": now},
            {"id": 2, "version": 7, "birthday": None, "updated_at": now},  # stale: untouched
            {"id": 3, "version": 1, "birthday": None, "updated_at": now},
        ],
        where=("id", "version"),
        increment=("version",),
    )
    assert changed == 2
    people = {p.id: p for p in session.scalars(select(Person))}
    assert [(p.version, p.birthday) for p in people.values()] == [
        (2, date(1970, 5, 1)),
        (1, None),
        (2, None),
    ]
    assert people[1].updated_at == now and people[1].created_at == now
    assert update_rows(connection, table, [], where=("id",)) == 0  # type: ignore[arg-type]
