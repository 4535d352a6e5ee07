"""Backups through SQLite's online backup API, and the integrity check."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from partnercrm.errors import DatabaseError
from partnercrm.i18n import translate


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database ``source`` consistently to ``target`` (even while it is in use)."""
    if target.exists():
        raise DatabaseError(
            translate("backup", "{path} exists already; choose another file name.").format(
                path=str(target)
            )
        )
    if not target.parent.is_dir():
        raise DatabaseError(
            translate("backup", "The folder {folder} does not exist.").format(
                folder=str(target.parent)
            )
        )
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            translate("backup", "The backup to {path} failed ({reason}).").format(
                path=str(target), reason=exc
            )
        ) from exc
    return target


def default_backup_path(source: Path, label: str = "") -> Path:
    """``<name>.<label->YYYYmmdd-HHMMSS.sqlite`` in a ``backups`` folder beside the database."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = source.parent / "backups"
    folder.mkdir(exist_ok=True)
    middle = f"{label}-{stamp}" if label else stamp
    candidate = folder / f"{source.stem}.{middle}.sqlite"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{source.stem}.{middle}-{counter}.sqlite"
    return candidate


def backup_before_upgrade(source: Path, revision: str) -> Path:
    """The automatic backup taken before a schema upgrade."""
    return backup_file(source, default_backup_path(source, f"before-upgrade-from-{revision}"))


@dataclass(frozen=True)
class IntegrityReport:
    """Result of ``PRAGMA integrity_check`` and ``foreign_key_check``."""

    ok: bool
    problems: tuple[str, ...]


def integrity_check(path: Path) -> IntegrityReport:
    """Check the structure of the SQLite file at ``path`` (read-only)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        fk = connection.execute("PRAGMA foreign_key_check").fetchall()
    problems = [r for r in rows if r != "ok"]
    problems += [
        f"foreign key: table {t} row {rowid} refers to missing {p}" for t, rowid, p, _ in fk
    ]
    return IntegrityReport(not problems, tuple(problems))
