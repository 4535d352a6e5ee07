"""Declarative base, naming convention and the column mixins every aggregate shares."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, DateTime, Enum, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# A fixed naming convention lets Alembic's batch mode find constraints on SQLite
# (ecosystem-privacy-reliability.md, 4.2).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum_type: type[StrEnum]) -> Enum:
    """A string column holding an enum's values (not names), without a native DB enum."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(),
        datetime: DateTime(),
        date: Date(),
    }


def utcnow() -> datetime:
    """The current time as a naive UTC datetime (what every timestamp column stores)."""
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


class Timestamps:
    """Creation and change time of an editable row."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=func.now()
    )


class Versioned:
    """A version counter: every ORM update checks and increments it (conflict detection)."""

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class Trashable:
    """Soft delete: a row in the trash has ``deleted_at`` set and is hidden from lists."""

    # No index: nearly every row is NULL, and an index here misleads SQLite's planner
    # into sorting whole result sets instead of walking the name index.
    deleted_at: Mapped[datetime | None] = mapped_column()

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None
