"""Helpers for the service tests: people and organizations created through the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from partnercrm.model import AddressKind, ContactKind
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
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
