"""Events and their sessions: seminars, conferences, exchanges, workshops, online talks."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, Timestamps, Versioned, enum_column
from partnercrm.model.enums import EventKind, EventPartnerRole, EventStatus, SessionKind

if TYPE_CHECKING:
    from partnercrm.model.organization import Organization
    from partnercrm.model.participation import Participation


class Event(Versioned, Timestamps, Base):
    """An event; ``series`` groups e.g. the talks of an online series."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(index=True)
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind), default=EventKind.SEMINAR)
    series: Mapped[str] = mapped_column(default="", index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None] = mapped_column()
    venue_name: Mapped[str] = mapped_column(default="")
    venue_street: Mapped[str] = mapped_column(default="")
    venue_postal_code: Mapped[str] = mapped_column(default="")
    venue_city: Mapped[str] = mapped_column(default="")
    online_url: Mapped[str] = mapped_column(default="")
    organizer_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    capacity: Mapped[int | None] = mapped_column()
    status: Mapped[EventStatus] = mapped_column(
        enum_column(EventStatus), default=EventStatus.PLANNED
    )
    description: Mapped[str] = mapped_column(default="")

    organizer: Mapped[Organization | None] = relationship()
    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    partners: Mapped[list[EventPartner]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    participations: Mapped[list[Participation]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )


class EventPartner(Base):
    """An organization taking part in an event as partner or funder."""

    __tablename__ = "event_partner"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[EventPartnerRole] = mapped_column(enum_column(EventPartnerRole), primary_key=True)

    organization: Mapped[Organization] = relationship()


class EventSession(Versioned, Base):
    """A part of an event: workshop, panel, gallery walk, get-together, slot."""

    __tablename__ = "event_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column()
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind), default=SessionKind.SLOT)
    starts_at: Mapped[datetime | None] = mapped_column()
    ends_at: Mapped[datetime | None] = mapped_column()
    room: Mapped[str] = mapped_column(default="")
    capacity: Mapped[int | None] = mapped_column()

    event: Mapped[Event] = relationship(back_populates="sessions")
