"""Bulk inserts and updates with plain executemany: the same stored values as the ORM."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.model import Person, utcnow
from partnercrm.store.bulk_load import insert_rows, update_rows


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
