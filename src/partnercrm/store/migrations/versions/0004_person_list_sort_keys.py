"""People list sort keys beside each person's haystack; search rows die with their record.

Why: sorting the 100,000-person list by organization or city went through
correlated sub-queries for every person (1.1–2.3 s per header click), and even
the name and change-date sorts read every person row to skip the trashed ones
(110–150 ms). ``person_search`` holds one row per live person already and is
kept in step with every write (store.search_sync, store.search_index), so it
gets the list's sort keys: ``name_key`` (the person's sort key), ``org_key`` and
``city_key`` (the folded organization and city the list shows, see
store.person_list) and ``updated_at``, each with an index that ends in the name
and the id. A sort is then a walk of one covering index (40–50 ms for all ids;
the first page in under a millisecond), and the list of everyone alive is
``person_search`` itself.

That needs ``person_search`` to hold exactly the live people: a person deleted
with a Core DELETE (the undo of an import) left a stale row behind. Both search
tables now reference their record with ON DELETE CASCADE (stale rows are removed
here), and the FTS5 mirror triggers are kept across the table copy. The update
trigger now fires only when the haystack changes (filling the keys must not
re-index 100,000 haystacks). The keys of people that exist are computed here.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 03:50:00
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
_COLUMNS = ("updated_at", "city_key", "org_key", "name_key")
_ANY_UPDATE = "AFTER UPDATE ON person_search"
_HAYSTACK_UPDATE = "AFTER UPDATE OF haystack ON person_search"


def upgrade() -> None:
    bind = op.get_bind()
    # Stale rows of deleted or trashed records would break the new references.
    bind.exec_driver_sql(
        "DELETE FROM person_search WHERE person_id NOT IN "
        "(SELECT id FROM person WHERE deleted_at IS NULL)"
    )
    bind.exec_driver_sql(
        "DELETE FROM organization_search WHERE organization_id NOT IN "
        "(SELECT id FROM organization WHERE deleted_at IS NULL)"
    )
    with (
        _triggers_kept("person_search", (_ANY_UPDATE, _HAYSTACK_UPDATE)),
        op.batch_alter_table("person_search", recreate="always") as batch,
    ):
        batch.add_column(sa.Column("name_key", sa.String(), server_default="", nullable=False))
        batch.add_column(sa.Column("org_key", sa.String(), server_default=_LAST, nullable=False))
        batch.add_column(sa.Column("city_key", sa.String(), server_default=_LAST, nullable=False))
        batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_person_search_person_id_person"),
            "person",
            ["person_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with (
        _triggers_kept("organization_search"),
        op.batch_alter_table("organization_search", recreate="always") as batch,
    ):
        batch.create_foreign_key(
            batch.f("fk_organization_search_organization_id_organization"),
            "organization",
            ["organization_id"],
            ["id"],
            ondelete="CASCADE",
        )
    _fill_keys()
    with op.batch_alter_table("person_search") as batch:
        for name, columns in _INDEXES.items():
            batch.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person_search") as batch:
        for name in _INDEXES:
            batch.drop_index(name)
    with (
        _triggers_kept("person_search", (_HAYSTACK_UPDATE, _ANY_UPDATE)),
        op.batch_alter_table("person_search", recreate="always") as batch,
    ):
        batch.drop_constraint("fk_person_search_person_id_person", type_="foreignkey")
        for name in _COLUMNS:
            batch.drop_column(name)
    with (
        _triggers_kept("organization_search"),
        op.batch_alter_table("organization_search", recreate="always") as batch,
    ):
        batch.drop_constraint(
            "fk_organization_search_organization_id_organization", type_="foreignkey"
        )


@contextmanager
def _triggers_kept(table: str, replace: tuple[str, str] | None = None) -> Iterator[None]:
    """Copying a table (batch mode) drops its FTS5 mirror triggers: create them again."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    triggers = [
        row[0]
        for row in bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
        )
    ]
    yield
    for sql in triggers:
        if replace is not None:
            sql = sql.replace(*replace)
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
