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
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, event, text

from partnercrm.errors import InternalError
from partnercrm.i18n import translate


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


def update_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    *,
    where: Sequence[str],
    increment: Sequence[str] = (),
) -> int:
    """UPDATE each row (dicts of the same keys) found by its ``where`` values; return the count.

    The other keys are the new values; each column in ``increment`` is raised by one
    (a version counter may be both: checked in WHERE, raised in SET). On SQLite the
    statement runs as one executemany of plain tuples: SQLAlchemy's per-row parameter
    processing cost more than the updates (10,000 merged people, issue: exchange).
    """
    if not rows:
        return 0
    keys = list(rows[0])
    setting = [k for k in keys if k not in where]
    if connection.dialect.name != "sqlite":
        statement = (
            table.update()
            .where(*(table.c[k] == bindparam(f"w_{k}") for k in where))
            .values(
                {k: bindparam(f"s_{k}") for k in setting} | {k: table.c[k] + 1 for k in increment}
            )
        )
        params = [
            {f"w_{k}": row[k] for k in where} | {f"s_{k}": row[k] for k in setting} for row in rows
        ]
        return int(connection.execute(statement, params).rowcount)
    order = setting + list(where)
    values: list[Iterable[Any]] = []
    for c in order:
        column = [row[c] for row in rows]
        convert = _converter(next((v for v in column if v is not None), None))
        if convert is not None:
            done = {v: convert(v) for v in set(column)}
            column = [done[v] for v in column]
        values.append(column)
    assignments = [f'"{k}" = ?' for k in setting] + [f'"{k}" = "{k}" + 1' for k in increment]
    conditions = " AND ".join(f'"{k}" = ?' for k in where)
    result = connection.exec_driver_sql(
        f'UPDATE "{table.name}" SET {", ".join(assignments)} WHERE {conditions}',
        list(zip(*values, strict=True)),
    )
    return int(result.rowcount)


def insert_tuples(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
) -> int:
    """Insert ``rows`` (tuples of the values of ``columns``) into ``table``.

    The same values as ``insert_rows`` would store, without a dict per row: values are
    converted column by column, and the table's columns that ``columns`` leaves out take
    their scalar default (or the server default).
    """
    if not rows:
        return 0
    if connection.dialect.name != "sqlite":
        return insert_rows(
            connection, table, [dict(zip(columns, row, strict=True)) for row in rows]
        )
    defaults = {
        c.name: getattr(c.default, "arg", None)
        for c in table.columns
        if c.name not in columns and c.default is not None and c.default.is_scalar
    }
    converters = [
        _converter(next((row[index] for row in rows if row[index] is not None), None))
        for index in range(len(columns))
    ]
    fill = tuple(defaults.values())
    data: list[tuple[Any, ...]]
    if any(converters):
        values: list[Iterable[Any]] = [list(map(itemgetter(i), rows)) for i in range(len(columns))]
        # Converted once per distinct value: timestamps repeat within a row and across rows.
        stored: dict[Any, Any] = {None: None}
        for index, convert in enumerate(converters):
            if convert is not None:
                column_values = values[index]
                for value in set(column_values).difference(stored):
                    stored[value] = convert(value)
                values[index] = list(map(stored.__getitem__, column_values))
        # The defaults repeat without end: the rows' columns set the length.
        data = list(zip(*values, *(repeat(value) for value in fill), strict=False))
    elif fill:
        data = [row + fill for row in rows]
    else:
        data = list(rows)  # no conversion: the rows as they are
    names = ", ".join(f'"{c}"' for c in [*columns, *defaults])
    marks = ", ".join("?" for _ in range(len(columns) + len(defaults)))
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


_RESTORE_FOREIGN_KEYS = "partnercrm.restore_foreign_keys"


@contextmanager
def foreign_keys_checked_at_end(connection: Connection) -> Iterator[None]:
    """Check the foreign keys of a load once at the end instead of row by row (SQLite).

    SQLite only switches enforcement off outside a transaction, so this works when the
    load is the transaction's first write (a demo into a fresh file); otherwise every row
    is checked as usual. At the end ``PRAGMA foreign_key_check`` must find nothing, or
    InternalError is raised (the caller's transaction then rolls back). Enforcement is
    switched on again when the connection goes back to the pool, after the commit.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    if connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
        yield  # inside a transaction already: the pragma had no effect
        return
    if not event.contains(connection.engine, "checkin", _restore_foreign_keys):
        event.listen(connection.engine, "checkin", _restore_foreign_keys)
    connection.connection.info[_RESTORE_FOREIGN_KEYS] = True
    yield
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        table, rowid, parent, _key = broken[0]
        raise InternalError(
            translate(
                "database",
                "The load left {count} rows pointing at missing rows, for example row "
                "{rowid} of {table} at {parent}. Nothing was saved.",
            ).format(count=len(broken), rowid=rowid, table=table, parent=parent)
        )


def _restore_foreign_keys(dbapi_connection: Any, record: Any) -> None:
    if record.info.pop(_RESTORE_FOREIGN_KEYS, False) and dbapi_connection is not None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
