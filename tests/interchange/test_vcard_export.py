"""vCard export: selection, files, and the round trip import(export(x)) == x."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from partnercrm.interchange.contact_files import import_files
from partnercrm.interchange.vcard_export import export_vcards
from partnercrm.interchange.vcard_reader import read_vcards
from partnercrm.interchange.vcard_writer import write_vcards
from partnercrm.model import AddressForm, AddressKind, ContactKind, Person, SalutationForm
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.people import PersonDetail, PersonInput, create_person, get_person
from partnercrm.services.person_selection import Selection, select_people
from partnercrm.store.database import Database, open_database

WORD = st.text(
    alphabet="abcdefghijklmnoprstuvwzäöüßéABCDEFGKLMNOPRSTUVWZÄÖÜ", min_size=1, max_size=10
)
NAME = WORD.map(lambda w: w[:1].upper() + w[1:])
TEXT = st.text(alphabet="abcdefgxyz ÄÖÜäöüß,;:.\\-+=@/\"'()\n€", min_size=0, max_size=30).map(
    lambda t: "\n".join(" ".join(line.split()) for line in t.split("\n")).strip()
)
LINE = TEXT.map(lambda t: " ".join(t.split()))
POSTAL = {"DE": "50667", "AT": "1010", "FR": "75001", "CH": "8001"}


@st.composite
def addresses(draw: Any, kinds: list[AddressKind]) -> AddressInput:
    country = draw(st.sampled_from(sorted(POSTAL)))
    return AddressInput(
        kind=draw(st.sampled_from(kinds)),
        street=draw(NAME) + " " + str(draw(st.integers(1, 200))),
        addition=draw(st.sampled_from(["", "Hinterhaus", "c/o Amt 3"])),
        po_box=draw(st.sampled_from(["", "Postfach 12 34"])),
        postal_code=POSTAL[country],
        city=draw(NAME),
        region=draw(st.sampled_from(["", "NRW"])),
        country=country,
        label=draw(st.sampled_from(["", "Zweitwohnsitz"])),
        is_primary=draw(st.booleans()),
    )


@st.composite
def contact_points(draw: Any) -> ContactPointInput:
    kind = draw(st.sampled_from(list(ContactKind)))
    n = draw(st.integers(1000, 99999999))
    value = {
        ContactKind.EMAIL: f"{draw(WORD).lower()}{n}@example.org",
        ContactKind.PHONE: f"+49 221 {n}",
        ContactKind.MOBILE: f"0171 {n}",
        ContactKind.FAX: f"0228 {n}",
        ContactKind.WEB: f"https://example.org/{n}",
    }[kind]
    return ContactPointInput(
        kind=kind,
        value=value,
        label=draw(st.sampled_from(["", "Sekretariat", "HomePage"])),
        is_primary=draw(st.booleans()),
    )


@st.composite
def roles(draw: Any) -> list[AffiliationInput]:
    names = draw(
        st.lists(
            st.sampled_from(
                ["Stadt Köln", "Bürgerstiftung Bonn", "ACME GmbH", "Verein Zukunft e.V."]
            ),
            unique=True,
            max_size=3,
        )
    )
    out = []
    for i, name in enumerate(names):
        start = draw(st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2020, 1, 1))))
        has_own = draw(st.booleans())
        out.append(
            AffiliationInput(
                organization_name=name,
                function=draw(LINE),
                department=draw(LINE),
                is_primary=i == 0,
                valid_from=start,
                valid_until=draw(st.one_of(st.none(), st.just(date(2030, 1, 1)))),
                use_organization_address=draw(st.booleans()),
                contact_points=tuple(draw(st.lists(contact_points(), max_size=3))),
                addresses=tuple(draw(st.lists(addresses([AddressKind.BUSINESS]), max_size=1)))
                if has_own
                else (),
            )
        )
    return out


@st.composite
def people(draw: Any) -> dict[str, Any]:
    data = PersonInput(
        first_name=draw(st.one_of(NAME, st.builds(lambda a, b: f"{a} {b}", NAME, NAME))),
        last_name=draw(NAME),
        salutation=draw(st.sampled_from(list(SalutationForm))),
        academic_title=draw(st.sampled_from(["", "Dr.", "Prof. Dr.", "Dr. med."])),
        name_particle=draw(st.sampled_from(["", "von", "van der", "de"])),
        name_suffix=draw(st.sampled_from(["", "jr.", "MBA"])),
        nickname=draw(st.one_of(st.just(""), NAME)),
        address_form=draw(st.sampled_from(list(AddressForm))),
        language=draw(st.sampled_from(["de", "en"])),
        birthday=draw(st.one_of(st.none(), st.dates(date(1930, 1, 1), date(2010, 1, 1)))),
        notes=draw(TEXT),
        do_not_contact=draw(st.booleans()),
        tags=tuple(draw(st.lists(NAME, max_size=3, unique_by=str.casefold))),
    )
    return {
        "data": data,
        "addresses": draw(st.lists(addresses(list(AddressKind)), max_size=2)),
        "contact_points": draw(st.lists(contact_points(), max_size=4)),
        "affiliations": draw(roles()),
        "uid": draw(st.one_of(st.none(), st.uuids().map(lambda u: f"urn:uuid:{u}"))),
    }


def _canonical(d: PersonDetail) -> dict[str, Any]:
    def addr(a: Any) -> tuple[Any, ...]:
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

    def cp(c: Any) -> tuple[Any, ...]:
        return (c.kind, c.value, c.label, c.is_primary)

    return {
        "person": (
            d.first_name,
            d.last_name,
            d.salutation,
            d.academic_title,
            d.name_particle,
            d.name_suffix,
            d.nickname,
            d.address_form,
            d.language,
            d.birthday,
            d.notes,
            d.do_not_contact,
            sorted(d.tags),
            d.uid,
        ),
        "addresses": sorted(addr(a) for a in d.addresses),
        "contact_points": sorted(cp(c) for c in d.contact_points),
        "roles": [
            (
                r.organization_name,
                r.function,
                r.department,
                r.use_organization_address,
                r.is_primary,
                r.valid_from,
                r.valid_until,
                sorted(cp(c) for c in r.contact_points),
                sorted(addr(a) for a in r.addresses),
            )
            for r in d.affiliations
        ],
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(person=people(), version=st.sampled_from(["3.0", "4.0"]))
def test_round_trip_gives_back_the_same_values(
    tmp_path: Path, migrated_template: Path, person: dict[str, Any], version: str
) -> None:
    source_path = tmp_path / "source.sqlite"
    target_path = tmp_path / "target.sqlite"
    for path in (source_path, target_path):
        shutil.copyfile(migrated_template, path)
    source, target = open_database(str(source_path)), open_database(str(target_path))
    try:
        with source.session() as session:
            created = create_person(session, **person)
            session.commit()
            before = _canonical(get_person(session, created.id))
            export_vcards(session, [created.id], tmp_path / "out.vcf", version=version)
        with target.session() as session:
            summary = import_files(session, [tmp_path / "out.vcf"])
            session.commit()
            assert summary.created == 1, summary.problems
            pid = session.scalar(select(Person.id))
            after = _canonical(get_person(session, pid or 0))
    finally:
        source.close()
        target.close()
    assert after == before


def _person(session: Any, last: str, **extra: Any) -> int:
    return create_person(session, data=PersonInput(first_name="Eva", last_name=last, **extra)).id


def test_selection_leaves_out_do_not_contact_unless_asked(db: Database) -> None:
    with db.session() as session:
        a = _person(session, "Adler", tags=("Kommune",))
        b = _person(session, "Berg", do_not_contact=True, tags=("Kommune",))
        c = _person(session, "Cramer")
        session.commit()
        assert select_people(session, Selection()).ids == (a, c)
        everyone = select_people(session, Selection(include_do_not_contact=True))
        assert everyone.ids == (a, b, c) and everyone.do_not_contact_kept == 1
        assert select_people(session, Selection(tag="kommune")).ids == (a,)
        assert select_people(session, Selection(ids=(b, c))).ids == (b, c)
        assert select_people(session, Selection(query="Cramer")).ids == (c,)


def test_split_writes_one_file_per_person(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        ids = [_person(session, "Müller"), _person(session, "Müller"), _person(session, "Öz")]
        session.commit()
        count = export_vcards(session, ids, tmp_path / "cards", split=True)
    files = sorted(p.name for p in (tmp_path / "cards").iterdir())
    assert count == 3 and len(files) == 3
    for path in (tmp_path / "cards").iterdir():
        result = read_vcards(path.read_bytes())
        assert len(result.cards) == 1 and not result.problems


def test_export_is_utf8_3_0_with_crlf(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        pid = _person(session, "Größe")
        session.commit()
        export_vcards(session, [pid], tmp_path / "a.vcf")
    data = (tmp_path / "a.vcf").read_bytes()
    assert b"VERSION:3.0\r\n" in data and "N:Größe;Eva".encode() in data
    assert not data.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_demo_network_round_trip(
    db: Database, tmp_path: Path, migrated_template: Path, version: str
) -> None:
    from partnercrm.services.demo_network import generate_demo

    with db.session() as session:
        generate_demo(session, people=40, seed=3)
        session.commit()
        ids = select_people(session, Selection(include_do_not_contact=True)).ids
        before = {
            get_person(session, i).display_name: _canonical(get_person(session, i)) for i in ids
        }
        export_vcards(session, ids, tmp_path / "demo.vcf", version=version)
    target_path = tmp_path / "target.sqlite"
    shutil.copyfile(migrated_template, target_path)
    target = open_database(str(target_path))
    try:
        with target.session() as session:
            summary = import_files(session, [tmp_path / "demo.vcf"])
            session.commit()
            assert summary.created == len(ids), summary.problems
            after = {
                d.display_name: _canonical(d)
                for d in (get_person(session, i) for i in session.scalars(select(Person.id)))
            }
    finally:
        target.close()
    assert after == before


def test_get_people_equals_get_person_in_the_given_order(db: Database) -> None:
    from partnercrm.services.people import get_people

    with db.session() as session:
        ids = [_person(session, name, tags=("A",)) for name in ("Zander", "Abel", "Mohr")]
        session.commit()
        wanted = [ids[2], 999_999, ids[0], ids[1]]
        assert get_people(session, wanted) == [
            get_person(session, i) for i in wanted if i != 999_999
        ]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(person=people(), version=st.sampled_from(["3.0", "4.0"]))
def test_export_is_laid_out_as_the_card_writer_lays_it_out(
    tmp_path: Path, migrated_template: Path, person: dict[str, Any], version: str
) -> None:
    """The export writes cards straight from the database (for speed); reading one and
    writing it again with ``write_vcards`` must give the very same bytes."""
    path = tmp_path / "source.sqlite"
    shutil.copyfile(migrated_template, path)
    source = open_database(str(path))
    try:
        with source.session() as session:
            pid = create_person(session, **person).id
            session.commit()
            export_vcards(session, [pid, pid], tmp_path / "out.vcf", version=version)
    finally:
        source.close()
    data = (tmp_path / "out.vcf").read_bytes()
    read = read_vcards(data)
    assert len(read.cards) == 2 and not read.problems
    assert write_vcards(read.cards, version=version) == data


def test_demo_network_export_is_laid_out_as_the_card_writer_lays_it_out(
    db: Database, tmp_path: Path
) -> None:
    from partnercrm.services.demo_network import generate_demo

    with db.session() as session:
        generate_demo(session, people=60, seed=5)
        session.commit()
        ids = select_people(session, Selection(include_do_not_contact=True)).ids
        for version in ("3.0", "4.0"):
            export_vcards(session, ids, tmp_path / "demo.vcf", version=version)
            data = (tmp_path / "demo.vcf").read_bytes()
            assert write_vcards(read_vcards(data).cards, version=version) == data


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_photo_is_exported(db: Database, tmp_path: Path, version: str) -> None:
    from sqlalchemy import update

    from .vcard_strategies import tiny_png

    with db.session() as session:
        pid = _person(session, "Bild")
        session.execute(
            update(Person).where(Person.id == pid).values(photo=tiny_png(), photo_type="image/png")
        )
        session.commit()
        export_vcards(session, [pid], tmp_path / "photo.vcf", version=version)
    card = read_vcards((tmp_path / "photo.vcf").read_bytes()).cards[0]
    assert card.photo is not None
    assert (card.photo.data, card.photo.mime) == (tiny_png(), "image/png")
