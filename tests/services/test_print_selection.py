"""Who a print run goes to: selection, role addresses, skipping, order, salutations."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session
from tests.services.print_world import World, build_world

from partnercrm.addressing import BlockStyle, TitleMode
from partnercrm.model import ParticipationRole, ParticipationStatus
from partnercrm.services.distribution_lists import add_members, create_list
from partnercrm.services.print_selection import (
    SalutationLanguage,
    Selection,
    SortOrder,
    participants,
    postal_mailing,
    select_people,
    with_salutation,
)


@pytest.fixture
def world(session: Session) -> World:
    return build_world(session)


def test_mailing_skips_who_must_not_get_post_and_says_why(session: Session, world: World) -> None:
    mailing = postal_mailing(session, Selection())
    assert [p.person_id for p in mailing.people] == [world.anna, world.bert, world.frida]
    reasons = {s.person_id: (s.name, s.code) for s in mailing.skipped}
    assert reasons == {
        world.carla: ("Carla Conrad", "do_not_contact"),
        world.dieter: ("Dieter Dahl", "withdrawn"),
        world.emil: ("Emil Ernst", "no_address"),
    }
    dieter = next(s for s in mailing.skipped if s.person_id == world.dieter)
    assert "2026-03-20" in dieter.reason  # the newest consent decides


def test_letter_goes_to_the_primary_role_at_the_organisations_address(
    session: Session, world: World
) -> None:
    anna = postal_mailing(session, Selection(ids=(world.anna,))).people[0]
    assert anna.style is BlockStyle.BUSINESS
    assert anna.recipient.organization == "Stadt Köln"
    assert anna.recipient.address.street == "Rathausplatz 1"
    assert anna.function == "Referentin"
    assert anna.municipality == "Stadt Köln"


def test_event_selection_uses_the_represented_role_and_its_own_address(
    session: Session, world: World
) -> None:
    mailing = postal_mailing(session, Selection(event_id=world.event))
    anna = next(p for p in mailing.people if p.person_id == world.anna)
    assert anna.recipient.organization == "Sportverein Nord e.V."
    assert anna.recipient.address.street == "Vereinsweg 2"
    assert anna.function == "Vorsitzende"
    assert anna.role is ParticipationRole.SPEAKER
    # Carla is registered but marked "do not contact": no letter, but reported.
    assert [s.person_id for s in mailing.skipped] == [world.carla]


def test_people_without_a_role_get_their_private_address(session: Session, world: World) -> None:
    bert = postal_mailing(session, Selection(ids=(world.bert,))).people[0]
    assert bert.style is BlockStyle.PRIVATE
    assert bert.recipient.organization == ""
    assert (bert.recipient.address.postal_code, bert.recipient.address.city) == ("10115", "Berlin")


def test_event_filters_by_status_and_role(session: Session, world: World) -> None:
    def ids(**kw: object) -> list[int]:
        selection = Selection(event_id=world.event, **kw)  # type: ignore[arg-type]
        return [s.person_id for s in select_people(session, selection)]

    assert ids() == [world.anna, world.bert, world.carla, world.frida]
    assert ids(statuses=(ParticipationStatus.REGISTERED,)) == [world.anna, world.bert, world.carla]
    assert ids(roles=(ParticipationRole.SPEAKER,)) == [world.anna, world.frida]
    assert ids(statuses=(ParticipationStatus.REGISTERED,), roles=(ParticipationRole.SPEAKER,)) == [
        world.anna
    ]
    # Other criteria narrow the participants further.
    assert ids(ids=(world.frida, world.dieter)) == [world.frida]


def test_lists_signin_and_badges_include_everyone_selected(session: Session, world: World) -> None:
    people = participants(
        session, Selection(event_id=world.event, statuses=(ParticipationStatus.REGISTERED,))
    )
    assert [p.last_name for p in people] == ["Arndt", "Brandt", "Conrad"]


def test_distribution_list_and_query_select(session: Session, world: World) -> None:
    list_id = create_list(session, name="Presse").id
    add_members(session, list_id, [world.frida, world.bert, world.carla])
    session.commit()
    chosen = select_people(session, Selection(list_id=list_id))
    assert [s.person_id for s in chosen] == [world.bert, world.carla, world.frida]
    queried = select_people(session, Selection(query="Fuchs"))
    assert [s.person_id for s in queried] == [world.frida]


def test_postcode_order_for_bulk_mail(session: Session, world: World) -> None:
    mailing = postal_mailing(session, Selection(), order=SortOrder.POSTCODE)
    codes = [p.recipient.address.postal_code for p in mailing.people]
    assert codes == ["01067", "10115", "50667"]


def test_salutation_in_each_persons_language(session: Session, world: World) -> None:
    frida = postal_mailing(session, Selection(ids=(world.frida,))).people[0]
    english = with_salutation(frida, language=SalutationLanguage.PERSON, titles=TitleMode.ALL)
    assert english.recipient.salutation_override == "Dear Professor Fuchs,"
    same = with_salutation(frida, language=SalutationLanguage.LETTER, titles=TitleMode.ALL)
    assert same.recipient.salutation_override == ""


def test_trashed_people_are_never_selected(session: Session, world: World) -> None:
    from partnercrm.services.people import trash_people

    trash_people(session, [world.bert])
    session.commit()
    assert world.bert not in [s.person_id for s in select_people(session, Selection())]
    assert world.bert not in [
        s.person_id for s in select_people(session, Selection(event_id=world.event))
    ]
