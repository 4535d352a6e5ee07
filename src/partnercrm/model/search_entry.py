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


class SearchTerm(Base):
    """One folded word that occurs in some haystack: lets a word be found inside words.

    A query word of three or more letters is looked up here ("schm" → "schmidt",
    "hagenschmidt", ...) and the hits are searched as whole words in FTS5. Words are
    never removed; a stale word only costs a look-up that finds nothing.
    """

    __tablename__ = "search_term"

    term: Mapped[str] = mapped_column(primary_key=True)
