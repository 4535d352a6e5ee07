"""Interactions: calls, meetings, e-mails, letters, visits and notes, with follow-ups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, Timestamps, Versioned, enum_column
from partnercrm.model.enums import InteractionKind
from partnercrm.model.organization import Organization
from partnercrm.model.person import Person

interaction_person = Table(
    "interaction_person",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)

interaction_organization = Table(
    "interaction_organization",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organization_id",
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Interaction(Versioned, Timestamps, Base):
    """Something said or done with people and organizations; optionally with a follow-up.

    Attributes:
        followup_due: the Wiedervorlage date; None when there is no follow-up.
        followup_owner: who has to act (a user name in team use).
    """

    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_followup", "followup_done", "followup_due"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[InteractionKind] = mapped_column(enum_column(InteractionKind))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    subject: Mapped[str] = mapped_column(default="")
    text: Mapped[str] = mapped_column(default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    followup_due: Mapped[date | None] = mapped_column()
    followup_note: Mapped[str] = mapped_column(default="")
    followup_owner: Mapped[str] = mapped_column(default="")
    followup_done: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[str] = mapped_column(default="")

    people: Mapped[list[Person]] = relationship(secondary=interaction_person)
    organizations: Mapped[list[Organization]] = relationship(secondary=interaction_organization)


class InteractionSearch(Base):
    """Folded haystack of one interaction: subject, text and follow-up note.

    Kept by ``store.interaction_index``; on SQLite mirrored into the FTS5 table
    ``interaction_fts`` by triggers (migration 0002).
    """

    __tablename__ = "interaction_search"

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    haystack: Mapped[str] = mapped_column()
