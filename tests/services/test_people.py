"""People: create, update with conflict detection, trash, filters, sorting and list rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ConflictError, NotFoundError, ValidationError
from partnercrm.model import (
    AuditEntry,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    ContactKind,
    OrganizationKind,
    Person,
    SalutationForm,
    Sector,
)
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.consents import ConsentInput, contact_block_reason
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.organizations import (
    OrganizationInput,
    create_organization,
    get_organization,
    update_organization,
)
from partnercrm.services.people import (
    PersonFilter,
    PersonInput,
    count_people,
    create_person,
    find_person_ids_by_email,
    get_person,
    list_person_ids,
    person_rows,
    probe_people,
    purge_people,
    restore_people,
    trash_people,
    update_person,
)
from partnercrm.services.tags import all_tags

AddPerson = Callable[..., int]


def _names(session: Session, ids: list[int]) -> list[str]:
    return [r.last_name for r in person_rows(session, ids)]


def test_create_and_read_back(session: Session) -> None:
    created = create_person(
        session,
        data=PersonInput(
            first_name=" Anna ",
            last_name="Berg",
            salutation=SalutationForm.FRAU,
            academic_title="Dr.",
            birthday=date(1980, 5, 17),
            tags=("Ehrenamt", "Jugend"),
        ),
        contact_points=(ContactPointInput(ContactKind.MOBILE, "0170 1234567"),),
    )
    session.commit()
    assert created.changes.created == {"person": frozenset({created.id})}
    person = get_person(session, created.id)
    assert (person.first_name, person.last_name, person.academic_title) == ("Anna", "Berg", "Dr.")
    assert person.display_name == "Dr. Anna Berg"
    assert person.salutation is SalutationForm.FRAU
    assert person.birthday == date(1980, 5, 17)
    assert person.tags == ("Ehrenamt", "Jugend")
    assert person.version == 1
    (mobile,) = person.contact_points
    assert (mobile.value, mobile.normalized) == ("0170 1234567", "+491701234567")
    audit = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == created.id))
    assert [str(a) for a in audit] == ["create"]


def test_a_name_is_required(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        create_person(session, data=PersonInput(first_name="  ", last_name=""))
    assert info.value.field == "last_name"
    assert session.scalar(select(func.count(Person.id))) == 0


def test_update_with_version_conflict(session: Session, add_person: AddPerson) -> None:
    pid = add_person("Anna", "Berg")
    session.commit()
    read = get_person(session, pid)
    update_person(
        session,
        pid,
        data=PersonInput(first_name="Anna", last_name="Berg-Roth"),
        expected_version=read.version,
    )
    session.commit()
    now = get_person(session, pid)
    assert now.last_name == "Berg-Roth"
    assert now.version == read.version + 1
    with pytest.raises(ConflictError) as info:
        update_person(
            session,
            pid,
            data=PersonInput(first_name="Anna", last_name="Roth"),
            expected_version=read.version,
        )
    assert info.value.current_version == now.version
    assert "Anna Berg-Roth" in info.value.message
    session.rollback()
    assert get_person(session, pid).last_name == "Berg-Roth"


def test_update_of_sub_records_alone_counts_as_an_edit(
    session: Session, add_person: AddPerson
) -> None:
    pid = add_person("Anna", "Berg")
    session.commit()
    read = get_person(session, pid)
    update_person(
        session,
        pid,
        data=PersonInput(first_name="Anna", last_name="Berg"),
        expected_version=read.version,
        contact_points=(ContactPointInput(ContactKind.EMAIL, "anna@example.org"),),
    )
    session.commit()
    assert get_person(session, pid).version == read.version + 1


def test_update_of_a_missing_person(session: Session) -> None:
    with pytest.raises(NotFoundError):
        update_person(session, 4711, data=PersonInput(last_name="X"), expected_version=1)


def test_trash_restore_purge(session: Session, add_person: AddPerson) -> None:
    keep = add_person("Anna", "Berg")
    pid = add_person("Bernd", "Kurz")
    session.commit()
    changes = trash_people(session, [pid])
    session.commit()
    assert changes.removed == {"person": frozenset({pid})}
    assert list_person_ids(session) == [keep]
    assert list_person_ids(session, filter=PersonFilter(trashed=True)) == [pid]
    assert get_person(session, pid).deleted_at is not None
    restore_people(session, [pid])
    session.commit()
    assert set(list_person_ids(session)) == {keep, pid}
    with pytest.raises(ValidationError) as info:
        purge_people(session, [pid])  # not in the trash
    assert info.value.field == "deleted_at"
    session.rollback()
    trash_people(session, [pid])
    purge_people(session, [pid])
    session.commit()
    with pytest.raises(NotFoundError):
        get_person(session, pid)
    assert list_person_ids(session, filter=PersonFilter(trashed=True)) == []
    actions = session.scalars(
        select(AuditEntry.action).where(AuditEntry.entity_id == pid).order_by(AuditEntry.id)
    )
    assert [str(a) for a in actions] == ["create", "trash", "restore", "trash", "delete"]


def test_sorting_by_name_puts_umlauts_with_their_vowel(
    session: Session, add_person: AddPerson
) -> None:
    for last in ("Zander", "Özdemir", "Otto", "oberle", "Albers", "Ärmel", "Ogden"):
        add_person("X", last)
    ids = list_person_ids(session)
    assert _names(session, ids) == [
        "Albers",
        "Ärmel",
        "oberle",
        "Ogden",
        "Otto",
        "Özdemir",
        "Zander",
    ]
    assert _names(session, list_person_ids(session, descending=True))[0] == "Zander"
    assert len(list_person_ids(session, limit=3)) == 3


def test_sorting_by_first_name_within_the_last_name(
    session: Session, add_person: AddPerson
) -> None:
    add_person("Zoe", "Müller")
    add_person("Ärne", "Müller")
    add_person("Bea", "Mueller")
    rows = person_rows(session, list_person_ids(session))
    assert [r.first_name for r in rows] == ["Bea", "Ärne", "Zoe"]  # mueller < muller


def test_person_rows_contents(session: Session) -> None:
    city_org = create_organization(
        session,
        data=OrganizationInput(name="Stadt Köln"),
        addresses=(AddressInput(postal_code="50667", city="Köln"),),
    ).id
    created = create_person(
        session,
        data=PersonInput(first_name="Anna", last_name="Berg", academic_title="Prof. Dr."),
        affiliations=(
            AffiliationInput(
                organization_name="Verein Lesen e.V.",
                function="Kassiererin",
                contact_points=(ContactPointInput(ContactKind.EMAIL, "kasse@lesen.example"),),
            ),
            AffiliationInput(
                organization_id=city_org,
                function="Referentin",
                is_primary=True,
                contact_points=(
                    ContactPointInput(ContactKind.EMAIL, "anna.berg@stadt-koeln.example"),
                    ContactPointInput(ContactKind.PHONE, "0221 2210"),
                ),
            ),
        ),
    ).id
    bare = create_person(session, data=PersonInput(last_name="Ohne")).id
    session.commit()
    rows = person_rows(session, [bare, 999, created])
    assert [r.id for r in rows] == [bare, created]  # requested order, missing id left out
    anna = rows[1]
    assert anna.display_name == "Prof. Dr. Anna Berg"
    assert (anna.organization, anna.function) == ("Stadt Köln", "Referentin")
    assert anna.city == "Köln"
    assert anna.email == "anna.berg@stadt-koeln.example"
    assert anna.phone == "0221 2210"
    assert (rows[0].display_name, rows[0].organization, rows[0].email) == ("Ohne", "", "")
    assert person_rows(session, []) == []


def test_person_rows_show_the_primary_address_and_contact(session: Session) -> None:
    """Without a role's city the person's own primary address counts, not the newest."""
    created = create_person(
        session,
        data=PersonInput(first_name="Otto", last_name="Ort"),
        addresses=(
            AddressInput(city="Bonn"),
            AddressInput(city="Aachen", is_primary=True),
            AddressInput(city="Zülpich"),
        ),
        contact_points=(
            ContactPointInput(ContactKind.EMAIL, "alt@example.org"),
            ContactPointInput(ContactKind.EMAIL, "haupt@example.org", is_primary=True),
            ContactPointInput(ContactKind.MOBILE, "0170 1234567"),
        ),
        affiliations=(AffiliationInput(organization_name="Ohne Adresse e.V."),),
    ).id
    (row,) = person_rows(session, [created])
    assert (row.city, row.email, row.phone) == ("Aachen", "haupt@example.org", "0170 1234567")
    assert row.organization == "Ohne Adresse e.V."


def test_find_by_email_own_and_at_a_role(session: Session, add_person: AddPerson) -> None:
    own = add_person("A", "Eins", email="Same@Example.org")
    role = add_person("B", "Zwei", org="Stadt Bonn", email="same@example.org")
    add_person("C", "Drei", email="other@example.org")
    assert find_person_ids_by_email(session, " SAME@example.org ") == sorted([own, role])


# --- filters ------------------------------------------------------------------------


@pytest.fixture
def network(session: Session, add_person: AddPerson) -> dict[str, int]:
    cologne = create_organization(session, data=OrganizationInput(name="Stadt Köln")).id
    office = create_organization(
        session,
        data=OrganizationInput(
            name="Amt für Bürgerengagement",
            kind=OrganizationKind.MUNICIPALITY,
            parent_id=cologne,
            municipality_id=cologne,
        ),
    ).id
    company = create_organization(
        session, data=OrganizationInput(name="Rheinenergie AG", municipality_id=cologne)
    ).id
    ids = {
        "city": add_person("Carla", "Stadt", org="Stadt Köln", tags=("Bürgerengagement",)),
        "office": create_person(
            session,
            data=PersonInput(first_name="Olga", last_name="Amt"),
            affiliations=(AffiliationInput(organization_id=office),),
        ).id,
        "company": create_person(
            session,
            data=PersonInput(first_name="Fritz", last_name="Firma", tags=("Unternehmen",)),
            affiliations=(AffiliationInput(organization_id=company),),
        ).id,
        "club": add_person(
            "Vera", "Verein", org="Kulturverein Bonn e.V.", tags=("Bürgerengagement",)
        ),
        "ministry": add_person("Max", "Minister", org="Ministerium für Heimat"),
        "nobody": add_person("Nina", "Niemand"),
    }
    session.commit()
    ids["cologne"] = cologne
    return ids


def _filtered(session: Session, **kwargs: object) -> set[int]:
    person_filter = PersonFilter(**kwargs)  # type: ignore[arg-type]
    ids = list_person_ids(session, filter=person_filter)
    assert count_people(session, person_filter) == len(ids)
    return set(ids)


def test_filter_by_tag(session: Session, network: dict[str, int]) -> None:
    tags = {t.name: t.id for t in all_tags(session)}
    assert _filtered(session, tag_ids=(tags["Bürgerengagement"],)) == {
        network["city"],
        network["club"],
    }
    assert _filtered(session, tag_ids=(tags["Bürgerengagement"], tags["Unternehmen"])) == {
        network["city"],
        network["club"],
        network["company"],
    }


def test_filter_by_kind_and_sector(session: Session, network: dict[str, int]) -> None:
    assert _filtered(session, organization_kinds=(OrganizationKind.MUNICIPALITY,)) == {
        network["city"],
        network["office"],
    }
    assert _filtered(session, sectors=(Sector.BUSINESS,)) == {network["company"]}
    assert _filtered(session, sectors=(Sector.PUBLIC,)) == {
        network["city"],
        network["office"],
        network["ministry"],
    }
    assert _filtered(session, sectors=(Sector.CIVIL_SOCIETY,)) == {network["club"]}


def test_filter_by_municipality(session: Session, network: dict[str, int]) -> None:
    assert _filtered(session, municipality_id=network["cologne"]) == {
        network["city"],
        network["office"],
        network["company"],
    }


def test_filters_combine(session: Session, network: dict[str, int]) -> None:
    tags = {t.name: t.id for t in all_tags(session)}
    assert _filtered(
        session, municipality_id=network["cologne"], tag_ids=(tags["Bürgerengagement"],)
    ) == {network["city"]}
    assert _filtered(session, query="firma", sectors=(Sector.PUBLIC,)) == set()
    assert _filtered(session, query="firma", sectors=(Sector.BUSINESS,)) == {network["company"]}


def _consent(
    channel: ConsentChannel,
    state: ConsentState,
    day: date,
    purpose: ConsentPurpose = ConsentPurpose.INVITATIONS,
) -> ConsentInput:
    return ConsentInput(channel, purpose, state, day, source="Telefonat")


def test_may_contact_by_respects_consents_and_do_not_contact(session: Session) -> None:
    def person(last: str, *consents: ConsentInput, dnc: bool = False) -> int:
        return create_person(
            session, data=PersonInput(last_name=last, do_not_contact=dnc), consents=consents
        ).id

    free = person("Frei")
    no_mail = person(
        "Keinemail", _consent(ConsentChannel.EMAIL, ConsentState.WITHDRAWN, date(2025, 1, 1))
    )
    refused_post = person(
        "Keinepost", _consent(ConsentChannel.POST, ConsentState.REFUSED, date(2025, 1, 1))
    )
    changed_mind = person(
        "Wiederja",
        _consent(ConsentChannel.EMAIL, ConsentState.WITHDRAWN, date(2024, 1, 1)),
        _consent(ConsentChannel.EMAIL, ConsentState.GRANTED, date(2025, 3, 1)),
    )
    withdrew_later = person(
        "Spaeternein",
        _consent(ConsentChannel.EMAIL, ConsentState.GRANTED, date(2024, 1, 1)),
        _consent(ConsentChannel.EMAIL, ConsentState.WITHDRAWN, date(2025, 3, 1)),
    )
    newsletter_only = person(
        "Newsletter",
        _consent(
            ConsentChannel.EMAIL,
            ConsentState.WITHDRAWN,
            date(2025, 1, 1),
            ConsentPurpose.NEWSLETTER,
        ),
    )
    blocked = person(
        "Gesperrt", _consent(ConsentChannel.EMAIL, ConsentState.GRANTED, date(2025, 1, 1)), dnc=True
    )
    session.commit()

    assert _filtered(session, may_contact_by=ConsentChannel.EMAIL) == {
        free,
        refused_post,
        changed_mind,
        newsletter_only,
    }
    assert _filtered(session, may_contact_by=ConsentChannel.POST) == {
        free,
        no_mail,
        changed_mind,
        withdrew_later,
        newsletter_only,
    }
    assert _filtered(session, may_contact_by=ConsentChannel.PHONE) == {
        free,
        no_mail,
        refused_post,
        changed_mind,
        withdrew_later,
        newsletter_only,
    }
    assert contact_block_reason(session, blocked, ConsentChannel.POST) == "do_not_contact"
    assert contact_block_reason(session, withdrew_later, ConsentChannel.EMAIL) == "withdrawn"
    assert contact_block_reason(session, changed_mind, ConsentChannel.EMAIL) is None
    assert len(get_person(session, changed_mind).consents) == 2


def test_consents_are_an_append_only_log(session: Session) -> None:
    first = _consent(ConsentChannel.EMAIL, ConsentState.GRANTED, date(2025, 1, 1))
    pid = create_person(session, data=PersonInput(last_name="Log"), consents=(first,)).id
    session.commit()
    read = get_person(session, pid)
    later = _consent(ConsentChannel.EMAIL, ConsentState.WITHDRAWN, date(2025, 6, 1))
    update_person(
        session,
        pid,
        data=PersonInput(last_name="Log"),
        expected_version=read.version,
        consents=(*read.consents, later),
    )
    session.commit()
    states = [c.state for c in get_person(session, pid).consents]
    assert states == [ConsentState.GRANTED, ConsentState.WITHDRAWN]


# --- sorting by what the list shows -------------------------------------------------


def _sorted_by(session: Session, sort: str, **kwargs: object) -> list[tuple[str, str]]:
    ids = list_person_ids(session, sort=sort, **kwargs)  # type: ignore[arg-type]
    column = "organization" if sort == "organization" else "city"
    return [(getattr(r, column), r.last_name) for r in person_rows(session, ids)]


def test_sort_by_organization_and_city_follows_the_shown_values(
    session: Session, add_person: AddPerson
) -> None:
    add_person("A", "Ohne")  # no organization, no city: last in either order
    add_person("B", "Zett", org="Österreich-Hilfe e.V.")
    add_person("C", "Alpha", org="Stadt Bonn", city="Zülpich")
    add_person("D", "Beta", org="Stadt Bonn")
    add_person("E", "Gamma", org="Adler GmbH", city="Aachen")
    add_person("F", "Delta", city="Düren")
    assert _sorted_by(session, "organization") == [
        ("Adler GmbH", "Gamma"),
        ("Österreich-Hilfe e.V.", "Zett"),  # Ö sorts with O
        ("Stadt Bonn", "Alpha"),
        ("Stadt Bonn", "Beta"),
        ("", "Delta"),
        ("", "Ohne"),
    ]
    assert _sorted_by(session, "city") == [
        ("Aachen", "Gamma"),
        ("Düren", "Delta"),
        ("Zülpich", "Alpha"),
        ("", "Beta"),
        ("", "Ohne"),
        ("", "Zett"),
    ]
    backwards = _sorted_by(session, "organization", descending=True)
    assert backwards == list(reversed(_sorted_by(session, "organization")))
    limited = list_person_ids(session, sort="city", limit=2)
    assert limited == list_person_ids(session, sort="city")[:2]


def test_sort_keys_follow_a_renamed_organization_and_a_trashed_person(
    session: Session, add_person: AddPerson
) -> None:
    first = add_person("A", "Erste", org="Bergverein")
    add_person("B", "Zweite", org="Chorverein")
    bergverein = get_person(session, first).affiliations[0].organization_id
    assert bergverein is not None
    detail = get_organization(session, bergverein)
    update_organization(
        session,
        bergverein,
        data=OrganizationInput(name="Zitherverein", kind=detail.kind),
        expected_version=detail.version,
    )
    session.flush()
    assert _sorted_by(session, "organization") == [
        ("Chorverein", "Zweite"),
        ("Zitherverein", "Erste"),
    ]
    trash_people(session, [first])
    session.flush()
    assert _sorted_by(session, "organization") == [("Chorverein", "Zweite")]
    trashed = PersonFilter(trashed=True)
    assert list_person_ids(session, filter=trashed, sort="organization") == [first]
    assert list_person_ids(session, filter=trashed, sort="city", descending=True) == [first]


def test_probe_counts_and_lists_the_first_hits(session: Session, add_person: AddPerson) -> None:
    for number in range(5):
        add_person(f"P{number}", "Müller", org=f"Firma {4 - number}")
    add_person("Q", "Schmidt")
    probe = probe_people(session, filter=PersonFilter(query="mül"), sort="organization", limit=3)
    assert probe.total == 5
    everyone = list_person_ids(session, filter=PersonFilter(query="mül"), sort="organization")
    assert list(probe.ids) == everyone[:3]
    assert probe_people(session, filter=PersonFilter(query="xyz")).ids == ()
