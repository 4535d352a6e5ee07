"""Opening the database: checks, engine, SQLite pragmas, migrations and sessions.

``open_database`` refuses what it must not touch (a file that is no database, a
database of a newer PartnerCRM) before writing anything, takes a backup before it
upgrades an older schema, and hands out one session per user action.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from partnercrm.errors import (
    DatabaseError,
    DatabaseTooNewError,
    DatabaseUnreachableError,
    NotADatabaseError,
)
from partnercrm.i18n import translate
from partnercrm.store import schema, search_sync
from partnercrm.store.backup import backup_before_upgrade
from partnercrm.store.location import DatabaseLocation, resolve_location

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open database: the engine and a factory of sessions.

    Attributes:
        location: where it is.
        engine: the SQLAlchemy engine.
        has_fts: SQLite with the FTS5 index (else search uses the plain fallback).
    """

    location: DatabaseLocation
    engine: Engine
    has_fts: bool
    _factory: sessionmaker[Session] = field(repr=False)

    def session(self) -> Session:
        """A new session; the caller owns it (one per user action or task)."""
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit when the block ends, roll back on any error."""
        with self._factory() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    value: str | DatabaseLocation | None = None,
    *,
    create: bool = True,
    memory_map: bool = True,
) -> Database:
    """Open (and if needed create or upgrade) the database named by ``value``.

    ``memory_map``: SQLite reads the file through a memory map (faster bulk reads,
    e.g. 10-20 % of an export); the desktop program opens without it, so that its
    resident memory stays bounded by SQLite's cache however much of the file it reads.

    Raises a ``DatabaseError`` subclass with a message for the user; the file is
    left untouched whenever the database is refused.
    """
    location = value if isinstance(value, DatabaseLocation) else resolve_location(value)
    if location.path is not None:
        _check_sqlite_path(location, create=create)
    engine = _create_engine(location, memory_map=memory_map)
    try:
        has_fts = _prepare_schema(engine, location)
        if location.is_sqlite:
            # Only now that the file is known to be ours: WAL rewrites the file header.
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    except BaseException:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    search_sync.install(factory)
    return Database(location, engine, has_fts, factory)


def _check_sqlite_path(location: DatabaseLocation, *, create: bool) -> None:
    path = location.path
    assert path is not None
    shown = str(path)
    if path.is_dir():
        raise NotADatabaseError(
            translate(
                "database",
                "{path} is a folder, not a database file. Give the path of a file, "
                "for example {path}/partnercrm.sqlite.",
            ).format(path=shown)
        )
    if path.exists():
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseError(
                translate(
                    "database",
                    "{path} cannot be read ({reason}). Check the file's permissions.",
                ).format(path=shown, reason=exc.strerror or exc)
            ) from exc
        if header and header != SQLITE_HEADER:
            raise NotADatabaseError(
                translate(
                    "database",
                    "{path} is not a PartnerCRM database (it is not an SQLite file). "
                    "The file was left unchanged. Choose another file with --db, or "
                    "start without --db to use your default database.",
                ).format(path=shown)
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseError(
                translate(
                    "database",
                    "PartnerCRM cannot write to {path}. Make the file and its folder "
                    "writable, or copy the database to a folder of your own.",
                ).format(path=shown)
            )
        return
    if not create:
        raise DatabaseError(
            translate("database", "There is no database at {path}.").format(path=shown)
        )
    folder = path.parent
    if not folder.exists():
        if not location.is_default:
            raise DatabaseError(
                translate(
                    "database",
                    "The folder {folder} does not exist. Create it first or choose "
                    "another path for the database.",
                ).format(folder=str(folder))
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                translate(
                    "database",
                    "PartnerCRM cannot create its data folder {folder} ({reason}).",
                ).format(folder=str(folder), reason=exc.strerror or exc)
            ) from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseError(
            translate(
                "database",
                "PartnerCRM cannot create a database in {folder}: the folder is not "
                "writable. Choose a folder of your own with --db.",
            ).format(folder=str(folder))
        )


def _create_engine(location: DatabaseLocation, *, memory_map: bool) -> Engine:
    if location.is_sqlite:
        engine = create_engine(location.url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        if memory_map:
            event.listen(engine, "connect", _sqlite_memory_map)
        return engine
    try:
        return create_engine(location.url, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:
        raise DatabaseUnreachableError(
            translate(
                "database",
                "The database at {url} cannot be used: the driver for “{driver}” is not "
                "installed ({reason}). Install it, or use an SQLite file with --db.",
            ).format(
                url=location.describe(),
                driver=location.url.drivername,
                reason=_first_line(exc),
            )
        ) from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # journal_mode=WAL is set in open_database once the file is checked: it is
        # stored in the file, and a refused file must stay byte-for-byte unchanged.
        for pragma in (
            "PRAGMA foreign_keys=ON",
            # FULL: CRM writes are small and durability beats a fraction of a millisecond.
            "PRAGMA synchronous=FULL",
            "PRAGMA busy_timeout=5000",
            "PRAGMA cache_size=-32768",
            "PRAGMA temp_store=MEMORY",
        ):
            cursor.execute(pragma)
    finally:
        cursor.close()


def _sqlite_memory_map(dbapi_connection: Any, _record: Any) -> None:
    # Every page read through the map counts in the process's resident memory: the
    # 100k people list grew by about 50 MB when scrolled through with it.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA mmap_size=67108864")
    finally:
        cursor.close()


def _prepare_schema(engine: Engine, location: DatabaseLocation) -> bool:
    """Create, check or upgrade the schema; return whether FTS5 is in use."""
    shown = location.describe()
    try:
        with engine.connect() as connection:
            tables = schema.user_tables(inspect(connection).get_table_names())
            revision = schema.current_revision(connection) if tables else None
    except OperationalError as exc:
        if location.is_sqlite:
            raise _unusable_sqlite(shown, exc) from exc
        raise DatabaseUnreachableError(
            translate(
                "database",
                "The database server at {url} cannot be reached ({reason}). Check that "
                "the server runs, that the address, user and password are right, and "
                "that this computer may connect to it.",
            ).format(url=shown, reason=_first_line(exc))
        ) from exc
    except SADatabaseError as exc:
        raise _unusable_sqlite(shown, exc) from exc

    if tables and revision is None:
        raise NotADatabaseError(
            translate(
                "database",
                "{path} is a database of another program, not of PartnerCRM. It was "
                "left unchanged. Choose another file with --db.",
            ).format(path=shown)
        )
    if revision is not None and revision not in schema.known_revisions():
        raise DatabaseTooNewError(
            translate(
                "database",
                "{path} was written by a newer version of PartnerCRM (schema "
                "{revision}). Install the newer version to open it; this version "
                "leaves it unchanged.",
            ).format(path=shown, revision=revision)
        )
    if revision != schema.head_revision():
        if revision is not None and location.path is not None:
            backup = backup_before_upgrade(location.path, revision)
            log.info("Backup before upgrading the schema: %s", backup)
        with engine.begin() as connection:
            schema.upgrade(connection)
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
    return "person_fts" in names


def _unusable_sqlite(shown: str, exc: DBAPIError) -> DatabaseError:
    text = _first_line(exc)
    if "not a database" in text or "malformed" in text:
        return NotADatabaseError(
            translate(
                "database",
                "{path} is damaged or not a database ({reason}). It was left unchanged. "
                "Restore a backup (partnercrm backup makes them) or choose another file.",
            ).format(path=shown, reason=text)
        )
    return DatabaseError(
        translate("database", "{path} cannot be opened ({reason}).").format(path=shown, reason=text)
    )


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__


def database_file(db: Database) -> Path | None:
    """The file of an SQLite database, None for a server database."""
    return db.location.path
