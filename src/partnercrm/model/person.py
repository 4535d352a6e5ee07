"""People: the contacts themselves, with their private data and preferences."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Index, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnercrm.model.base import Base, Timestamps, Trashable, Versioned, enum_column
from partnercrm.model.enums import AddressForm, SalutationForm
from partnercrm.model.tag import Tag, person_tag

if TYPE_CHECKING:
    from partnercrm.model.address import Address
    from partnercrm.model.affiliation import Affiliation
    from partnercrm.model.consent import Consent
    from partnercrm.model.contact_point import ContactPoint


class Person(Versioned, Timestamps, Trashable, Base):
    """A person; their roles at organizations are ``affiliations``.

    Attributes:
        uid: the vCard UID of an imported card, kept to match the next import.
        do_not_contact: wins over every consent on every channel.
    """

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_sort_key", "sort_key", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    salutation: Mapped[SalutationForm] = mapped_column(
        enum_column(SalutationForm), default=SalutationForm.NEUTRAL
    )
    academic_title: Mapped[str] = mapped_column(default="")
    first_name: Mapped[str] = mapped_column(default="")
    name_particle: Mapped[str] = mapped_column(default="")
    last_name: Mapped[str] = mapped_column(default="")
    name_suffix: Mapped[str] = mapped_column(default="")
    nickname: Mapped[str] = mapped_column(default="")
    address_form: Mapped[AddressForm] = mapped_column(
        enum_column(AddressForm), default=AddressForm.FORMAL
    )
    language: Mapped[str] = mapped_column(default="de")
    birthday: Mapped[date | None] = mapped_column()
    notes: Mapped[str] = mapped_column(default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    photo_type: Mapped[str] = mapped_column(default="")
    uid: Mapped[str | None] = mapped_column(unique=True)
    do_not_contact: Mapped[bool] = mapped_column(default=False)
    # Folded last name, first names, particle (tab-separated) for sorting in SQL
    # (store.text_folding.sort_key).
    sort_key: Mapped[str] = mapped_column(default="")

    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    contact_points: Mapped[list[ContactPoint]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    consents: Mapped[list[Consent]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tag)

    @property
    def display_name(self) -> str:
        parts = (self.academic_title, self.first_name, self.name_particle, self.last_name)
        return " ".join(p for p in parts if p)
