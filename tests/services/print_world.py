"""A small network for the print tests: roles, private addresses, consents, one event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from partnercrm.model import (
    Address,
    AddressKind,
    Affiliation,
    Consent,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    Organization,
    OrganizationKind,
    ParticipationRole,
    ParticipationStatus,
    Person,
    SalutationForm,
)
from partnercrm.services.events import EventInput, create_event
from partnercrm.services.participations import add_participation
from partnercrm.store.text_folding import sort_key


@dataclass(frozen=True)
class World:
    anna: int
    bert: int
    carla: int
    dieter: int
    emil: int
    frida: int
    anna_club_role: int
    event: int


def _person(session: Session, first: str, last: str, **fields: object) -> Person:
    person = Person(first_name=first, last_name=last, sort_key=sort_key(last, first, ""), **fields)
    session.add(person)
    session.flush()
    return person


def _private(session: Session, person: Person, street: str, code: str, city: str) -> None:
    session.add(
        Address(
            person_id=person.id,
            kind=AddressKind.PRIVATE,
            street=street,
            postal_code=code,
            city=city,
            is_primary=True,
        )
    )


def build_world(session: Session) -> World:
    """Six people; Anna has two roles and represents the club at the event."""
    city = Organization(name="Stadt Köln", kind=OrganizationKind.MUNICIPALITY)
    club = Organization(name="Sportverein Nord e.V.", kind=OrganizationKind.ASSOCIATION)
    session.add_all([city, club])
    session.flush()
    session.add(
        Address(
            organization_id=city.id,
            kind=AddressKind.BUSINESS,
            street="Rathausplatz 1",
            postal_code="50667",
            city="Köln",
        )
    )
    anna = _person(session, "Anna", "Arndt", salutation=SalutationForm.FRAU)
    city_role = Affiliation(
        person_id=anna.id, organization_id=city.id, function="Referentin", is_primary=True
    )
    club_role = Affiliation(
        person_id=anna.id,
        organization_id=club.id,
        function="Vorsitzende",
        use_organization_address=False,
    )
    session.add_all([city_role, club_role])
    session.flush()
    session.add(
        Address(
            affiliation_id=club_role.id,
            kind=AddressKind.BUSINESS,
            street="Vereinsweg 2",
            postal_code="40210",
            city="Düsseldorf",
        )
    )
    _private(session, anna, "Rosenweg 9", "50999", "Köln")
    bert = _person(session, "Bert", "Brandt", salutation=SalutationForm.HERR)
    _private(session, bert, "Gartenstraße 5", "10115", "Berlin")
    carla = _person(session, "Carla", "Conrad", do_not_contact=True)
    _private(session, carla, "Lindenallee 3", "20095", "Hamburg")
    dieter = _person(session, "Dieter", "Dahl", salutation=SalutationForm.HERR)
    _private(session, dieter, "Bahnhofstraße 7", "80331", "München")
    for state, day in ((ConsentState.GRANTED, 1), (ConsentState.WITHDRAWN, 20)):
        session.add(
            Consent(
                person_id=dieter.id,
                channel=ConsentChannel.POST,
                purpose=ConsentPurpose.INVITATIONS,
                state=state,
                given_on=date(2026, 3, day),
            )
        )
    emil = _person(session, "Emil", "Ernst")
    session.add(Address(person_id=emil.id, kind=AddressKind.PRIVATE, city="Bonn"))
    frida = _person(
        session,
        "Frida",
        "Fuchs",
        salutation=SalutationForm.FRAU,
        academic_title="Prof. Dr.",
        language="en",
    )
    _private(session, frida, "Schlossstraße 1", "01067", "Dresden")
    session.flush()
    event_id, _ = create_event(
        session,
        data=EventInput(title="Forum Ehrenamt", starts_at=datetime(2026, 5, 12, 9, 30)),
    )
    add_participation(
        session,
        event_id=event_id,
        person_id=anna.id,
        affiliation_id=club_role.id,
        role=ParticipationRole.SPEAKER,
        status=ParticipationStatus.REGISTERED,
    )
    add_participation(
        session, event_id=event_id, person_id=bert.id, status=ParticipationStatus.REGISTERED
    )
    add_participation(
        session,
        event_id=event_id,
        person_id=frida.id,
        role=ParticipationRole.SPEAKER,
        status=ParticipationStatus.INVITED,
    )
    add_participation(
        session, event_id=event_id, person_id=carla.id, status=ParticipationStatus.REGISTERED
    )
    session.commit()
    return World(anna.id, bert.id, carla.id, dieter.id, emil.id, frida.id, club_role.id, event_id)
