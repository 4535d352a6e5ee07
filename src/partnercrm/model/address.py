"""Postal addresses of people, organizations and affiliations."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from partnercrm.model.base import Base, Timestamps, Versioned, enum_column
from partnercrm.model.enums import AddressKind


class Address(Versioned, Timestamps, Base):
    """A postal address; exactly one owner (person, organization or affiliation)."""

    __tablename__ = "address"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NOT NULL) + (organization_id IS NOT NULL)"
            " + (affiliation_id IS NOT NULL) = 1",
            name="one_owner",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    affiliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("affiliation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AddressKind] = mapped_column(enum_column(AddressKind))
    street: Mapped[str] = mapped_column(default="")
    addition: Mapped[str] = mapped_column(default="")
    po_box: Mapped[str] = mapped_column(default="")
    postal_code: Mapped[str] = mapped_column(default="")
    city: Mapped[str] = mapped_column(default="", index=True)
    region: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="DE")
    label: Mapped[str] = mapped_column(default="")
    is_primary: Mapped[bool] = mapped_column(default=False)
