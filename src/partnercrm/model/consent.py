"""Communication consents: per person, channel and purpose, as an append-only record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from partnercrm.model.base import Base, enum_column, utcnow
from partnercrm.model.enums import ConsentChannel, ConsentPurpose, ConsentState


class Consent(Base):
    """One consent event; the newest per (channel, purpose) is the current state."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    channel: Mapped[ConsentChannel] = mapped_column(enum_column(ConsentChannel))
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column(ConsentPurpose))
    state: Mapped[ConsentState] = mapped_column(enum_column(ConsentState))
    given_on: Mapped[date] = mapped_column()
    source: Mapped[str] = mapped_column(default="")
    note: Mapped[str] = mapped_column(default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
