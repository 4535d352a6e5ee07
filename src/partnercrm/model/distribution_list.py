"""Distribution lists: static members and/or a saved filter."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, Timestamps, Versioned
from partnercrm.model.person import Person

distribution_list_member = Table(
    "distribution_list_member",
    Base.metadata,
    Column(
        "distribution_list_id",
        ForeignKey("distribution_list.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class DistributionList(Versioned, Timestamps, Base):
    """A named list; ``filter_json`` holds a saved people filter (see services.people)."""

    __tablename__ = "distribution_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    description: Mapped[str] = mapped_column(default="")
    filter_json: Mapped[str] = mapped_column(default="")

    members: Mapped[list[Person]] = relationship(secondary=distribution_list_member)
