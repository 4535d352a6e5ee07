"""Validation of e-mail, phone, postal code and country: normalised values or a named field."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.model import ContactKind
from partnercrm.services import validation
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.people import PersonInput, create_person, get_person


@pytest.mark.parametrize("value", ["anna.example.org", "anna", "anna(at)example.org"])
def test_email_without_at_names_the_missing_at(value: str) -> None:
    with pytest.raises(ValidationError, match="@ is missing") as info:
        validation.normalize_email(value, field="contact_points[0].email")
    assert info.value.field == "contact_points[0].email"
    assert value in info.value.message


@pytest.mark.parametrize("value", ["anna@", "anna@example", "a@b@c.de", "anna @example.org", ""])
def test_email_malformed(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        validation.normalize_email(value)
    assert info.value.field == "email"


def test_email_keeps_local_part_and_lowers_domain() -> None:
    assert validation.normalize_email("  Anna.Berg@Example.ORG ") == "Anna.Berg@example.org"
    assert validation.normalize_email("jörg@müller.de") == "jörg@müller.de"


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0221 123456", "+49221123456"),
        ("0221/123-456", "+49221123456"),
        ("+49 (0)221 123456", "+49221123456"),
        ("0049 30 1234567", "+49301234567"),
        ("+43 1 5123456", "+4315123456"),
        ("+41 44 123 45 67", "+41441234567"),
    ],
)
def test_phone_to_e164_keeps_what_was_typed(typed: str, e164: str) -> None:
    number = validation.normalize_phone(typed)
    assert number.e164 == e164
    assert number.display == typed


def test_national_number_of_another_region() -> None:
    assert validation.normalize_phone("01 5123456", region="AT").e164 == "+4315123456"


@pytest.mark.parametrize(
    "value", ["Telefon folgt", "abc", "0", "+49 1", "1234567890123456789", " "]
)
def test_phone_garbage(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        validation.normalize_phone(value, field="affiliations[0].contact_points[1].phone")
    assert info.value.field == "affiliations[0].contact_points[1].phone"


@pytest.mark.parametrize(
    ("code", "country", "expected"),
    [
        ("50667", "DE", "50667"),
        ("1010", "AT", "1010"),
        ("8001", "CH", "8001"),
        ("1234 ab", "NL", "1234 AB"),
        ("00-950", "PL", "00-950"),
        ("ec1y 8sy", "GB", "EC1Y 8SY"),
        ("", "DE", ""),
        ("ABC-123", "JP", "ABC-123"),  # no rule for the country: kept as typed (upper case)
    ],
)
def test_postal_codes_that_fit(code: str, country: str, expected: str) -> None:
    assert validation.normalize_postal_code(code, country) == expected


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("123", "DE"),
        ("1010", "DE"),
        ("501234", "DE"),
        ("10100", "AT"),
        ("800", "CH"),
        ("1234", "PL"),
    ],
)
def test_postal_codes_that_do_not_fit(code: str, country: str) -> None:
    with pytest.raises(ValidationError) as info:
        validation.normalize_postal_code(code, country)
    assert info.value.field == "postal_code"
    assert code in info.value.message
    assert country in info.value.message


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Deutschland", "DE"),
        ("Germany", "DE"),
        ("de", "DE"),
        ("Österreich", "AT"),
        ("Schweiz", "CH"),
        ("Polen", "PL"),
        ("Türkei", "TR"),
        ("", "DE"),
    ],
)
def test_country_names_and_codes(name: str, code: str) -> None:
    assert validation.normalize_country(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "XX", "Mittelerde"])
def test_unknown_country(name: str) -> None:
    with pytest.raises(ValidationError, match="not a known country") as info:
        validation.normalize_country(name, field="addresses[0].country")
    assert info.value.field == "addresses[0].country"


def test_web_address_gets_a_scheme() -> None:
    assert validation.normalize_url("www.example.org") == "https://www.example.org"
    assert validation.normalize_url("http://example.org") == "http://example.org"
    with pytest.raises(ValidationError):
        validation.normalize_url("kein web")


# --- the services name the field of the record that is wrong ------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        (
            {"contact_points": (ContactPointInput(ContactKind.EMAIL, "anna.example.org"),)},
            "contact_points[0].email",
        ),
        (
            {
                "contact_points": (
                    ContactPointInput(ContactKind.EMAIL, "anna@example.org"),
                    ContactPointInput(ContactKind.PHONE, "Telefon folgt"),
                )
            },
            "contact_points[1].phone",
        ),
        (
            {"addresses": (AddressInput(postal_code="123", city="Köln"),)},
            "addresses[0].postal_code",
        ),
        (
            {"addresses": (AddressInput(postal_code="1010", city="Wien", country="Atlantis"),)},
            "addresses[0].country",
        ),
        (
            {
                "affiliations": (
                    AffiliationInput(
                        organization_name="Stadt Köln",
                        contact_points=(ContactPointInput(ContactKind.EMAIL, "x"),),
                    ),
                )
            },
            "affiliations[0].contact_points[0].email",
        ),
    ],
)
def test_create_person_names_the_wrong_field(
    session: Session, kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        create_person(session, data=PersonInput(first_name="Anna", last_name="Berg"), **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_valid_addresses_of_three_countries_are_stored(session: Session) -> None:
    created = create_person(
        session,
        data=PersonInput(first_name="Anna", last_name="Berg"),
        addresses=(
            AddressInput(postal_code="50667", city="Köln"),
            AddressInput(postal_code="1010", city="Wien", country="Österreich"),
            AddressInput(postal_code="8001", city="Zürich", country="CH"),
        ),
        contact_points=(ContactPointInput(ContactKind.PHONE, "0221 123456"),),
    )
    session.commit()
    person = get_person(session, created.id)
    assert [(a.postal_code, a.country) for a in person.addresses] == [
        ("50667", "DE"),
        ("1010", "AT"),
        ("8001", "CH"),
    ]
    (phone,) = person.contact_points
    assert (phone.value, phone.normalized) == ("0221 123456", "+49221123456")


def _parsed_in_full(text: str, region: str) -> str | None:
    """E.164 as phonenumbers' full parse and our length rules give it (None: refused)."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed) or len(str(parsed.national_number)) < 5:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@settings(max_examples=500)
@given(
    st.from_regex(r"(\+49|\+4|\+1|\+|00|0|1|)[ ]?[0-9]{0,5}( [0-9]{1,7}){0,3}", fullmatch=True),
    st.sampled_from(["DE", "AT", "US"]),
)
def test_plain_german_numbers_take_a_short_cut_to_the_same_result(text: str, region: str) -> None:
    short_cut = validation._plain_german_e164(text, region)
    if short_cut is not None:
        assert short_cut == _parsed_in_full(text, region)
        assert validation.normalize_phone(text, region=region).e164 == short_cut


@pytest.mark.parametrize(
    ("typed", "e164"),
    [("+49 221 100000", "+49221100000"), ("0221 123456", "+49221123456")],
)
def test_the_usual_german_forms_take_the_short_cut(typed: str, e164: str) -> None:
    assert validation._plain_german_e164(typed, "DE") == e164
