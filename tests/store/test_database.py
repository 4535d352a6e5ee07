"""Opening the database: refusals leave files untouched; location, pragmas, default path."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from partnercrm.errors import (
    DatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
)
from partnercrm.store import location as location_module
from partnercrm.store import schema
from partnercrm.store.backup import backup_before_upgrade, backup_file, integrity_check
from partnercrm.store.database import open_database
from partnercrm.store.location import ENV_VAR, default_database_path, resolve_location


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused(path: Path, error: type[DatabaseError], *words: str) -> DatabaseError:
    before = _digest(path)
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error) as info:
        open_database(str(path))
    assert _digest(path) == before, "a refused database file was changed"
    after = sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert after == neighbours, "a refused database left files behind"
    message = info.value.message
    assert str(path) in message
    for word in words:
        assert word in message
    return info.value


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Einkaufsliste: Milch, Brot\n", encoding="utf-8")
    _assert_refused(path, NotADatabaseError, "not a PartnerCRM database")


def test_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "crm.sqlite"
    folder.mkdir()
    with pytest.raises(NotADatabaseError, match="folder"):
        open_database(str(folder))
    assert list(folder.iterdir()) == []


def test_database_of_another_program_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
        other.execute("INSERT INTO recipe (title) VALUES ('Apfelstrudel')")
    other.close()
    _assert_refused(path, NotADatabaseError, "another program")
    with sqlite3.connect(path) as again:
        assert again.execute("SELECT title FROM recipe").fetchall() == [("Apfelstrudel",)]
        names = {r[0] for r in again.execute("SELECT name FROM sqlite_master")}
    again.close()
    assert "alembic_version" not in names and "person" not in names


def test_database_of_a_newer_version_is_refused(tmp_path: Path, migrated_template: Path) -> None:
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(migrated_template, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()
    error = _assert_refused(path, DatabaseTooNewError, "written by a newer version", "ffff9999")
    assert "ffff9999" not in schema.known_revisions()
    assert isinstance(error, DatabaseError)


def test_damaged_magic_header_is_refused(tmp_path: Path, migrated_template: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    data = bytearray(migrated_template.read_bytes())
    data[0:16] = b"SQLite format 2\x00"
    path.write_bytes(bytes(data))
    _assert_refused(path, NotADatabaseError)


def test_damaged_page_header_is_refused(tmp_path: Path, migrated_template: Path) -> None:
    """The magic string is intact but the rest of the header is garbage."""
    path = tmp_path / "damaged.sqlite"
    data = bytearray(migrated_template.read_bytes())
    data[16:100] = b"\xff" * 84
    path.write_bytes(bytes(data))
    _assert_refused(path, NotADatabaseError, "damaged")


def test_missing_folder_of_an_explicit_path(tmp_path: Path) -> None:
    path = tmp_path / "does-not-exist" / "crm.sqlite"
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(str(path))
    assert not path.parent.exists()


def test_unwritable_folder(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: chmod does not make the folder read-only")
        with pytest.raises(DatabaseError, match="not writable"):
            open_database(str(folder / "crm.sqlite"))
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_existing_database_in_unwritable_folder(tmp_path: Path, migrated_template: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "crm.sqlite"
    shutil.copyfile(migrated_template, path)
    before = _digest(path)
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: chmod does not make the folder read-only")
        with pytest.raises(DatabaseError, match="cannot write"):
            open_database(str(path))
    finally:
        folder.chmod(0o700)
    assert _digest(path) == before


def test_unreachable_postgresql_gives_a_clean_database_error() -> None:
    url = "postgresql+psycopg2://u:secret@127.0.0.1:9/x"
    with pytest.raises(DatabaseError) as info:
        open_database(url)
    message = info.value.message
    assert "secret" not in message  # the password is never shown
    assert "127.0.0.1" in message


def test_invalid_url_is_a_database_error() -> None:
    with pytest.raises(DatabaseError, match="not a valid database address"):
        resolve_location("nonsense://::")


# --- where the database is ----------------------------------------------------------


def test_db_argument_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env.sqlite"))
    given = resolve_location(str(tmp_path / "given.sqlite"))
    assert given.path == tmp_path / "given.sqlite"
    assert not given.is_default
    from_env = resolve_location(None)
    assert from_env.path == tmp_path / "from-env.sqlite"
    assert not from_env.is_default


def test_environment_variable_opens_that_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(db_path))
    database = open_database()
    try:
        assert database.location.path == db_path
        assert not database.location.is_default
    finally:
        database.close()


def test_relative_path_and_sqlite_url_resolve_to_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_location("crm.sqlite").path == tmp_path / "crm.sqlite"
    from_url = resolve_location(f"sqlite:///{tmp_path}/u.sqlite")
    assert from_url.path == tmp_path / "u.sqlite"
    assert from_url.is_sqlite


def test_postgresql_url_has_no_path_and_hides_the_password() -> None:
    location = resolve_location("postgresql://anna:geheim@db.example.org/crm")
    assert location.path is None
    assert not location.is_sqlite
    assert "geheim" not in location.describe()


def test_default_path_lies_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = default_database_path()
    assert expected.is_relative_to(tmp_path)
    assert expected.name == location_module.DEFAULT_FILE_NAME
    assert "PartnerCRM" in expected.parts
    assert not expected.parent.exists()
    database = open_database()
    try:
        assert database.location.is_default
        assert database.location.path == expected
        with database.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
    finally:
        database.close()
    assert expected.read_bytes()[:16] == b"SQLite format 3\x00"
    # the missing data folder was created for the default (never for an explicit path)


# --- the connection -----------------------------------------------------------------


def test_wal_and_foreign_keys_are_on(db_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert database.has_fts
    finally:
        database.close()


def test_the_desktop_program_reads_without_a_memory_map(db_path: Path) -> None:
    for memory_map, size in ((True, 64 * 1024 * 1024), (False, 0)):
        database = open_database(str(db_path), memory_map=memory_map)
        try:
            with database.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA mmap_size").scalar() == size
        finally:
            database.close()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    database = open_database(str(db_path))
    try:
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO affiliation (person_id, organization_id, function, department, "
                "use_organization_address, is_primary, version) "
                "VALUES (999, 999, '', '', 1, 1, 1)"
            )
    finally:
        database.close()


def test_create_false_refuses_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite"
    with pytest.raises(DatabaseError, match="no database"):
        open_database(str(path), create=False)
    assert not path.exists()


# --- backups and the integrity check ------------------------------------------------


def test_backup_before_upgrade_lands_in_the_backups_folder(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("INSERT INTO tag (name, key) VALUES ('Ehrenamt', 'ehrenamt')")
    connection.close()
    first = backup_before_upgrade(db_path, "0001")
    second = backup_before_upgrade(db_path, "0001")
    assert first.parent == second.parent == db_path.parent / "backups"
    assert first != second  # never overwrites an earlier backup
    assert first.name.startswith("crm.before-upgrade-from-0001-")
    with sqlite3.connect(first) as copy:
        assert copy.execute("SELECT name FROM tag").fetchall() == [("Ehrenamt",)]
    copy.close()
    assert integrity_check(first).ok


def test_backup_refuses_to_overwrite(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "exists.sqlite"
    target.write_bytes(b"keep me")
    with pytest.raises(DatabaseError, match="exists already"):
        backup_file(db_path, target)
    assert target.read_bytes() == b"keep me"
    with pytest.raises(DatabaseError, match="does not exist"):
        backup_file(db_path, tmp_path / "missing" / "b.sqlite")


def test_integrity_check_finds_broken_references(db_path: Path) -> None:
    assert integrity_check(db_path).ok
    with sqlite3.connect(db_path) as connection:  # foreign keys are off in plain sqlite3
        connection.execute("INSERT INTO person_tag (person_id, tag_id) VALUES (4711, 4712)")
    connection.close()
    report = integrity_check(db_path)
    assert not report.ok
    assert any("person_tag" in problem for problem in report.problems)
