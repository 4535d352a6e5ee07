"""Distribution lists: static members, saved filters, and both together."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError, ValidationError
from partnercrm.model import ConsentChannel, OrganizationKind, Sector
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.distribution_lists import (
    add_members,
    create_list,
    delete_list,
    filter_from_json,
    filter_to_json,
    find_list,
    list_lists,
    list_member_ids,
)
from partnercrm.services.people import PersonFilter, PersonInput, create_person, trash_people


def _person(session: Session, last: str, org: str = "", **fields: object) -> int:
    roles = (AffiliationInput(organization_name=org),) if org else ()
    return create_person(
        session,
        data=PersonInput(last_name=last, **fields),
        affiliations=roles,  # type: ignore[arg-type]
    ).id


def test_filter_json_round_trip() -> None:
    person_filter = PersonFilter(
        query="müller",
        tag_ids=(3, 1),
        organization_kinds=(OrganizationKind.MUNICIPALITY,),
        sectors=(Sector.PUBLIC,),
        municipality_id=7,
        may_contact_by=ConsentChannel.POST,
    )
    text = filter_to_json(person_filter)
    assert "müller" in text  # unescaped UTF-8
    assert filter_from_json(text) == person_filter


def test_static_and_dynamic_members(session: Session) -> None:
    mayor = _person(session, "Zeller", "Stadt Bonn")
    clerk = _person(session, "Adam", "Gemeinde Much")
    friend = _person(session, "Müller", "Verein Eins e.V.")
    blocked = _person(session, "Berg", "Stadt Köln", do_not_contact=True)
    session.commit()
    municipal = PersonFilter(
        organization_kinds=(OrganizationKind.MUNICIPALITY,), may_contact_by=ConsentChannel.POST
    )
    list_id = create_list(
        session,
        name=" Einladung  Austauschtag ",
        description="NRW",
        person_ids=[friend],
        filter=municipal,
    ).id
    session.commit()
    assert list_member_ids(session, list_id) == [clerk, friend, mayor]  # sorted by name
    (ref,) = list_lists(session)
    assert (ref.name, ref.static_members, ref.has_filter) == ("Einladung Austauschtag", 1, True)
    assert blocked not in list_member_ids(session, list_id)

    late = _person(session, "Neu", "Stadt Essen")  # the saved filter picks up newcomers
    trash_people(session, [friend])  # trashed members drop out
    session.commit()
    assert list_member_ids(session, list_id) == [clerk, late, mayor]


def test_add_members_find_and_delete(session: Session) -> None:
    a, b = _person(session, "A"), _person(session, "B")
    list_id = create_list(session, name="Presse").id
    add_members(session, list_id, [a])
    add_members(session, list_id, [a, b])
    session.commit()
    assert list_member_ids(session, list_id) == [a, b]
    assert find_list(session, "Presse") == list_id
    assert find_list(session, str(list_id)) == list_id
    with pytest.raises(NotFoundError):
        find_list(session, "Gibt es nicht")
    delete_list(session, list_id)
    session.commit()
    with pytest.raises(NotFoundError):
        list_member_ids(session, list_id)


def test_list_names_are_required_and_unique(session: Session) -> None:
    create_list(session, name="Presse")
    with pytest.raises(ValidationError) as info:
        create_list(session, name=" Presse ")
    assert info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        create_list(session, name="   ")
    assert info.value.field == "name"
