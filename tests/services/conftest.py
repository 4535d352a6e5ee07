"""Helpers for the service tests: people and organizations created through the services,
and small factories for the event tests (``build``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from partnercrm.model import (
    AddressKind,
    Affiliation,
    ContactKind,
    ContactPoint,
    Organization,
    OrganizationKind,
    Person,
)
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.events import EventInput, create_event
from partnercrm.services.people import PersonInput, create_person

AddPerson = Callable[..., int]


@pytest.fixture
def add_person(session: Session) -> AddPerson:
    """``add_person("Anna", "Müller", org="Stadt Köln", email=..., city=..., tags=...)`` → id."""

    def add(
        first: str,
        last: str,
        *,
        org: str = "",
        function: str = "",
        department: str = "",
        email: str = "",
        phone: str = "",
        city: str = "",
        tags: tuple[str, ...] = (),
        notes: str = "",
        **person: Any,
    ) -> int:
        affiliations = ()
        if org:
            affiliations = (
                AffiliationInput(
                    organization_name=org,
                    function=function,
                    department=department,
                    contact_points=(
                        (ContactPointInput(ContactKind.EMAIL, email),) if email else ()
                    ),
                ),
            )
        own_contacts = []
        if email and not org:
            own_contacts.append(ContactPointInput(ContactKind.EMAIL, email))
        if phone:
            own_contacts.append(ContactPointInput(ContactKind.PHONE, phone))
        created = create_person(
            session,
            data=PersonInput(first_name=first, last_name=last, tags=tags, notes=notes, **person),
            addresses=(AddressInput(kind=AddressKind.PRIVATE, city=city),) if city else (),
            contact_points=tuple(own_contacts),
            affiliations=affiliations,
        )
        session.commit()
        return created.id

    return add


@dataclass
class Builder:
    session: Session

    def org(self, name: str, kind: OrganizationKind, *, parent: int | None = None) -> int:
        org = Organization(name=name, kind=kind, parent_id=parent)
        self.session.add(org)
        self.session.flush()
        return org.id

    def person(
        self,
        first: str,
        last: str,
        org: int | None = None,
        *,
        function: str = "",
        email: str = "",
    ) -> tuple[int, int | None]:
        person = Person(first_name=first, last_name=last)
        self.session.add(person)
        self.session.flush()
        affiliation_id = None
        if org is not None:
            affiliation = Affiliation(
                person_id=person.id, organization_id=org, function=function, is_primary=True
            )
            self.session.add(affiliation)
            self.session.flush()
            affiliation_id = affiliation.id
        if email:
            owner = (
                {"affiliation_id": affiliation_id}
                if affiliation_id is not None
                else {"person_id": person.id}
            )
            self.session.add(
                ContactPoint(kind=ContactKind.EMAIL, value=email, normalized=email.lower(), **owner)
            )
            self.session.flush()
        return person.id, affiliation_id

    def event(self, title: str, start: str = "2026-05-12 09:30", **fields: object) -> int:
        data = EventInput(title=title, starts_at=datetime.fromisoformat(start), **fields)  # type: ignore[arg-type]
        event_id, _ = create_event(self.session, data=data)
        return event_id


@pytest.fixture
def build(session: Session) -> Builder:
    return Builder(session)
