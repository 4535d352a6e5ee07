"""Creating many imported people at once with plain inserts (store.bulk_load).

The ORM unit of work writes a few thousand rows a second; an import of 10,000
contacts must take about a second (issue: exchange). This writes people, their
roles, organizations found or created by name, contact points, addresses and tags
with executemany, with the same validation and normalisation as ``create_person``
(``contact_data.build_*``), then updates the search index for the new rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.model import (
    Address,
    Affiliation,
    ContactPoint,
    Organization,
    Person,
    Tag,
    person_tag,
    utcnow,
)
from partnercrm.services.contact_data import build_address, build_contact_point
from partnercrm.services.contact_import import IncomingContact, with_notes_block
from partnercrm.services.organization_kinds import infer_organization_kind
from partnercrm.services.tags import tag_key
from partnercrm.store import search_index
from partnercrm.store.bulk_load import insert_rows
from partnercrm.store.text_folding import fold, sort_key


def _next_id(session: Session, table: Any) -> int:
    return int(session.scalar(select(func.max(table.id))) or 0) + 1


def _address_row(item: Any, owner: str, owner_id: int, now: Any) -> dict[str, Any]:
    row = build_address(item)
    return {
        owner: owner_id,
        "kind": row.kind.value,
        "street": row.street,
        "addition": row.addition,
        "po_box": row.po_box,
        "postal_code": row.postal_code,
        "city": row.city,
        "region": row.region,
        "country": row.country,
        "label": row.label,
        "is_primary": row.is_primary,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _point_row(item: Any, owner: str, owner_id: int, now: Any) -> dict[str, Any]:
    row = build_contact_point(item)
    return {
        owner: owner_id,
        "kind": row.kind.value,
        "value": row.value,
        "normalized": row.normalized,
        "label": row.label,
        "is_primary": row.is_primary,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def create_people(
    session: Session, contacts: Sequence[tuple[IncomingContact, str | None]]
) -> tuple[list[int], list[int]]:
    """Insert (contact, uid) pairs (already cleaned); returns (person ids, new org ids).

    Each contact must have a first or last name (the planner skips the others).
    """
    session.flush()
    connection = session.connection()
    now = utcnow()
    person_id = _next_id(session, Person)
    org_next = _next_id(session, Organization)
    aff_next = _next_id(session, Affiliation)
    # Organizations by folded name, live ones (as find_or_create_organization).
    wanted = {
        fold(" ".join(a.organization_name.split())) for c, _ in contacts for a in c.affiliations
    }
    wanted.discard("")
    orgs: dict[str, int] = {}
    keys = sorted(wanted)
    for start in range(0, len(keys), 500):
        for oid, key in session.execute(
            select(Organization.id, Organization.sort_key).where(
                Organization.sort_key.in_(keys[start : start + 500]),
                Organization.deleted_at.is_(None),
            )
        ):
            orgs.setdefault(key, oid)
    tag_ids = {key: tid for tid, key in session.execute(select(Tag.id, Tag.key))}
    people: list[dict[str, Any]] = []
    new_orgs: list[dict[str, Any]] = []
    new_tags: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    points: list[dict[str, Any]] = []
    addresses: list[dict[str, Any]] = []
    tagging: list[dict[str, Any]] = []
    ids: list[int] = []
    for contact, uid in contacts:
        p = contact.person
        first, last = p.first_name.strip(), p.last_name.strip()
        particle = p.name_particle.strip()
        pid = person_id
        person_id += 1
        ids.append(pid)
        people.append(
            {
                "id": pid,
                "salutation": p.salutation.value,
                "academic_title": p.academic_title.strip(),
                "first_name": first,
                "name_particle": particle,
                "last_name": last,
                "name_suffix": p.name_suffix.strip(),
                "nickname": p.nickname.strip(),
                "address_form": p.address_form.value,
                "language": p.language.strip() or "de",
                "birthday": p.birthday,
                "notes": with_notes_block(p.notes, contact.leftovers, contact.source),
                "photo": contact.photo,
                "photo_type": contact.photo_type if contact.photo else "",
                "uid": uid,
                "do_not_contact": p.do_not_contact,
                "sort_key": sort_key(last, first, particle),
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        seen_tags: set[str] = set()
        for name in p.tags:
            clean = " ".join(name.split())
            key = tag_key(clean)
            if not key or key in seen_tags:
                continue
            seen_tags.add(key)
            if key not in tag_ids:
                tag_ids[key] = _next_id(session, Tag) + len(new_tags)
                new_tags.append({"id": tag_ids[key], "name": clean, "key": key})
            tagging.append({"person_id": pid, "tag_id": tag_ids[key]})
        for item in contact.contact_points:
            if item.value.strip():
                points.append(_point_row(item, "person_id", pid, now))
        for own_address in contact.addresses:
            if not own_address.is_empty:
                addresses.append(_address_row(own_address, "person_id", pid, now))
        primary_seen = False
        for index, role in enumerate(contact.affiliations):
            name = " ".join(role.organization_name.split())
            key = fold(name)
            if key not in orgs:
                orgs[key] = org_next
                new_orgs.append(
                    {
                        "id": org_next,
                        "name": name,
                        "kind": infer_organization_kind(name).value,
                        "sort_key": key,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                org_next += 1
            aid = aff_next
            aff_next += 1
            primary = role.is_primary and not primary_seen
            primary_seen = primary_seen or primary
            roles.append(
                {
                    "id": aid,
                    "person_id": pid,
                    "organization_id": orgs[key],
                    "function": role.function.strip(),
                    "department": role.department.strip(),
                    "use_organization_address": role.use_organization_address,
                    "is_primary": primary
                    or (index == 0 and not any(r.is_primary for r in contact.affiliations)),
                    "valid_from": role.valid_from,
                    "valid_until": role.valid_until,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for role_point in role.contact_points:
                if role_point.value.strip():
                    points.append(_point_row(role_point, "affiliation_id", aid, now))
            for role_address in role.addresses:
                if not role_address.is_empty:
                    addresses.append(_address_row(role_address, "affiliation_id", aid, now))
    insert_rows(connection, Organization.__table__, new_orgs)  # type: ignore[arg-type]
    insert_rows(connection, Tag.__table__, new_tags)  # type: ignore[arg-type]
    insert_rows(connection, Person.__table__, people)  # type: ignore[arg-type]
    insert_rows(connection, Affiliation.__table__, roles)  # type: ignore[arg-type]
    insert_rows(connection, ContactPoint.__table__, points)  # type: ignore[arg-type]
    insert_rows(connection, Address.__table__, addresses)  # type: ignore[arg-type]
    insert_rows(connection, person_tag, tagging)
    search_index.rebuild_people(connection, ids)
    if new_orgs:
        search_index.rebuild_organizations(connection, [o["id"] for o in new_orgs])
    return ids, [o["id"] for o in new_orgs]


def apply_merge(
    session: Session,
    detail: Any,
    data: Any,
    addresses: Sequence[Any],
    points: Sequence[Any],
    roles: Sequence[Any],
    *,
    uid: str | None = None,
    photo: bytes | None = None,
    photo_type: str = "",
) -> None:
    """Write a merge computed by ``contact_import.merge_into`` with plain statements.

    A merge only fills fields and appends contact points, addresses, roles and tags,
    so the new rows are the tails of the lists beyond what ``detail`` holds. The
    person's version counter is checked and raised as the ORM would do.
    """
    from sqlalchemy import update

    from partnercrm.errors import ConflictError

    connection = session.connection()
    now = utcnow()
    first, last, particle = (
        data.first_name.strip(),
        data.last_name.strip(),
        data.name_particle.strip(),
    )
    values: dict[str, Any] = {
        "first_name": first,
        "last_name": last,
        "salutation": data.salutation.value,
        "academic_title": data.academic_title.strip(),
        "name_particle": particle,
        "name_suffix": data.name_suffix.strip(),
        "nickname": data.nickname.strip(),
        "birthday": data.birthday,
        "notes": data.notes,
        "sort_key": sort_key(last, first, particle),
        "version": detail.version + 1,
        "updated_at": now,
    }
    if uid:
        values["uid"] = uid
    if photo:
        values["photo"] = photo
        values["photo_type"] = photo_type
    person_table: Any = Person.__table__
    result = connection.execute(
        update(person_table)
        .where(person_table.c.id == detail.id, person_table.c.version == detail.version)
        .values(**values)
    )
    if result.rowcount != 1:
        raise ConflictError(f"person {detail.id} changed during the import")
    pid = detail.id
    new_points = [
        _point_row(p, "person_id", pid, now) for p in points[len(detail.contact_points) :]
    ]
    new_addresses = [
        _address_row(a, "person_id", pid, now) for a in addresses[len(detail.addresses) :]
    ]
    tag_rows: list[dict[str, Any]] = []
    for name in data.tags[len(detail.tags) :]:
        clean = " ".join(name.split())
        key = tag_key(clean)
        if not key:
            continue
        tag_id = session.scalar(select(Tag.id).where(Tag.key == key))
        if tag_id is None:
            tag_id = _next_id(session, Tag)
            insert_rows(connection, Tag.__table__, [{"id": tag_id, "name": clean, "key": key}])  # type: ignore[arg-type]
        tag_rows.append({"person_id": pid, "tag_id": tag_id})
    role_table: Any = Affiliation.__table__
    for index, role in enumerate(roles):
        if index < len(detail.affiliations):
            old = detail.affiliations[index]
            if (role.function, role.department, role.use_organization_address) != (
                old.function,
                old.department,
                old.use_organization_address,
            ):
                connection.execute(
                    update(role_table)
                    .where(role_table.c.id == old.id)
                    .values(
                        function=role.function.strip(),
                        department=role.department.strip(),
                        use_organization_address=role.use_organization_address,
                        version=role_table.c.version + 1,
                        updated_at=now,
                    )
                )
            aid = old.id
            new_points += [
                _point_row(p, "affiliation_id", aid, now)
                for p in role.contact_points[len(old.contact_points) :]
            ]
            new_addresses += [
                _address_row(a, "affiliation_id", aid, now)
                for a in role.addresses[len(old.addresses) :]
            ]
            continue
        name = " ".join(role.organization_name.split())
        key = fold(name)
        org_id = session.scalar(
            select(Organization.id).where(
                Organization.sort_key == key, Organization.deleted_at.is_(None)
            )
        )
        if org_id is None:
            org_id = _next_id(session, Organization)
            insert_rows(
                connection,
                Organization.__table__,  # type: ignore[arg-type]
                [
                    {
                        "id": org_id,
                        "name": name,
                        "kind": infer_organization_kind(name).value,
                        "sort_key": key,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                ],
            )
            search_index.rebuild_organizations(connection, [org_id])
        aid = _next_id(session, Affiliation)
        insert_rows(
            connection,
            role_table,
            [
                {
                    "id": aid,
                    "person_id": pid,
                    "organization_id": org_id,
                    "function": role.function.strip(),
                    "department": role.department.strip(),
                    "use_organization_address": role.use_organization_address,
                    "is_primary": bool(role.is_primary and not detail.affiliations),
                    "valid_from": role.valid_from,
                    "valid_until": role.valid_until,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
        new_points += [_point_row(p, "affiliation_id", aid, now) for p in role.contact_points]
        new_addresses += [_address_row(a, "affiliation_id", aid, now) for a in role.addresses]
    insert_rows(connection, ContactPoint.__table__, new_points)  # type: ignore[arg-type]
    insert_rows(connection, Address.__table__, new_addresses)  # type: ignore[arg-type]
    insert_rows(connection, person_tag, tag_rows)
