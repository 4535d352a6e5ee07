"""Where the database lives: the default file, ``--db`` and ``PARTNERCRM_DB``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from partnercrm.errors import DatabaseError
from partnercrm.i18n import translate

ENV_VAR = "PARTNERCRM_DB"
DEFAULT_FILE_NAME = "partnercrm.sqlite"


@dataclass(frozen=True)
class DatabaseLocation:
    """A resolved database: its SQLAlchemy URL and, for SQLite files, the path."""

    url: URL
    path: Path | None
    is_default: bool

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """The location as shown to the user (a path, or the URL without password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


def default_database_path() -> Path:
    """The database file in the user's data directory (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("PartnerCRM", appauthor=False) / DEFAULT_FILE_NAME


def resolve_location(value: str | None = None) -> DatabaseLocation:
    """Resolve ``--db`` (or ``PARTNERCRM_DB``, or the default) to a location.

    A value containing ``://`` is an SQLAlchemy URL; anything else is a file path.
    """
    raw = value if value else os.environ.get(ENV_VAR, "")
    if not raw:
        path = default_database_path()
        return DatabaseLocation(URL.create("sqlite", database=str(path)), path, True)
    if "://" in raw:
        try:
            url = make_url(raw)
        except (ArgumentError, ValueError) as exc:  # ValueError: e.g. a bad port number
            raise DatabaseError(
                translate(
                    "database",
                    "“{value}” is not a valid database address. Give a file path or a URL "
                    "such as postgresql://user@host/partnercrm.",
                ).format(value=raw)
            ) from exc
        if url.get_backend_name() == "sqlite":
            if not url.database:
                return DatabaseLocation(url, None, False)
            sqlite_path = Path(url.database).expanduser().resolve()
            return DatabaseLocation(url.set(database=str(sqlite_path)), sqlite_path, False)
        return DatabaseLocation(url, None, False)
    path = Path(raw).expanduser().resolve()
    return DatabaseLocation(URL.create("sqlite", database=str(path)), path, False)
