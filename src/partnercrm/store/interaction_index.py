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
from partnercrm.store.text_folding import fold_words, index_text

SUBSTRING_MIN = 3
FTS_TABLE = "interaction_fts"
_CHUNK = 5000
_KEY = "partnercrm.interaction_search_pending"


def haystack_of(subject: str, body: str, followup_note: str) -> str:
    """The folded search text of one interaction."""
    return index_text(subject, body, followup_note)


def rebuild_interactions(connection: Connection, ids: Collection[int] | None = None) -> int:
    """Recompute the haystacks of interactions ``ids`` (all when None); return how many."""
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
                    Interaction.id, Interaction.subject, Interaction.text, Interaction.followup_note
                ).where(Interaction.id.in_(chunk))
            )
        ]
        connection.execute(
            delete(InteractionSearch).where(InteractionSearch.interaction_id.in_(chunk))
        )
        if rows:
            connection.execute(insert(InteractionSearch), rows)
        count += len(rows)
    return count


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
