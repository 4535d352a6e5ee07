"""The demo network: deterministic, realistic enough to try every feature on it."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.interchange.json_export import build_export
from partnercrm.model import (
    Affiliation,
    Event,
    EventKind,
    EventSession,
    Interaction,
    OrganizationSearch,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
    PersonSearch,
    SessionKind,
    SessionParticipation,
)
from partnercrm.services.demo_network import DemoSummary, generate_demo
from partnercrm.services.search import search_people
from partnercrm.store.database import Database, open_database

TODAY = date(2026, 3, 2)
VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ"
PEOPLE = 300


def _demo_database(template: Path, folder: Path, seed: int) -> tuple[Database, DemoSummary]:
    path = folder / f"demo-{seed}.sqlite"
    shutil.copyfile(template, path)
    database = open_database(str(path))
    with database.transaction() as session:
        summary = generate_demo(session, people=PEOPLE, seed=seed, today=TODAY)
    return database, summary


@pytest.fixture(scope="module")
def demo(
    migrated_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Session, DemoSummary]]:
    database, summary = _demo_database(migrated_template, tmp_path_factory.mktemp("demo"), 7)
    with database.session() as session:
        yield session, summary
    database.close()


def _export(session: Session) -> dict[str, Any]:
    data = build_export(session)
    data.pop("exported_at")
    return data


def test_same_seed_gives_the_same_network(
    demo: tuple[Session, DemoSummary], migrated_template: Path, tmp_path: Path
) -> None:
    session, summary = demo
    other, other_summary = _demo_database(migrated_template, tmp_path, 7)
    try:
        with other.session() as second:
            assert other_summary == summary
            assert _export(second) == _export(session)
    finally:
        other.close()


def test_summary_matches_the_rows(demo: tuple[Session, DemoSummary]) -> None:
    session, summary = demo
    assert summary.people == PEOPLE
    assert session.scalar(select(func.count(Person.id))) == PEOPLE
    assert session.scalar(select(func.count(Affiliation.id))) == summary.affiliations
    assert session.scalar(select(func.count(Event.id))) == summary.events
    assert session.scalar(select(func.count(Participation.id))) == summary.participations


def test_many_people_hold_several_current_roles(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    current = (
        select(Affiliation.person_id)
        .where(
            (Affiliation.valid_from.is_(None)) | (Affiliation.valid_from <= TODAY),
            (Affiliation.valid_until.is_(None)) | (Affiliation.valid_until >= TODAY),
        )
        .group_by(Affiliation.person_id)
        .having(func.count() >= 2)
    )
    several = len(session.scalars(current).all())
    assert several >= PEOPLE // 10
    # ... and every person has exactly one primary role
    primaries = session.execute(
        select(Affiliation.person_id, func.count())
        .where(Affiliation.is_primary.is_(True))
        .group_by(Affiliation.person_id)
    ).all()
    assert len(primaries) == PEOPLE
    assert {n for _pid, n in primaries} == {1}


def test_past_and_upcoming_events(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    starts = list(session.scalars(select(Event.starts_at)))
    assert len(starts) >= 8
    today = datetime.combine(TODAY, datetime.min.time())
    assert sum(s < today for s in starts) >= 2
    assert sum(s > today for s in starts) >= 2


def test_every_role_and_status_occurs(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    roles = set(session.scalars(select(Participation.role).distinct()))
    statuses = set(session.scalars(select(Participation.status).distinct()))
    assert roles == set(ParticipationRole)
    assert statuses == set(ParticipationStatus)


def test_conference_with_workshops_and_gallery_walk(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    found = False
    for event_id in session.scalars(select(Event.id).where(Event.kind == EventKind.CONFERENCE)):
        kinds = Counter(
            session.scalars(select(EventSession.kind).where(EventSession.event_id == event_id))
        )
        if kinds[SessionKind.WORKSHOP] < 6 or not kinds[SessionKind.GALLERY_WALK]:
            continue
        stands = session.scalars(
            select(SessionParticipation.stand_number)
            .join(EventSession, EventSession.id == SessionParticipation.session_id)
            .where(
                EventSession.event_id == event_id,
                EventSession.kind == SessionKind.GALLERY_WALK,
                SessionParticipation.role == ParticipationRole.EXHIBITOR,
            )
        ).all()
        assert len(stands) >= 3
        assert all(stands) and len(set(stands)) == len(stands)  # numbered, each stand once
        found = True
    assert found, "no conference with six workshops and a gallery walk"


def test_international_names(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    text = " ".join(
        f"{first} {last}"
        for first, last in session.execute(select(Person.first_name, Person.last_name))
    )
    assert set(text) & set("łŁśŚźżńąę"), "no Polish letters"
    assert set(text) & set("şŞğıİ"), "no Turkish letters"
    assert set(text) & set(VIETNAMESE), "no Vietnamese letters"
    assert set(text) & set("äöüÄÖÜß"), "no German umlauts"


def test_follow_ups_overdue_and_upcoming(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    open_followups = select(func.count(Interaction.id)).where(
        Interaction.followup_due.is_not(None), Interaction.followup_done.is_(False)
    )
    assert (session.scalar(open_followups.where(Interaction.followup_due < TODAY)) or 0) > 0
    assert (session.scalar(open_followups.where(Interaction.followup_due >= TODAY)) or 0) > 0


def test_search_index_is_filled(demo: tuple[Session, DemoSummary]) -> None:
    session, summary = demo
    assert session.scalar(select(func.count()).select_from(PersonSearch)) == PEOPLE
    assert (
        session.scalar(select(func.count()).select_from(OrganizationSearch))
        == summary.organizations
    )
    person = session.scalars(select(Person).order_by(Person.id.desc()).limit(1)).one()
    hits = search_people(session, f"{person.first_name} {person.last_name}", limit=500)
    assert person.id in {r.id for r in hits.rows}
    assert person.sort_key  # sort keys written by the bulk load


def test_refuses_a_database_with_people(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    with pytest.raises(ValidationError, match="already holds 300 people") as info:
        generate_demo(session, people=20, seed=1, today=TODAY)
    assert info.value.field == "people"
    session.rollback()
    assert session.scalar(select(func.count(Person.id))) == PEOPLE


def test_too_few_people(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        generate_demo(session, people=5, today=TODAY)
    assert info.value.field == "people"


def test_fast_random_draws_what_random_draws() -> None:
    import random

    from partnercrm.services.demo_network import _Random

    fast, plain = _Random(11), random.Random(11)
    population = ["a", "b", "c", "d"]
    cumulative = [5, 6, 16, 40]
    for size in (1, 2, 3, 7, 600, 3000, 2**40):
        for _ in range(200):
            assert fast.randint(-3, size) == plain.randint(-3, size)
            assert fast.choice(range(size)) == plain.choice(range(size))
            assert fast.pick(population, cumulative) == plain.choices(population, [5, 1, 10, 24])[0]
