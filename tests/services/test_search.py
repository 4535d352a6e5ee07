"""Search as you type: folding of umlauts and accents, and an index that follows every change."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

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
    PersonFilter,
    PersonInput,
    count_people,
    create_person,
    get_person,
    list_person_ids,
    purge_people,
    restore_people,
    trash_people,
    update_person,
)
from partnercrm.services.search import search_organizations, search_people
from partnercrm.store.database import open_database

AddPerson = Callable[..., int]


def names(session: Session, query: str) -> set[str]:
    hits = search_people(session, query)
    assert hits.total == len(hits.rows)
    return {f"{r.first_name} {r.last_name}" for r in hits.rows}


CROWD = [
    ("Gisela", "Müller", "Stadt Köln"),
    ("Hans", "Müller", ""),
    ("Karl", "Kreuzmüller", ""),
    ("Gisela", "Schulte", ""),
    ("Petra", "Hagenschmidt", ""),
    ("Jonas", "Weiß", ""),
    ("Lena", "Weissmann", ""),
    ("Ayşe", "ÖZDEMIR", ""),
    ("Łukasz", "Wiśniewski", ""),
    ("Thị Lan", "Nguyễn", ""),
    ("Ute", "Schmitz", ""),
]


@pytest.fixture(scope="module")
def crowd(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """A database with the people above, shared by the read-only search tests of this module."""
    path = tmp_path_factory.mktemp("search") / "crowd.sqlite"
    shutil.copyfile(migrated_template, path)
    database = open_database(str(path))
    with database.transaction() as writer:
        for first, last, org in CROWD:
            create_person(
                writer,
                data=PersonInput(first_name=first, last_name=last),
                affiliations=(AffiliationInput(organization_name=org),) if org else (),
            )
    with database.session() as reader:
        yield reader
    database.close()


@pytest.mark.parametrize("query", ["müller", "mueller", "muller", "MÜLLER", "Mueller"])
def test_umlaut_spellings_all_find_mueller(crowd: Session, query: str) -> None:
    found = names(crowd, query)
    assert {"Gisela Müller", "Hans Müller"} <= found
    assert "Gisela Schulte" not in found


def test_long_words_match_inside_words(crowd: Session) -> None:
    assert "Karl Kreuzmüller" in names(crowd, "müller")
    assert names(crowd, "schm") == {"Petra Hagenschmidt", "Ute Schmitz"}


def test_short_words_match_only_word_starts(crowd: Session) -> None:
    found = names(crowd, "mü")
    assert {"Gisela Müller", "Hans Müller"} <= found
    assert "Karl Kreuzmüller" not in found


def test_several_words_narrow(crowd: Session) -> None:
    assert names(crowd, "gisela mü") == {"Gisela Müller"}
    assert names(crowd, "gisela") == {"Gisela Müller", "Gisela Schulte"}
    assert names(crowd, "müller köln") == {"Gisela Müller"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("weiss", {"Jonas Weiß", "Lena Weissmann"}),
        ("weiß", {"Jonas Weiß", "Lena Weissmann"}),
        ("weißmann", {"Lena Weissmann"}),
    ],
)
def test_sharp_s_matches_double_s(crowd: Session, query: str, expected: set[str]) -> None:
    assert names(crowd, query) == expected


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
def test_non_ascii_letters_fold_both_ways(crowd: Session, query: str, expected: str) -> None:
    assert names(crowd, query) == {expected}


def test_nothing_found_and_empty_query(crowd: Session) -> None:
    assert names(crowd, "zzzq") == set()
    assert len(names(crowd, "   ")) == len(CROWD)  # no words: no restriction


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


def test_search_without_fts5_uses_the_fallback(migrated_template: Path, tmp_path: Path) -> None:
    """A database without the FTS5 tables (SQLite built without FTS5) still searches."""
    path = tmp_path / "plain.sqlite"
    shutil.copyfile(migrated_template, path)
    with sqlite3.connect(path) as connection:
        for kind, name in connection.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'table') "
            "AND name LIKE '%\\_fts%' ESCAPE '\\' ORDER BY type = 'table'"
        ).fetchall():
            if kind == "trigger" or name.endswith("_fts"):
                connection.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    connection.close()
    database = open_database(str(path))
    try:
        assert not database.has_fts
        with database.transaction() as writer:
            for first, last, org in CROWD:
                create_person(
                    writer,
                    data=PersonInput(first_name=first, last_name=last),
                    affiliations=(AffiliationInput(organization_name=org),) if org else (),
                )
        with database.session() as reader:
            assert names(reader, "mueller") == {"Gisela Müller", "Hans Müller", "Karl Kreuzmüller"}
            assert names(reader, "gisela mü") == {"Gisela Müller"}
            assert names(reader, "schm") == {"Petra Hagenschmidt", "Ute Schmitz"}
            assert "Karl Kreuzmüller" not in names(reader, "mü")
            assert names(reader, "öz") == {"Ayşe ÖZDEMIR"}
            assert [r.name for r in search_organizations(reader, "koln").rows] == ["Stadt Köln"]
    finally:
        database.close()


def test_dense_hits_plan_gives_the_same_order(
    crowd: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many hits walk the name index instead of sorting the hits: same people, same order."""
    from partnercrm.services import people

    queries = ("müller", "gisela", "mü", "s", "schm")
    normal = {q: list_person_ids(crowd, filter=PersonFilter(query=q)) for q in queries}
    assert all(normal.values())
    monkeypatch.setattr(people, "_DENSE_HITS", 0)
    for query in queries:
        assert list_person_ids(crowd, filter=PersonFilter(query=query)) == normal[query]


def test_search_in_the_trash(session: Session, add_person: AddPerson) -> None:
    live = add_person("Hans", "Müller")
    gone = add_person("Gisela", "Müller")
    trash_people(session, [gone])
    session.commit()
    in_trash = PersonFilter(trashed=True, query="müller")
    assert list_person_ids(session, filter=in_trash) == [gone]
    assert count_people(session, in_trash) == 1
    assert list_person_ids(session, filter=PersonFilter(trashed=True, query="muller gi")) == [gone]
    assert list_person_ids(session, filter=PersonFilter(trashed=True, query="hans")) == []
    assert list_person_ids(session, filter=PersonFilter(query="müller")) == [live]
