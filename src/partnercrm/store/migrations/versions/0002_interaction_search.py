"""Interaction search: a folded haystack per interaction, mirrored into FTS5 on SQLite.

Why: the timelines and the full-text search must find interactions by the words of
their subject and text ("what did we say about the Ehrenamtspreis?"). A plain
``instr`` over 500,000 texts is too slow, so, like people and organizations in 0001,
each interaction gets one row of folded text in ``interaction_search`` (kept by
``store.interaction_index``), mirrored by triggers into an external-content FTS5
table ``interaction_fts``. The haystacks of interactions that already exist are
computed here.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 01:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    op.create_table(
        "interaction_search",
        sa.Column("interaction_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("haystack", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_search_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", name=op.f("pk_interaction_search")),
    )
    _create_fulltext()
    _fill_haystacks()


def downgrade() -> None:
    _drop_fulltext()
    op.drop_table("interaction_search")


def _fts5_available() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        bind.exec_driver_sql("DROP TABLE temp.fts5_probe")
    except Exception:
        return False
    return True


def _create_fulltext() -> None:
    if not _fts5_available():
        return
    bind = op.get_bind()
    # Only word-prefix queries of one and two letters need a prefix index; longer
    # prefixes are fast enough from the term index and texts are long (size matters).
    bind.exec_driver_sql(
        "CREATE VIRTUAL TABLE interaction_fts USING fts5(haystack, "
        "content='interaction_search', content_rowid='interaction_id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2', columnsize=0)"
    )
    bind.exec_driver_sql(
        "CREATE TRIGGER interaction_fts_ai AFTER INSERT ON interaction_search BEGIN "
        "INSERT INTO interaction_fts(rowid, haystack) VALUES (new.interaction_id, new.haystack); "
        "END"
    )
    bind.exec_driver_sql(
        "CREATE TRIGGER interaction_fts_ad AFTER DELETE ON interaction_search BEGIN "
        "INSERT INTO interaction_fts(interaction_fts, rowid, haystack) "
        "VALUES ('delete', old.interaction_id, old.haystack); END"
    )
    bind.exec_driver_sql(
        "CREATE TRIGGER interaction_fts_au AFTER UPDATE ON interaction_search BEGIN "
        "INSERT INTO interaction_fts(interaction_fts, rowid, haystack) "
        "VALUES ('delete', old.interaction_id, old.haystack); "
        "INSERT INTO interaction_fts(rowid, haystack) VALUES (new.interaction_id, new.haystack); "
        "END"
    )


def _drop_fulltext() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for suffix in ("ai", "ad", "au"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS interaction_fts_{suffix}")
    bind.exec_driver_sql("DROP TABLE IF EXISTS interaction_fts")


def _fill_haystacks() -> None:
    # Imported here: the folding is part of the program, not of the schema history.
    from partnercrm.store.text_folding import index_text

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, subject, text, followup_note FROM interaction"))
    target = sa.table("interaction_search", sa.column("interaction_id"), sa.column("haystack"))
    batch: list[dict[str, object]] = []
    for interaction_id, subject, body, note in rows.fetchall():
        batch.append(
            {"interaction_id": interaction_id, "haystack": index_text(subject, body, note)}
        )
        if len(batch) >= _BATCH:
            bind.execute(sa.insert(target), batch)
            batch = []
    if batch:
        bind.execute(sa.insert(target), batch)
