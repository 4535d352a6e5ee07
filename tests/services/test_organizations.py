"""Organizations: kinds from names, conflicts, trash, filters, rows and their people."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.model import OrganizationKind, Sector
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput
from partnercrm.services.organizations import (
    OrganizationFilter,
    OrganizationInput,
    count_organizations,
    create_organization,
    find_organizations,
    get_organization,
    list_organization_ids,
    municipalities,
    organization_rows,
    probe_organizations,
    purge_organizations,
    restore_organizations,
    trash_organizations,
    update_organization,
)
from partnercrm.services.people import PersonInput, create_person, trash_people
from partnercrm.services.tags import all_tags


def _create(session: Session, name: str, **fields: object) -> int:
    return create_organization(session, data=OrganizationInput(name=name, **fields)).id  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "kind", "sector"),
    [
        ("Stadt Köln", OrganizationKind.MUNICIPALITY, Sector.PUBLIC),
        ("Landkreis Goslar", OrganizationKind.DISTRICT, Sector.PUBLIC),
        ("Rheinenergie AG", OrganizationKind.COMPANY, Sector.BUSINESS),
        ("Sportverein Much e.V.", OrganizationKind.ASSOCIATION, Sector.CIVIL_SOCIETY),
        ("Bürgerstiftung Bonn", OrganizationKind.FOUNDATION, Sector.CIVIL_SOCIETY),
        ("Bezirksregierung Köln", OrganizationKind.PUBLIC_AUTHORITY, Sector.PUBLIC),
    ],
)
def test_kind_is_inferred_and_sector_derived(
    session: Session, name: str, kind: OrganizationKind, sector: Sector
) -> None:
    org = get_organization(session, _create(session, name))
    assert (org.kind, org.sector) == (kind, sector)


def test_given_kind_wins_and_fields_are_tidied(session: Session) -> None:
    org_id = _create(
        session,
        "  Stadt   Köln  ",
        kind=OrganizationKind.OTHER,
        website="www.stadt-koeln.example",
        tags=("Kommune",),
    )
    org = get_organization(session, org_id)
    assert org.name == "Stadt Köln"
    assert org.kind is OrganizationKind.OTHER
    assert org.website == "https://www.stadt-koeln.example"
    assert org.tags == ("Kommune",)


def test_name_required_and_references_checked(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        _create(session, "   ")
    assert info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        _create(session, "Amt 7", parent_id=999)
    assert info.value.field == "parent_id"
    with pytest.raises(ValidationError) as info:
        _create(session, "Amt 7", municipality_id=999)
    assert info.value.field == "municipality_id"


def test_update_with_version_conflict(session: Session) -> None:
    org_id = _create(session, "Stadt Bonn")
    session.commit()
    read = get_organization(session, org_id)
    update_organization(
        session,
        org_id,
        data=OrganizationInput(name="Bundesstadt Bonn"),
        expected_version=read.version,
    )
    session.commit()
    now = get_organization(session, org_id)
    assert now.name == "Bundesstadt Bonn" and now.version == read.version + 1
    with pytest.raises(ConflictError) as info:
        update_organization(
            session, org_id, data=OrganizationInput(name="Bonn"), expected_version=read.version
        )
    assert info.value.current_version == now.version


def test_parent_cannot_be_itself_or_below_itself(session: Session) -> None:
    city = _create(session, "Stadt Essen")
    office = _create(session, "Stadt Essen – Kulturamt", parent_id=city)
    session.commit()
    read = get_organization(session, city)
    for parent in (city, office):
        with pytest.raises(ValidationError) as info:
            update_organization(
                session,
                city,
                data=OrganizationInput(name="Stadt Essen", parent_id=parent),
                expected_version=read.version,
            )
        assert info.value.field == "parent_id"
    assert [s.id for s in get_organization(session, city).sub_organizations] == [office]


def test_trash_restore_purge(session: Session) -> None:
    keep = _create(session, "Stadt Bonn")
    org_id = _create(session, "Stadt Bochum")
    session.commit()
    trash_organizations(session, [org_id])
    session.commit()
    assert list_organization_ids(session) == [keep]
    assert list_organization_ids(session, filter=OrganizationFilter(trashed=True)) == [org_id]
    restore_organizations(session, [org_id])
    session.commit()
    assert set(list_organization_ids(session)) == {keep, org_id}
    with pytest.raises(ValidationError):
        purge_organizations(session, [org_id])
    session.rollback()
    trash_organizations(session, [org_id])
    purge_organizations(session, [org_id])
    session.commit()
    with pytest.raises(NotFoundError):
        get_organization(session, org_id)


def test_sorted_by_name_with_umlauts(session: Session) -> None:
    for name in ("Zeitung Ost", "Ökostrom AG", "Otto Bau GmbH", "Oberhausen Verein e.V.", "Amt X"):
        _create(session, name)
    rows = organization_rows(session, list_organization_ids(session))
    assert [r.name for r in rows] == [
        "Amt X",
        "Oberhausen Verein e.V.",
        "Ökostrom AG",
        "Otto Bau GmbH",
        "Zeitung Ost",
    ]


def test_filters(session: Session) -> None:
    cologne = _create(session, "Stadt Köln")
    company = _create(session, "Rheinenergie AG", municipality_id=cologne, tags=("Energie",))
    club = _create(session, "Kulturverein Bonn e.V.")
    session.commit()

    def ids(**kwargs: object) -> set[int]:
        org_filter = OrganizationFilter(**kwargs)  # type: ignore[arg-type]
        found = list_organization_ids(session, filter=org_filter)
        assert count_organizations(session, org_filter) == len(found)
        return set(found)

    assert ids(kinds=(OrganizationKind.COMPANY,)) == {company}
    assert ids(sectors=(Sector.CIVIL_SOCIETY,)) == {club}
    assert ids(municipality_id=cologne) == {cologne, company}
    (energy,) = [t.id for t in all_tags(session) if t.name == "Energie"]
    assert ids(tag_ids=(energy,)) == {company}
    assert ids(query="energie") == {company}
    assert ids(query="koln") == {cologne}
    assert [r.name for r in find_organizations(session, "ver")] == ["Kulturverein Bonn e.V."]
    assert [m.name for m in municipalities(session)] == ["Stadt Köln"]


def test_rows_and_members(session: Session) -> None:
    cologne = _create(session, "Stadt Köln")
    office = create_organization(
        session,
        data=OrganizationInput(
            name="Amt für Integration", municipality_id=cologne, parent_id=cologne
        ),
        addresses=(AddressInput(postal_code="50667", city="Köln"),),
    ).id
    current = create_person(
        session,
        data=PersonInput(first_name="Anna", last_name="Berg"),
        affiliations=(AffiliationInput(organization_id=office, function="Leitung"),),
    ).id
    create_person(
        session,
        data=PersonInput(first_name="Bernd", last_name="Alt"),
        affiliations=(
            AffiliationInput(
                organization_id=office, valid_from=date(2010, 1, 1), valid_until=date(2020, 1, 1)
            ),
        ),
    )
    gone = create_person(
        session,
        data=PersonInput(first_name="Carl", last_name="Weg"),
        affiliations=(AffiliationInput(organization_id=office),),
    ).id
    trash_people(session, [gone])
    session.commit()

    (row,) = organization_rows(session, [office])
    assert (row.name, row.kind, row.sector) == (
        "Amt für Integration",
        OrganizationKind.MUNICIPALITY,  # "Amt ..." is a municipal office
        Sector.PUBLIC,
    )
    assert row.municipality == "Stadt Köln"
    assert row.city == "Köln"
    assert row.people == 2  # the trashed person does not count

    detail = get_organization(session, office, today=date(2026, 1, 1))
    assert [(m.person_id, m.function) for m in detail.current_people] == [(current, "Leitung")]
    assert [m.name for m in detail.former_people] == ["Bernd Alt"]
    assert detail.parent is not None and detail.parent.id == cologne
    assert detail.municipality is not None and detail.municipality.name == "Stadt Köln"


def test_probe_counts_and_lists_the_first_organizations(session: Session) -> None:
    for name in ("Verein Zeta", "Verein Alpha", "Verein Mitte", "Stiftung Nord"):
        create_organization(session, data=OrganizationInput(name=name))
    session.flush()
    probe = probe_organizations(session, filter=OrganizationFilter(query="verein"), limit=2)
    assert probe.total == 3
    everyone = list_organization_ids(session, filter=OrganizationFilter(query="verein"))
    assert list(probe.ids) == everyone[:2]
    assert probe_organizations(session, filter=OrganizationFilter(query="xyz")).ids == ()
