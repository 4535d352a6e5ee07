"""Organizations: municipalities, companies, associations, foundations, ministries, ..."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, Timestamps, Trashable, Versioned, enum_column
from partnercrm.model.enums import SECTOR_OF_KIND, OrganizationKind, Sector
from partnercrm.model.tag import Tag, organization_tag

if TYPE_CHECKING:
    from partnercrm.model.address import Address
    from partnercrm.model.affiliation import Affiliation
    from partnercrm.model.contact_point import ContactPoint


class Organization(Versioned, Timestamps, Trashable, Base):
    """An organization; ``parent`` for a department of a city, ``municipality`` it belongs to."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(index=True)
    short_name: Mapped[str] = mapped_column(default="")
    kind: Mapped[OrganizationKind] = mapped_column(enum_column(OrganizationKind), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    website: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    uid: Mapped[str | None] = mapped_column(unique=True)

    parent: Mapped[Organization | None] = relationship(remote_side=[id], foreign_keys=[parent_id])
    municipality: Mapped[Organization | None] = relationship(
        remote_side=[id], foreign_keys=[municipality_id]
    )
    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    contact_points: Mapped[list[ContactPoint]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="organization", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=organization_tag)

    @property
    def sector(self) -> Sector:
        return SECTOR_OF_KIND[self.kind]
