"""The folded search text of each person and organization (kept by store.search_index)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from partnercrm.model.base import Base


class PersonSearch(Base):
    """Folded haystack of one person: names, organizations, functions, city, e-mail, tags."""

    __tablename__ = "person_search"

    person_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    haystack: Mapped[str] = mapped_column()


class OrganizationSearch(Base):
    """Folded haystack of one organization."""

    __tablename__ = "organization_search"

    organization_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    haystack: Mapped[str] = mapped_column()
