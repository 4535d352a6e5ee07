"""Follow-ups: buckets relative to a given today, done with a note, snooze, reassign."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from activity_factories import organization, person
from partnercrm.errors import ValidationError
from partnercrm.model import InteractionKind
from partnercrm.services import followups, interactions
from partnercrm.services.followups import Bucket
from partnercrm.services.interactions import InteractionInput

# A Wednesday: the week runs on to Sunday 2026-03-15.
TODAY = date(2026, 3, 11)


def _log(
    session: Session, person_id: int, due: date | None, owner: str = "anna", subject: str = ""
) -> int:
    return interactions.log_interaction(
        session,
        data=InteractionInput(
            kind=InteractionKind.CALL,
            subject=subject or f"due {due}",
            occurred_at=datetime(2026, 3, 1, 10),
            person_ids=[person_id],
            followup_due=due,
            followup_note="zurückrufen",
            followup_owner=owner,
        ),
    ).interaction_id


@pytest.fixture
def due_dates(session: Session) -> dict[str, int]:
    p = person(session, "Anna", "Müller")
    return {
        "overdue": _log(session, p.id, date(2026, 3, 10)),
        "long_overdue": _log(session, p.id, date(2026, 1, 2)),
        "today": _log(session, p.id, TODAY),
        "sunday": _log(session, p.id, date(2026, 3, 15)),
        "monday": _log(session, p.id, date(2026, 3, 16)),
        "other_owner": _log(session, p.id, TODAY, owner="ben"),
        "none": _log(session, p.id, None),
    }


def test_buckets_relative_to_today(session: Session, due_dates: dict[str, int]) -> None:
    result = followups.list_followups(session, today=TODAY)
    ids = {b: [f.interaction_id for f in getattr(result, b.value)] for b in Bucket}
    assert ids[Bucket.OVERDUE] == [due_dates["long_overdue"], due_dates["overdue"]]
    assert sorted(ids[Bucket.TODAY]) == sorted([due_dates["today"], due_dates["other_owner"]])
    assert ids[Bucket.WEEK] == [due_dates["sunday"]]
    assert ids[Bucket.LATER] == [due_dates["monday"]]
    assert due_dates["none"] not in [f.interaction_id for f in result.all()]
    first = result.overdue[0]
    assert first.people[0][1] == "Anna Müller"
    assert first.note == "zurückrufen"
    assert first.bucket is Bucket.OVERDUE


def test_on_sunday_the_week_bucket_is_empty_and_monday_is_later(
    session: Session, due_dates: dict[str, int]
) -> None:
    result = followups.list_followups(session, today=date(2026, 3, 15))
    assert [f.interaction_id for f in result.today] == [due_dates["sunday"]]
    assert result.week == ()
    assert [f.interaction_id for f in result.later] == [due_dates["monday"]]


def test_owner_and_bucket_filters(session: Session, due_dates: dict[str, int]) -> None:
    mine = followups.list_followups(session, today=TODAY, owner="ben")
    assert [f.interaction_id for f in mine.all()] == [due_dates["other_owner"]]
    overdue_only = followups.list_followups(
        session, today=TODAY, buckets=frozenset({Bucket.OVERDUE})
    )
    assert overdue_only.today == overdue_only.week == overdue_only.later == ()
    assert len(overdue_only.overdue) == 2
    week = followups.list_followups(session, today=TODAY, buckets=frozenset({Bucket.WEEK}))
    assert [f.interaction_id for f in week.all()] == [due_dates["sunday"]]


def test_overdue_count(session: Session, due_dates: dict[str, int]) -> None:
    assert followups.overdue_count(session, today=TODAY) == 2
    assert followups.overdue_count(session, today=TODAY, owner="ben") == 0
    assert followups.overdue_count(session, today=date(2026, 3, 17)) == 6


def test_done_with_note_logs_an_interaction_with_the_same_people(session: Session) -> None:
    p = person(session, "Anna", "Müller")
    org = organization(session, "Freiwilligenagentur Bonn")
    iid = interactions.log_interaction(
        session,
        data=InteractionInput(
            kind=InteractionKind.MEETING,
            subject="Kooperation",
            person_ids=[p.id],
            organization_ids=[org.id],
            followup_due=TODAY,
        ),
    ).interaction_id
    done = followups.complete_followup(
        session, interaction_id=iid, note="Vertrag ist unterwegs", occurred_at=datetime(2026, 3, 11)
    )
    assert done.note_interaction_id is not None
    assert done.changes.updated["interaction"] == {iid}
    assert done.changes.created["interaction"] == {done.note_interaction_id}
    note = interactions.get_interaction(session, interaction_id=done.note_interaction_id)
    assert note.kind is InteractionKind.NOTE
    assert note.text == "Vertrag ist unterwegs"
    assert note.subject == "Follow-up done: Kooperation"
    assert [x.id for x in note.people] == [p.id]
    assert [x.id for x in note.organizations] == [org.id]
    assert note.followup_due is None
    assert followups.list_followups(session, today=TODAY).all() == ()
    reopened = followups.reopen_followup(session, interaction_id=iid)
    assert reopened.updated["interaction"] == {iid}
    assert len(followups.list_followups(session, today=TODAY).today) == 1


def test_done_without_note_logs_nothing(session: Session, due_dates: dict[str, int]) -> None:
    done = followups.complete_followup(session, interaction_id=due_dates["today"], note="  ")
    assert done.note_interaction_id is None
    assert "interaction" not in done.changes.created


def test_snooze_and_reassign(session: Session, due_dates: dict[str, int]) -> None:
    iid = due_dates["overdue"]
    followups.snooze_followup(session, interaction_id=iid, until=date(2026, 4, 1))
    followups.reassign_followup(session, interaction_id=iid, owner="  carla ")
    later = followups.list_followups(session, today=TODAY).later
    moved = next(f for f in later if f.interaction_id == iid)
    assert moved.due == date(2026, 4, 1)
    assert moved.owner == "carla"
    assert "carla" in followups.owners(session)
    with pytest.raises(ValidationError) as info:
        followups.reassign_followup(session, interaction_id=iid, owner=" ")
    assert info.value.field == "owner"


def test_actions_on_an_interaction_without_follow_up_are_refused(
    session: Session, due_dates: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as info:
        followups.snooze_followup(session, interaction_id=due_dates["none"], until=TODAY)
    assert info.value.field == "followup_due"
