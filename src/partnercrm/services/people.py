"""People: create, update, trash, restore, filter, sort and list them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    inspect,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session, selectinload

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    SECTOR_OF_KIND,
    Address,
    AddressForm,
    Affiliation,
    AuditAction,
    Consent,
    ConsentChannel,
    ContactKind,
    ContactPoint,
    Organization,
    OrganizationKind,
    Person,
    PersonSearch,
    SalutationForm,
    Sector,
    Tag,
    person_tag,
    utcnow,
)
from partnercrm.model.search_entry import LAST_KEY
from partnercrm.services import audit, trash
from partnercrm.services.affiliations import (
    AffiliationData,
    AffiliationInput,
    affiliation_data,
    replace_affiliations,
)
from partnercrm.services.changes import Changes
from partnercrm.services.consents import (
    ConsentData,
    ConsentInput,
    consent_data,
    may_contact_condition,
)
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
from partnercrm.services.tags import resolve_tags
from partnercrm.store import person_list, search_index
from partnercrm.store.text_folding import fold_words, sort_key


@dataclass(frozen=True)
class PersonInput:
    """The person's own fields as the editor or an import provides them."""

    first_name: str = ""
    last_name: str = ""
    salutation: SalutationForm = SalutationForm.NEUTRAL
    academic_title: str = ""
    name_particle: str = ""
    name_suffix: str = ""
    nickname: str = ""
    address_form: AddressForm = AddressForm.FORMAL
    language: str = "de"
    birthday: date | None = None
    notes: str = ""
    do_not_contact: bool = False
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonDetail(PersonInput):
    """Everything stored about one person."""

    id: int = 0
    version: int = 0
    addresses: tuple[AddressData, ...] = ()
    contact_points: tuple[ContactPointData, ...] = ()
    affiliations: tuple[AffiliationData, ...] = ()
    consents: tuple[ConsentData, ...] = ()
    uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return display_name(
            self.academic_title, self.first_name, self.name_particle, self.last_name
        )


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list."""

    id: int
    display_name: str
    last_name: str
    first_name: str
    organization: str
    function: str
    city: str
    email: str
    phone: str
    updated_at: datetime | None


@dataclass(frozen=True)
class Created:
    """The id of a new record and what changed."""

    id: int
    changes: Changes


@dataclass(frozen=True)
class PersonFilter:
    """Which people a list shows. Empty fields do not restrict."""

    query: str = ""
    tag_ids: tuple[int, ...] = ()
    organization_kinds: tuple[OrganizationKind, ...] = ()
    sectors: tuple[Sector, ...] = ()
    municipality_id: int | None = None
    organization_id: int | None = None
    may_contact_by: ConsentChannel | None = None
    trashed: bool = False
    ids: tuple[int, ...] | None = field(default=None)


SORT_KEYS = ("name", "organization", "city", "updated")


def display_name(title: str, first: str, particle: str, last: str) -> str:
    return " ".join(p for p in (title, first, particle, last) if p)


# --- writes -------------------------------------------------------------------------


def _apply_input(session: Session, person: Person, data: PersonInput) -> None:
    first, last = data.first_name.strip(), data.last_name.strip()
    if not (first or last):
        raise ValidationError(
            "last_name", translate("people", "Enter at least a first or a last name.")
        )
    person.first_name = first
    person.last_name = last
    person.salutation = data.salutation
    person.academic_title = data.academic_title.strip()
    person.name_particle = data.name_particle.strip()
    person.name_suffix = data.name_suffix.strip()
    person.nickname = data.nickname.strip()
    person.address_form = data.address_form
    person.language = data.language.strip() or "de"
    person.birthday = data.birthday
    person.notes = data.notes
    person.do_not_contact = data.do_not_contact
    person.tags = resolve_tags(session, data.tags)


def _add_consents(person: Person, consents: Sequence[ConsentInput]) -> None:
    known = {(c.channel, c.purpose, c.state, c.given_on, c.source, c.note) for c in person.consents}
    for item in consents:
        if isinstance(item, ConsentData) and item.id:
            continue  # stored already: the log is append-only
        key = (item.channel, item.purpose, item.state, item.given_on, item.source, item.note)
        if key in known:
            continue
        person.consents.append(
            Consent(
                channel=item.channel,
                purpose=item.purpose,
                state=item.state,
                given_on=item.given_on,
                source=item.source.strip(),
                note=item.note.strip(),
            )
        )


def create_person(
    session: Session,
    *,
    data: PersonInput,
    addresses: Sequence[AddressInput] = (),
    contact_points: Sequence[ContactPointInput] = (),
    affiliations: Sequence[AffiliationInput] = (),
    consents: Sequence[ConsentInput] = (),
    uid: str | None = None,
) -> Created:
    """Add a person with their addresses, contact points, roles and consents."""
    person = Person()
    # No autoflush while the graph is half built: look-ups (tags, organizations) would
    # flush incomplete rows and count extra versions.
    with session.no_autoflush:
        _apply_input(session, person, data)
        person.uid = uid
        person.addresses = build_addresses(addresses)
        person.contact_points = build_contact_points(contact_points)
        session.add(person)
        replace_affiliations(session, person, affiliations)
        _add_consents(person, consents)
    session.flush()
    audit.record(session, AuditAction.CREATE, "person", person.id)
    return Created(person.id, Changes.of(created={"person": {person.id}}))


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(
            translate("people", "Person {id} does not exist (any more).").format(id=person_id)
        )
    return person


def update_person(
    session: Session,
    person_id: int,
    *,
    data: PersonInput,
    expected_version: int,
    addresses: Sequence[AddressInput] | None = None,
    contact_points: Sequence[ContactPointInput] | None = None,
    affiliations: Sequence[AffiliationInput] | None = None,
    consents: Sequence[ConsentInput] | None = None,
) -> Changes:
    """Save the editor's state of a person; None leaves a part unchanged.

    Raises ConflictError when the person was changed since ``expected_version`` was read.
    """
    person = _load(session, person_id)
    if person.version != expected_version:
        raise ConflictError(
            translate(
                "people",
                "{name} was changed by someone else while you were editing. Reload to see "
                "the current version, or save yours over it.",
            ).format(name=person.display_name),
            current_version=person.version,
        )
    with session.no_autoflush:
        _apply_input(session, person, data)
        if addresses is not None:
            person.addresses = build_addresses(addresses)
        if contact_points is not None:
            person.contact_points = build_contact_points(contact_points)
        if affiliations is not None:
            replace_affiliations(session, person, affiliations)
        if consents is not None:
            _add_consents(person, consents)
        person.updated_at = utcnow()  # a change of sub-records alone also counts as an edit
    session.flush()
    audit.record(session, AuditAction.UPDATE, "person", person.id)
    return Changes.of(updated={"person": {person.id}})


def trash_people(session: Session, ids: Sequence[int]) -> Changes:
    """Move people to the trash (restorable)."""
    return trash.move_to_trash(session, Person, ids)


def restore_people(session: Session, ids: Sequence[int]) -> Changes:
    """Take people out of the trash."""
    return trash.restore(session, Person, ids)


def purge_people(session: Session, ids: Sequence[int]) -> Changes:
    """Delete people from the trash for good (not undoable)."""
    return trash.purge(session, Person, ids, name=lambda person: person.display_name)


# --- reads --------------------------------------------------------------------------


def _detail_options() -> list[Any]:
    return [
        selectinload(Person.addresses),
        selectinload(Person.contact_points),
        selectinload(Person.affiliations).selectinload(Affiliation.organization),
        selectinload(Person.affiliations).selectinload(Affiliation.contact_points),
        selectinload(Person.affiliations).selectinload(Affiliation.addresses),
        selectinload(Person.consents),
        selectinload(Person.tags),
    ]


def get_people(session: Session, person_ids: Sequence[int]) -> list[PersonDetail]:
    """Everything about many people at once (exports, imports), in the order of ``person_ids``.

    Set-based: a handful of plain queries per 5,000 people, no ORM objects (an export
    of 10,000 people must take well under a second). The same values as
    ``get_person``; unknown ids are left out.
    """
    ids = list(dict.fromkeys(person_ids))
    found: dict[int, PersonDetail] = {}
    for start in range(0, len(ids), _DETAIL_CHUNK):
        found.update(_load_details(session, ids[start : start + _DETAIL_CHUNK]))
    return [found[i] for i in person_ids if i in found]


_DETAIL_CHUNK = 5000


def _address(row: Any) -> AddressData:
    return AddressData(
        kind=row.kind,
        street=row.street,
        addition=row.addition,
        po_box=row.po_box,
        postal_code=row.postal_code,
        city=row.city,
        region=row.region,
        country=row.country,
        label=row.label,
        is_primary=row.is_primary,
        id=row.id,
    )


_KINDS = {kind.value: kind for kind in ContactKind}


def _points_of(
    connection: Any, owner: str, ids: list[int], into: dict[int, list[ContactPointData]]
) -> None:
    """The contact points of people or roles ``ids``, by owner, in id order.

    Plain SQL without SQLAlchemy's row processing: contact points are the most
    numerous rows of an export (about four per person).
    """
    rows = connection.exec_driver_sql(
        f"SELECT {owner}, id, kind, value, label, is_primary, normalized FROM contact_point "
        f"WHERE {owner} IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(ids),),
    ).fetchall()
    kinds = _KINDS
    for owner_id, point_id, kind, value, label, primary, normalized in rows:
        into.setdefault(owner_id, []).append(
            ContactPointData(
                kind=kinds[kind],
                value=value,
                label=label,
                is_primary=bool(primary),
                id=point_id,
                normalized=normalized,
            )
        )


def _load_details(session: Session, ids: list[int]) -> dict[int, PersonDetail]:
    """PersonDetail of ``ids`` (at most a few thousand) in seven queries."""
    if not ids:
        return {}
    row: Any
    session.flush()
    connection = session.connection()
    # One JSON parameter instead of thousands of bound values (SQLite's json_each).
    wanted: Select[Any] = select(literal_column("value")).select_from(
        func.json_each(json.dumps(ids))
    )
    address_columns = (
        Address.id,
        Address.kind,
        Address.street,
        Address.addition,
        Address.po_box,
        Address.postal_code,
        Address.city,
        Address.region,
        Address.country,
        Address.label,
        Address.is_primary,
    )
    tags: dict[int, list[str]] = {}
    for pid, name in connection.execute(
        select(person_tag.c.person_id, Tag.name)
        .join(Tag, Tag.id == person_tag.c.tag_id)
        .where(person_tag.c.person_id.in_(wanted))
    ).all():
        tags.setdefault(pid, []).append(name)
    own_addresses: dict[int, list[AddressData]] = {}
    role_addresses: dict[int, list[AddressData]] = {}
    for row in connection.execute(
        select(Address.person_id, *address_columns)
        .where(Address.person_id.in_(wanted))
        .order_by(Address.id)
    ).all():
        own_addresses.setdefault(row.person_id, []).append(_address(row))
    own_points: dict[int, list[ContactPointData]] = {}
    role_points: dict[int, list[ContactPointData]] = {}
    _points_of(connection, "person_id", ids, own_points)
    role_rows = connection.execute(
        select(
            Affiliation.id,
            Affiliation.person_id,
            Affiliation.organization_id,
            Organization.name,
            Organization.kind,
            Affiliation.function,
            Affiliation.department,
            Affiliation.use_organization_address,
            Affiliation.is_primary,
            Affiliation.valid_from,
            Affiliation.valid_until,
        )
        .join(Organization, Organization.id == Affiliation.organization_id)
        .where(Affiliation.person_id.in_(wanted))
        .order_by(Affiliation.id)
    ).all()
    role_ids = [r.id for r in role_rows]
    if role_ids:
        chunk: Select[Any] = select(literal_column("value")).select_from(
            func.json_each(json.dumps(role_ids))
        )
        for row in connection.execute(
            select(Address.affiliation_id, *address_columns)
            .where(Address.affiliation_id.in_(chunk))
            .order_by(Address.id)
        ).all():
            role_addresses.setdefault(row.affiliation_id, []).append(_address(row))
        _points_of(connection, "affiliation_id", role_ids, role_points)
    roles: dict[int, list[AffiliationData]] = {}
    for r in role_rows:
        roles.setdefault(r.person_id, []).append(
            AffiliationData(
                id=r.id,
                organization_id=r.organization_id,
                organization_name=r.name,
                organization_kind=str(r.kind),
                function=r.function,
                department=r.department,
                use_organization_address=r.use_organization_address,
                is_primary=r.is_primary,
                valid_from=r.valid_from,
                valid_until=r.valid_until,
                contact_points=tuple(role_points.get(r.id, ())),
                addresses=tuple(role_addresses.get(r.id, ())),
            )
        )
    consents: dict[int, list[ConsentData]] = {}
    for row in connection.execute(
        select(
            Consent.person_id,
            Consent.id,
            Consent.channel,
            Consent.purpose,
            Consent.state,
            Consent.given_on,
            Consent.source,
            Consent.note,
        )
        .where(Consent.person_id.in_(wanted))
        .order_by(Consent.given_on, Consent.id)
    ).all():
        consents.setdefault(row.person_id, []).append(
            ConsentData(
                channel=row.channel,
                purpose=row.purpose,
                state=row.state,
                given_on=row.given_on,
                source=row.source,
                note=row.note,
                id=row.id,
            )
        )
    found: dict[int, PersonDetail] = {}
    for p in connection.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.salutation,
            Person.academic_title,
            Person.name_particle,
            Person.name_suffix,
            Person.nickname,
            Person.address_form,
            Person.language,
            Person.birthday,
            Person.notes,
            Person.do_not_contact,
            Person.version,
            Person.uid,
            Person.created_at,
            Person.updated_at,
            Person.deleted_at,
        ).where(Person.id.in_(wanted))
    ).all():
        found[p.id] = PersonDetail(
            first_name=p.first_name,
            last_name=p.last_name,
            salutation=p.salutation,
            academic_title=p.academic_title,
            name_particle=p.name_particle,
            name_suffix=p.name_suffix,
            nickname=p.nickname,
            address_form=p.address_form,
            language=p.language,
            birthday=p.birthday,
            notes=p.notes,
            do_not_contact=p.do_not_contact,
            tags=tuple(sorted(tags.get(p.id, ()), key=str.casefold)),
            id=p.id,
            version=p.version,
            addresses=tuple(own_addresses.get(p.id, ())),
            contact_points=tuple(own_points.get(p.id, ())),
            affiliations=tuple(sorted(roles.get(p.id, ()), key=lambda a: (not a.is_primary, a.id))),
            consents=tuple(consents.get(p.id, ())),
            uid=p.uid,
            created_at=p.created_at,
            updated_at=p.updated_at,
            deleted_at=p.deleted_at,
        )
    return found


def get_person(session: Session, person_id: int) -> PersonDetail:
    """Everything about one person (also from the trash)."""
    person = session.scalars(
        select(Person).where(Person.id == person_id).options(*_detail_options())
    ).one_or_none()
    if person is None:
        raise NotFoundError(
            translate("people", "Person {id} does not exist (any more).").format(id=person_id)
        )
    return detail_of(person)


def detail_of(person: Person) -> PersonDetail:
    """The PersonDetail of a loaded person (relationships loaded or loadable)."""
    return PersonDetail(
        first_name=person.first_name,
        last_name=person.last_name,
        salutation=person.salutation,
        academic_title=person.academic_title,
        name_particle=person.name_particle,
        name_suffix=person.name_suffix,
        nickname=person.nickname,
        address_form=person.address_form,
        language=person.language,
        birthday=person.birthday,
        notes=person.notes,
        do_not_contact=person.do_not_contact,
        tags=tuple(sorted((t.name for t in person.tags), key=str.casefold)),
        id=person.id,
        version=person.version,
        addresses=tuple(address_data(a) for a in person.addresses),
        contact_points=tuple(contact_point_data(c) for c in person.contact_points),
        affiliations=tuple(
            affiliation_data(a)
            for a in sorted(person.affiliations, key=lambda a: (not a.is_primary, a.id))
        ),
        consents=tuple(
            consent_data(c) for c in sorted(person.consents, key=lambda c: (c.given_on, c.id))
        ),
        uid=person.uid,
        created_at=person.created_at,
        updated_at=person.updated_at,
        deleted_at=person.deleted_at,
    )


def _trash_match(query: str) -> ColumnElement[bool] | None:
    """Trashed people have no haystack: match their folded names instead."""
    words = fold_words(query)
    if not words:
        return None
    return and_(*(func.instr(" " + Person.sort_key, w) > 0 for w in words))


def filter_condition(
    session: Session, person_filter: PersonFilter
) -> tuple[ColumnElement[bool], bool, str | None]:
    """SQL condition on Person for ``person_filter``.

    Returns the condition, whether PersonSearch must be joined, and the FTS5
    expression when the filter is a plain query that FTS5 can count alone.
    """
    conditions: list[ColumnElement[bool]] = [
        Person.deleted_at.is_not(None) if person_filter.trashed else Person.deleted_at.is_(None)
    ]
    needs_search = False
    fts_only: str | None = None
    if person_filter.trashed:
        trash_match = _trash_match(person_filter.query)
        if trash_match is not None:
            conditions.append(trash_match)
    else:
        match = search_index.person_match(
            person_filter.query, has_fts=has_fts(session), connection=session.connection()
        )
        if match is not None:
            conditions.append(match.condition)
            needs_search = match.needs_haystack
            fts_only = match.fts_expression
    conditions.extend(_person_conditions(person_filter))
    plain = len(conditions) == 2 and fts_only is not None
    return and_(*conditions), needs_search, fts_only if plain else None


def _person_conditions(person_filter: PersonFilter) -> list[ColumnElement[bool]]:
    """The conditions of ``person_filter`` on Person besides the query and the trash."""
    conditions: list[ColumnElement[bool]] = []
    if person_filter.ids is not None:
        conditions.append(Person.id.in_(person_filter.ids))
    if person_filter.tag_ids:
        conditions.append(
            exists(
                select(person_tag.c.person_id).where(
                    person_tag.c.person_id == Person.id,
                    person_tag.c.tag_id.in_(person_filter.tag_ids),
                )
            )
        )
    kinds = set(person_filter.organization_kinds)
    if person_filter.sectors:
        kinds |= {k for k, s in SECTOR_OF_KIND.items() if s in person_filter.sectors}
    org_conditions: list[ColumnElement[bool]] = []
    if kinds:
        org_conditions.append(Organization.kind.in_(sorted(kinds)))
    if person_filter.municipality_id is not None:
        org_conditions.append(
            or_(
                Organization.municipality_id == person_filter.municipality_id,
                Organization.id == person_filter.municipality_id,
                Organization.parent_id == person_filter.municipality_id,
            )
        )
    if person_filter.organization_id is not None:
        org_conditions.append(Organization.id == person_filter.organization_id)
    if org_conditions:
        conditions.append(
            exists(
                select(Affiliation.id)
                .join(Organization, Organization.id == Affiliation.organization_id)
                .where(Affiliation.person_id == Person.id, *org_conditions)
            )
        )
    if person_filter.may_contact_by is not None:
        conditions.append(may_contact_condition(person_filter.may_contact_by))
    return conditions


@dataclass(frozen=True)
class _LivePlan:
    """How to select live people: from ``person_search`` (one row per live person).

    Attributes:
        match: the query's condition on ``person_search`` (None without a query).
        others: conditions on Person (then Person is joined).
        fts_only: the FTS5 expression when it alone selects (counted by FTS5).
    """

    match: ColumnElement[bool] | None
    others: list[ColumnElement[bool]]
    fts_only: str | None


def _live_plan(session: Session, person_filter: PersonFilter) -> _LivePlan:
    match = search_index.person_match(
        person_filter.query,
        has_fts=has_fts(session),
        connection=session.connection(),
        on_search_row=True,
    )
    others = _person_conditions(person_filter)
    fts_only = match.fts_expression if match is not None and not others else None
    return _LivePlan(match.condition if match is not None else None, others, fts_only)


def _live_select(plan: _LivePlan, columns: Any) -> Select[Any]:
    statement = select(columns).select_from(PersonSearch)
    if plan.match is not None:
        statement = statement.where(plan.match)
    if plan.others:
        statement = statement.join(Person, Person.id == PersonSearch.person_id).where(*plan.others)
    return statement


def _filtered(
    session: Session, statement: Select[Any], person_filter: PersonFilter
) -> tuple[Select[Any], str | None]:
    condition, needs_search, fts_only = filter_condition(session, person_filter)
    if needs_search:
        statement = statement.join(PersonSearch, PersonSearch.person_id == Person.id)
    return statement.where(condition), fts_only


def has_fts(session: Session) -> bool:
    """Whether this database has the FTS5 index (cached per engine)."""
    bind = session.get_bind()
    cached = bind.__dict__.get("_partnercrm_has_fts")
    if cached is None:
        cached = "person_fts" in inspect(bind).get_table_names()
        bind.__dict__["_partnercrm_has_fts"] = cached
    return bool(cached)


@dataclass(frozen=True)
class PeopleProbe:
    """What a list needs at once after a keystroke: the count and the first ids."""

    total: int
    ids: tuple[int, ...]


# The index of person_search that each sort walks (ascending or backwards).
_SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "name": (PersonSearch.name_key, PersonSearch.person_id),
    "organization": (PersonSearch.org_key, PersonSearch.name_key, PersonSearch.person_id),
    "city": (PersonSearch.city_key, PersonSearch.name_key, PersonSearch.person_id),
    "updated": (PersonSearch.updated_at, PersonSearch.person_id),
}


def list_person_ids(
    session: Session,
    *,
    filter: PersonFilter = PersonFilter(),
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of the people ``filter`` selects, sorted in SQL (input of the lazy list model).

    Live people are listed from ``person_search``, whose indexes hold every sort
    key (name, organization, city, change date): a sort walks one index.
    """
    if filter.trashed:
        return _trashed_ids(session, filter, sort, descending, limit)
    return _live_ids(session, _live_plan(session, filter), sort, descending, limit, None)


def probe_people(
    session: Session,
    *,
    filter: PersonFilter = PersonFilter(),
    sort: str = "name",
    descending: bool = False,
    limit: int = 60,
) -> PeopleProbe:
    """The number of people ``filter`` selects and the first ``limit`` ids, in one read."""
    if filter.trashed:
        total = count_people(session, filter)
        ids = _trashed_ids(session, filter, sort, descending, limit) if total else []
        return PeopleProbe(total, tuple(ids))
    plan = _live_plan(session, filter)  # the query's words are looked up once
    total = _count_live(session, plan)
    ids = _live_ids(session, plan, sort, descending, limit, total) if total else []
    return PeopleProbe(total, tuple(ids))


def _live_ids(
    session: Session,
    plan: _LivePlan,
    sort: str,
    descending: bool,
    limit: int | None,
    hits: int | None,
) -> list[int]:
    if plan.fts_only is not None:
        statement = _plain_search(session, plan.fts_only, limit, hits)
    else:
        statement = _live_select(plan, PersonSearch.person_id)
    keys = _SORT_COLUMNS.get(sort, _SORT_COLUMNS["name"])
    statement = statement.order_by(*(k.desc() if descending else k for k in keys))
    if limit is not None:
        statement = statement.limit(limit)
    # Core and fetchall, not the ORM: 100,000 ids need no row processing.
    return list(session.connection().execute(statement).scalars().all())


def _count_live(session: Session, plan: _LivePlan) -> int:
    if plan.fts_only is not None:
        # The index holds only live people, so FTS5 can count a plain query alone.
        return search_index.count_matches(session.connection(), "person_fts", plan.fts_only)
    return int(session.connection().execute(_live_select(plan, func.count())).scalar() or 0)


def _trashed_ids(
    session: Session, person_filter: PersonFilter, sort: str, descending: bool, limit: int | None
) -> list[int]:
    """The trash has no search rows: sort by the person's own columns, or in Python."""
    statement, _fts = _filtered(session, select(Person.id), person_filter)
    keys = [Person.updated_at, Person.id] if sort == "updated" else [Person.sort_key, Person.id]
    if sort not in ("organization", "city"):
        statement = statement.order_by(*(k.desc() if descending else k for k in keys))
        if limit is not None:
            statement = statement.limit(limit)
        return list(session.connection().execute(statement).scalars().all())
    ids = list(session.connection().execute(statement.order_by(*keys)).scalars().all())
    shown = person_list.sort_values(session.connection(), ids)
    column = 0 if sort == "organization" else 1

    def key(pid: int) -> str:
        value = shown.get(pid, (None, ""))[column]
        return sort_key(value or "") or LAST_KEY

    ids.sort(key=key)  # stable: by name within the same organization or city
    if descending:
        ids.reverse()
    return ids if limit is None else ids[:limit]


# Above this many hits, walking a sort index beats sorting all hits.
_DENSE_HITS = 5000


def _plain_search(
    session: Session, expression: str, limit: int | None, hits: int | None
) -> Select[Any]:
    """The people a plain query finds, planned by how many it hits (``hits`` if known).

    Few hits: fetch them by id from FTS5 and sort them. Many hits: walk the sort
    index and keep the rows in the hit list; the unary ``+`` stops SQLite from
    driving the query from the hit list (reference/perf-baselines.md, "probe").
    Nearly everyone (a single letter): walk the sort index and ask FTS5 row by row,
    which finds the first 50 after a few dozen rows instead of listing every hit.
    """
    connection = session.connection()
    if hits is None:
        hits = search_index.count_matches(connection, "person_fts", expression)
    matched = search_index.fts_ids("person_fts", expression)
    if hits > _DENSE_HITS:
        people = connection.execute(select(func.max(PersonSearch.person_id))).scalar() or 0
        # Only for a short page of a one-word query: FTS5 re-evaluates the expression
        # for every probed row, which for a whole list or an OR of many words costs
        # minutes instead of milliseconds.
        single_word = " " not in expression
        short_page = limit is not None and limit <= 200
        if single_word and short_page and hits * 5 > people * 2:  # > 40 % of everyone
            row_match = matched.where(literal_column("person_fts.rowid") == PersonSearch.person_id)
            return select(PersonSearch.person_id).where(row_match.exists())
        return select(PersonSearch.person_id).where(
            literal_column("+person_search.person_id").in_(matched)
        )
    return select(PersonSearch.person_id).where(PersonSearch.person_id.in_(matched))


def count_people(session: Session, person_filter: PersonFilter = PersonFilter()) -> int:
    if not person_filter.trashed:
        return _count_live(session, _live_plan(session, person_filter))
    statement, _fts = _filtered(session, select(func.count(Person.id)), person_filter)
    return int(session.scalar(statement) or 0)


def person_rows(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    """List rows for ``ids``, in that order (ids that no longer exist are left out).

    One statement per page (store.person_list), which also defines which role,
    city, e-mail and phone a line shows.
    """
    lines = person_list.list_lines(session.connection(), ids)
    result: list[PersonRow] = []
    for pid in ids:
        line = lines.get(pid)
        if line is None:
            continue
        result.append(
            PersonRow(
                id=pid,
                display_name=display_name(
                    line.academic_title, line.first_name, line.name_particle, line.last_name
                ),
                last_name=line.last_name,
                first_name=line.first_name,
                organization=line.organization,
                function=line.function,
                city=line.city,
                email=line.email,
                phone=line.phone,
                updated_at=line.updated_at,
            )
        )
    return result


def recently_changed_people(session: Session, limit: int = 10) -> list[PersonRow]:
    ids = list_person_ids(session, sort="updated", descending=True, limit=limit)
    return person_rows(session, ids)


def find_person_ids_by_email(session: Session, email: str) -> list[int]:
    """Live people with this e-mail address, their own or at one of their roles."""
    key = email.strip().lower()
    own = select(ContactPoint.person_id).where(
        ContactPoint.normalized == key, ContactPoint.person_id.is_not(None)
    )
    at_role = (
        select(Affiliation.person_id)
        .join(ContactPoint, ContactPoint.affiliation_id == Affiliation.id)
        .where(ContactPoint.normalized == key)
    )
    statement = (
        select(Person.id)
        .where(Person.deleted_at.is_(None), or_(Person.id.in_(own), Person.id.in_(at_role)))
        .order_by(Person.id)
    )
    return list(session.scalars(statement))


def purge_all_trashed_people(session: Session) -> Changes:
    ids = list(session.scalars(select(Person.id).where(Person.deleted_at.is_not(None))))
    return purge_people(session, ids)
