"""IN conditions over many values: one JSON parameter on SQLite."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.model import Person
from partnercrm.store.text_folding import sort_key
from partnercrm.store.value_lists import among


def test_one_condition_finds_every_listed_value(session: Session) -> None:
    for i in range(1200):
        session.add(Person(first_name="A", last_name=f"B{i}", sort_key=sort_key(f"B{i}", "A")))
    session.flush()
    wanted = [f"B{i}" for i in range(0, 1200, 2)] + ["nobody", "B0"]
    conditions = among("sqlite", Person.last_name, wanted)
    assert len(conditions) == 1
    found = set(session.scalars(select(Person.last_name).where(conditions[0])))
    assert found == {f"B{i}" for i in range(0, 1200, 2)}


def test_other_databases_get_chunks_and_no_values_no_query() -> None:
    assert len(among("postgresql", Person.id, range(1200))) == 3
    assert among("sqlite", Person.id, []) == []
