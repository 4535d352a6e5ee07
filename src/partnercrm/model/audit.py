"""The audit trail: who changed what and when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from partnercrm.model.base import Base, enum_column, utcnow
from partnercrm.model.enums import AuditAction


class AuditEntry(Base):
    """One change; ``summary`` names what changed, never a copy of personal data."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(default="")
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    entity: Mapped[str] = mapped_column()
    entity_id: Mapped[int | None] = mapped_column()
    summary: Mapped[str] = mapped_column(default="")
