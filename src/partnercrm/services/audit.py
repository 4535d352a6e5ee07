"""The audit trail: every service write records who did what to which record."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.model import AuditAction, AuditEntry


def current_actor() -> str:
    """The user name recorded in the audit trail (the operating-system login)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a container
        return ""


def record(
    session: Session, action: AuditAction, entity: str, entity_id: int | None, summary: str = ""
) -> None:
    """Add an audit entry to the caller's transaction. ``summary`` names fields, not values."""
    session.add(
        AuditEntry(
            actor=current_actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
        )
    )


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: AuditAction
    entity: str
    entity_id: int | None
    summary: str


def history(session: Session, entity: str, entity_id: int, *, limit: int = 200) -> list[AuditLine]:
    """The audit entries of one record, newest first."""
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    return [AuditLine(r.at, r.actor, r.action, r.entity, r.entity_id, r.summary) for r in rows]
