"""Search as you type over people and organizations: the first hits by name and the total."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from partnercrm.services.organizations import (
    OrganizationFilter,
    OrganizationRow,
    count_organizations,
    list_organization_ids,
    organization_rows,
)
from partnercrm.services.people import (
    PersonFilter,
    PersonRow,
    count_people,
    list_person_ids,
    person_rows,
)


@dataclass(frozen=True)
class PeopleHits:
    total: int
    rows: tuple[PersonRow, ...]


@dataclass(frozen=True)
class OrganizationHits:
    total: int
    rows: tuple[OrganizationRow, ...]


def search_people(session: Session, query: str, *, limit: int = 50) -> PeopleHits:
    """People matching ``query`` (folded: müller = mueller = muller), sorted by name."""
    person_filter = PersonFilter(query=query)
    ids = list_person_ids(session, filter=person_filter, limit=limit)
    return PeopleHits(count_people(session, person_filter), tuple(person_rows(session, ids)))


def search_organizations(session: Session, query: str, *, limit: int = 50) -> OrganizationHits:
    """Organizations matching ``query``, sorted by name."""
    org_filter = OrganizationFilter(query=query)
    ids = list_organization_ids(session, filter=org_filter, limit=limit)
    return OrganizationHits(
        count_organizations(session, org_filter), tuple(organization_rows(session, ids))
    )
