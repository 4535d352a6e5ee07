"""Logging, changing and deleting interactions through the service, on a real database."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from activity_factories import event, organization, person
from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.model import AuditEntry, InteractionKind, InteractionSearch
from partnercrm.services import interactions
from partnercrm.services.interactions import InteractionInput
from partnercrm.store.database import Database


def test_log_interaction_stores_everything_and_audits(session: Session) -> None:
    anna = person(session, "Anna", "Müller")
    ben = person(session, "Ben", "Adler")
    org = organization(session, "Stadtwerke Köln GmbH")
    day = event(session, "Fachtag Engagement", datetime(2026, 3, 5, 10))
    logged = interactions.log_interaction(
        session,
        data=InteractionInput(
            kind=InteractionKind.CALL,
            subject="  CSR-Kooperation   besprochen ",
            text="Sie meldet sich nach den Ferien.\n",
            occurred_at=datetime(2026, 2, 1, 9, 30),
            person_ids=[anna.id, ben.id, anna.id],
            organization_ids=[org.id],
            event_id=day.id,
            followup_due=date(2026, 2, 15),
            followup_note="Angebot schicken",
            followup_owner="",
        ),
    )
    session.commit()
    assert logged.changes.created == {"interaction": frozenset({logged.interaction_id})}
    detail = interactions.get_interaction(session, interaction_id=logged.interaction_id)
    assert detail.subject == "CSR-Kooperation besprochen"
    assert detail.text == "Sie meldet sich nach den Ferien."
    assert [p.name for p in detail.people] == ["Ben Adler", "Anna Müller"]
    assert [o.name for o in detail.organizations] == ["Stadtwerke Köln GmbH"]
    assert detail.event_title == "Fachtag Engagement"
    assert detail.followup_due == date(2026, 2, 15)
    # A follow-up without an owner belongs to whoever logged it.
    assert detail.followup_owner == detail.created_by
    entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "interaction")).one()
    assert entry.entity_id == logged.interaction_id
    assert "Anna" not in entry.summary


def test_occurred_at_defaults_to_now(session: Session) -> None:
    anna = person(session, "Anna", "Müller")
    before = datetime.now().replace(second=0, microsecond=0)
    logged = interactions.log_interaction(
        session,
        data=InteractionInput(
            kind=InteractionKind.NOTE, subject="Kurz notiert", person_ids=[anna.id]
        ),
    )
    detail = interactions.get_interaction(session, interaction_id=logged.interaction_id)
    assert before <= detail.occurred_at <= datetime.now()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (InteractionInput(kind=InteractionKind.CALL, subject="  ", text=" "), "subject"),
        (InteractionInput(kind=InteractionKind.CALL, subject="x" * 301), "subject"),
        (InteractionInput(kind=InteractionKind.CALL, subject="Niemand"), "person_ids"),
        (
            InteractionInput(kind=InteractionKind.CALL, subject="Wer?", person_ids=[999]),
            "person_ids",
        ),
        (
            InteractionInput(kind=InteractionKind.CALL, subject="Wo?", organization_ids=[999]),
            "organization_ids",
        ),
        (InteractionInput(kind=InteractionKind.CALL, subject="Was?", event_id=999), "event_id"),
    ],
)
def test_invalid_input_names_the_field(
    session: Session, data: InteractionInput, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        interactions.log_interaction(session, data=data)
    assert info.value.field == field
    assert info.value.message


def test_update_checks_the_version_and_reindexes(db: Database) -> None:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller")
        logged = interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.MEETING, subject="Ehrenamtspreis", person_ids=[anna.id]
            ),
        )
    with db.transaction() as session:
        detail = interactions.get_interaction(session, interaction_id=logged.interaction_id)
        changes = interactions.update_interaction(
            session,
            interaction_id=detail.id,
            data=InteractionInput(
                kind=InteractionKind.VISIT,
                subject="Jurysitzung Bürgerpreis",
                person_ids=[anna.id],
            ),
            expected_version=detail.version,
        )
    assert changes.updated == {"interaction": frozenset({detail.id})}
    with db.session() as session:
        haystack = session.get(InteractionSearch, detail.id)
        assert haystack is not None
        assert " buergerpreis " in haystack.haystack
        assert "ehrenamtspreis" not in haystack.haystack
        with pytest.raises(ConflictError):
            interactions.update_interaction(
                session,
                interaction_id=detail.id,
                data=InteractionInput(
                    kind=InteractionKind.VISIT, subject="x", person_ids=[anna.id]
                ),
                expected_version=detail.version,
            )


def test_delete_removes_interaction_and_its_search_row(db: Database) -> None:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller")
        logged = interactions.log_interaction(
            session,
            data=InteractionInput(kind=InteractionKind.NOTE, subject="weg", person_ids=[anna.id]),
        )
    with db.transaction() as session:
        changes = interactions.delete_interaction(session, interaction_id=logged.interaction_id)
    assert changes.removed == {"interaction": frozenset({logged.interaction_id})}
    with db.session() as session:
        assert session.get(InteractionSearch, logged.interaction_id) is None
        with pytest.raises(NotFoundError):
            interactions.get_interaction(session, interaction_id=logged.interaction_id)


def test_search_finds_folded_word_prefixes_newest_first(session: Session) -> None:
    anna = person(session, "Anna", "Müller")

    def log(subject: str, text: str, day: int) -> int:
        return interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.NOTE,
                subject=subject,
                text=text,
                occurred_at=datetime(2026, 1, day),
                person_ids=[anna.id],
            ),
        ).interaction_id

    old = log("Ehrenamtspreis", "Frau Müller übernimmt die Jury", 1)
    new = log("Nachfrage", "Jury für den Ehrenamtspreis steht", 2)
    log("Anderes", "Haushalt der Stadt", 3)
    session.flush()

    def found(query: str) -> list[int]:
        return [hit.id for hit in interactions.search_interactions(session, query=query)]

    assert found("ehrenamt") == [new, old]
    assert found("EHRENAMTSPREIS jury") == [new, old]
    assert found("mueller") == [old]
    assert found("muller übern") == [old]
    assert found("amtspreis") == []  # word prefixes, not inside words
    assert found("  ") == []
    hit = interactions.search_interactions(session, query="haushalt")[0]
    assert hit.people == ((anna.id, "Anna Müller"),)


def test_latest_interactions_newest_first_with_names(session: Session) -> None:
    anna = person(session, "Anna", "Müller")
    ids = [
        interactions.log_interaction(
            session,
            data=InteractionInput(
                kind=InteractionKind.CALL,
                subject=f"Gespräch {day}",
                occurred_at=datetime(2026, 2, day),
                person_ids=[anna.id],
            ),
        ).interaction_id
        for day in (3, 1, 2)
    ]
    session.flush()
    hits = interactions.latest_interactions(session, limit=2)
    assert [h.id for h in hits] == [ids[0], ids[2]]
    assert hits[0].people == ((anna.id, "Anna Müller"),)
