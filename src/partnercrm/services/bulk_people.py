"""Creating many imported people at once with plain inserts (store.bulk_load).

The ORM unit of work writes a few thousand rows a second; an import of 10,000
contacts must take about a second (issue: exchange). This writes people, their
roles, organizations found or created by name, contact points, addresses and tags
with executemany, with the same validation and normalisation as ``create_person``
(``contact_data.build_*``), then updates the search index for the new rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError
from partnercrm.i18n import translate
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
from partnercrm.services.affiliations import AffiliationData, AffiliationInput
from partnercrm.services.contact_data import (
    AddressInput,
    ContactPointInput,
    check_address,
    normalized_contact,
)
from partnercrm.services.contact_import import IncomingContact, with_notes_block
from partnercrm.services.organization_kinds import infer_organization_kind
from partnercrm.services.people import PersonDetail, PersonInput
from partnercrm.services.tags import tag_key
from partnercrm.store import search_index
from partnercrm.store.bulk_load import insert_rows, update_rows
from partnercrm.store.text_folding import fold, sort_key


def _next_id(session: Session, table: Any) -> int:
    return int(session.scalar(select(func.max(table.id))) or 0) + 1


def _address_row(item: Any, owner: str, owner_id: int, now: Any) -> dict[str, Any]:
    country, postal_code = check_address(item)
    return {
        owner: owner_id,
        "kind": item.kind.value,
        "street": item.street.strip(),
        "addition": item.addition.strip(),
        "po_box": item.po_box.strip(),
        "postal_code": postal_code,
        "city": item.city.strip(),
        "region": item.region.strip(),
        "country": country,
        "label": item.label.strip(),
        "is_primary": item.is_primary,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _point_row(item: Any, owner: str, owner_id: int, now: Any) -> dict[str, Any]:
    # The validation of ``contact_data.build_contact_point`` without an ORM object.
    value, normalized = normalized_contact(item.kind, item.value, field=item.kind.value)
    return {
        owner: owner_id,
        "kind": item.kind.value,
        "value": value,
        "normalized": normalized,
        "label": item.label.strip(),
        "is_primary": item.is_primary,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _live_organizations(session: Session, keys: set[str]) -> dict[str, int]:
    """Live organizations by folded name; of several with one name, the oldest (as
    ``affiliations.find_or_create_organization``)."""
    found: dict[str, int] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        for oid, key in session.execute(
            select(Organization.id, Organization.sort_key)
            .where(
                Organization.sort_key.in_(ordered[start : start + 500]),
                Organization.deleted_at.is_(None),
            )
            .order_by(Organization.id)
        ):
            found.setdefault(key, oid)
    return found


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
    orgs = _live_organizations(session, wanted)
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


@dataclass(frozen=True)
class MergeWrite:
    """One merge computed by ``contact_import.merge_into``, to be written by ``apply_merges``."""

    detail: PersonDetail
    data: PersonInput
    addresses: Sequence[AddressInput]
    points: Sequence[ContactPointInput]
    roles: Sequence[AffiliationInput | AffiliationData]  # stored roles left as they were
    uid: str | None = None
    photo: bytes | None = None
    photo_type: str = ""


def apply_merges(session: Session, merges: Sequence[MergeWrite]) -> None:
    """Write many merges (at most one per person) with executemany statements.

    A merge only fills fields and appends contact points, addresses, roles and tags,
    so the new rows are the tails of the lists beyond what ``detail`` holds. Each
    person's version counter is checked and raised in the same UPDATE, as the ORM
    would do; ConflictError when someone changed a person meanwhile. The caller
    rebuilds the search index for the people.
    """
    if not merges:
        return
    session.flush()
    connection = session.connection()
    now = utcnow()
    person_table: Any = Person.__table__
    role_table: Any = Affiliation.__table__
    people: list[dict[str, Any]] = []
    uids: list[dict[str, Any]] = []
    photos: list[dict[str, Any]] = []
    role_updates: list[dict[str, Any]] = []
    new_points: list[dict[str, Any]] = []
    new_addresses: list[dict[str, Any]] = []
    tag_rows: list[dict[str, Any]] = []
    new_roles: list[tuple[int, AffiliationInput, bool]] = []
    wanted_tags: dict[str, str] = {}
    for merge in merges:
        detail, data = merge.detail, merge.data
        pid = detail.id
        first, last = data.first_name.strip(), data.last_name.strip()
        particle = data.name_particle.strip()
        people.append(
            {
                "id": pid,
                "version": detail.version,  # checked, then raised by one
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
                "updated_at": now,
            }
        )
        if merge.uid:
            uids.append({"id": pid, "uid": merge.uid})
        if merge.photo:
            photos.append({"id": pid, "photo": merge.photo, "photo_type": merge.photo_type})
        new_points += [
            _point_row(p, "person_id", pid, now) for p in merge.points[len(detail.contact_points) :]
        ]
        new_addresses += [
            _address_row(x, "person_id", pid, now) for x in merge.addresses[len(detail.addresses) :]
        ]
        for name in data.tags[len(detail.tags) :]:
            clean = " ".join(name.split())
            key = tag_key(clean)
            if key:
                wanted_tags.setdefault(key, clean)
                tag_rows.append({"person_id": pid, "tag_key": key})
        for index, role in enumerate(merge.roles):
            if index >= len(detail.affiliations):
                assert isinstance(role, AffiliationInput)
                new_roles.append((pid, role, bool(role.is_primary and not detail.affiliations)))
                continue
            old = detail.affiliations[index]
            if (role.function, role.department, role.use_organization_address) != (
                old.function,
                old.department,
                old.use_organization_address,
            ):
                role_updates.append(
                    {
                        "id": old.id,
                        "function": role.function.strip(),
                        "department": role.department.strip(),
                        "use_organization_address": role.use_organization_address,
                        "updated_at": now,
                    }
                )
            new_points += [
                _point_row(p, "affiliation_id", old.id, now)
                for p in role.contact_points[len(old.contact_points) :]
            ]
            new_addresses += [
                _address_row(x, "affiliation_id", old.id, now)
                for x in role.addresses[len(old.addresses) :]
            ]
    changed = update_rows(
        connection, person_table, people, where=("id", "version"), increment=("version",)
    )
    if changed != len(people):
        raise ConflictError(translate("import", "People changed during the import; try again."))
    update_rows(connection, person_table, uids, where=("id",))
    update_rows(connection, person_table, photos, where=("id",))
    update_rows(connection, role_table, role_updates, where=("id",), increment=("version",))
    # Tags and organizations by key, found or created once for all people.
    tag_ids: dict[str, int] = {}
    keys = sorted(wanted_tags)
    for start in range(0, len(keys), 500):
        tag_ids.update(
            (key, tid)
            for tid, key in session.execute(
                select(Tag.id, Tag.key).where(Tag.key.in_(keys[start : start + 500]))
            )
        )
    created_tags: list[dict[str, Any]] = []
    next_tag = _next_id(session, Tag)
    for key in keys:
        if key not in tag_ids:
            tag_ids[key] = next_tag
            created_tags.append({"id": next_tag, "name": wanted_tags[key], "key": key})
            next_tag += 1
    insert_rows(connection, Tag.__table__, created_tags)  # type: ignore[arg-type]
    orgs = _live_organizations(
        session, {fold(" ".join(r.organization_name.split())) for _, r, _ in new_roles}
    )
    created_orgs: list[dict[str, Any]] = []
    next_org = _next_id(session, Organization)
    next_role = _next_id(session, Affiliation)
    role_rows: list[dict[str, Any]] = []
    for pid, role, primary in new_roles:
        name = " ".join(role.organization_name.split())
        key = fold(name)
        if key not in orgs:
            orgs[key] = next_org
            created_orgs.append(
                {
                    "id": next_org,
                    "name": name,
                    "kind": infer_organization_kind(name).value,
                    "sort_key": key,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            next_org += 1
        aid = next_role
        next_role += 1
        role_rows.append(
            {
                "id": aid,
                "person_id": pid,
                "organization_id": orgs[key],
                "function": role.function.strip(),
                "department": role.department.strip(),
                "use_organization_address": role.use_organization_address,
                "is_primary": primary,
                "valid_from": role.valid_from,
                "valid_until": role.valid_until,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        new_points += [_point_row(p, "affiliation_id", aid, now) for p in role.contact_points]
        new_addresses += [_address_row(x, "affiliation_id", aid, now) for x in role.addresses]
    insert_rows(connection, Organization.__table__, created_orgs)  # type: ignore[arg-type]
    if created_orgs:
        search_index.rebuild_organizations(connection, [o["id"] for o in created_orgs])
    insert_rows(connection, role_table, role_rows)
    insert_rows(connection, ContactPoint.__table__, new_points)  # type: ignore[arg-type]
    insert_rows(connection, Address.__table__, new_addresses)  # type: ignore[arg-type]
    insert_rows(
        connection,
        person_tag,
        [{"person_id": r["person_id"], "tag_id": tag_ids[r["tag_key"]]} for r in tag_rows],
    )
