"""Import batches: what one import created or changed, so it can be undone as a whole."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, utcnow


class ImportBatch(Base):
    """One import run (vCard, CSV or XLSX file(s)).

    Attributes:
        sources: the imported file names, one per line.
        undone_at: set when the batch was undone; an undone batch cannot be undone again.
    """

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(default="")
    format: Mapped[str] = mapped_column(default="")
    sources: Mapped[str] = mapped_column(Text, default="")
    created_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column()

    records: Mapped[list[ImportRecord]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", passive_deletes=True
    )


class ImportRecord(Base):
    """One row a batch created or updated.

    Attributes:
        entity: the table name ("person", "organization").
        action: "created" or "updated".
        before: for updates, the person's state before the import as JSON (enough to undo).
        version_after: the row's version counter right after the import; undo refuses
            when it differs (the row was edited since), unless forced.
    """

    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    entity: Mapped[str] = mapped_column()
    entity_id: Mapped[int] = mapped_column()
    action: Mapped[str] = mapped_column()
    before: Mapped[str] = mapped_column(Text, default="")
    version_after: Mapped[int] = mapped_column(default=1)

    batch: Mapped[ImportBatch] = relationship(back_populates="records")
