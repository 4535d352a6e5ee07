"""Organizations: create, update, trash, restore, filter, sort, list and find them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    SECTOR_OF_KIND,
    Address,
    Affiliation,
    AuditAction,
    Organization,
    OrganizationKind,
    OrganizationSearch,
    Person,
    Sector,
    organization_tag,
    utcnow,
)
from partnercrm.services import audit, trash, validation
from partnercrm.services.changes import Changes
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
from partnercrm.services.people import Created, display_name, has_fts
from partnercrm.services.tags import resolve_tags
from partnercrm.store import search_index


@dataclass(frozen=True)
class OrganizationInput:
    """The organization's fields; ``kind`` None means: infer it from the name."""

    name: str
    short_name: str = ""
    kind: OrganizationKind | None = None
    parent_id: int | None = None
    municipality_id: int | None = None
    website: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrganizationRef:
    """Enough to show and pick an organization."""

    id: int
    name: str
    kind: OrganizationKind


@dataclass(frozen=True)
class MemberRow:
    """A person's role at the organization, for its page."""

    person_id: int
    affiliation_id: int
    name: str
    function: str
    department: str
    valid_from: date | None
    valid_until: date | None
    current: bool


@dataclass(frozen=True)
class OrganizationDetail:
    """Everything stored about one organization, with its people and sub-organizations."""

    id: int
    version: int
    name: str
    short_name: str
    kind: OrganizationKind
    sector: Sector
    parent: OrganizationRef | None
    municipality: OrganizationRef | None
    website: str
    notes: str
    tags: tuple[str, ...]
    addresses: tuple[AddressData, ...]
    contact_points: tuple[ContactPointData, ...]
    current_people: tuple[MemberRow, ...]
    former_people: tuple[MemberRow, ...]
    sub_organizations: tuple[OrganizationRef, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class OrganizationRow:
    """One line of the organizations list."""

    id: int
    name: str
    short_name: str
    kind: OrganizationKind
    sector: Sector
    municipality: str
    city: str
    people: int
    updated_at: datetime


@dataclass(frozen=True)
class OrganizationFilter:
    query: str = ""
    kinds: tuple[OrganizationKind, ...] = ()
    sectors: tuple[Sector, ...] = ()
    municipality_id: int | None = None
    tag_ids: tuple[int, ...] = ()
    trashed: bool = False


def _ref(row: Organization | None) -> OrganizationRef | None:
    return None if row is None else OrganizationRef(row.id, row.name, row.kind)


def _check_reference(session: Session, org_id: int | None, field: str) -> None:
    if org_id is not None and session.get(Organization, org_id) is None:
        raise ValidationError(
            field,
            translate("organizations", "The organization {id} does not exist.").format(id=org_id),
        )


def _apply(session: Session, org: Organization, data: OrganizationInput) -> None:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("name", translate("organizations", "Enter the organization's name."))
    _check_reference(session, data.parent_id, "parent_id")
    _check_reference(session, data.municipality_id, "municipality_id")
    if org.id is not None and org.id in (data.parent_id,):
        raise ValidationError(
            "parent_id", translate("organizations", "An organization cannot be its own parent.")
        )
    org.name = name
    org.short_name = data.short_name.strip()
    org.kind = data.kind or infer_organization_kind(name)
    org.parent_id = data.parent_id
    org.municipality_id = data.municipality_id
    org.website = validation.normalize_url(data.website)
    org.notes = data.notes
    org.tags = resolve_tags(session, data.tags)


def create_organization(
    session: Session,
    *,
    data: OrganizationInput,
    addresses: Sequence[AddressInput] = (),
    contact_points: Sequence[ContactPointInput] = (),
) -> Created:
    org = Organization()
    with session.no_autoflush:
        _apply(session, org, data)
        org.addresses = build_addresses(addresses)
        org.contact_points = build_contact_points(contact_points)
        session.add(org)
    session.flush()
    audit.record(session, AuditAction.CREATE, "organization", org.id)
    return Created(org.id, Changes.of(created={"organization": {org.id}}))


def _load(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise NotFoundError(
            translate("organizations", "Organization {id} does not exist (any more).").format(
                id=org_id
            )
        )
    return org


def update_organization(
    session: Session,
    org_id: int,
    *,
    data: OrganizationInput,
    expected_version: int,
    addresses: Sequence[AddressInput] | None = None,
    contact_points: Sequence[ContactPointInput] | None = None,
) -> Changes:
    org = _load(session, org_id)
    if org.version != expected_version:
        raise ConflictError(
            translate(
                "organizations",
                "{name} was changed by someone else while you were editing.",
            ).format(name=org.name),
            current_version=org.version,
        )
    if data.parent_id is not None and _is_descendant(session, data.parent_id, org_id):
        raise ValidationError(
            "parent_id",
            translate("organizations", "The parent cannot be one of the organization's own units."),
        )
    with session.no_autoflush:
        _apply(session, org, data)
        if addresses is not None:
            org.addresses = build_addresses(addresses)
        if contact_points is not None:
            org.contact_points = build_contact_points(contact_points)
        org.updated_at = utcnow()
    session.flush()
    audit.record(session, AuditAction.UPDATE, "organization", org.id)
    return Changes.of(updated={"organization": {org.id}})


def _is_descendant(session: Session, candidate: int, root: int) -> bool:
    """Whether ``candidate`` is ``root`` or lies below it in the parent chain."""
    seen: set[int] = set()
    current: int | None = candidate
    while current is not None and current not in seen:
        if current == root:
            return True
        seen.add(current)
        current = session.scalar(select(Organization.parent_id).where(Organization.id == current))
    return False


def trash_organizations(session: Session, ids: Sequence[int]) -> Changes:
    """Move organizations to the trash (restorable)."""
    return trash.move_to_trash(session, Organization, ids)


def restore_organizations(session: Session, ids: Sequence[int]) -> Changes:
    """Take organizations out of the trash."""
    return trash.restore(session, Organization, ids)


def purge_organizations(session: Session, ids: Sequence[int]) -> Changes:
    """Delete organizations from the trash for good (not undoable)."""
    return trash.purge(session, Organization, ids, name=lambda org: org.name)


def get_organization(
    session: Session, org_id: int, *, today: date | None = None
) -> OrganizationDetail:
    org = session.scalars(
        select(Organization)
        .where(Organization.id == org_id)
        .options(
            selectinload(Organization.addresses),
            selectinload(Organization.contact_points),
            selectinload(Organization.tags),
            selectinload(Organization.affiliations).selectinload(Affiliation.person),
        )
    ).one_or_none()
    if org is None:
        raise NotFoundError(
            translate("organizations", "Organization {id} does not exist (any more).").format(
                id=org_id
            )
        )
    day = today or date.today()
    members = [
        MemberRow(
            person_id=a.person_id,
            affiliation_id=a.id,
            name=display_name(
                a.person.academic_title,
                a.person.first_name,
                a.person.name_particle,
                a.person.last_name,
            ),
            function=a.function,
            department=a.department,
            valid_from=a.valid_from,
            valid_until=a.valid_until,
            current=a.is_current(day),
        )
        for a in org.affiliations
        if a.person.deleted_at is None
    ]
    members.sort(key=lambda m: m.name.casefold())
    subs = session.scalars(
        select(Organization)
        .where(Organization.parent_id == org_id, Organization.deleted_at.is_(None))
        .order_by(Organization.sort_key)
    )
    return OrganizationDetail(
        id=org.id,
        version=org.version,
        name=org.name,
        short_name=org.short_name,
        kind=org.kind,
        sector=org.sector,
        parent=_ref(org.parent),
        municipality=_ref(org.municipality),
        website=org.website,
        notes=org.notes,
        tags=tuple(sorted((t.name for t in org.tags), key=str.casefold)),
        addresses=tuple(address_data(a) for a in org.addresses),
        contact_points=tuple(contact_point_data(c) for c in org.contact_points),
        current_people=tuple(m for m in members if m.current),
        former_people=tuple(m for m in members if not m.current),
        sub_organizations=tuple(OrganizationRef(s.id, s.name, s.kind) for s in subs),
        created_at=org.created_at,
        updated_at=org.updated_at,
        deleted_at=org.deleted_at,
    )


def _condition(
    session: Session, org_filter: OrganizationFilter
) -> tuple[ColumnElement[bool], bool]:
    conditions: list[ColumnElement[bool]] = [
        Organization.deleted_at.is_not(None)
        if org_filter.trashed
        else Organization.deleted_at.is_(None)
    ]
    needs_search = False
    match = search_index.organization_match(
        org_filter.query, has_fts=has_fts(session), connection=session.connection()
    )
    if match is not None:
        conditions.append(match.condition)
        needs_search = match.needs_haystack
    kinds = set(org_filter.kinds)
    if org_filter.sectors:
        kinds |= {k for k, s in SECTOR_OF_KIND.items() if s in org_filter.sectors}
    if kinds:
        conditions.append(Organization.kind.in_(sorted(kinds)))
    if org_filter.municipality_id is not None:
        conditions.append(
            or_(
                Organization.municipality_id == org_filter.municipality_id,
                Organization.id == org_filter.municipality_id,
            )
        )
    if org_filter.tag_ids:
        conditions.append(
            exists(
                select(organization_tag.c.organization_id).where(
                    organization_tag.c.organization_id == Organization.id,
                    organization_tag.c.tag_id.in_(org_filter.tag_ids),
                )
            )
        )
    return and_(*conditions), needs_search


def list_organization_ids(
    session: Session,
    *,
    filter: OrganizationFilter = OrganizationFilter(),
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    return _organization_ids(session, _condition(session, filter), sort, descending, limit)


@dataclass(frozen=True)
class OrganizationProbe:
    """What a list needs at once after a keystroke: the count and the first ids."""

    total: int
    ids: tuple[int, ...]


def probe_organizations(
    session: Session,
    *,
    filter: OrganizationFilter = OrganizationFilter(),
    sort: str = "name",
    descending: bool = False,
    limit: int = 60,
) -> OrganizationProbe:
    """How many organizations ``filter`` selects and the first ``limit`` ids, in one read."""
    condition = _condition(session, filter)  # the query's words are looked up once
    total = _count(session, condition)
    ids = _organization_ids(session, condition, sort, descending, limit) if total else []
    return OrganizationProbe(total, tuple(ids))


def _organization_ids(
    session: Session,
    condition_and_join: tuple[ColumnElement[bool], bool],
    sort: str,
    descending: bool,
    limit: int | None,
) -> list[int]:
    condition, needs_search = condition_and_join
    statement = select(Organization.id)
    if needs_search:
        statement = statement.join(
            OrganizationSearch, OrganizationSearch.organization_id == Organization.id
        )
    statement = statement.where(condition)
    if sort == "kind":
        keys = [Organization.kind, Organization.sort_key, Organization.id]
    elif sort == "updated":
        keys = [Organization.updated_at, Organization.id]
    else:
        keys = [Organization.sort_key, Organization.id]
    statement = statement.order_by(*(k.desc() if descending else k for k in keys))
    if limit is not None:
        statement = statement.limit(limit)
    # Core and fetchall, not the ORM: ids need no row processing.
    return list(session.connection().execute(statement).scalars().all())


def count_organizations(
    session: Session, org_filter: OrganizationFilter = OrganizationFilter()
) -> int:
    return _count(session, _condition(session, org_filter))


def _count(session: Session, condition_and_join: tuple[ColumnElement[bool], bool]) -> int:
    condition, needs_search = condition_and_join
    statement = select(func.count(Organization.id))
    if needs_search:
        statement = statement.join(
            OrganizationSearch, OrganizationSearch.organization_id == Organization.id
        )
    return int(session.scalar(statement.where(condition)) or 0)


def organization_rows(session: Session, ids: Sequence[int]) -> list[OrganizationRow]:
    if not ids:
        return []
    wanted = list(ids)
    municipality = aliased(Organization)
    rows = {
        r.id: r
        for r in session.execute(
            select(
                Organization.id,
                Organization.name,
                Organization.short_name,
                Organization.kind,
                Organization.updated_at,
                municipality.name.label("municipality"),
            )
            .outerjoin(municipality, municipality.id == Organization.municipality_id)
            .where(Organization.id.in_(wanted))
        )
    }
    cities: dict[int, str] = {}
    for oid, city in session.execute(
        select(Address.organization_id, Address.city)
        .where(Address.organization_id.in_(wanted))
        .order_by(Address.is_primary, Address.id.desc())
    ):
        if oid is not None:
            cities[oid] = city
    people = dict(
        session.execute(
            select(Affiliation.organization_id, func.count(Affiliation.id))
            .join(Person, Person.id == Affiliation.person_id)
            .where(Affiliation.organization_id.in_(wanted), Person.deleted_at.is_(None))
            .group_by(Affiliation.organization_id)
        ).all()
    )
    result = []
    for oid in wanted:
        r = rows.get(oid)
        if r is None:
            continue
        result.append(
            OrganizationRow(
                id=oid,
                name=r.name,
                short_name=r.short_name,
                kind=r.kind,
                sector=SECTOR_OF_KIND[r.kind],
                municipality=r.municipality or "",
                city=cities.get(oid, ""),
                people=int(people.get(oid, 0)),
                updated_at=r.updated_at,
            )
        )
    return result


def find_organizations(session: Session, text: str, *, limit: int = 20) -> list[OrganizationRef]:
    """Live organizations whose name matches ``text`` (for completion), best first."""
    ids = list_organization_ids(session, filter=OrganizationFilter(query=text), limit=limit)
    by_id = {o.id: o for o in session.scalars(select(Organization).where(Organization.id.in_(ids)))}
    return [OrganizationRef(i, by_id[i].name, by_id[i].kind) for i in ids if i in by_id]


def municipalities(session: Session) -> list[OrganizationRef]:
    """All live municipalities and districts, by name (for filters and pickers)."""
    rows = session.scalars(
        select(Organization)
        .where(
            Organization.deleted_at.is_(None),
            Organization.kind.in_([OrganizationKind.MUNICIPALITY, OrganizationKind.DISTRICT]),
        )
        .order_by(Organization.sort_key)
    )
    return [OrganizationRef(o.id, o.name, o.kind) for o in rows]
