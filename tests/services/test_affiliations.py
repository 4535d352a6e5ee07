"""Affiliations: organizations created on the spot, one primary role, stable ids."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError, ValidationError
from partnercrm.model import ContactKind, Organization, OrganizationKind
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import ContactPointInput
from partnercrm.services.organizations import OrganizationInput, create_organization
from partnercrm.services.people import PersonInput, create_person, get_person, update_person

ANNA = PersonInput(first_name="Anna", last_name="Berg")


def _person(session: Session, *roles: AffiliationInput) -> int:
    pid = create_person(session, data=ANNA, affiliations=roles).id
    session.commit()
    return pid


def _update(session: Session, pid: int, *roles: AffiliationInput) -> None:
    update_person(
        session,
        pid,
        data=ANNA,
        expected_version=get_person(session, pid).version,
        affiliations=roles,
    )
    session.commit()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Stadtwerke Bonn GmbH", OrganizationKind.COMPANY),
        ("Gemeinde Much", OrganizationKind.MUNICIPALITY),
        ("Heimatverein Much e.V.", OrganizationKind.ASSOCIATION),
        ("Landesamt für Natur", OrganizationKind.PUBLIC_AUTHORITY),
    ],
)
def test_organization_created_on_the_spot_with_inferred_kind(
    session: Session, name: str, kind: OrganizationKind
) -> None:
    pid = _person(session, AffiliationInput(organization_name=f"  {name} ", function="Leitung"))
    (role,) = get_person(session, pid).affiliations
    assert role.organization_name == name
    assert role.organization_kind == kind.value
    assert role.function == "Leitung"
    org = session.get(Organization, role.organization_id)
    assert org is not None and org.kind is kind


def test_existing_organization_is_found_by_folded_name(session: Session) -> None:
    cologne = create_organization(session, data=OrganizationInput(name="Stadt Köln")).id
    pid = _person(session, AffiliationInput(organization_name="STADT  KÖLN"))
    assert get_person(session, pid).affiliations[0].organization_id == cologne
    assert session.scalar(select(func.count(Organization.id))) == 1


def test_organization_name_or_id_is_required(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        create_person(
            session,
            data=ANNA,
            affiliations=(AffiliationInput(organization_name="Stadt Bonn"), AffiliationInput()),
        )
    assert info.value.field == "affiliations[1].organization"
    session.rollback()
    with pytest.raises(NotFoundError):
        create_person(session, data=ANNA, affiliations=(AffiliationInput(organization_id=999),))


def test_end_before_begin_is_refused(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        create_person(
            session,
            data=ANNA,
            affiliations=(
                AffiliationInput(
                    organization_name="Stadt Bonn",
                    valid_from=date(2024, 5, 1),
                    valid_until=date(2024, 4, 30),
                ),
            ),
        )
    assert info.value.field == "affiliations[0].valid_until"


def _primaries(session: Session, pid: int) -> list[str]:
    return [a.organization_name for a in get_person(session, pid).affiliations if a.is_primary]


def test_exactly_one_primary_when_several_are_marked(session: Session) -> None:
    pid = _person(
        session,
        AffiliationInput(organization_name="Stadt Bonn", is_primary=True),
        AffiliationInput(organization_name="Verein Eins e.V.", is_primary=True),
    )
    assert _primaries(session, pid) == ["Stadt Bonn"]


def test_a_current_role_becomes_primary_when_none_is_marked(session: Session) -> None:
    yesterday = date.today() - timedelta(days=1)
    pid = _person(
        session,
        AffiliationInput(organization_name="Alte Firma GmbH", valid_until=yesterday),
        AffiliationInput(organization_name="Neue Firma GmbH"),
    )
    assert _primaries(session, pid) == ["Neue Firma GmbH"]
    # only former roles: one of them is still primary
    other = _person(
        session, AffiliationInput(organization_name="Alte Firma GmbH", valid_until=yesterday)
    )
    assert _primaries(session, other) == ["Alte Firma GmbH"]


def test_primary_moves_on_update(session: Session) -> None:
    pid = _person(
        session,
        AffiliationInput(organization_name="Stadt Bonn", is_primary=True),
        AffiliationInput(organization_name="Verein Eins e.V."),
    )
    first, second = get_person(session, pid).affiliations
    _update(
        session,
        pid,
        AffiliationInput(id=first.id, organization_id=first.organization_id),
        AffiliationInput(id=second.id, organization_id=second.organization_id, is_primary=True),
    )
    assert _primaries(session, pid) == ["Verein Eins e.V."]


def test_updating_a_role_keeps_its_id(session: Session) -> None:
    pid = _person(
        session,
        AffiliationInput(
            organization_name="Stadt Bonn",
            function="Referentin",
            contact_points=(ContactPointInput(ContactKind.EMAIL, "anna@bonn.example"),),
        ),
        AffiliationInput(organization_name="Verein Eins e.V.", function="Vorsitz"),
    )
    bonn, club = get_person(session, pid).affiliations
    _update(
        session,
        pid,
        AffiliationInput(
            id=bonn.id,
            organization_id=bonn.organization_id,
            function="Abteilungsleiterin",
            department="Kultur",
            is_primary=True,
            contact_points=(ContactPointInput(ContactKind.PHONE, "0228 770"),),
        ),
        AffiliationInput(organization_name="Verein Zwei e.V."),
    )
    roles = {a.organization_name: a for a in get_person(session, pid).affiliations}
    assert set(roles) == {"Stadt Bonn", "Verein Zwei e.V."}  # the club role not named is gone
    assert roles["Stadt Bonn"].id == bonn.id
    assert (roles["Stadt Bonn"].function, roles["Stadt Bonn"].department) == (
        "Abteilungsleiterin",
        "Kultur",
    )
    assert [c.normalized for c in roles["Stadt Bonn"].contact_points] == ["+49228770"]
    assert roles["Verein Zwei e.V."].id != club.id
