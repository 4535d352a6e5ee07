"""Schema versions: Alembic migrations run on open, with a backup before an upgrade."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# Tables that live beside the models: FTS5's virtual table and its shadow tables.
_UNMODELLED_PREFIXES = ("person_fts", "organization_fts", "interaction_fts")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: leave the full-text tables out of schema comparison."""
    if type_ == "table" and name and name.startswith(_UNMODELLED_PREFIXES):
        return False
    return not (type_ in {"index", "column"} and _table_name(obj).startswith(_UNMODELLED_PREFIXES))


def _table_name(obj: Any) -> str:
    table = getattr(obj, "table", None)
    return str(getattr(table, "name", ""))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Upgrade the schema to the newest revision inside the caller's transaction."""
    command.upgrade(alembic_config(connection), "head")


def user_tables(names: Iterable[str]) -> list[str]:
    """Tables that are not SQLite's own."""
    return [n for n in names if not n.startswith("sqlite_")]
