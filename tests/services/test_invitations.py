"""Invitations: roles chosen per person, consent and do-not-contact applied by default."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from partnercrm.model import (
    Affiliation,
    Consent,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    DistributionList,
    OrganizationKind,
    Participation,
    ParticipationStatus,
    Person,
)
from partnercrm.services.contact_permission import contact_blocks
from partnercrm.services.invitations import (
    Invitation,
    distribution_list_people,
    invitation_candidates,
    invite,
)

K = OrganizationKind
E, P = ConsentChannel.EMAIL, ConsentChannel.POST


def consent(
    session: Session,
    person: int,
    channel: ConsentChannel,
    state: ConsentState,
    on: date,
    purpose: ConsentPurpose = ConsentPurpose.INVITATIONS,
) -> None:
    session.add(
        Consent(
            person_id=person,
            channel=channel,
            purpose=purpose,
            state=state,
            given_on=on,
            recorded_at=datetime(2026, 1, 1),
        )
    )
    session.flush()


def test_newest_consent_decides_and_do_not_contact_wins(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    free = build.person("Frei", "Person")[0]
    withdrawn = build.person("Zurück", "Gezogen")[0]
    regranted = build.person("Wieder", "Da")[0]
    refused = build.person("Nie", "Mals")[0]
    blocked = build.person("Bitte", "Nicht")[0]
    post_only = build.person("Nur", "Post")[0]
    consent(session, withdrawn, E, ConsentState.GRANTED, date(2024, 1, 1))
    consent(session, withdrawn, E, ConsentState.WITHDRAWN, date(2025, 3, 1))
    consent(session, regranted, E, ConsentState.WITHDRAWN, date(2024, 1, 1))
    consent(session, regranted, E, ConsentState.GRANTED, date(2025, 5, 1))
    consent(session, refused, E, ConsentState.REFUSED, date(2025, 2, 2))
    consent(session, blocked, E, ConsentState.GRANTED, date(2025, 2, 2))
    session.get(Person, blocked).do_not_contact = True
    consent(session, post_only, P, ConsentState.WITHDRAWN, date(2025, 1, 1))
    # A newsletter withdrawal does not stop invitations.
    consent(session, free, E, ConsentState.WITHDRAWN, date(2025, 1, 1), ConsentPurpose.NEWSLETTER)
    session.flush()
    everyone = [free, withdrawn, regranted, refused, blocked, post_only]
    email = contact_blocks(session, everyone, channel=E)
    assert {k: v.code for k, v in email.items()} == {
        withdrawn: "withdrawn",
        refused: "refused",
        blocked: "do_not_contact",
    }
    assert email[withdrawn].reason == "consent for e-mail withdrawn on 2025-03-01"
    post = contact_blocks(session, everyone, channel=P)
    assert {k: v.code for k, v in post.items()} == {
        blocked: "do_not_contact",
        post_only: "withdrawn",
    }


def test_invite_from_a_distribution_list_in_the_chosen_role(session: Session, build) -> None:  # type: ignore[no-untyped-def]
    event_id = build.event("Netzwerktreffen")
    agentur = build.org("Werbeagentur Pixel GmbH", K.COMPANY)
    verein = build.org("Kulturverein e.V.", K.ASSOCIATION)
    director, director_job = build.person("Maria", "Doppel", agentur, function="Geschäftsführerin")
    chair = Affiliation(person_id=director, organization_id=verein, function="Vorsitzende")
    session.add(chair)
    plain = build.person("Paul", "Plain", verein)[0]
    gone = build.person("Gerda", "Gegangen", verein)[0]
    consent(session, gone, E, ConsentState.WITHDRAWN, date(2025, 9, 9))
    nobody = build.person("Ohne", "Rolle")[0]
    members = DistributionList(name="Kultur")
    session.add(members)
    session.flush()
    members.members.extend(session.get(Person, i) for i in (director, plain, gone, nobody))
    session.flush()
    people = distribution_list_people(session, list_id=members.id)
    assert sorted(people) == sorted([director, plain, gone, nobody])

    candidates = {
        c.person_id: c
        for c in invitation_candidates(session, event_id=event_id, person_ids=people, channel=E)
    }
    assert candidates[director].affiliation_id == director_job
    assert [a.organization for a in candidates[director].affiliations] == [
        "Werbeagentur Pixel GmbH",
        "Kulturverein e.V.",
    ]
    assert candidates[gone].excluded_reason == "consent for e-mail withdrawn on 2025-09-09"
    assert not candidates[gone].invitable and candidates[plain].invitable
    assert candidates[nobody].affiliation_id is None

    result = invite(
        session,
        event_id=event_id,
        channel=E,
        invitations=[
            Invitation(director, chair.id),
            Invitation(plain),
            Invitation(gone),
            Invitation(nobody),
        ],
    )
    assert len(result.invited) == 3
    assert result.skipped == ((gone, "consent for e-mail withdrawn on 2025-09-09"),)
    represented = {
        p.person_id: (p.org_name, p.org_function, p.status)
        for p in session.query(Participation).filter_by(event_id=event_id)
    }
    assert represented == {
        director: ("Kulturverein e.V.", "Vorsitzende", ParticipationStatus.INVITED),
        plain: ("Kulturverein e.V.", "", ParticipationStatus.INVITED),
        nobody: ("", "", ParticipationStatus.INVITED),
    }
    # Inviting again skips who is already listed; an explicit override includes the excluded.
    again = invite(
        session,
        event_id=event_id,
        channel=E,
        invitations=[Invitation(plain), Invitation(gone)],
        include_excluded=True,
    )
    assert len(again.invited) == 1
    assert again.skipped == ((plain, "already on the list"),)
    listed = invitation_candidates(session, event_id=event_id, person_ids=[plain], channel=E)
    assert listed[0].already_listed is ParticipationStatus.INVITED
