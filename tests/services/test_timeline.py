"""Timelines of people and organizations: merged, newest first, filtered, paged."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from activity_factories import affiliate, event, organization, participation, person
from partnercrm.errors import NotFoundError
from partnercrm.model import InteractionKind
from partnercrm.services import interactions
from partnercrm.services.interactions import InteractionInput
from partnercrm.services.timeline import (
    Subject,
    TimelineFilter,
    TimelineKind,
    timeline,
    timeline_count,
)


@pytest.fixture
def world(session: Session) -> dict[str, int]:
    """Anna worked at the Stadt Bonn until 2023 and at the Stiftung since 2024."""
    anna = person(session, "Anna", "Müller")
    ben = person(session, "Ben", "Adler")
    bonn = organization(session, "Stadt Bonn")
    stiftung = organization(session, "Bürgerstiftung Köln")
    old = affiliate(
        session, anna, bonn, function="Referentin", since=date(2020, 1, 1), until=date(2023, 12, 31)
    )
    new = affiliate(session, anna, stiftung, function="Vorständin", since=date(2024, 1, 1))
    affiliate(session, ben, bonn, function="Amtsleiter")
    fachtag = event(session, "Fachtag Ehrenamt", datetime(2023, 6, 1, 10))
    part = participation(session, fachtag, anna, bonn)

    def log(kind: InteractionKind, subject: str, when: datetime, **kw: object) -> int:
        return interactions.log_interaction(
            session,
            data=InteractionInput(kind=kind, subject=subject, occurred_at=when, **kw),  # type: ignore[arg-type]
        ).interaction_id

    ids = {
        "anna": anna.id,
        "ben": ben.id,
        "bonn": bonn.id,
        "stiftung": stiftung.id,
        "old": old.id,
        "new": new.id,
        "part": part.id,
        "call_2022": log(
            InteractionKind.CALL,
            "Förderprogramm",
            datetime(2022, 5, 1, 9),
            person_ids=[anna.id],
            text="Antrag besprochen",
        ),
        "meeting_2024": log(
            InteractionKind.MEETING,
            "Stiftungsrat",
            datetime(2024, 3, 1, 14),
            person_ids=[anna.id],
        ),
        "letter_bonn": log(
            InteractionKind.LETTER, "Einladung", datetime(2021, 1, 5), organization_ids=[bonn.id]
        ),
        "ben_call": log(
            InteractionKind.CALL, "Haushalt", datetime(2025, 2, 2), person_ids=[ben.id]
        ),
    }
    session.flush()
    return ids


def _keys(entries: list) -> list[tuple[str, int | None]]:  # type: ignore[type-arg]
    return [
        (e.kind.value, e.interaction_id or e.participation_id or e.affiliation_id) for e in entries
    ]


def test_person_timeline_merges_everything_newest_first(
    session: Session, world: dict[str, int]
) -> None:
    entries = timeline(session, subject=Subject(person_id=world["anna"]))
    assert _keys(entries) == [
        ("meeting", world["meeting_2024"]),
        ("affiliation_start", world["new"]),
        ("affiliation_end", world["old"]),
        ("participation", world["part"]),
        ("call", world["call_2022"]),
        ("affiliation_start", world["old"]),
    ]
    assert entries[1].title == "Bürgerstiftung Köln" and entries[1].function == "Vorständin"
    assert entries[3].title == "Fachtag Ehrenamt" and entries[3].status == "attended"
    assert entries[3].organization_name == "Stadt Bonn"
    assert entries[4].text == "Antrag besprochen"
    assert entries[4].people == ((world["anna"], "Anna Müller"),)
    assert timeline_count(session, subject=Subject(person_id=world["anna"])) == 6


def test_organization_timeline_has_its_peoples_interactions_while_they_were_there(
    session: Session, world: dict[str, int]
) -> None:
    entries = timeline(session, subject=Subject(organization_id=world["bonn"]))
    keys = _keys(entries)
    assert ("call", world["ben_call"]) in keys  # Ben's affiliation has no end
    assert ("call", world["call_2022"]) in keys  # Anna was at Bonn in 2022
    assert ("meeting", world["meeting_2024"]) not in keys  # ... but not in 2024
    assert ("letter", world["letter_bonn"]) in keys
    assert ("participation", world["part"]) in keys
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    part = next(e for e in entries if e.kind is TimelineKind.PARTICIPATION)
    assert part.person_name == "Anna Müller"
    stiftung = timeline(session, subject=Subject(organization_id=world["stiftung"]))
    assert ("meeting", world["meeting_2024"]) in _keys(stiftung)
    assert ("call", world["call_2022"]) not in _keys(stiftung)


def test_filters_by_kind_period_and_text(session: Session, world: dict[str, int]) -> None:
    subject = Subject(person_id=world["anna"])
    calls = timeline(
        session, subject=subject, filter=TimelineFilter(kinds=frozenset({TimelineKind.CALL}))
    )
    assert _keys(calls) == [("call", world["call_2022"])]
    period = TimelineFilter(since=date(2023, 6, 1), until=date(2023, 12, 31))
    assert _keys(timeline(session, subject=subject, filter=period)) == [
        ("affiliation_end", world["old"]),
        ("participation", world["part"]),
    ]
    found = timeline(session, subject=subject, filter=TimelineFilter(text="foerder"))
    assert _keys(found) == [("call", world["call_2022"])]
    inside = timeline(session, subject=subject, filter=TimelineFilter(text="programm antrag"))
    assert _keys(inside) == [("call", world["call_2022"])]
    assert timeline_count(session, subject=subject, filter=TimelineFilter(text="nichts")) == 0
    assert timeline(session, subject=subject, filter=TimelineFilter(kinds=frozenset())) == []


def test_paging(session: Session, world: dict[str, int]) -> None:
    subject = Subject(person_id=world["anna"])
    everything = timeline(session, subject=subject)
    pages = [timeline(session, subject=subject, offset=o, limit=2) for o in (0, 2, 4, 6)]
    assert [e for page in pages for e in page] == everything
    assert pages[-1] == []


def test_unknown_subject(session: Session) -> None:
    with pytest.raises(NotFoundError):
        timeline(session, subject=Subject(person_id=404))
    with pytest.raises(ValueError, match="exactly one"):
        Subject()
