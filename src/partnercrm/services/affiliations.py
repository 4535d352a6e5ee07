"""Affiliations: a person's roles at organizations, with business contact data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import Affiliation, Organization, Person
from partnercrm.services.contact_data import (
    AddressData,
    AddressInput,
    ContactPointData,
    ContactPointInput,
    address_data,
    build_addresses,
    build_contact_points,
    contact_point_data,
)
from partnercrm.services.organization_kinds import infer_organization_kind
from partnercrm.store.text_folding import fold


@dataclass(frozen=True)
class AffiliationInput:
    """A role as entered: an existing organization by id, or one found/created by name.

    ``id`` names the stored role this input updates (None for a new role), so that
    participations keep pointing at the role they snapshot.
    """

    id: int | None = None
    organization_id: int | None = None
    organization_name: str = ""
    function: str = ""
    department: str = ""
    use_organization_address: bool = True
    is_primary: bool = False
    valid_from: date | None = None
    valid_until: date | None = None
    contact_points: tuple[ContactPointInput, ...] = ()
    addresses: tuple[AddressInput, ...] = ()


@dataclass(frozen=True)
class AffiliationData:
    """A stored role, with the organization's name and kind for display."""

    id: int
    organization_id: int
    organization_name: str
    organization_kind: str
    function: str
    department: str
    use_organization_address: bool
    is_primary: bool
    valid_from: date | None
    valid_until: date | None
    contact_points: tuple[ContactPointData, ...]
    addresses: tuple[AddressData, ...]

    def is_current(self, today: date) -> bool:
        started = self.valid_from is None or self.valid_from <= today
        ongoing = self.valid_until is None or self.valid_until >= today
        return started and ongoing


def find_or_create_organization(session: Session, name: str, *, field: str) -> Organization:
    """The live organization called ``name`` (folded comparison), created when missing.

    A new organization gets the kind its name suggests (Stadt → municipality ...).
    """
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(
            field, translate("affiliations", "Choose an organization or type its name.")
        )
    key = fold(clean)
    existing = session.scalars(
        select(Organization)
        .where(Organization.sort_key == key, Organization.deleted_at.is_(None))
        .order_by(Organization.id)  # of several with one name, the oldest
    ).first()
    if existing is not None:
        return existing
    organization = Organization(name=clean, kind=infer_organization_kind(clean), sort_key=key)
    session.add(organization)
    return organization


def _organization_for(session: Session, item: AffiliationInput, prefix: str) -> Organization:
    if item.organization_id is not None:
        organization = session.get(Organization, item.organization_id)
        if organization is None:
            raise NotFoundError(
                translate("affiliations", "The organization {id} does not exist.").format(
                    id=item.organization_id
                )
            )
        return organization
    return find_or_create_organization(
        session, item.organization_name, field=prefix + "organization"
    )


def _apply(session: Session, row: Affiliation, item: AffiliationInput, index: int) -> None:
    prefix = f"affiliations[{index}]."
    if item.valid_from and item.valid_until and item.valid_until < item.valid_from:
        raise ValidationError(
            prefix + "valid_until",
            translate("affiliations", "The role cannot end before it begins."),
        )
    row.organization = _organization_for(session, item, prefix)
    row.function = item.function.strip()
    row.department = item.department.strip()
    row.use_organization_address = item.use_organization_address
    row.is_primary = item.is_primary
    row.valid_from = item.valid_from
    row.valid_until = item.valid_until
    row.contact_points = build_contact_points(item.contact_points, field_prefix=prefix)
    row.addresses = build_addresses(item.addresses, field_prefix=prefix)


def replace_affiliations(
    session: Session, person: Person, items: Sequence[AffiliationInput]
) -> None:
    """Make ``person``'s roles exactly ``items``; exactly one role ends up primary.

    Inputs with an ``id`` update that role in place; roles not named are removed.
    """
    existing = {a.id: a for a in person.affiliations if a.id is not None}
    keep: list[Affiliation] = []
    for index, item in enumerate(items):
        row = existing.get(item.id) if item.id is not None else None
        if row is None:
            row = Affiliation()
        _apply(session, row, item, index)
        keep.append(row)
    person.affiliations = keep
    ensure_one_primary(person)


def ensure_one_primary(person: Person) -> None:
    """At most one primary role; when none is marked, the first current one is primary."""
    rows = person.affiliations
    primaries = [a for a in rows if a.is_primary]
    for extra in primaries[1:]:
        extra.is_primary = False
    if not primaries and rows:
        today = date.today()
        current = [a for a in rows if a.is_current(today)]
        (current or rows)[0].is_primary = True


def affiliation_data(row: Affiliation) -> AffiliationData:
    return AffiliationData(
        id=row.id,
        organization_id=row.organization_id,
        organization_name=row.organization.name,
        organization_kind=str(row.organization.kind),
        function=row.function,
        department=row.department,
        use_organization_address=row.use_organization_address,
        is_primary=row.is_primary,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        contact_points=tuple(contact_point_data(c) for c in row.contact_points),
        addresses=tuple(address_data(a) for a in row.addresses),
    )
