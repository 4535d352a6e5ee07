"""Schema versions: Alembic migrations run on open, with a backup before an upgrade."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def script_directory() -> ScriptDirectory:
    """Alembic's view of the migrations (read once per process)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


# Revision files are named NNNN_<what>.py with revision id "NNNN" and form one chain
# (tests/store/test_migrations checks this against Alembic). Knowing the revisions
# from the file names spares importing Alembic (0.2-0.4 s) at every start.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def known_revisions() -> frozenset[str]:
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return frozenset(m.group(1) for m in map(_REVISION_FILE.match, names) if m)


def head_revision() -> str:
    revisions = known_revisions()
    assert revisions, "the migrations folder has no revision"
    return max(revisions)


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database (None for a new database)."""
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade(connection: Connection) -> None:
    """Upgrade the schema to the newest revision inside the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def user_tables(names: Iterable[str]) -> list[str]:
    """Tables that are not SQLite's own."""
    return [n for n in names if not n.startswith("sqlite_")]
