"""People's sort keys compare the last name first, then the first names.

Why: the key joined the folded last and first names with a space, so a double
name's second half competed with other people's first names: "Fischer-Schumacher,
Sven" came before "Fischer, Thomas". The parts are now separated by a tab, which
sorts below every letter and the space (store.text_folding.sort_key). No schema
change: the keys of every person (``person.sort_key``) and of the list
(``person_search.name_key``, a copy of it) are computed anew.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 04:50:00
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    from partnercrm.store.text_folding import sort_key

    _rewrite_keys(lambda last, first, particle: sort_key(last, first, particle))


def downgrade() -> None:
    # The old keys (parts joined by a space) are what 0004 expects.
    from partnercrm.store.text_folding import fold

    _rewrite_keys(lambda *parts: " ".join(fold(p) for p in parts if p).strip())


def _rewrite_keys(key_of: Callable[[str, str, str], str]) -> None:
    """Every person's sort key from ``key_of(last, first, particle)``, and the list's copy."""
    bind = op.get_bind()
    people = bind.exec_driver_sql(
        "SELECT id, last_name, first_name, name_particle FROM person"
    ).all()
    person = sa.table("person", sa.column("id"), sa.column("sort_key"))
    statement = (
        sa.update(person)
        .where(person.c.id == sa.bindparam("pid"))
        .values(sort_key=sa.bindparam("key"))
    )
    for start in range(0, len(people), _BATCH):
        rows = [
            {"pid": pid, "key": key_of(last or "", first or "", particle or "")}
            for pid, last, first, particle in people[start : start + _BATCH]
        ]
        bind.execute(statement, rows)
    bind.exec_driver_sql(
        "UPDATE person_search SET "
        "name_key = (SELECT p.sort_key FROM person p WHERE p.id = person_search.person_id)"
    )
