"""Alembic environment: runs on the connection PartnerCRM hands over (never from a URL)."""

from __future__ import annotations

from alembic import context

from partnercrm.model import Base
from partnercrm.store.schema import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
