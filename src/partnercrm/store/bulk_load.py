"""Fast bulk inserts for large loads (demo data, imports): executemany, indexes after.

The ORM's unit of work writes about 6,500 rows/s; a plain executemany in one
transaction writes 100,000–300,000 (reference/perf-baselines.md, 2a). For very
large loads the secondary indexes are dropped first and rebuilt afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from itertools import chain, repeat
from typing import Any

from sqlalchemy import Connection, Table, text


def _converter(sample: Any) -> Callable[[Any], Any] | None:
    """How a column's values become what sqlite3 stores; None: as they are.

    Dates are stored the way SQLAlchemy's SQLite types read them back; str-valued
    enums (StrEnum) bind as text already.
    """
    if isinstance(sample, datetime):
        return lambda v: None if v is None else v.isoformat(" ", "microseconds")
    if isinstance(sample, date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(sample, Enum) and not isinstance(sample, str):
        return lambda v: None if v is None else v.value
    return None


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> int:
    """Insert ``rows`` (dicts) into ``table``; a missing key takes the column's scalar default.

    Columns without a scalar default that a row leaves out are NULL (or the server default
    where no row names them).
    """
    if not rows:
        return 0
    given = list(dict.fromkeys(chain.from_iterable(rows)))  # every key, in order
    scalar = {
        c.name: getattr(c.default, "arg", None)
        for c in table.columns
        if c.default is not None and c.default.is_scalar
    }
    defaults = {name: value for name, value in scalar.items() if name not in given}
    columns = given + list(defaults)
    if connection.dialect.name != "sqlite":
        full = [{**defaults, **{c: row.get(c, scalar.get(c)) for c in given}} for row in rows]
        connection.execute(table.insert(), full)
        return len(rows)
    # Column by column, each distinct value converted once (an import stamps the same
    # time on every row): per-value calls in a per-row loop were most of a load's time.
    complete = all(len(r) == len(given) for r in rows)  # every row names every column
    values: list[Iterable[Any]] = []
    for c in given:
        column = (
            [row[c] for row in rows] if complete else [row.get(c, scalar.get(c)) for row in rows]
        )
        convert = _converter(next((v for v in column if v is not None), None))
        if convert is not None:
            done = {v: convert(v) for v in set(column)}
            column = [done[v] for v in column]
        values.append(column)
    values += [repeat(value, len(rows)) for value in defaults.values()]
    data = list(zip(*values, strict=False))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', data)
    return len(rows)


@contextmanager
def indexes_deferred(connection: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Drop the secondary indexes of ``tables`` (SQLite) and rebuild them at the end."""
    if connection.dialect.name != "sqlite":
        yield
        return
    names = ", ".join(f"'{t}'" for t in tables)
    indexes = connection.execute(
        text(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names})"
        )
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _name, sql in indexes:
            connection.exec_driver_sql(sql)


@contextmanager
def triggers_deferred(connection: Connection, table_name: str) -> Iterator[None]:
    """Drop the triggers of ``table_name`` for a full reload and recreate them at the end."""
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (table_name,),
    ).all()
    for name, _sql in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in triggers:
            connection.exec_driver_sql(sql)
