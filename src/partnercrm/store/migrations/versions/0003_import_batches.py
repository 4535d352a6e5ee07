"""Import batches: each contact import is recorded so that it can be undone as a whole.

Why: users must be able to take back an import (vCard, CSV, XLSX) that went wrong —
delete what it created and restore what it changed. ``import_batch`` holds one row
per import run; ``import_record`` one row per created or updated record, with the
before-state of updated people as JSON and the version counter right after the
import (undo refuses records edited since, unless forced).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 01:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("format", sa.String(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch") as batch:
        batch.create_index(batch.f("ix_import_batch_started_at"), ["started_at"], unique=False)
    op.create_table(
        "import_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_record_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_record")),
    )
    with op.batch_alter_table("import_record") as batch:
        batch.create_index(batch.f("ix_import_record_batch_id"), ["batch_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_record") as batch:
        batch.drop_index(batch.f("ix_import_record_batch_id"))
    op.drop_table("import_record")
    with op.batch_alter_table("import_batch") as batch:
        batch.drop_index(batch.f("ix_import_batch_started_at"))
    op.drop_table("import_batch")
