"""Search as you type: folding of umlauts and accents, and an index that follows every change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.model import ContactKind, PersonSearch
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import ContactPointInput
from partnercrm.services.organizations import (
    OrganizationInput,
    get_organization,
    update_organization,
)
from partnercrm.services.people import (
    PersonInput,
    get_person,
    purge_people,
    restore_people,
    trash_people,
    update_person,
)
from partnercrm.services.search import search_organizations, search_people

AddPerson = Callable[..., int]


def names(session: Session, query: str) -> set[str]:
    hits = search_people(session, query)
    assert hits.total == len(hits.rows)
    return {f"{r.first_name} {r.last_name}" for r in hits.rows}


@pytest.fixture
def people(add_person: AddPerson) -> dict[str, int]:
    return {
        "mueller": add_person("Gisela", "Müller", org="Stadt Köln", function="Referentin"),
        "hans": add_person("Hans", "Müller"),
        "kreuz": add_person("Karl", "Kreuzmüller"),
        "gisela": add_person("Gisela", "Schulte"),
        "hagen": add_person("Petra", "Hagenschmidt"),
        "weiss": add_person("Jonas", "Weiß"),
        "weiss2": add_person("Lena", "Weissmann"),
        "oz": add_person("Ayşe", "ÖZDEMIR"),
        "lukasz": add_person("Łukasz", "Wiśniewski"),
        "nguyen": add_person("Thị Lan", "Nguyễn"),
        "schmitz": add_person("Ute", "Schmitz"),
    }


@pytest.mark.parametrize("query", ["müller", "mueller", "muller", "MÜLLER", "Mueller"])
def test_umlaut_spellings_all_find_mueller(
    session: Session, people: dict[str, int], query: str
) -> None:
    found = names(session, query)
    assert {"Gisela Müller", "Hans Müller"} <= found
    assert "Gisela Schulte" not in found


def test_long_words_match_inside_words(session: Session, people: dict[str, int]) -> None:
    assert "Karl Kreuzmüller" in names(session, "müller")
    assert names(session, "schm") == {"Petra Hagenschmidt", "Ute Schmitz"}


def test_short_words_match_only_word_starts(session: Session, people: dict[str, int]) -> None:
    found = names(session, "mü")
    assert {"Gisela Müller", "Hans Müller"} <= found
    assert "Karl Kreuzmüller" not in found


def test_several_words_narrow(session: Session, people: dict[str, int]) -> None:
    assert names(session, "gisela mü") == {"Gisela Müller"}
    assert names(session, "gisela") == {"Gisela Müller", "Gisela Schulte"}
    assert names(session, "müller köln") == {"Gisela Müller"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("weiss", {"Jonas Weiß", "Lena Weissmann"}),
        ("weiß", {"Jonas Weiß", "Lena Weissmann"}),
        ("weißmann", {"Lena Weissmann"}),
    ],
)
def test_sharp_s_matches_double_s(
    session: Session, people: dict[str, int], query: str, expected: set[str]
) -> None:
    assert names(session, query) == expected


def test_strasse_both_ways(session: Session, add_person: AddPerson) -> None:
    add_person("Eva", "Kern", notes="Büro in der Hauptstraße")
    add_person("Max", "Lenz", notes="Wohnt an der Bahnhofstrasse")
    assert names(session, "hauptstrasse") == {"Eva Kern"}
    assert names(session, "bahnhofstraße") == {"Max Lenz"}
    assert names(session, "straße") == {"Eva Kern", "Max Lenz"}
    assert names(session, "strasse") == {"Eva Kern", "Max Lenz"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("öz", "Ayşe ÖZDEMIR"),
        ("Özdemir", "Ayşe ÖZDEMIR"),
        ("ayse", "Ayşe ÖZDEMIR"),
        ("lukasz", "Łukasz Wiśniewski"),
        ("ŁUKASZ", "Łukasz Wiśniewski"),
        ("wisniewski", "Łukasz Wiśniewski"),
        ("nguyen", "Thị Lan Nguyễn"),
        ("NGUYỄN", "Thị Lan Nguyễn"),
        ("thi", "Thị Lan Nguyễn"),
    ],
)
def test_non_ascii_letters_fold_both_ways(
    session: Session, people: dict[str, int], query: str, expected: str
) -> None:
    assert names(session, query) == {expected}


def test_nothing_found_and_empty_query(session: Session, people: dict[str, int]) -> None:
    assert names(session, "zzzq") == set()
    assert len(names(session, "   ")) == len(people)  # no words: no restriction


def test_searches_function_department_city_email_tags_notes(
    session: Session, add_person: AddPerson
) -> None:
    add_person(
        "Rita",
        "Becker",
        org="Stiftung Bürgersinn",
        function="Projektleiterin",
        department="Förderprogramme",
        email="r.becker@buergersinn.example.org",
        tags=("Unternehmensengagement",),
    )
    add_person("Otto", "Kranz", city="Gelsenkirchen", notes="Kennt den Oberbürgermeister")
    assert names(session, "projektleiterin") == {"Rita Becker"}
    assert names(session, "forderprogramme") == {"Rita Becker"}
    assert names(session, "buergersinn") == {"Rita Becker"}  # organization and e-mail
    assert names(session, "r becker buergersinn example") == {"Rita Becker"}
    assert names(session, "unternehmensengagement") == {"Rita Becker"}
    assert names(session, "gelsenkirchen") == {"Otto Kranz"}
    assert names(session, "oberbürgermeister") == {"Otto Kranz"}


def test_rename_organization_moves_its_people(session: Session, add_person: AddPerson) -> None:
    pid = add_person("Anna", "Roth", org="Gemeinde Altdorf")
    org_id = get_person(session, pid).affiliations[0].organization_id
    org = get_organization(session, org_id)
    update_organization(
        session,
        org_id,
        data=OrganizationInput(name="Gemeinde Neustadt", kind=org.kind),
        expected_version=org.version,
    )
    session.commit()
    assert names(session, "neustadt") == {"Anna Roth"}
    assert names(session, "altdorf") == set()
    assert {r.name for r in search_organizations(session, "neustadt").rows} == {"Gemeinde Neustadt"}
    assert search_organizations(session, "altdorf").total == 0


def _update(session: Session, pid: int, **changes: object) -> None:
    person = get_person(session, pid)
    data = PersonInput(
        first_name=person.first_name,
        last_name=person.last_name,
        tags=person.tags,
        notes=person.notes,
    )
    fields = {k: v for k, v in changes.items() if k in PersonInput.__dataclass_fields__}
    extra = {k: v for k, v in changes.items() if k not in fields}
    update_person(
        session,
        pid,
        data=PersonInput(**{**data.__dict__, **fields}),
        expected_version=person.version,
        **extra,  # type: ignore[arg-type]
    )
    session.commit()


def test_adding_and_removing_a_tag(session: Session, add_person: AddPerson) -> None:
    pid = add_person("Nina", "Vogt")
    assert names(session, "ehrenamt") == set()
    _update(session, pid, tags=("Ehrenamt",))
    assert names(session, "ehrenamt") == {"Nina Vogt"}
    _update(session, pid, tags=())
    assert names(session, "ehrenamt") == set()


def test_changing_the_email(session: Session, add_person: AddPerson) -> None:
    pid = add_person("Olaf", "Brandt", email="olaf@alt.example.org")
    assert names(session, "alt example") == {"Olaf Brandt"}
    _update(
        session,
        pid,
        contact_points=(ContactPointInput(ContactKind.EMAIL, "olaf@neu.example.org"),),
    )
    assert names(session, "neu example") == {"Olaf Brandt"}
    assert names(session, "alt example") == set()


def test_changing_a_role_email(session: Session, add_person: AddPerson) -> None:
    pid = add_person("Ida", "Lang", org="Verein Lesezeichen e.V.", email="ida@alt.example.org")
    affiliation = get_person(session, pid).affiliations[0]
    _update(
        session,
        pid,
        affiliations=(
            AffiliationInput(
                id=affiliation.id,
                organization_id=affiliation.organization_id,
                contact_points=(ContactPointInput(ContactKind.EMAIL, "ida@neu.example.org"),),
            ),
        ),
    )
    assert names(session, "ida neu") == {"Ida Lang"}
    assert names(session, "ida alt") == set()


def test_trash_restore_purge(session: Session, add_person: AddPerson) -> None:
    pid = add_person("Theo", "Quandt")
    trash_people(session, [pid])
    session.commit()
    assert names(session, "quandt") == set()
    restore_people(session, [pid])
    session.commit()
    assert names(session, "quandt") == {"Theo Quandt"}
    trash_people(session, [pid])
    purge_people(session, [pid])
    session.commit()
    assert names(session, "quandt") == set()
    rows = session.scalar(select(func.count()).where(PersonSearch.person_id == pid))
    assert rows == 0


def test_search_organizations_folds(session: Session, add_person: AddPerson) -> None:
    add_person("Ute", "Graf", org="Bürgerstiftung Düsseldorf")
    for query in ("burgerstiftung", "buergerstiftung", "dusseldorf", "düss"):
        assert [r.name for r in search_organizations(session, query).rows] == [
            "Bürgerstiftung Düsseldorf"
        ]
