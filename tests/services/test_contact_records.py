"""Contact records: the bulk loader of the exports gives what get_person gives, in order."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from partnercrm.model import AddressForm, AddressKind, ContactKind, Person, SalutationForm
from partnercrm.services import contact_records as records_module
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.contact_records import ContactRecord, contact_records
from partnercrm.services.people import PersonDetail, PersonInput, create_person, get_person


def _expected(d: PersonDetail) -> tuple[Any, ...]:
    """get_person's values in the shape of a ContactRecord (consents and ids aside)."""

    def address(a: Any) -> tuple[Any, ...]:
        return (
            a.kind,
            a.street,
            a.addition,
            a.po_box,
            a.postal_code,
            a.city,
            a.region,
            a.country,
            a.label,
            a.is_primary,
        )

    def point(c: Any) -> tuple[Any, ...]:
        return (c.kind, c.value, c.label, c.is_primary)

    return (
        d.id,
        d.salutation,
        d.academic_title,
        d.first_name,
        d.name_particle,
        d.last_name,
        d.name_suffix,
        d.nickname,
        d.address_form,
        d.language,
        d.birthday,
        d.notes,
        d.do_not_contact,
        d.uid,
        d.tags,
        tuple(address(a) for a in d.addresses),
        tuple(point(c) for c in d.contact_points),
        tuple(
            (
                r.organization_name,
                r.function,
                r.department,
                r.use_organization_address,
                r.is_primary,
                r.valid_from,
                r.valid_until,
                tuple(point(c) for c in r.contact_points),
                tuple(address(a) for a in r.addresses),
            )
            for r in d.affiliations
        ),
    )


def _people(session: Session) -> list[int]:
    rich = create_person(
        session,
        data=PersonInput(
            first_name="Eva",
            last_name="Berg",
            salutation=SalutationForm.FRAU,
            academic_title="Dr.",
            name_particle="von",
            name_suffix="MBA",
            nickname="Evi",
            address_form=AddressForm.INFORMAL,
            language="en",
            birthday=date(1970, 2, 3),
            notes="Line one\nline two",
            do_not_contact=True,
            tags=("zeta", "Alpha", "beta"),
        ),
        addresses=[
            AddressInput(AddressKind.PRIVATE, street="Hof 1", postal_code="50667", city="Köln"),
            AddressInput(AddressKind.POSTAL, po_box="Postfach 9", postal_code="53111", city="Bonn"),
        ],
        contact_points=[
            ContactPointInput(ContactKind.EMAIL, "eva@example.org", is_primary=True),
            ContactPointInput(ContactKind.MOBILE, "0171 1234567", label="privat"),
        ],
        affiliations=[
            AffiliationInput(
                organization_name="Verein Zukunft e.V.",
                function="Vorsitzende",
                valid_from=date(2020, 1, 1),
                contact_points=(ContactPointInput(ContactKind.PHONE, "0228 123456"),),
            ),
            AffiliationInput(
                organization_name="Stadt Köln",
                function="Referentin",
                department="Amt 3",
                is_primary=True,
                use_organization_address=False,
                contact_points=(
                    ContactPointInput(ContactKind.EMAIL, "eva.berg@stadt-koeln.de"),
                    ContactPointInput(ContactKind.FAX, "0221 99"),
                ),
                addresses=(
                    AddressInput(street="Rathaus 1", postal_code="50667", city="Köln", label="Amt"),
                ),
            ),
        ],
        uid="urn:uuid:1",
    ).id
    plain = create_person(session, data=PersonInput(last_name="Öz")).id
    third = create_person(
        session,
        data=PersonInput(first_name="Jan", last_name="Abel"),
        affiliations=[AffiliationInput(organization_name="ACME GmbH")],
    ).id
    session.commit()
    return [rich, plain, third]


def test_records_equal_get_person_in_the_given_order(session: Session) -> None:
    rich, plain, third = _people(session)
    wanted = [third, 999_999, rich, plain, third]
    got = list(contact_records(session, wanted))
    assert [r.id for r in got] == [third, rich, plain, third]
    assert [r[:-2] for r in got] == [
        _expected(get_person(session, i)) for i in (third, rich, plain, third)
    ]
    eva = got[1]
    assert eva.roles[0].organization_name == "Stadt Köln"  # the primary role first
    assert eva.tags == ("Alpha", "beta", "zeta")
    assert eva.display_name == "Dr. Eva von Berg"
    assert (eva.photo, eva.photo_type) == (None, "")


@pytest.mark.parametrize("chunk", [1, 2])
def test_chunk_boundaries_change_nothing(
    session: Session, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    ids = _people(session)
    whole = list(contact_records(session, ids))
    monkeypatch.setattr(records_module, "CHUNK", chunk)
    assert list(contact_records(session, ids)) == whole


def test_photos_only_when_asked(session: Session) -> None:
    pid = _people(session)[1]
    session.execute(
        update(Person).where(Person.id == pid).values(photo=b"\x89PNG", photo_type="image/png")
    )
    without = next(contact_records(session, [pid]))
    with_photo = next(contact_records(session, [pid], photos=True))
    assert (without.photo, with_photo.photo) == (None, b"\x89PNG")
    assert with_photo.photo_type == "image/png"


def test_unsaved_changes_of_the_session_are_read(session: Session) -> None:
    pid = _people(session)[1]
    session.get(Person, pid).first_name = "Ayşe"  # type: ignore[union-attr]
    record: ContactRecord = next(contact_records(session, [pid]))
    assert record.first_name == "Ayşe"


def test_first_role_only_keeps_the_primary_role(session: Session) -> None:
    ids = _people(session)
    whole = list(contact_records(session, ids))
    first = list(contact_records(session, ids, first_role_only=True))
    assert first == [r._replace(roles=r.roles[:1]) for r in whole]
    assert first[0].roles[0].organization_name == "Stadt Köln"
