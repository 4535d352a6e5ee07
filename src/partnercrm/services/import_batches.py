"""Import batches: record what an import created or changed, and undo a batch as a whole.

Undo deletes the people (and organizations) a batch created and puts the people it
updated back to their state before the import. A record edited after the import
(its version counter moved on) is not touched unless the caller forces it; the
refusal names the people so the user can decide.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, NotFoundError
from partnercrm.i18n import translate
from partnercrm.model import (
    AddressForm,
    AddressKind,
    Affiliation,
    AuditAction,
    ContactKind,
    ImportBatch,
    ImportRecord,
    Organization,
    Person,
    SalutationForm,
    utcnow,
)
from partnercrm.services import audit
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.changes import Changes
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.people import PersonDetail, PersonInput, get_person, update_person
from partnercrm.store.bulk_load import insert_rows

CREATED = "created"
UPDATED = "updated"


@dataclass(frozen=True)
class BatchInfo:
    """One import batch as the undo menu and ``import --list`` show it."""

    id: int
    started_at: datetime
    format: str
    sources: tuple[str, ...]
    created_count: int
    updated_count: int
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoResult:
    """What undoing a batch did."""

    batch_id: int
    deleted_people: int
    restored_people: int
    deleted_organizations: int
    changes: Changes


def start_batch(session: Session, *, format: str, sources: tuple[str, ...]) -> int:
    """Open a new batch; returns its id."""
    batch = ImportBatch(format=format, sources="\n".join(sources), actor=audit.current_actor())
    session.add(batch)
    session.flush()
    return batch.id


def record_created(session: Session, batch_id: int, entity: str, ids: list[int]) -> None:
    """Note rows a batch created (their version is 1 or what it is now)."""
    if not ids:
        return
    versions: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        if entity == "person":
            statement = select(Person.id, Person.version).where(Person.id.in_(chunk))
        else:
            statement = select(Organization.id, Organization.version).where(
                Organization.id.in_(chunk)
            )
        versions.update((int(i), int(v)) for i, v in session.execute(statement))
    session.flush()
    insert_rows(
        session.connection(),
        ImportRecord.__table__,  # type: ignore[arg-type]
        [
            {
                "batch_id": batch_id,
                "entity": entity,
                "entity_id": i,
                "action": CREATED,
                "before": "",
                "version_after": versions.get(i, 1),
            }
            for i in ids
        ],
    )


def snapshot(session: Session, person_id: int, detail: PersonDetail | None = None) -> str:
    """The person's state as JSON, enough to put it back with ``update_person``."""
    detail = detail if detail is not None else get_person(session, person_id)
    has_photo = session.scalar(select(Person.photo.is_not(None)).where(Person.id == person_id))
    return snapshot_of(detail, bool(has_photo))


def snapshot_of(detail: PersonDetail, has_photo: bool) -> str:
    """``snapshot`` of a loaded person (bulk imports load many at once)."""
    return json.dumps(_detail_json(detail, has_photo), ensure_ascii=False, default=_plain)


def record_updated(session: Session, batch_id: int, person_id: int, before: str) -> None:
    """Note a person a batch updated, with the before-state from ``snapshot``."""
    version = session.scalar(select(Person.version).where(Person.id == person_id))
    session.add(
        ImportRecord(
            batch_id=batch_id,
            entity="person",
            entity_id=person_id,
            action=UPDATED,
            before=before,
            version_after=version or 1,
        )
    )


def record_updates(session: Session, batch_id: int, updates: list[tuple[int, str, int]]) -> None:
    """Note many updated people at once: (person id, ``snapshot`` before, version after)."""
    session.flush()
    insert_rows(
        session.connection(),
        ImportRecord.__table__,  # type: ignore[arg-type]
        [
            {
                "batch_id": batch_id,
                "entity": "person",
                "entity_id": pid,
                "action": UPDATED,
                "before": before,
                "version_after": version,
            }
            for pid, before, version in updates
        ],
    )


def finish_batch(session: Session, batch_id: int, *, created: int, updated: int) -> None:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:  # pragma: no cover - the caller just created it
        return
    batch.created_count = created
    batch.updated_count = updated
    audit.record(
        session,
        AuditAction.IMPORT,
        "import_batch",
        batch_id,
        f"created {created}, updated {updated}",
    )
    session.flush()


def list_batches(session: Session, *, limit: int = 50) -> list[BatchInfo]:
    """The latest batches first."""
    rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit))
    return [_info(b) for b in rows]


def last_batch_id(session: Session) -> int | None:
    """The newest batch that is not undone yet."""
    return session.scalar(select(func.max(ImportBatch.id)).where(ImportBatch.undone_at.is_(None)))


def undo_batch(session: Session, batch_id: int, *, force: bool = False) -> UndoResult:
    """Delete what the batch created and restore what it updated.

    Raises ConflictError (naming the records) when some were changed after the
    import and ``force`` is False; NotFoundError for an unknown batch.
    """
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(translate("import", "There is no import {id}.").format(id=batch_id))
    if batch.undone_at is not None:
        raise ConflictError(
            translate("import", "Import {id} was undone already.").format(id=batch_id)
        )
    records = list(batch.records)
    person_ids = [r.entity_id for r in records if r.entity == "person"]
    current = dict(
        session.execute(select(Person.id, Person.version).where(Person.id.in_(person_ids))).all()
    )
    changed = [
        r.entity_id
        for r in records
        if r.entity == "person"
        and r.entity_id in current
        and current[r.entity_id] != r.version_after
    ]
    if changed and not force:
        names = ", ".join(
            n
            for (n,) in session.execute(
                select(Person.last_name).where(Person.id.in_(changed[:5]))
            ).all()
        )
        raise ConflictError(
            translate(
                "import",
                "{count} people of import {id} were changed after the import ({names}). "
                "Undo anyway to discard those changes too.",
            ).format(count=len(changed), id=batch_id, names=names)
        )
    deleted: set[int] = set()
    restored: set[int] = set()
    for record in records:
        if record.entity != "person" or record.entity_id not in current:
            continue
        if record.action == CREATED:
            deleted.add(record.entity_id)
        else:
            _restore(session, record.entity_id, json.loads(record.before))
            restored.add(record.entity_id)
    if deleted:
        ids = sorted(deleted)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(delete(Person).where(Person.id.in_(chunk)))
    orgs = [r.entity_id for r in records if r.entity == "organization" and r.action == CREATED]
    removed_orgs: set[int] = set()
    for start in range(0, len(orgs), 500):
        chunk = orgs[start : start + 500]
        used = set(
            session.scalars(
                select(Affiliation.organization_id).where(Affiliation.organization_id.in_(chunk))
            )
        )
        gone = [o for o in chunk if o not in used]
        if gone:
            session.execute(delete(Organization).where(Organization.id.in_(gone)))
            removed_orgs.update(gone)
    batch.undone_at = utcnow()
    session.flush()
    session.expire_all()
    audit.record(session, AuditAction.DELETE, "import_batch", batch_id, "undone")
    return UndoResult(
        batch_id,
        len(deleted),
        len(restored),
        len(removed_orgs),
        Changes.of(
            removed={"person": deleted, "organization": removed_orgs},
            updated={"person": restored},
        ),
    )


def _restore(session: Session, person_id: int, before: dict[str, Any]) -> None:
    person_fields = before["person"]
    data = PersonInput(
        **{
            **person_fields,
            "salutation": SalutationForm(person_fields["salutation"]),
            "address_form": AddressForm(person_fields["address_form"]),
            "birthday": _date(person_fields["birthday"]),
            "tags": tuple(person_fields["tags"]),
        }
    )
    version = session.scalar(select(Person.version).where(Person.id == person_id)) or 1
    update_person(
        session,
        person_id,
        data=data,
        expected_version=version,
        addresses=[_address(a) for a in before["addresses"]],
        contact_points=[_contact(c) for c in before["contact_points"]],
        affiliations=[
            AffiliationInput(
                id=a["id"],
                organization_id=a["organization_id"],
                function=a["function"],
                department=a["department"],
                use_organization_address=a["use_organization_address"],
                is_primary=a["is_primary"],
                valid_from=_date(a["valid_from"]),
                valid_until=_date(a["valid_until"]),
                contact_points=tuple(_contact(c) for c in a["contact_points"]),
                addresses=tuple(_address(x) for x in a["addresses"]),
            )
            for a in before["affiliations"]
        ],
    )
    person = session.get(Person, person_id)
    if person is not None:
        person.uid = before["uid"]
        if not before["has_photo"]:
            person.photo = None
            person.photo_type = ""
    session.flush()


def _address(a: dict[str, Any]) -> AddressInput:
    return AddressInput(
        kind=AddressKind(a["kind"]),
        street=a["street"],
        addition=a["addition"],
        po_box=a["po_box"],
        postal_code=a["postal_code"],
        city=a["city"],
        region=a["region"],
        country=a["country"],
        label=a["label"],
        is_primary=a["is_primary"],
    )


def _contact(c: dict[str, Any]) -> ContactPointInput:
    return ContactPointInput(
        kind=ContactKind(c["kind"]), value=c["value"], label=c["label"], is_primary=c["is_primary"]
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def _address_json(a: AddressInput) -> dict[str, Any]:
    return {
        "kind": str(a.kind),
        "street": a.street,
        "addition": a.addition,
        "po_box": a.po_box,
        "postal_code": a.postal_code,
        "city": a.city,
        "region": a.region,
        "country": a.country,
        "label": a.label,
        "is_primary": a.is_primary,
    }


def _contact_json(c: ContactPointInput) -> dict[str, Any]:
    return {"kind": str(c.kind), "value": c.value, "label": c.label, "is_primary": c.is_primary}


def _detail_json(d: PersonDetail, has_photo: bool) -> dict[str, Any]:
    return {
        "person": {
            "first_name": d.first_name,
            "last_name": d.last_name,
            "salutation": str(d.salutation),
            "academic_title": d.academic_title,
            "name_particle": d.name_particle,
            "name_suffix": d.name_suffix,
            "nickname": d.nickname,
            "address_form": str(d.address_form),
            "language": d.language,
            "birthday": d.birthday,
            "notes": d.notes,
            "do_not_contact": d.do_not_contact,
            "tags": list(d.tags),
        },
        "addresses": [_address_json(a) for a in d.addresses],
        "contact_points": [_contact_json(c) for c in d.contact_points],
        "affiliations": [
            {
                "id": a.id,
                "organization_id": a.organization_id,
                "function": a.function,
                "department": a.department,
                "use_organization_address": a.use_organization_address,
                "is_primary": a.is_primary,
                "valid_from": a.valid_from,
                "valid_until": a.valid_until,
                "contact_points": [_contact_json(c) for c in a.contact_points],
                "addresses": [_address_json(x) for x in a.addresses],
            }
            for a in d.affiliations
        ],
        "uid": d.uid,
        "has_photo": has_photo,
    }


def _info(b: ImportBatch) -> BatchInfo:
    return BatchInfo(
        b.id,
        b.started_at,
        b.format,
        tuple(s for s in b.sources.split("\n") if s),
        b.created_count,
        b.updated_count,
        b.undone_at,
    )
