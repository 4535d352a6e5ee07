"""People list sort keys: stored, indexed sort columns beside each person's haystack.

Why: sorting the 100,000-person list by organization or city went through
correlated sub-queries for every person (1.3–2.3 s per header click), and even
the name and change-date sorts read every person row to skip the trashed ones
(110–150 ms). ``person_search`` holds one row per live person already and is
kept in step with every write (store.search_sync, store.search_index), so it
gets the list's sort keys: ``name_key`` (the person's sort key), ``org_key`` and
``city_key`` (the folded organization and city the list shows, see
store.person_list) and ``updated_at``, each with an index that ends in the name
and the id. A sort is then a walk of one covering index (40–50 ms for all ids;
the first page in under a millisecond).

The FTS5 mirror trigger on updates of ``person_search`` now fires only when the
haystack changes (filling the keys must not re-index 100,000 haystacks). The
keys of people that exist are computed here.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 03:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LAST = "\U0010ffff"  # model.search_entry.LAST_KEY: blanks sort last
_BATCH = 5000
_INDEXES = {
    "ix_person_search_name": ["name_key", "person_id"],
    "ix_person_search_org": ["org_key", "name_key", "person_id"],
    "ix_person_search_city": ["city_key", "name_key", "person_id"],
    "ix_person_search_updated": ["updated_at", "person_id"],
}
_TRIGGER_ON_ANY_UPDATE = (
    "CREATE TRIGGER person_fts_au AFTER UPDATE ON person_search BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, haystack) "
    "VALUES ('delete', old.person_id, old.haystack); "
    "INSERT INTO person_fts(rowid, haystack) VALUES (new.person_id, new.haystack); END"
)
_TRIGGER_ON_HAYSTACK = _TRIGGER_ON_ANY_UPDATE.replace(
    "AFTER UPDATE ON", "AFTER UPDATE OF haystack ON"
)


def upgrade() -> None:
    with op.batch_alter_table("person_search") as batch:
        batch.add_column(sa.Column("name_key", sa.String(), server_default="", nullable=False))
        batch.add_column(sa.Column("org_key", sa.String(), server_default=_LAST, nullable=False))
        batch.add_column(sa.Column("city_key", sa.String(), server_default=_LAST, nullable=False))
        batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    _replace_trigger(_TRIGGER_ON_HAYSTACK)
    _fill_keys()
    with op.batch_alter_table("person_search") as batch:
        for name, columns in _INDEXES.items():
            batch.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person_search") as batch:
        for name in _INDEXES:
            batch.drop_index(name)
    _replace_trigger(_TRIGGER_ON_ANY_UPDATE)
    bind = op.get_bind()
    # Dropping columns copies the table, which drops its FTS5 mirror triggers.
    triggers = (
        [
            row[0]
            for row in bind.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person_search'"
            )
        ]
        if bind.dialect.name == "sqlite"
        else []
    )
    with op.batch_alter_table("person_search") as batch:
        for name in ("updated_at", "city_key", "org_key", "name_key"):
            batch.drop_column(name)
    existing = (
        {
            row[0]
            for row in bind.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person_search'"
            )
        }
        if bind.dialect.name == "sqlite"
        else set()
    )
    for sql in triggers:
        if sql not in existing:
            bind.exec_driver_sql(sql)


def _replace_trigger(sql: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    exists = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'person_fts_au'"
    ).first()
    if exists is None:
        return  # no FTS5 on this database
    bind.exec_driver_sql("DROP TRIGGER person_fts_au")
    bind.exec_driver_sql(sql)


def _fill_keys() -> None:
    # Imported here: what the list shows and how it folds is part of the program,
    # not of the schema history (as in 0002).
    from partnercrm.store.person_list import sort_values
    from partnercrm.store.text_folding import sort_key

    bind = op.get_bind()
    bind.exec_driver_sql(
        "UPDATE person_search SET "
        "name_key = (SELECT p.sort_key FROM person p WHERE p.id = person_search.person_id), "
        "updated_at = (SELECT p.updated_at FROM person p WHERE p.id = person_search.person_id)"
    )
    live = [row[0] for row in bind.exec_driver_sql("SELECT person_id FROM person_search")]
    target = sa.table(
        "person_search", sa.column("person_id"), sa.column("org_key"), sa.column("city_key")
    )
    statement = (
        sa.update(target)
        .where(target.c.person_id == sa.bindparam("pid"))
        .values(org_key=sa.bindparam("org"), city_key=sa.bindparam("city"))
    )
    for start in range(0, len(live), _BATCH):
        shown = sort_values(bind, live[start : start + _BATCH])
        rows = [
            {
                "pid": pid,
                "org": sort_key(organization or "") or _LAST,
                "city": sort_key(city) or _LAST,
            }
            for pid, (organization, city) in shown.items()
        ]
        if rows:
            bind.execute(statement, rows)
