"""The folded search text of each person and organization (kept by store.search_index)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from partnercrm.model.base import Base

# The sort key of a missing value: after every folded text, so blanks come last.
LAST_KEY = "\U0010ffff"


class PersonSearch(Base):
    """Folded haystack and list sort keys of one live person.

    The haystack holds names, organizations, functions, city, e-mail and tags. The
    sort keys are what the people list shows, folded (store.person_list decides
    which role and city): sorting 100,000 people by organization or city walks
    one of the indexes below instead of sorting all people through sub-queries.

    Attributes:
        name_key: the person's ``sort_key`` (folded last name, first names, particle).
        org_key: folded name of the organization shown, LAST_KEY without one.
        city_key: folded city shown, LAST_KEY without one.
        updated_at: the person's last change.
    """

    __tablename__ = "person_search"
    __table_args__ = (
        Index("ix_person_search_name", "name_key", "person_id"),
        Index("ix_person_search_org", "org_key", "name_key", "person_id"),
        Index("ix_person_search_city", "city_key", "name_key", "person_id"),
        Index("ix_person_search_updated", "updated_at", "person_id"),
    )

    # A search row dies with its person, however the person is deleted.
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    haystack: Mapped[str] = mapped_column()
    name_key: Mapped[str] = mapped_column(default="", server_default="")
    org_key: Mapped[str] = mapped_column(default=LAST_KEY, server_default=LAST_KEY)
    city_key: Mapped[str] = mapped_column(default=LAST_KEY, server_default=LAST_KEY)
    updated_at: Mapped[datetime | None] = mapped_column()


class OrganizationSearch(Base):
    """Folded haystack of one organization."""

    __tablename__ = "organization_search"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    haystack: Mapped[str] = mapped_column()


class SearchTerm(Base):
    """One folded word that occurs in some haystack: lets a word be found inside words.

    A query word of three or more letters is looked up here ("schm" → "schmidt",
    "hagenschmidt", ...) and the hits are searched as whole words in FTS5. Words are
    never removed; a stale word only costs a look-up that finds nothing.
    """

    __tablename__ = "search_term"

    term: Mapped[str] = mapped_column(primary_key=True)
