"""Who a print run goes to: the selected people with the role and address to print.

A selection (a distribution list, a search, a tag, explicit ids, or an event's
participants by status and role) becomes ``PrintPerson`` records: plain data the
printing layer turns into labels, letters, lists, badges and certificates.

The letter goes to the role (DESIGN.md, Affiliation): organisation, department and
function of the affiliation, at the affiliation's own address or the organisation's
(``use_organization_address``). Which affiliation: the one an event participation
represented (the snapshot), else the person's primary current one. Without a usable
business address the private address is used. Everything is loaded in a handful of
queries per 900 people, because a mass mailing prints thousands of labels.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from partnercrm.addressing import BlockStyle, PostalAddress, Recipient, TitleMode, salutation
from partnercrm.i18n import translate
from partnercrm.model import (
    MUNICIPAL_KINDS,
    Address,
    AddressKind,
    Affiliation,
    ConsentChannel,
    ContactKind,
    ContactPoint,
    Organization,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
    Tag,
)
from partnercrm.services.contact_permission import contact_blocks
from partnercrm.services.distribution_lists import list_member_ids
from partnercrm.services.people import PersonFilter, list_person_ids
from partnercrm.services.tags import tag_key

_CHUNK = 900  # below SQLite's default limit of bound parameters


class SortOrder(StrEnum):
    """How printed records are ordered."""

    NAME = "name"  # last name, first name (lists, badges, certificates)
    POSTCODE = "postcode"  # country, postal code, then name (bulk mail discounts)
    SELECTION = "selection"  # as the selection gave them


class SalutationLanguage(StrEnum):
    """Whose language the letter's salutation follows."""

    LETTER = "letter"  # the language of the letter text
    PERSON = "person"  # each person's own language ("Dear Ms Smith" in a German batch)


@dataclass(frozen=True)
class Selection:
    """Which people to print. Empty fields do not restrict; no field at all selects every
    live person. ``event_id`` selects that event's participants (optionally only the
    given statuses and roles) and makes their represented affiliation the printed one."""

    ids: tuple[int, ...] | None = None
    list_id: int | None = None
    query: str = ""
    tag_ids: tuple[int, ...] = ()
    event_id: int | None = None
    statuses: tuple[ParticipationStatus, ...] = ()
    roles: tuple[ParticipationRole, ...] = ()


@dataclass(frozen=True)
class Selected:
    """One selected person; ``affiliation_id`` etc. come from an event participation."""

    person_id: int
    participation: bool = False
    affiliation_id: int | None = None
    org_name: str = ""
    org_function: str = ""
    municipality_name: str = ""
    status: ParticipationStatus | None = None
    role: ParticipationRole | None = None


@dataclass(frozen=True)
class PrintPerson:
    """Everything a printed document needs about one person.

    ``recipient`` is addressed to the role (``style`` BUSINESS) or privately (PRIVATE);
    ``has_address`` says whether it holds a deliverable postal address.
    """

    person_id: int
    recipient: Recipient
    style: BlockStyle
    has_address: bool
    sort_key: str
    first_name: str
    last_name: str
    display_name: str
    organization: str = ""
    department: str = ""
    function: str = ""
    municipality: str = ""
    email: str = ""
    phone: str = ""
    status: ParticipationStatus | None = None
    role: ParticipationRole | None = None


@dataclass(frozen=True)
class Skipped:
    """A selected person left out of a mailing, with the reason in the user's words."""

    person_id: int
    name: str
    reason: str
    code: str


@dataclass(frozen=True)
class Mailing:
    """The people a postal mailing goes to, in print order, and those left out."""

    people: tuple[PrintPerson, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)


# --- selection ---------------------------------------------------------------------------


def _batches(session: Session, column: Any, ids: Iterable[int]) -> Iterator[ColumnElement[bool]]:
    """Conditions "``column`` is one of ``ids``", as few as the database allows.

    SQLite reads the ids from one JSON parameter (``json_each``): expanding 5,000 bound
    parameters costs more than the whole query. Other databases get chunked IN lists.
    """
    values = list(dict.fromkeys(ids))
    if not values:
        return
    if session.get_bind().dialect.name == "sqlite":
        table = func.json_each(json.dumps(values)).table_valued("value")
        yield column.in_(select(table.c.value))
        return
    for start in range(0, len(values), _CHUNK):
        yield column.in_(values[start : start + _CHUNK])


def _people_ids(session: Session, selection: Selection) -> list[int] | None:
    """Ids the non-event criteria select, by name; None when nothing restricts."""
    restricted = (
        selection.ids is not None
        or selection.list_id is not None
        or bool(selection.query.strip())
        or bool(selection.tag_ids)
    )
    if not restricted:
        return None if selection.event_id is not None else list_person_ids(session)
    ids = selection.ids
    if selection.list_id is not None:
        members = list_member_ids(session, selection.list_id)
        ids = tuple(members) if ids is None else tuple(set(ids) & set(members))
    person_filter = PersonFilter(query=selection.query.strip(), tag_ids=selection.tag_ids, ids=ids)
    return list_person_ids(session, filter=person_filter)


def select_people(session: Session, selection: Selection) -> list[Selected]:
    """The selected live people, ordered by name (ids in the order given stay by name)."""
    people = _people_ids(session, selection)
    if selection.event_id is None:
        assert people is not None
        return [Selected(person_id) for person_id in people]
    statement = (
        select(
            Participation.person_id,
            Participation.affiliation_id,
            Participation.org_name,
            Participation.org_function,
            Participation.municipality_name,
            Participation.status,
            Participation.role,
        )
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.event_id == selection.event_id, Person.deleted_at.is_(None))
        .order_by(Person.sort_key, Person.id)
    )
    if selection.statuses:
        statement = statement.where(Participation.status.in_(selection.statuses))
    if selection.roles:
        statement = statement.where(Participation.role.in_(selection.roles))
    allowed = None if people is None else set(people)
    result: list[Selected] = []
    for person_id, affiliation_id, org, function, municipality, status, role in session.execute(
        statement
    ):
        if person_id is None or (allowed is not None and person_id not in allowed):
            continue
        result.append(
            Selected(person_id, True, affiliation_id, org, function, municipality, status, role)
        )
    return result


def tag_ids_named(session: Session, names: Iterable[str]) -> tuple[int, ...]:
    """Ids of the tags called ``names`` (folded); unknown names select nobody."""
    keys = [tag_key(n) for n in names if n.strip()]
    found = tuple(session.scalars(select(Tag.id).where(Tag.key.in_(keys))))
    return found if found else (-1,)


# --- loading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    id: int
    org_id: int
    function: str
    department: str
    use_org_address: bool
    is_primary: bool
    valid_until: date | None


def _postal(row: Any) -> PostalAddress:
    return PostalAddress(
        street=row.street,
        addition=row.addition,
        po_box=row.po_box,
        postal_code=row.postal_code,
        city=row.city,
        region=row.region,
        country=(row.country or "DE").upper(),
    )


_NO_ADDRESS = PostalAddress()


def _rows(session: Session, statement: Any) -> Sequence[Any]:
    """All rows at once as Core rows: fetching one by one, or as ORM results, costs
    more than the query itself on thousands of rows."""
    return session.connection().execute(statement).all()


def usable(address: PostalAddress) -> bool:
    """Whether the post can deliver to ``address``: a town plus a street or a PO box."""
    return bool(address.city.strip() and (address.street.strip() or address.po_box.strip()))


def _address_rows(session: Session, column: Any, ids: Sequence[int]) -> dict[int, PostalAddress]:
    """The best usable address per owner: primary first, then business, then the oldest."""
    found: dict[int, tuple[tuple[bool, bool, int], PostalAddress]] = {}
    for condition in _batches(session, column, ids):
        rows = _rows(
            session,
            select(
                column.label("owner"),
                Address.id,
                Address.is_primary,
                Address.kind,
                Address.street,
                Address.addition,
                Address.po_box,
                Address.postal_code,
                Address.city,
                Address.region,
                Address.country,
            ).where(condition),
        )
        for row in rows:
            if not (row.city.strip() and (row.street.strip() or row.po_box.strip())):
                continue  # not deliverable (see ``usable``)
            rank = (not row.is_primary, row.kind is AddressKind.PRIVATE, row.id)
            known = found.get(row.owner)
            if known is None or rank < known[0]:
                found[row.owner] = (rank, _postal(row))
    return {owner: address for owner, (_, address) in found.items()}


def _contacts(session: Session, column: Any, ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """First e-mail and phone per owner (primary first)."""
    found: dict[int, dict[str, str]] = {}
    for condition in _batches(session, column, ids):
        rows = _rows(
            session,
            select(column.label("owner"), ContactPoint.kind, ContactPoint.value)
            .where(
                condition,
                ContactPoint.kind.in_((ContactKind.EMAIL, ContactKind.PHONE, ContactKind.MOBILE)),
            )
            .order_by(ContactPoint.is_primary.desc(), ContactPoint.id),
        )
        for owner, kind, value in rows:
            key = "email" if kind is ContactKind.EMAIL else "phone"
            found.setdefault(owner, {}).setdefault(key, value)
    return found


def load_print_people(
    session: Session,
    selected: Sequence[Selected],
    *,
    today: date | None = None,
    contacts: bool = True,
) -> list[PrintPerson]:
    """``PrintPerson`` records for ``selected``, in the same order; ``contacts``: also
    the e-mail and phone (lists show them, mailings do not need them)."""
    today = today or date.today()
    ids = [s.person_id for s in selected]
    persons: dict[int, Any] = {}
    roles: dict[int, list[_Role]] = {}
    for condition in _batches(session, Person.id, ids):
        for row in _rows(
            session,
            select(
                Person.id,
                Person.salutation,
                Person.academic_title,
                Person.first_name,
                Person.name_particle,
                Person.last_name,
                Person.address_form,
                Person.language,
                Person.sort_key,
            ).where(condition),
        ):
            persons[row.id] = row
    for condition in _batches(session, Affiliation.person_id, ids):
        for role_row in _rows(
            session,
            select(
                Affiliation.id,
                Affiliation.person_id,
                Affiliation.organization_id,
                Affiliation.function,
                Affiliation.department,
                Affiliation.use_organization_address,
                Affiliation.is_primary,
                Affiliation.valid_until,
            ).where(condition),
        ):
            roles.setdefault(role_row.person_id, []).append(
                _Role(role_row.id, role_row.organization_id, role_row.function,
                      role_row.department, role_row.use_organization_address,
                      role_row.is_primary, role_row.valid_until)
            )  # fmt: skip
    chosen: dict[int, _Role | None] = {}
    for item in selected:
        own = roles.get(item.person_id, [])
        role: _Role | None = None
        if item.participation:
            # The represented role as snapshotted; none recorded means a private guest.
            role = next((r for r in own if r.id == item.affiliation_id), None)
        elif own:
            role = sorted(
                own,
                key=lambda r: (
                    r.valid_until is not None and r.valid_until < today,
                    not r.is_primary,
                    r.id,
                ),
            )[0]
        chosen[item.person_id] = role
    org_ids = sorted({r.org_id for r in chosen.values() if r is not None})
    orgs: dict[int, tuple[str, int | None, bool]] = {}
    for condition in _batches(session, Organization.id, org_ids):
        for oid, oname, omunicipality, okind in _rows(session,
            select(
                Organization.id, Organization.name, Organization.municipality_id,
                Organization.kind,
            ).where(condition)
        ):  # fmt: skip
            orgs[oid] = (oname, omunicipality, okind in MUNICIPAL_KINDS)
    municipality_ids = sorted({m for _, m, _ in orgs.values() if m is not None} - set(orgs))
    municipalities = {i: name for i, (name, _, _) in orgs.items()}
    for condition in _batches(session, Organization.id, municipality_ids):
        for mid, name in _rows(
            session, select(Organization.id, Organization.name).where(condition)
        ):
            municipalities[mid] = name
    role_ids = [r.id for r in chosen.values() if r is not None]
    private = _address_rows(session, Address.person_id, ids)
    role_addresses = _address_rows(session, Address.affiliation_id, role_ids)
    org_addresses = _address_rows(session, Address.organization_id, org_ids)
    # E-mail and phone only appear on lists; a mailing need not load them.
    own_contacts = _contacts(session, ContactPoint.person_id, ids) if contacts else {}
    role_contacts = _contacts(session, ContactPoint.affiliation_id, role_ids) if contacts else {}

    result: list[PrintPerson] = []
    for item in selected:
        person = persons.get(item.person_id)
        if person is None:
            continue
        role = chosen[item.person_id]
        org_name, municipality = item.org_name, item.municipality_name
        function, department = item.org_function, ""
        business: PostalAddress | None = None
        if role is not None:
            name, municipality_id, is_municipal = orgs.get(role.org_id, ("", None, False))
            org_name = org_name or name
            function = function or role.function
            department = role.department
            if not municipality:
                municipality = (
                    name if is_municipal else municipalities.get(municipality_id or 0, "")
                )
            sources = [role_addresses, org_addresses]
            keys = [role.id, role.org_id]
            if role.use_org_address:
                sources.reverse()
                keys.reverse()
            for source, key in zip(sources, keys, strict=True):
                business = source.get(key)
                if business is not None:
                    break
        home = private.get(item.person_id)
        style = BlockStyle.BUSINESS if business is not None else BlockStyle.PRIVATE
        recipient = Recipient(
            salutation_form=person.salutation,
            academic_title=person.academic_title,
            first_name=person.first_name,
            name_particle=person.name_particle,
            last_name=person.last_name,
            address_form=person.address_form,
            language=person.language or "de",
            organization=org_name if business is not None else "",
            department=department if business is not None else "",
            address=business or home or _NO_ADDRESS,
        )
        reach = {**own_contacts.get(item.person_id, {})}
        if role is not None:
            reach.update(role_contacts.get(role.id, {}))
        display = " ".join(
            p
            for p in (person.academic_title, person.first_name, person.name_particle,
                      person.last_name)
            if p
        )  # fmt: skip
        result.append(
            PrintPerson(
                person_id=item.person_id,
                recipient=recipient,
                style=style,
                has_address=business is not None or home is not None,
                sort_key=person.sort_key,
                first_name=person.first_name,
                last_name=" ".join(p for p in (person.name_particle, person.last_name) if p),
                display_name=display,
                organization=org_name,
                department=department,
                function=function,
                municipality=municipality,
                email=reach.get("email", ""),
                phone=reach.get("phone", ""),
                status=item.status,
                role=item.role,
            )
        )
    return result


# --- ordering and mailings ---------------------------------------------------------------


def sort_people(people: Sequence[PrintPerson], order: SortOrder) -> list[PrintPerson]:
    """``people`` in print order."""
    if order is SortOrder.SELECTION:
        return list(people)
    if order is SortOrder.POSTCODE:
        return sorted(
            people,
            key=lambda p: (
                p.recipient.address.country != "DE",
                p.recipient.address.country,
                p.recipient.address.postal_code or p.recipient.address.po_box_postal_code,
                p.sort_key,
                p.person_id,
            ),
        )
    return sorted(people, key=lambda p: (p.sort_key, p.person_id))


def with_salutation(
    person: PrintPerson, *, language: SalutationLanguage, titles: TitleMode
) -> PrintPerson:
    """Fix the salutation in the person's own language (``SalutationLanguage.PERSON``)."""
    if language is SalutationLanguage.LETTER or person.recipient.salutation_override:
        return person
    greeting = salutation(person.recipient, titles=titles)
    return replace(person, recipient=replace(person.recipient, salutation_override=greeting))


def postal_mailing(
    session: Session,
    selection: Selection,
    *,
    order: SortOrder = SortOrder.NAME,
    today: date | None = None,
) -> Mailing:
    """The people of ``selection`` a letter or label may go to, and who is left out.

    Left out: do-not-contact, consent for post withdrawn or refused, no usable address.
    """
    selected = select_people(session, selection)
    people = load_print_people(session, selected, today=today, contacts=False)
    blocks = contact_blocks(session, [p.person_id for p in people], channel=ConsentChannel.POST)
    kept: list[PrintPerson] = []
    skipped: list[Skipped] = []
    for person in people:
        block = blocks.get(person.person_id)
        if block is not None:
            skipped.append(Skipped(person.person_id, person.display_name, block.reason, block.code))
        elif not person.has_address:
            reason = translate("print", "no postal address with street or PO box and town")
            skipped.append(Skipped(person.person_id, person.display_name, reason, "no_address"))
        else:
            kept.append(person)
    return Mailing(tuple(sort_people(kept, order)), tuple(skipped))


def participants(
    session: Session,
    selection: Selection,
    *,
    order: SortOrder = SortOrder.NAME,
    today: date | None = None,
) -> list[PrintPerson]:
    """The people of ``selection`` for lists, sheets, badges and certificates (no postal
    consent needed: these are not sent to them)."""
    people = load_print_people(session, select_people(session, selection), today=today)
    return sort_people(people, order)
