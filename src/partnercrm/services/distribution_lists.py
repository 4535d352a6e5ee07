"""Distribution lists: named sets of people, static members and/or a saved filter."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    AuditAction,
    ConsentChannel,
    DistributionList,
    OrganizationKind,
    Person,
    Sector,
    distribution_list_member,
)
from partnercrm.services import audit
from partnercrm.services.changes import Changes
from partnercrm.services.people import Created, PersonFilter, list_person_ids


@dataclass(frozen=True)
class ListRef:
    id: int
    name: str
    description: str
    static_members: int
    has_filter: bool


def filter_to_json(person_filter: PersonFilter) -> str:
    data = asdict(person_filter)
    data.pop("trashed", None)
    data.pop("ids", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def filter_from_json(text: str) -> PersonFilter:
    data: dict[str, Any] = json.loads(text)
    return PersonFilter(
        query=str(data.get("query", "")),
        tag_ids=tuple(int(i) for i in data.get("tag_ids", ())),
        organization_kinds=tuple(OrganizationKind(k) for k in data.get("organization_kinds", ())),
        sectors=tuple(Sector(s) for s in data.get("sectors", ())),
        municipality_id=data.get("municipality_id"),
        organization_id=data.get("organization_id"),
        may_contact_by=(
            ConsentChannel(data["may_contact_by"]) if data.get("may_contact_by") else None
        ),
    )


def create_list(
    session: Session,
    *,
    name: str,
    description: str = "",
    person_ids: Sequence[int] = (),
    filter: PersonFilter | None = None,
) -> Created:
    """A new list with static members and/or a saved filter."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("name", translate("lists", "Give the list a name."))
    if session.scalar(select(DistributionList.id).where(DistributionList.name == clean)):
        raise ValidationError(
            "name",
            translate("lists", "A list called “{name}” exists already.").format(name=clean),
        )
    members = list(session.scalars(select(Person).where(Person.id.in_(list(person_ids)))))
    row = DistributionList(
        name=clean,
        description=description.strip(),
        filter_json=filter_to_json(filter) if filter is not None else "",
        members=members,
    )
    session.add(row)
    session.flush()
    audit.record(session, AuditAction.CREATE, "distribution_list", row.id)
    return Created(row.id, Changes.of(created={"distribution_list": {row.id}}))


def list_lists(session: Session) -> list[ListRef]:
    counts: dict[int, int] = dict(
        session.execute(
            select(distribution_list_member.c.distribution_list_id, func.count()).group_by(
                distribution_list_member.c.distribution_list_id
            )
        ).all()
    )
    rows = session.scalars(select(DistributionList).order_by(func.lower(DistributionList.name)))
    return [
        ListRef(r.id, r.name, r.description, int(counts.get(r.id, 0)), bool(r.filter_json))
        for r in rows
    ]


def list_member_ids(session: Session, list_id: int, *, sort: str = "name") -> list[int]:
    """Live members: the static ones plus those the saved filter selects now."""
    row = session.get(DistributionList, list_id)
    if row is None:
        raise NotFoundError(translate("lists", "The distribution list no longer exists."))
    static = set(
        session.scalars(
            select(distribution_list_member.c.person_id).where(
                distribution_list_member.c.distribution_list_id == list_id
            )
        )
    )
    dynamic: set[int] = set()
    if row.filter_json:
        dynamic = set(list_person_ids(session, filter=filter_from_json(row.filter_json)))
    return list_person_ids(session, filter=PersonFilter(ids=tuple(static | dynamic)), sort=sort)


def find_list(session: Session, name_or_id: str) -> int:
    """The id of a list given by id or exact name."""
    if name_or_id.isdigit():
        by_id = session.get(DistributionList, int(name_or_id))
        if by_id is not None:
            return by_id.id
    found = session.scalar(select(DistributionList.id).where(DistributionList.name == name_or_id))
    if found is None:
        raise NotFoundError(
            translate("lists", "There is no distribution list “{name}”.").format(name=name_or_id)
        )
    return int(found)


def add_members(session: Session, list_id: int, person_ids: Sequence[int]) -> Changes:
    row = session.get(DistributionList, list_id)
    if row is None:
        raise NotFoundError(translate("lists", "The distribution list no longer exists."))
    present = {p.id for p in row.members}
    row.members.extend(
        session.scalars(
            select(Person).where(Person.id.in_([i for i in person_ids if i not in present]))
        )
    )
    session.flush()
    return Changes.of(updated={"distribution_list": {list_id}})


def delete_list(session: Session, list_id: int) -> Changes:
    row = session.get(DistributionList, list_id)
    if row is None:
        raise NotFoundError(translate("lists", "The distribution list no longer exists."))
    session.delete(row)
    audit.record(session, AuditAction.DELETE, "distribution_list", list_id)
    session.flush()
    return Changes.of(removed={"distribution_list": {list_id}})
