"""The trash: moving people or organizations in and out of it, and emptying it.

People and organizations share one mechanism: ``deleted_at`` set means "in the
trash"; restoring clears it; purging deletes only what is in the trash. Rows are
loaded in one query, not one per id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import AuditAction, Organization, Person, utcnow
from partnercrm.services import audit
from partnercrm.services.changes import Changes

Row = TypeVar("Row", Person, Organization)


def _rows(session: Session, model: type[Row], ids: Sequence[int]) -> list[Row]:
    found = {row.id: row for row in session.scalars(select(model).where(model.id.in_(list(ids))))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(
            translate("trash", "Record {id} does not exist (any more).").format(id=missing[0])
        )
    return [found[i] for i in dict.fromkeys(ids)]


def _entity(model: type[Row]) -> str:
    return str(model.__tablename__)


def move_to_trash(session: Session, model: type[Row], ids: Sequence[int]) -> Changes:
    """Put the rows into the trash (restorable); rows already there stay as they are."""
    now = utcnow()
    changed = set()
    for row in _rows(session, model, ids):
        if row.deleted_at is None:
            row.deleted_at = now
            changed.add(row.id)
            audit.record(session, AuditAction.TRASH, _entity(model), row.id)
    session.flush()
    return Changes.of(removed={_entity(model): changed})


def restore(session: Session, model: type[Row], ids: Sequence[int]) -> Changes:
    """Take the rows out of the trash."""
    changed = set()
    for row in _rows(session, model, ids):
        if row.deleted_at is not None:
            row.deleted_at = None
            changed.add(row.id)
            audit.record(session, AuditAction.RESTORE, _entity(model), row.id)
    session.flush()
    return Changes.of(created={_entity(model): changed})


def purge(
    session: Session, model: type[Row], ids: Sequence[int], *, name: Callable[[Row], str]
) -> Changes:
    """Delete rows from the trash for good (not undoable); refuses rows not in the trash."""
    rows = _rows(session, model, ids)
    for row in rows:
        if row.deleted_at is None:
            raise ValidationError(
                "deleted_at",
                translate(
                    "trash", "{name} is not in the trash; move it to the trash first."
                ).format(name=name(row)),
            )
    for row in rows:
        session.delete(row)
        audit.record(session, AuditAction.DELETE, _entity(model), row.id)
    session.flush()
    return Changes.of(removed={_entity(model): {row.id for row in rows}})
