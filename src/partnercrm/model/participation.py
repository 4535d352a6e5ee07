"""Participations: who was invited to, registered for and attended an event, in which role."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, Timestamps, Versioned, enum_column
from partnercrm.model.enums import OrganizationKind, ParticipationRole, ParticipationStatus

if TYPE_CHECKING:
    from partnercrm.model.event import Event
    from partnercrm.model.person import Person


class Participation(Versioned, Timestamps, Base):
    """A person at an event, with the affiliation they represented at the time.

    The ``org_*`` columns snapshot the represented organization when the
    participation is recorded, so statistics survive later job changes and even
    the erasure of the person (``person_id`` then becomes NULL).
    """

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_id", "person_id", name="uq_participation_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    affiliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("affiliation.id", ondelete="SET NULL")
    )
    org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    org_name: Mapped[str] = mapped_column(default="")
    org_kind: Mapped[OrganizationKind | None] = mapped_column(enum_column(OrganizationKind))
    org_function: Mapped[str] = mapped_column(default="")
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    municipality_name: Mapped[str] = mapped_column(default="")
    role: Mapped[ParticipationRole] = mapped_column(
        enum_column(ParticipationRole), default=ParticipationRole.PARTICIPANT
    )
    status: Mapped[ParticipationStatus] = mapped_column(
        enum_column(ParticipationStatus), default=ParticipationStatus.INVITED, index=True
    )
    invited_at: Mapped[datetime | None] = mapped_column()
    registered_at: Mapped[datetime | None] = mapped_column()
    waitlisted_at: Mapped[datetime | None] = mapped_column()
    declined_at: Mapped[datetime | None] = mapped_column()
    cancelled_at: Mapped[datetime | None] = mapped_column()
    attended_at: Mapped[datetime | None] = mapped_column()
    no_show_at: Mapped[datetime | None] = mapped_column()
    photo_consent: Mapped[bool | None] = mapped_column()
    notes: Mapped[str] = mapped_column(default="")

    event: Mapped[Event] = relationship(back_populates="participations")
    person: Mapped[Person | None] = relationship()


class SessionParticipation(Base):
    """A participation in one session, with the role there (speaker, exhibitor at a stand)."""

    __tablename__ = "session_participation"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("event_session.id", ondelete="CASCADE"), primary_key=True
    )
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[ParticipationRole] = mapped_column(
        enum_column(ParticipationRole), default=ParticipationRole.PARTICIPANT
    )
    stand_number: Mapped[str] = mapped_column(default="")
    attended: Mapped[bool] = mapped_column(default=False)
