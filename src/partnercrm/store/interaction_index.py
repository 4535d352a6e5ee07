"""The search index of interactions: one folded haystack each, and how to query it.

The haystack holds the folded words of subject, text and follow-up note
(``text_folding.index_text``), so "mueller", "müller" and "muller" all find "Müller".
An ORM flush hook keeps it in step with every write of an ``Interaction``; code
that bulk-inserts interactions with Core calls ``rebuild_interactions``.

Queries are word-prefix matches: every query word must start a word of the
interaction ("ehren" finds "Ehrenamtspreis"). On SQLite with FTS5 they go through
``interaction_fts`` (fast for 500,000 interactions); elsewhere through ``instr`` on
the haystack. ``scoped_match`` is for a few thousand rows already narrowed down
(a timeline): there a word of three or more letters also matches inside words,
as in the people search.
"""

from __future__ import annotations

from collections.abc import Collection
from contextlib import nullcontext
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Connection,
    and_,
    column,
    delete,
    func,
    insert,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session, sessionmaker

from partnercrm.model import Interaction, InteractionSearch
from partnercrm.store.bulk_load import triggers_deferred
from partnercrm.store.text_folding import fold_words, index_text

SUBSTRING_MIN = 3
FTS_TABLE = "interaction_fts"
_CHUNK = 5000
_KEY = "partnercrm.interaction_search_pending"


@lru_cache(maxsize=4096)
def haystack_of(subject: str, body: str, followup_note: str) -> str:
    """The folded search text of one interaction (cached: standard texts repeat)."""
    return index_text(subject, body, followup_note)


def rebuild_interactions(connection: Connection, ids: Collection[int] | None = None) -> int:
    """Recompute the haystacks of interactions ``ids`` (all when None); return how many.

    A full rebuild on SQLite drops the mirror triggers and rebuilds the FTS5 index in
    one pass at the end, several times faster than a trigger per row.
    """
    full = ids is None
    sqlite = connection.dialect.name == "sqlite"
    fts = full and sqlite and has_fulltext(connection)
    if full and sqlite:
        with (
            triggers_deferred(connection, InteractionSearch.__tablename__) if fts else nullcontext()
        ):
            count = _rebuild_all_sqlite(connection)
        if fts:
            connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
        return count
    with triggers_deferred(connection, InteractionSearch.__tablename__) if fts else nullcontext():
        if ids is None:
            connection.execute(delete(InteractionSearch))
            ids = list(connection.execute(select(Interaction.id)).scalars())
        count = 0
        ordered = sorted(set(ids))
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            rows = [
                {"interaction_id": iid, "haystack": haystack_of(subject, body, note)}
                for iid, subject, body, note in connection.execute(
                    select(
                        Interaction.id,
                        Interaction.subject,
                        Interaction.text,
                        Interaction.followup_note,
                    ).where(Interaction.id.in_(chunk))
                )
            ]
            if not full:
                connection.execute(
                    delete(InteractionSearch).where(InteractionSearch.interaction_id.in_(chunk))
                )
            if rows:
                connection.execute(insert(InteractionSearch), rows)
            count += len(rows)
    if fts:
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return count


def _rebuild_all_sqlite(connection: Connection) -> int:
    """Every haystack, computed once per distinct (subject, text, note) and joined in SQL.

    Standard texts repeat (500,000 demo interactions have a few thousand distinct
    ones), so no interaction row passes through Python; with all texts distinct it
    is one read, one executemany and one join.
    """
    connection.exec_driver_sql("DELETE FROM interaction_search")
    texts = connection.exec_driver_sql(
        "SELECT DISTINCT subject, text, followup_note FROM interaction"
    ).all()
    connection.exec_driver_sql(
        "CREATE TEMP TABLE _interaction_haystack (subject TEXT, text TEXT, note TEXT, "
        "haystack TEXT NOT NULL, PRIMARY KEY (subject, text, note))"
    )
    try:
        connection.exec_driver_sql(
            "INSERT INTO _interaction_haystack VALUES (?, ?, ?, ?)",
            [
                (subject, body, note, haystack_of(subject, body, note))
                for subject, body, note in texts
            ],
        )
        inserted = connection.exec_driver_sql(
            "INSERT INTO interaction_search (interaction_id, haystack) "
            "SELECT i.id, h.haystack FROM interaction AS i JOIN _interaction_haystack AS h "
            "ON h.subject = i.subject AND h.text = i.text AND h.note = i.followup_note "
            "ORDER BY i.id"
        )
        return int(inserted.rowcount)
    finally:
        connection.exec_driver_sql("DROP TABLE temp._interaction_haystack")


def has_fulltext(connection: Connection) -> bool:
    """Whether this database has the FTS5 table of interactions."""
    if connection.dialect.name != "sqlite":
        return False
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


def match(query: str, *, has_fts: bool) -> ColumnElement[bool] | None:
    """Condition on ``interaction.id``: every word of ``query`` starts a word; None if empty."""
    words = fold_words(query)
    if not words:
        return None
    if has_fts:
        phrase = " AND ".join(f'"{w}"*' for w in words)
        fts_rowid: ColumnClause[Any] = column("rowid", _selectable=table(FTS_TABLE))
        ids = select(fts_rowid).where(
            text(f"{FTS_TABLE} MATCH :interaction_query").bindparams(interaction_query=phrase)
        )
        return Interaction.id.in_(ids)
    haystacks = select(InteractionSearch.interaction_id).where(
        and_(*(func.instr(InteractionSearch.haystack, " " + w) > 0 for w in words))
    )
    return Interaction.id.in_(haystacks)


def scoped_match(query: str) -> ColumnElement[bool] | None:
    """Condition for a narrowed-down set: long words match inside words, short ones start words.

    The caller joins ``interaction_search`` on ``interaction.id``.
    """
    words = fold_words(query)
    if not words:
        return None
    conditions = [
        func.instr(InteractionSearch.haystack, w if len(w) >= SUBSTRING_MIN else " " + w) > 0
        for w in words
    ]
    return and_(*conditions)


# --- keeping the haystacks up to date -------------------------------------------------


def install(factory: sessionmaker[Session]) -> None:
    """Keep interaction haystacks in step with every flush of sessions from ``factory``."""
    from sqlalchemy import event

    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush_postexec", _after_flush)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending: list[Interaction] = session.info.setdefault(_KEY, [])
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Interaction):
            pending.append(obj)


def _after_flush(session: Session, _context: Any) -> None:
    pending: list[Interaction] | None = session.info.pop(_KEY, None)
    if not pending:
        return
    ids = {obj.id for obj in pending if obj.id is not None}
    if ids:
        rebuild_interactions(session.connection(), ids)
