"""E-mail addresses, phone numbers and web addresses."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from partnercrm.model.base import Base, Timestamps, Versioned, enum_column
from partnercrm.model.enums import ContactKind


class ContactPoint(Versioned, Timestamps, Base):
    """One way to reach a person, organization or affiliation.

    Attributes:
        value: as the user typed it (kept for display).
        normalized: E.164 for phones, lower-case for e-mail, the URL for web.
    """

    __tablename__ = "contact_point"
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
    kind: Mapped[ContactKind] = mapped_column(enum_column(ContactKind))
    value: Mapped[str] = mapped_column()
    normalized: Mapped[str] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(default="")
    is_primary: Mapped[bool] = mapped_column(default=False)
