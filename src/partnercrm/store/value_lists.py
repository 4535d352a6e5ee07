"""Conditions ``column IN (many values)`` for look-ups of thousands of keys at once.

On SQLite the values go in as ONE JSON parameter (``json_each``): thousands of bound
values cost SQLAlchemy more than the query costs SQLite, and the planner takes the
column's index for ``IN (SELECT value FROM json_each(?))`` even where the statistics
of a mostly-NULL unique column (``person.uid``) make it scan the table for a long
``IN`` list (issue: exchange, 10,000 records matched in one import). Other databases
get chunks of bound values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, select

_CHUNK = 500


def among(dialect: str, target: Any, values: Iterable[Any]) -> list[ColumnElement[bool]]:
    """``target IN values`` as one condition per query to run (none for no values).

    ``dialect`` is the connection's dialect name (``session.bind.dialect.name``).
    """
    unique: Sequence[Any] = sorted(set(values))
    if not unique:
        return []
    if dialect == "sqlite":
        listed: Select[Any] = select(column("value")).select_from(
            func.json_each(json.dumps(list(unique)))
        )
        return [target.in_(listed)]
    return [target.in_(unique[i : i + _CHUNK]) for i in range(0, len(unique), _CHUNK)]
