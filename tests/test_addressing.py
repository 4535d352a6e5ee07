"""Address blocks and salutations after DIN 5008, Deutsche Post and the etiquette sources."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnercrm.addressing import (
    AddressBlock,
    AddressWarning,
    BlockPart,
    BlockStyle,
    PostalAddress,
    Recipient,
    TitleMode,
    address_block,
    country_name_de,
    full_name,
    postal_code_plausible,
    salutation,
    sort_name,
)
from partnercrm.model.enums import AddressForm, SalutationForm

RATHAUS = PostalAddress(street="Rathausplatz 1", postal_code="12345", city="Musterstadt")

MUELLER = Recipient(
    salutation_form=SalutationForm.FRAU,
    academic_title="Dr.",
    first_name="Anna",
    last_name="Müller",
    organization="Stadt Musterstadt",
    department="Amt für Bürgerengagement",
    address=RATHAUS,
)


def _lines(recipient: Recipient, **kwargs: object) -> list[str]:
    return list(address_block(recipient, **kwargs).lines)  # type: ignore[arg-type]


# --- address blocks ---------------------------------------------------------------


def test_business_block_puts_organisation_first() -> None:
    assert _lines(MUELLER) == [
        "Stadt Musterstadt",
        "Amt für Bürgerengagement",
        "Frau Dr. Anna Müller",
        "Rathausplatz 1",
        "12345 Musterstadt",
    ]


def test_personal_block_puts_person_first() -> None:
    lines = _lines(MUELLER, style=BlockStyle.PERSONAL)
    assert lines[:3] == ["Frau Dr. Anna Müller", "Stadt Musterstadt", "Amt für Bürgerengagement"]


def test_private_block_has_no_organisation() -> None:
    lines = _lines(MUELLER, style=BlockStyle.PRIVATE)
    assert lines == ["Frau Dr. Anna Müller", "Rathausplatz 1", "12345 Musterstadt"]


def test_herr_is_accusative_in_the_address() -> None:
    herr = replace(MUELLER, salutation_form=SalutationForm.HERR, first_name="Max")
    assert "Herrn Dr. Max Müller" in _lines(herr)


def test_neutral_form_leaves_out_frau_and_herrn() -> None:
    kim = replace(MUELLER, salutation_form=SalutationForm.NEUTRAL, academic_title="")
    lines = _lines(kim)
    assert "Anna Müller" in lines
    assert not any(line.startswith(("Frau", "Herrn")) for line in lines)


def test_office_title_goes_on_its_own_line_above_the_name() -> None:
    ob = Recipient(
        salutation_form=SalutationForm.HERR,
        academic_title="Dr.",
        first_name="Max",
        last_name="Muster",
        office_title="Oberbürgermeister",
        organization="Stadt Musterstadt",
        address=RATHAUS,
    )
    assert _lines(ob) == [
        "Stadt Musterstadt",
        "Herrn Oberbürgermeister",
        "Dr. Max Muster",
        "Rathausplatz 1",
        "12345 Musterstadt",
    ]


def test_no_blank_lines_when_fields_are_empty_or_whitespace() -> None:
    sparse = Recipient(
        last_name="Muster",
        organization="  ",
        address=PostalAddress(street="Weg 2", addition=" ", postal_code="12345", city="Ort"),
    )
    lines = _lines(sparse)
    assert lines == ["Muster", "Weg 2", "12345 Ort"]
    assert all(line.strip() == line and line for line in lines)


def test_name_particle_stays_in_the_address() -> None:
    von = Recipient(
        salutation_form=SalutationForm.HERR,
        first_name="Peter",
        name_particle="von",
        last_name="Hausen",
        address=RATHAUS,
    )
    assert _lines(von)[0] == "Herrn Peter von Hausen"
    assert sort_name(von) == "Hausen, Peter von"
    assert full_name(von) == "Peter von Hausen"


def test_po_box_replaces_street_and_uses_its_own_postcode() -> None:
    boxed = replace(
        MUELLER,
        address=replace(RATHAUS, po_box="10 20 30", po_box_postal_code="12340"),
    )
    lines = _lines(boxed)
    assert "Postfach 10 20 30" in lines
    assert "Rathausplatz 1" not in lines
    assert lines[-1] == "12340 Musterstadt"
    street_lines = _lines(boxed, use_po_box=False)
    assert "Rathausplatz 1" in street_lines
    assert street_lines[-1] == "12345 Musterstadt"


def test_no_country_line_for_domestic_mail() -> None:
    assert _lines(MUELLER)[-1] == "12345 Musterstadt"
    assert "DEUTSCHLAND" not in _lines(MUELLER)


def test_domestic_mail_from_austria_to_germany_gets_country_line() -> None:
    lines = _lines(MUELLER, sender_country="AT")
    assert lines[-2:] == ["12345 MUSTERSTADT", "DEUTSCHLAND"]


@pytest.mark.parametrize(
    ("country", "code", "city", "region", "expected"),
    [
        ("AT", "1010", "Wien", "", ["1010 WIEN", "ÖSTERREICH"]),
        ("CH", "8001", "Zürich", "", ["8001 ZÜRICH", "SCHWEIZ"]),
        ("NL", "1234 ab", "Amsterdam", "", ["1234 AB AMSTERDAM", "NIEDERLANDE"]),
        ("FR", "75001", "Paris", "", ["75001 PARIS", "FRANKREICH"]),
        ("GB", "ec1y 8sy", "London", "", ["LONDON", "EC1Y 8SY", "VEREINIGTES KÖNIGREICH"]),
        ("US", "62701", "Springfield", "IL", ["SPRINGFIELD IL 62701", "VEREINIGTE STAATEN"]),
        ("PL", "00-950", "Warszawa", "", ["00-950 WARSZAWA", "POLEN"]),
        ("LU", "1648", "Luxembourg", "", ["L-1648 LUXEMBOURG", "LUXEMBURG"]),
        ("LU", "L-1648", "Luxembourg", "", ["L-1648 LUXEMBOURG", "LUXEMBURG"]),
        ("IT", "00144", "Roma", "RM", ["00144 ROMA RM", "ITALIEN"]),
        ("ES", "28001", "Madrid", "", ["28001 MADRID", "SPANIEN"]),
        ("BE", "4000", "Liège", "", ["4000 LIÈGE", "BELGIEN"]),
        ("DK", "1550", "København", "", ["1550 KØBENHAVN", "DÄNEMARK"]),
        ("SE", "111 52", "Stockholm", "", ["111 52 STOCKHOLM", "SCHWEDEN"]),
    ],
)
def test_foreign_town_lines(
    country: str, code: str, city: str, region: str, expected: list[str]
) -> None:
    recipient = Recipient(
        organization="Hôtel de Ville",
        address=PostalAddress(
            street="Place du Marché 2",
            postal_code=code,
            city=city,
            region=region,
            country=country,
        ),
    )
    block = address_block(recipient)
    assert list(block.lines) == ["Hôtel de Ville", "Place du Marché 2", *expected]
    assert block.complete


def test_gb_county_gets_its_own_line() -> None:
    recipient = Recipient(
        last_name="Smith",
        address=PostalAddress(
            street="1 High St",
            postal_code="M2 5BQ",
            city="Manchester",
            region="Lancs",
            country="GB",
        ),
    )
    assert _lines(recipient) == [
        "Smith",
        "1 High St",
        "MANCHESTER",
        "LANCS",
        "M2 5BQ",
        "VEREINIGTES KÖNIGREICH",
    ]


def test_too_many_lines_are_dropped_in_order_and_reported() -> None:
    crowded = Recipient(
        salutation_form=SalutationForm.FRAU,
        first_name="Eva",
        last_name="Beispiel",
        office_title="Bürgermeisterin",
        organization="Gemeinde Beispielhausen",
        department="Hauptamt",
        address=PostalAddress(
            street="Dorfstr. 1",
            addition="Gebäude B",
            postal_code="1010",
            city="Wien",
            country="AT",
        ),
    )
    block = address_block(crowded)
    assert len(block.lines) == 6
    assert [d.text for d in block.dropped] == ["Hauptamt", "Gebäude B"]
    assert [d.part for d in block.dropped] == [BlockPart.DEPARTMENT, BlockPart.ADDITION]
    assert block.lines == (
        "Gemeinde Beispielhausen",
        "Frau Bürgermeisterin",
        "Eva Beispiel",
        "Dorfstr. 1",
        "1010 WIEN",
        "ÖSTERREICH",
    )
    # Five lines: the office title moves onto the name line, nothing more is lost.
    short = address_block(crowded, max_lines=5)
    assert short.lines[1] == "Frau Bürgermeisterin Eva Beispiel"
    assert [d.text for d in short.dropped] == ["Hauptamt", "Gebäude B"]
    # Four lines: now the organisation must go, and that is reported too.
    tiny = address_block(crowded, max_lines=4)
    assert "Gemeinde Beispielhausen" in [d.text for d in tiny.dropped]
    assert len(tiny.lines) == 4


def test_impossible_line_limit_is_an_error_not_a_silent_cut() -> None:
    with pytest.raises(ValueError, match="more than 2 lines"):
        address_block(replace(MUELLER, address=replace(RATHAUS, country="AT")), max_lines=2)


def test_postcode_plausibility_warns() -> None:
    assert postal_code_plausible("DE", "12345")
    assert not postal_code_plausible("DE", "1234")
    assert postal_code_plausible("NL", "1234 AB")
    assert postal_code_plausible("GB", "EC1Y 8SY")
    assert postal_code_plausible("XX", "anything")
    bad = replace(MUELLER, address=replace(RATHAUS, postal_code="1234"))
    assert address_block(bad).warnings == (AddressWarning.POSTCODE_IMPLAUSIBLE,)
    assert address_block(MUELLER).warnings == ()
    no_street = replace(MUELLER, address=replace(RATHAUS, street=""))
    assert address_block(no_street).warnings == (AddressWarning.NO_DELIVERY_LINE,)


def test_country_names_are_german() -> None:
    assert country_name_de("be") == "Belgien"
    assert country_name_de("ZZ") == "ZZ"


@given(
    org=st.text(max_size=20),
    dept=st.text(max_size=20),
    first=st.text(max_size=10),
    last=st.text(max_size=10),
    office=st.text(max_size=10),
    addition=st.text(max_size=10),
    country=st.sampled_from(["DE", "AT", "GB", "US", "FR", "NL"]),
    max_lines=st.integers(min_value=6, max_value=9),
)
def test_block_never_exceeds_limit_and_never_loses_lines_silently(
    org: str,
    dept: str,
    first: str,
    last: str,
    office: str,
    addition: str,
    country: str,
    max_lines: int,
) -> None:
    recipient = Recipient(
        salutation_form=SalutationForm.FRAU,
        first_name=first,
        last_name=last,
        office_title=office,
        organization=org,
        department=dept,
        address=PostalAddress(
            street="Weg 1",
            addition=addition,
            postal_code="12345",
            city="Ort",
            region="XY",
            country=country,
        ),
    )
    unlimited: AddressBlock = address_block(recipient, max_lines=99)
    block = address_block(recipient, max_lines=max_lines)
    assert len(block.lines) <= max_lines
    assert all(line.strip() for line in block.lines)
    kept_text = " ".join(block.lines)
    for line in unlimited.lines:
        # Every line is kept (perhaps merged into another) or reported as dropped.
        assert line in kept_text or line in [d.text for d in block.dropped]


# --- salutations ------------------------------------------------------------------


def _person(form: SalutationForm, title: str, first: str, last: str, **kw: object) -> Recipient:
    return Recipient(
        salutation_form=form, academic_title=title, first_name=first, last_name=last, **kw
    )  # type: ignore[arg-type]


F, H, N = SalutationForm.FRAU, SalutationForm.HERR, SalutationForm.NEUTRAL


@pytest.mark.parametrize(
    ("recipient", "mode", "expected"),
    [
        (_person(F, "Dr.", "Anna", "Müller"), TitleMode.HIGHEST, "Sehr geehrte Frau Dr. Müller,"),
        (_person(H, "", "Jan", "Klose"), TitleMode.HIGHEST, "Sehr geehrter Herr Klose,"),
        (
            _person(H, "Prof. Dr.", "Bernd", "Schmidt"),
            TitleMode.ALL,
            "Sehr geehrter Herr Prof. Dr. Schmidt,",
        ),
        (
            _person(H, "Prof. Dr.", "Bernd", "Schmidt"),
            TitleMode.HIGHEST,
            "Sehr geehrter Herr Professor Schmidt,",
        ),
        (
            _person(F, "Prof. Dr.", "Ruth", "Sander"),
            TitleMode.HIGHEST,
            "Sehr geehrte Frau Professorin Sander,",
        ),
        (
            _person(H, "Dr. phil. Dr. med.", "Hubert", "Klug"),
            TitleMode.ALL,
            "Sehr geehrter Herr Dr. Klug,",
        ),
        (
            _person(H, "Dr. rer. nat.", "Uwe", "Beck"),
            TitleMode.HIGHEST,
            "Sehr geehrter Herr Dr. Beck,",
        ),
        (_person(H, "Dipl.-Ing.", "Ulrich", "Klos"), TitleMode.ALL, "Sehr geehrter Herr Klos,"),
        (_person(N, "", "Alex", "Beispiel"), TitleMode.HIGHEST, "Guten Tag Alex Beispiel,"),
        (_person(N, "Dr.", "Kim", "Mayer"), TitleMode.HIGHEST, "Guten Tag Dr. Kim Mayer,"),
        (
            _person(F, "", "Jana", "Ott", address_form=AddressForm.INFORMAL),
            TitleMode.HIGHEST,
            "Liebe Jana,",
        ),
        (
            _person(H, "", "Jan", "Ott", address_form=AddressForm.INFORMAL),
            TitleMode.HIGHEST,
            "Lieber Jan,",
        ),
        (
            _person(N, "", "Alex", "Ott", address_form=AddressForm.INFORMAL),
            TitleMode.HIGHEST,
            "Hallo Alex,",
        ),
        (
            _person(F, "", "Eva", "Beispiel", office_title="Bürgermeisterin"),
            TitleMode.HIGHEST,
            "Sehr geehrte Frau Bürgermeisterin,",
        ),
        (
            _person(H, "Dr.", "Max", "Muster", office_title="Oberbürgermeister"),
            TitleMode.HIGHEST,
            "Sehr geehrter Herr Oberbürgermeister,",
        ),
        (
            _person(H, "", "Peter", "Hausen", name_particle="von"),
            TitleMode.HIGHEST,
            "Sehr geehrter Herr von Hausen,",
        ),
        (
            _person(H, "", "Cornelius", "Rosenau", name_particle="Freiherr von"),
            TitleMode.HIGHEST,
            "Sehr geehrter Herr von Rosenau,",
        ),
        (
            _person(F, "", "Sanne", "Dijk", name_particle="van"),
            TitleMode.HIGHEST,
            "Sehr geehrte Frau van Dijk,",
        ),
        (Recipient(organization="Stadt X"), TitleMode.HIGHEST, "Sehr geehrte Damen und Herren,"),
    ],
)
def test_german_salutations(recipient: Recipient, mode: TitleMode, expected: str) -> None:
    assert salutation(recipient, titles=mode) == expected


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        (_person(F, "", "Anna", "Müller"), "Dear Ms Müller,"),
        (_person(H, "", "Jan", "Klose"), "Dear Mr Klose,"),
        (_person(H, "Dr.", "Bernd", "Schmidt"), "Dear Dr Schmidt,"),
        (_person(H, "Prof. Dr.", "Bernd", "Schmidt"), "Dear Professor Schmidt,"),
        (_person(N, "", "Alex", "Beispiel"), "Dear Alex Beispiel,"),
        (_person(F, "", "Jana", "Ott", address_form=AddressForm.INFORMAL), "Dear Jana,"),
        (_person(F, "", "Eva", "Beispiel", office_title="Bürgermeisterin"), "Dear Mayor Beispiel,"),
        (_person(H, "", "Peter", "Hausen", name_particle="von"), "Dear Mr von Hausen,"),
        (Recipient(organization="City"), "Dear Sir or Madam,"),
    ],
)
def test_english_salutations(recipient: Recipient, expected: str) -> None:
    assert salutation(replace(recipient, language="en")) == expected


def test_salutation_override_wins() -> None:
    graf = _person(H, "", "Otto", "Bismarck", name_particle="Graf von")
    assert salutation(graf) == "Sehr geehrter Herr Graf von Bismarck,"
    assert salutation(replace(graf, salutation_override="Sehr geehrter Graf Bismarck,")) == (
        "Sehr geehrter Graf Bismarck,"
    )


def test_unknown_language_falls_back_to_german() -> None:
    assert salutation(replace(MUELLER, language="pl")) == "Sehr geehrte Frau Dr. Müller,"
