"""The interaction search index: flush hook, FTS5 and fallback agree, migration 0002 fills it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, insert, select, text

from activity_factories import person
from partnercrm.model import Interaction, InteractionKind, InteractionSearch
from partnercrm.store import interaction_index, schema
from partnercrm.store.database import Database, open_database


def _log(session, subject: str, body: str, people) -> int:  # type: ignore[no-untyped-def]
    interaction = Interaction(
        kind=InteractionKind.NOTE,
        occurred_at=datetime(2026, 1, 1),
        subject=subject,
        text=body,
        people=people,
    )
    session.add(interaction)
    session.flush()
    return interaction.id


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gruen", {"a"}),
        ("grün", {"a"}),
        ("GRUN", {"a"}),
        ("ga", {"a", "b"}),
        ("garten haus", {"b"}),
        ("arten", set()),
        ("zzz", set()),
    ],
)
def test_fts_and_fallback_find_the_same(db: Database, query: str, expected: set[str]) -> None:
    with db.transaction() as session:
        anna = person(session, "Anna", "Adler")
        ids = {
            "a": _log(session, "Grünflächen", "Gartenamt anrufen", [anna]),
            "b": _log(session, "Haus", "Gartenhaus im Park", [anna]),
        }
    names = {v: k for k, v in ids.items()}
    with db.session() as session:
        assert interaction_index.has_fulltext(session.connection())
        for has_fts in (True, False):
            condition = interaction_index.match(query, has_fts=has_fts)
            assert condition is not None
            found = set(session.scalars(select(Interaction.id).where(condition)))
            assert {names[i] for i in found} == expected, has_fts


def test_bulk_inserted_interactions_are_found_after_rebuild(db: Database) -> None:
    with db.transaction() as session:
        connection = session.connection()
        connection.execute(
            insert(Interaction),
            [
                {
                    "id": 10 + n,
                    "kind": "note",
                    "occurred_at": datetime(2026, 1, 1),
                    "subject": f"Bulk {n}",
                    "text": "Förderantrag",
                }
                for n in range(3)
            ],
        )
        assert interaction_index.rebuild_interactions(connection, [10, 11, 12, 99]) == 3
    with db.session() as session:
        condition = interaction_index.match("foerder", has_fts=True)
        assert condition is not None
        assert set(session.scalars(select(Interaction.id).where(condition))) == {10, 11, 12}


def test_full_rebuild_matches_rebuilding_each_interaction(db: Database) -> None:
    subjects = ["Förderantrag", "Rückruf", "Förderantrag", "Straßenfest"]
    with db.transaction() as session:
        connection = session.connection()
        connection.execute(
            insert(Interaction),
            [
                {
                    "id": 20 + n,
                    "kind": "note",
                    "occurred_at": datetime(2026, 1, 1),
                    "subject": subject,
                    "text": "Gartenamt" if n % 2 else "Übergabe",
                    "followup_note": "anrufen" if n == 3 else "",
                }
                for n, subject in enumerate(subjects)
            ],
        )
        assert interaction_index.rebuild_interactions(connection, range(20, 24)) == 4
        one_by_one = connection.execute(
            select(InteractionSearch.interaction_id, InteractionSearch.haystack).order_by(
                InteractionSearch.interaction_id
            )
        ).all()
        assert interaction_index.rebuild_interactions(connection) == 4
        full = connection.execute(
            select(InteractionSearch.interaction_id, InteractionSearch.haystack).order_by(
                InteractionSearch.interaction_id
            )
        ).all()
    assert full == one_by_one
    assert " strassenfest " in full[3].haystack and " anrufen " in full[3].haystack
    with db.session() as session:
        for query, expected in (
            ("foerder", {20, 22}),
            ("uebergabe garten", set()),
            ("anruf", {23}),
        ):
            condition = interaction_index.match(query, has_fts=True)
            assert condition is not None
            assert set(session.scalars(select(Interaction.id).where(condition))) == expected


def test_migration_0002_indexes_existing_interactions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "0001")
        connection.execute(
            text(
                "INSERT INTO interaction (id, kind, occurred_at, subject, text, followup_note,"
                " followup_owner, followup_done, created_by, version, created_at, updated_at)"
                " VALUES (1, 'call', '2025-05-05 10:00:00', 'Übergabe', 'Straßenfest',"
                " 'Rückruf', '', 0, '', 1, '2025-05-05', '2025-05-05')"
            )
        )
    engine.dispose()
    db = open_database(str(path))
    try:
        with db.session() as session:
            row = session.get(InteractionSearch, 1)
            assert row is not None
            assert " uebergabe " in row.haystack and " strassenfest " in row.haystack
            condition = interaction_index.match("rueckruf", has_fts=True)
            assert condition is not None
            assert list(session.scalars(select(Interaction.id).where(condition))) == [1]
    finally:
        db.close()


def test_migration_0002_downgrades_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "down.sqlite"
    open_database(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0001")
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    assert "interaction_search" not in names
    assert not any(n.startswith("interaction_fts") for n in names)
    assert "person_fts" in names
