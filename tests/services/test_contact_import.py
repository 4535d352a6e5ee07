"""Planning an import: matching many incoming contacts against stored people at once."""

from __future__ import annotations

from sqlalchemy.orm import Session

from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_import import (
    Decision,
    IncomingContact,
    MatchKind,
    plan_import,
)
from partnercrm.services.people import PersonInput, create_person, trash_people


def _person(session: Session, first: str, last: str, org: str = "", uid: str | None = None) -> int:
    roles = (AffiliationInput(organization_name=org),) if org else ()
    return create_person(
        session, data=PersonInput(first_name=first, last_name=last), affiliations=roles, uid=uid
    ).id


def _incoming(number: int, first: str, last: str, org: str = "", uid: str = "") -> IncomingContact:
    roles = (AffiliationInput(organization_name=org),) if org else ()
    return IncomingContact(
        source="in.vcf",
        number=number,
        person=PersonInput(first_name=first, last_name=last),
        affiliations=roles,
        uid=uid,
    )


def test_name_matches_of_many_contacts_in_one_plan(session: Session) -> None:
    mueller = _person(session, "Jürgen", "Müller", "Stadt Köln")
    bach = _person(session, "Jürgen", "Müllerbach", "Stadt Köln")
    only_first = _person(session, "Cher", "")
    with_uid = _person(session, "Anna", "Schmidt", "ACME GmbH", uid="urn:other")
    _person(session, "Anna", "Schmidt", "Bürgerstiftung Bonn")
    session.flush()
    rows = plan_import(
        session,
        [
            _incoming(1, "Jürgen", "Müllerbach", "Stadt Köln"),
            _incoming(2, "Jürgen", "Mueller", "Stadt Köln"),  # not the same fold: no match
            _incoming(3, "Jürgen", "Müller", "Stadt Köln"),
            _incoming(4, "Jürgenn", "Müller", "Stadt Köln"),
            _incoming(5, "Cher", ""),
            _incoming(6, "Anna", "Schmidt", "ACME GmbH", uid="urn:mine"),
            _incoming(7, "Anna", "Schmidt", "ACME GmbH"),
            _incoming(8, "Jürgen", "Müller", "Stadt Bonn"),
        ],
    )
    assert [(r.match, r.person_id) for r in rows] == [
        (MatchKind.NAME, bach),
        (MatchKind.NONE, None),
        (MatchKind.NAME, mueller),
        (MatchKind.FUZZY, mueller),
        (MatchKind.NAME, only_first),
        (MatchKind.NONE, None),  # the stored Anna Schmidt has another UID
        (MatchKind.NAME, with_uid),
        (MatchKind.NONE, None),  # the same name at another organization
    ]
    assert [r.person_name for r in rows[:4]] == [
        "Jürgen Müllerbach",
        "",
        "Jürgen Müller",
        "Jürgen Müller",
    ]
    assert rows[3].decision is Decision.SKIP
    assert rows[3].reason == "Possibly the same person as Jürgen Müller; not imported."
    assert [r.decision for r in rows if r.person_id is None] == [Decision.CREATE] * 3


def test_a_chosen_decision_for_possible_duplicates_gives_no_reason(session: Session) -> None:
    _person(session, "Jürgen", "Müller", "Stadt Köln")
    session.flush()
    contacts = [_incoming(1, "Jürgenn", "Müller", "Stadt Köln")]
    (row,) = plan_import(session, contacts, on_duplicate=Decision.SKIP)
    assert (row.match, row.decision, row.reason) == (MatchKind.FUZZY, Decision.SKIP, "")


def test_people_in_the_trash_are_not_matched(session: Session) -> None:
    gone = _person(session, "Jürgen", "Müller", "Stadt Köln")
    session.flush()
    trash_people(session, [gone])
    session.flush()
    (row,) = plan_import(session, [_incoming(1, "Jürgen", "Müller", "Stadt Köln")])
    assert (row.match, row.person_id, row.decision) == (MatchKind.NONE, None, Decision.CREATE)


def test_a_new_person_joins_the_oldest_of_two_organizations_of_one_name(
    session: Session,
) -> None:
    from sqlalchemy import select

    from partnercrm.model import Affiliation, Organization, OrganizationKind
    from partnercrm.services.contact_import import apply_import

    older, newer = (
        Organization(name="Stadt Köln", kind=OrganizationKind.MUNICIPALITY, sort_key="stadt koln")
        for _ in range(2)
    )
    session.add(older)
    session.flush()
    session.add(newer)
    session.flush()
    assert older.id < newer.id
    rows = plan_import(session, [_incoming(1, "Jana", "Neu", "Stadt Köln")])
    apply_import(session, rows, format="vcard", sources=["in.vcf"])
    joined = session.scalars(select(Affiliation.organization_id)).all()
    assert joined == [older.id]
