"""The people list's lines and stored sort keys: migration 0004 fills them, writes keep them."""

from __future__ import annotations

from alembic import command
from sqlalchemy import delete, func, select

from partnercrm.model import Person, PersonSearch, SearchTerm
from partnercrm.model.search_entry import LAST_KEY
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput
from partnercrm.services.people import (
    PersonFilter,
    PersonInput,
    count_people,
    create_person,
    list_person_ids,
)
from partnercrm.store import schema, search_index
from partnercrm.store.database import Database


def _keys(db: Database) -> dict[int, tuple[str, str, str, bool]]:
    with db.session() as session:
        rows = session.execute(
            select(
                PersonSearch.person_id,
                PersonSearch.name_key,
                PersonSearch.org_key,
                PersonSearch.city_key,
                PersonSearch.updated_at,
            )
        )
        return {
            pid: (name, org, city, changed is not None) for pid, name, org, city, changed in rows
        }


def _people(db: Database) -> tuple[int, int]:
    with db.transaction() as session:
        anna = create_person(
            session,
            data=PersonInput(first_name="Anna", last_name="Özdemir"),
            affiliations=(AffiliationInput(organization_name="Ärztekammer Köln"),),
            addresses=(AddressInput(city="Köln"),),
        ).id
        bare = create_person(session, data=PersonInput(last_name="Ohne")).id
    return anna, bare


def test_writes_keep_the_sort_keys(db: Database) -> None:
    anna, bare = _people(db)
    assert _keys(db) == {
        anna: ("ozdemir\tanna", "arztekammer koln", "koln", True),
        bare: ("ohne", LAST_KEY, LAST_KEY, True),
    }


def test_upgrade_to_0004_fills_the_sort_keys_of_existing_people(db: Database) -> None:
    anna, bare = _people(db)
    expected = _keys(db)
    with db.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0003")
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(person_search)")]
        assert "org_key" not in columns
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master "
            "WHERE type = 'trigger' AND tbl_name = 'person_search'"
        ).scalar()
        assert triggers == 3  # the FTS5 mirror survives the table copy
        command.upgrade(schema.alembic_config(connection), "head")
    assert _keys(db) == expected
    with db.session() as session:
        assert list_person_ids(session, sort="organization") == [anna, bare]
        assert list_person_ids(session, sort="city", descending=True) == [bare, anna]


def test_upgrade_to_0005_sorts_double_names_after_the_single_name(db: Database) -> None:
    with db.transaction() as session:
        double = create_person(
            session, data=PersonInput(first_name="Anna", last_name="Fischer-Schumacher")
        ).id
        single = create_person(
            session, data=PersonInput(first_name="Thomas", last_name="Fischer")
        ).id
    with db.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0004")
        old = dict(
            connection.exec_driver_sql("SELECT person_id, name_key FROM person_search").all()
        )
        assert old[double] == "fischer schumacher anna"  # the old key: the check can fail
        command.upgrade(schema.alembic_config(connection), "head")
        keys = dict(connection.exec_driver_sql("SELECT id, sort_key FROM person").all())
    assert keys[double] == "fischer schumacher\tanna"
    with db.session() as session:
        assert list_person_ids(session) == [single, double]


def test_a_person_deleted_with_core_leaves_no_search_row(db: Database) -> None:
    """The undo of an import deletes people with one DELETE: search rows go with them."""
    anna, bare = _people(db)
    with db.transaction() as session:
        session.execute(delete(Person).where(Person.id == anna))
    with db.session() as session:
        assert list(_keys(db)) == [bare]
        assert count_people(session, PersonFilter(query="özdemir")) == 0
        assert count_people(session) == 1 and list_person_ids(session) == [bare]
    with db.engine.connect() as connection:
        update_trigger = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'person_fts_au'"
        ).scalar()
    assert "UPDATE OF haystack" in str(update_trigger)


WORDS = ["mul", "ller", "schm", "koln", "zzz", "ozd"]


def test_vocabulary_in_memory_finds_what_sql_finds(db: Database) -> None:
    _people(db)
    with db.transaction() as session:
        create_person(session, data=PersonInput(first_name="Petra", last_name="Hagenschmidt"))
    with db.session() as session:
        connection = session.connection()
        for word in WORDS:
            in_sql = connection.execute(
                select(SearchTerm.term).where(func.instr(SearchTerm.term, word) > 0)
            ).scalars()
            assert sorted(search_index._expansions(connection, word) or []) == sorted(in_sql)
        assert search_index._expansions(connection, "schm") == ["hagenschmidt"]
        assert search_index._expansions(connection, "zzz") == []
    with db.transaction() as session:  # a new word reaches the vocabulary held in memory
        create_person(session, data=PersonInput(first_name="Karl", last_name="Schmitz"))
    with db.session() as session:
        found = search_index._expansions(session.connection(), "schm")
        assert sorted(found or []) == ["hagenschmidt", "schmitz"]
        assert count_people(session, PersonFilter(query="schm")) == 2


def test_vocabulary_notices_a_rowid_used_again(db: Database) -> None:
    """Words of a rolled-back transaction vanish; their rowids may come back as others."""
    _people(db)
    with db.session() as session:
        search_index.load_vocabulary(session.connection())
    with db.session() as session:
        session.connection().exec_driver_sql("INSERT INTO search_term (term) VALUES ('quaxel')")
        assert search_index._expansions(session.connection(), "quax") == ["quaxel"]
        session.rollback()
    with db.transaction() as session:
        session.connection().exec_driver_sql("INSERT INTO search_term (term) VALUES ('pingux')")
    with db.session() as session:
        connection = session.connection()
        assert search_index._expansions(connection, "quax") == []
        assert search_index._expansions(connection, "ingu") == ["pingux"]
