"""The folded search index: folding, FTS5 and the plain fallback agree, ORM writes keep it fresh."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.model import (
    Address,
    AddressKind,
    Affiliation,
    ContactKind,
    ContactPoint,
    Organization,
    OrganizationKind,
    OrganizationSearch,
    Person,
    PersonSearch,
    Tag,
)
from partnercrm.store import search_index
from partnercrm.store.database import Database, open_database
from partnercrm.store.text_folding import fold, fold_words, index_text, sort_key

# --- folding ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Müller", "muller"),
        ("MÜLLER", "muller"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("ÖZDEMIR", "ozdemir"),
        ("Łukasz", "lukasz"),
        ("Nguyễn Thị", "nguyen thi"),
        ("Jean-Luc  d'Arc", "jean luc d arc"),
        ("Ærøskøbing", "aeroskobing"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_index_text_holds_both_german_spellings() -> None:
    haystack = index_text("Müller", "Weiß", "", "Köln")
    words = haystack.split()
    assert {"muller", "mueller", "weiss", "koln", "koeln"} <= set(words)
    assert len(words) == len(set(words))
    assert haystack.startswith(" ") and haystack.endswith(" ")


def test_sort_key_puts_umlauts_with_their_vowel() -> None:
    names = ["Zander", "Özdemir", "Otto", "Oberle", "Albers", "Ärmel"]
    ordered = sorted(names, key=lambda n: sort_key(n))
    assert ordered == ["Albers", "Ärmel", "Oberle", "Otto", "Özdemir", "Zander"]


def test_sort_key_compares_the_whole_last_name_first() -> None:
    people = [("Fischer-Schumacher", "Anna"), ("Fischer", "Thomas"), ("Fischer", "Anna")]
    ordered = sorted(people, key=lambda p: sort_key(*p))
    assert ordered == [("Fischer", "Anna"), ("Fischer", "Thomas"), ("Fischer-Schumacher", "Anna")]


def test_fold_words_of_a_query() -> None:
    assert fold_words("  Gisela,  MÜ ") == ["gisela", "mu"]
    assert fold_words("—") == []


# --- the index through the ORM -----------------------------------------------------


def _haystack(session: Session, person_id: int) -> str:
    value = session.scalar(select(PersonSearch.haystack).where(PersonSearch.person_id == person_id))
    assert value is not None, "person has no search row"
    return value


def _org(name: str, kind: OrganizationKind = OrganizationKind.COMPANY) -> Organization:
    return Organization(name=name, kind=kind)


def test_orm_writes_fill_the_haystack_and_sort_key(session: Session) -> None:
    org = _org("Stadtwerke Düsseldorf AG")
    org.addresses = [Address(kind=AddressKind.BUSINESS, city="Düsseldorf", country="DE")]
    person = Person(first_name="Jürgen", last_name="Öztürk", notes="Beirat")
    person.tags = [Tag(name="Klimaschutz", key="klimaschutz")]
    role = Affiliation(organization=org, function="Vorständin", department="Energie")
    role.contact_points = [
        ContactPoint(
            kind=ContactKind.EMAIL, value="j.oe@swd.example", normalized="j.oe@swd.example"
        )
    ]
    person.affiliations = [role]
    session.add(person)
    session.commit()

    assert person.sort_key == "ozturk\tjurgen"
    assert org.sort_key == "stadtwerke dusseldorf ag"
    words = set(_haystack(session, person.id).split())
    assert {"jurgen", "juergen", "ozturk", "oeztuerk", "beirat", "klimaschutz"} <= words
    assert {"stadtwerke", "dusseldorf", "duesseldorf", "vorstandin", "energie"} <= words
    assert {"swd", "example"} <= words
    org_words = session.scalar(
        select(OrganizationSearch.haystack).where(OrganizationSearch.organization_id == org.id)
    )
    assert org_words is not None and " dusseldorf " in org_words


def test_renaming_a_tag_reindexes_its_people(session: Session) -> None:
    tag = Tag(name="Ehrenamt", key="ehrenamt")
    person = Person(first_name="A", last_name="B", tags=[tag])
    session.add(person)
    session.commit()
    tag.name, tag.key = "Freiwilligenarbeit", "freiwilligenarbeit"
    session.commit()
    words = _haystack(session, person.id).split()
    assert "freiwilligenarbeit" in words
    assert "ehrenamt" not in words


def test_changing_an_organization_address_reindexes_its_people(session: Session) -> None:
    org = _org("Verein Nord e.V.", OrganizationKind.ASSOCIATION)
    org.addresses = [Address(kind=AddressKind.BUSINESS, city="Bochum", country="DE")]
    person = Person(first_name="C", last_name="D", affiliations=[Affiliation(organization=org)])
    session.add(person)
    session.commit()
    assert " bochum " in _haystack(session, person.id)
    org.addresses[0].city = "Herne"
    session.commit()
    assert " herne " in _haystack(session, person.id)
    assert " bochum " not in _haystack(session, person.id)


def test_deleting_a_person_removes_the_haystack(session: Session) -> None:
    person = Person(first_name="E", last_name="F")
    session.add(person)
    session.commit()
    pid = person.id
    session.delete(person)
    session.commit()
    assert session.scalar(select(PersonSearch).where(PersonSearch.person_id == pid)) is None


def test_rebuild_people_restores_a_lost_index(db: Database, session: Session) -> None:
    session.add_all([Person(first_name="G", last_name="Hämmerle"), Person(last_name="Ito")])
    session.commit()
    before = dict(session.execute(select(PersonSearch.person_id, PersonSearch.haystack)).all())
    with db.engine.begin() as connection:
        connection.execute(PersonSearch.__table__.delete())  # type: ignore[attr-defined]
        assert search_index.rebuild_people(connection) == 2
    session.expire_all()
    after = dict(session.execute(select(PersonSearch.person_id, PersonSearch.haystack)).all())
    assert after == before


# --- FTS5 and the plain fallback give the same results -------------------------------


QUERIES = [
    "müller",
    "mueller",
    "mü",
    "MU",
    "gisela mü",
    "schm",
    "öz",
    "lukasz",
    "nguyen",
    "ng",
    "weiß",
    "ss",
    "köln",
    "k",
    "zz",
    "stadt köln gi",
]


@pytest.fixture(scope="module")
def crowd(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """A session on a database of ten people, shared by this module's read-only tests."""
    path = tmp_path_factory.mktemp("index") / "crowd.sqlite"
    shutil.copyfile(migrated_template, path)
    database = open_database(str(path))
    cologne = _org("Stadt Köln", OrganizationKind.MUNICIPALITY)
    people = [
        Person(
            first_name="Gisela",
            last_name="Müller",
            affiliations=[Affiliation(organization=cologne)],
        ),
        Person(first_name="Hans", last_name="Mueller"),
        Person(first_name="Karl", last_name="Kreuzmüller"),
        Person(first_name="Gisela", last_name="Schulte"),
        Person(first_name="Petra", last_name="Hagenschmidt"),
        Person(first_name="Jonas", last_name="Weiß"),
        Person(first_name="Ayşe", last_name="ÖZDEMIR"),
        Person(first_name="Łukasz", last_name="Nowak"),
        Person(first_name="Lan", last_name="Nguyễn"),
        Person(first_name="Tilde", last_name="Müller"),
    ]
    with database.transaction() as writer:
        writer.add_all(people)
    assert database.has_fts
    with database.session() as reader:
        yield reader
    database.close()


def _ids(session: Session, query: str, *, has_fts: bool) -> set[int]:
    """People matching ``query``: through FTS5 (with the vocabulary) or the plain fallback."""
    connection = session.connection() if has_fts else None
    match = search_index.person_match(query, has_fts=has_fts, connection=connection)
    assert match is not None
    if has_fts:
        assert not match.needs_haystack or search_index.MAX_EXPANSION < 5, query
    statement = (
        select(Person.id)
        .join(PersonSearch, PersonSearch.person_id == Person.id)
        .where(match.condition)
    )
    return set(session.scalars(statement))


@pytest.mark.parametrize("query", QUERIES)
def test_fallback_gives_the_same_people_as_fts(crowd: Session, query: str) -> None:
    assert _ids(crowd, query, has_fts=False) == _ids(crowd, query, has_fts=True)


@pytest.mark.parametrize("query", ["müller", "schm", "gisela mü", "ller", "zz"])
def test_scan_for_words_with_many_expansions_agrees(
    crowd: Session, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word found in too many vocabulary words is matched by scanning the haystacks."""
    expected = _ids(crowd, query, has_fts=False)
    monkeypatch.setattr(search_index, "MAX_EXPANSION", 0)
    assert _ids(crowd, query, has_fts=True) == expected


def test_fallback_really_differs_between_queries(crowd: Session) -> None:
    """Guard: the comparison above is not trivially empty."""
    short = _ids(crowd, "mü", has_fts=False)
    long = _ids(crowd, "müller", has_fts=False)
    assert len(short) == 3  # Gisela Müller, Hans Mueller, Tilde Müller — not Kreuzmüller
    # "müller" folds to "muller": it finds Müller (indexed as muller and mueller) and
    # Kreuzmüller, but not a name written "Mueller".
    assert len(long) == 3
    assert short != long


def test_organization_match_fallback_agrees(crowd: Session) -> None:
    expected = {"köln": 1, "ko": 1, "stadt k": 1, "zz": 0}
    for query, count in expected.items():
        results = []
        for flag in (True, False):
            match = search_index.organization_match(
                query, has_fts=flag, connection=crowd.connection() if flag else None
            )
            assert match is not None
            statement = (
                select(Organization.id)
                .join(OrganizationSearch, OrganizationSearch.organization_id == Organization.id)
                .where(match.condition)
            )
            results.append(set(crowd.scalars(statement)))
        assert results[0] == results[1]
        assert len(results[0]) == count, query


def test_empty_query_gives_no_condition() -> None:
    assert search_index.person_match("  ,, ", has_fts=True) is None
    assert search_index.organization_match("", has_fts=False) is None


def test_a_rebuilt_haystack_replaces_its_full_text_entry(db: Database, session: Session) -> None:
    # rebuild_people updates existing rows in place (an upsert): the FTS5 index must
    # follow, forgetting the old words.
    person = Person(first_name="Grete", last_name="Altname", sort_key=sort_key("Altname", "Grete"))
    session.add(person)
    session.commit()
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE person SET last_name = 'Neuname' WHERE id = ?", (person.id,)
        )
        assert search_index.rebuild_people(connection, [person.id]) == 1
        matches = {
            word: connection.exec_driver_sql(
                "SELECT rowid FROM person_fts WHERE person_fts MATCH ?", (word,)
            ).all()
            for word in ("altname", "neuname", "grete")
        }
        connection.exec_driver_sql("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')")
    assert matches == {"altname": [], "neuname": [(person.id,)], "grete": [(person.id,)]}
