"""The Alembic migrations build exactly the schema of the models, both ways."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect

from partnercrm.model import Base
from partnercrm.store import schema
from partnercrm.store.database import open_database


def _engine(path: Path) -> Engine:
    return create_engine(f"sqlite:///{path}")


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": schema.include_object, "compare_type": True},
        )
        return list(compare_metadata(context, Base.metadata))


def _upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), target)


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """An empty SQLite file upgraded to head with Alembic (read only by the tests)."""
    engine = _engine(tmp_path_factory.mktemp("migrations") / "empty.sqlite")
    _upgrade(engine)
    yield engine
    engine.dispose()


def test_migrations_produce_exactly_the_models_schema(upgraded: Engine) -> None:
    assert _differences(upgraded) == []
    with upgraded.connect() as connection:
        assert schema.current_revision(connection) == schema.head_revision()


def test_comparison_notices_a_missing_table(db_path: Path) -> None:
    """The comparison above is able to fail: a dropped table shows up as a difference."""
    engine = _engine(db_path)
    try:
        assert _differences(engine) == []
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE audit_entry")
        assert any("audit_entry" in repr(diff) for diff in _differences(engine))
    finally:
        engine.dispose()


def test_full_text_tables_exist(upgraded: Engine) -> None:
    with upgraded.connect() as connection:
        names = set(inspect(connection).get_table_names())
        sql = dict(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE '%_fts'"
            ).all()
        )
    assert {"person_fts", "organization_fts", "person_search", "organization_search"} <= names
    assert "fts5" in sql["person_fts"].lower()
    assert "fts5" in sql["organization_fts"].lower()


def test_downgrade_to_base_and_upgrade_again(db_path: Path) -> None:
    engine = _engine(db_path)
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "base")
        with engine.connect() as connection:
            left = schema.user_tables(inspect(connection).get_table_names())
            assert set(left) <= {"alembic_version"}
            assert schema.current_revision(connection) is None
        _upgrade(engine)
        assert _differences(engine) == []
        with engine.connect() as connection:
            names = set(inspect(connection).get_table_names())
        assert {"person_fts", "organization_fts"} <= names
    finally:
        engine.dispose()


def test_older_database_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    revisions = list(schema.script_directory().walk_revisions())  # newest first
    if len(revisions) < 2:
        pytest.skip("only one schema revision so far")
    first = revisions[-1].revision
    path = tmp_path / "old.sqlite"
    engine = _engine(path)
    try:
        _upgrade(engine, first)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO tag (id, name, key) VALUES (1, 'Ehrenamt', 'ehrenamt')"
            )
    finally:
        engine.dispose()

    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
            assert connection.exec_driver_sql("SELECT name FROM tag").scalars().all() == [
                "Ehrenamt"
            ]
    finally:
        database.close()
    backups = list((tmp_path / "backups").glob("old.*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
        assert copy.execute("SELECT name FROM tag").fetchall() == [("Ehrenamt",)]


def test_revisions_known_from_file_names_match_alembic() -> None:
    """The start-up shortcut (revisions from file names) agrees with Alembic's chain."""
    scripts = schema.script_directory()
    alembic_revisions = {rev.revision for rev in scripts.walk_revisions()}
    assert schema.known_revisions() == alembic_revisions
    assert schema.head_revision() == scripts.get_current_head()
    chain = sorted(alembic_revisions)
    for older, newer in itertools.pairwise(chain):
        assert scripts.get_revision(newer).down_revision == older
