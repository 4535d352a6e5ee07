"""Affiliations: a person's role at an organization."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, Timestamps, Versioned

if TYPE_CHECKING:
    from partnercrm.model.address import Address
    from partnercrm.model.contact_point import ContactPoint
    from partnercrm.model.organization import Organization
    from partnercrm.model.person import Person


class Affiliation(Versioned, Timestamps, Base):
    """A role: function and department at an organization, with business contact data.

    Attributes:
        use_organization_address: letters go to the organization's address unless
            the affiliation has an address of its own and this is False.
        valid_from/valid_until: the period of the role; an open end means current.
    """

    __tablename__ = "affiliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    function: Mapped[str] = mapped_column(default="")
    department: Mapped[str] = mapped_column(default="")
    use_organization_address: Mapped[bool] = mapped_column(default=True)
    is_primary: Mapped[bool] = mapped_column(default=False)
    valid_from: Mapped[date | None] = mapped_column()
    valid_until: Mapped[date | None] = mapped_column()

    person: Mapped[Person] = relationship(back_populates="affiliations")
    organization: Mapped[Organization] = relationship(back_populates="affiliations")
    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    contact_points: Mapped[list[ContactPoint]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    def is_current(self, today: date) -> bool:
        started = self.valid_from is None or self.valid_from <= today
        ongoing = self.valid_until is None or self.valid_until >= today
        return started and ongoing
