"""vCard import into a real database: no loss, no duplicates, undo, broken input."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from partnercrm.countries import country_code
from partnercrm.errors import ConflictError
from partnercrm.interchange.contact_files import ImportOptions, import_files, prepare_import
from partnercrm.interchange.json_export import build_export
from partnercrm.model import Organization, Person
from partnercrm.services.contact_import import Decision, MatchKind
from partnercrm.services.import_batches import last_batch_id, undo_batch
from partnercrm.services.people import PersonFilter, get_person, list_person_ids, update_person
from partnercrm.store.database import Database

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
EXPECTED = SAMPLES / "vcards-expected.json"
FILES: dict[str, Any] = (
    json.loads(EXPECTED.read_text(encoding="utf-8"))["files"] if EXPECTED.is_file() else {}
)
needs_corpus = pytest.mark.skipif(not FILES, reason="shared vCard corpus not found")

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jürgen;;Herr Dr.;\r\nFN:Dr. Jürgen Müller\r\n"
    "ORG:Stadt Köln;Amt für Bürgerengagement\r\nTITLE:Referent\r\n"
    "EMAIL;TYPE=WORK:j.mueller@stadt-koeln.de\r\nTEL;TYPE=WORK:0221 221-12345\r\n"
    "ADR;TYPE=WORK:;;Willy-Brandt-Platz 2;Köln;;50679;Deutschland\r\n"
    "CATEGORIES:Bürgerengagement,Kommune\r\nUID:urn:uuid:1234\r\nX-FOO:bar\r\nEND:VCARD\r\n"
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(Person.id))) or 0)


@needs_corpus
@pytest.mark.parametrize("name", sorted(FILES) or ["<none>"])
def test_sample_file_imports_without_loss(db: Database, name: str) -> None:
    with db.session() as session:
        summary = import_files(session, [SAMPLES / "vcards" / name])
        session.commit()
        assert summary.created >= 1
        people = build_export(session)["people"]
        haystack = "\n".join(_strings(people)).replace("\r\n", "\n")
        digits = re.sub(r"\D", "", haystack)
        photos = session.scalar(select(func.count(Person.id)).where(Person.photo.is_not(None)))
    for number, want in enumerate(FILES[name]["cards"], 1):
        soft = set(want.get("soft", {}))
        missing = [
            s
            for s in want["must_contain"]
            if s not in haystack and s not in soft and (country_code(s) or "\0") not in haystack
        ]
        assert not missing, f"{name} card {number} lost {missing}"
        lost = [d for d in want["digits"] if d not in digits]
        assert not lost, f"{name} card {number} lost phone digits {lost}"
    if any(c["photo"] for c in FILES[name]["cards"]) and "bad" not in name:
        assert photos, f"{name}: no photo kept"


@needs_corpus
def test_reimport_of_the_corpus_creates_nothing(db: Database) -> None:
    files = sorted((SAMPLES / "vcards").glob("*.vcf"))
    with db.session() as session:
        first = import_files(session, files)
        session.commit()
    count = _count(db)
    with db.session() as session:
        second = import_files(session, files)
        session.commit()
    assert first.created == count
    assert second.created == 0
    assert second.updated == 0
    assert _count(db) == count


def test_card_maps_to_person_role_and_tags(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.vcf", CARD)
    with db.session() as session:
        summary = import_files(session, [path])
        session.commit()
        assert summary.created == 1
        pid = session.scalar(select(Person.id))
        assert pid is not None
        person = get_person(session, pid)
    assert (person.first_name, person.last_name) == ("Jürgen", "Müller")
    assert person.salutation == "herr"
    assert person.academic_title == "Dr."
    assert person.uid == "urn:uuid:1234"
    assert set(person.tags) == {"Bürgerengagement", "Kommune"}
    role = person.affiliations[0]
    assert (role.organization_name, role.department, role.function) == (
        "Stadt Köln",
        "Amt für Bürgerengagement",
        "Referent",
    )
    assert role.organization_kind == "municipality"
    assert role.addresses[0].country == "DE"
    phone = next(c for c in role.contact_points if c.kind == "phone")
    assert phone.normalized == "+4922122112345"
    assert phone.value == "0221 221-12345"
    assert "X-FOO: bar" in person.notes and "--- Import: a.vcf" in person.notes


def test_update_fills_and_reports_never_overwrites(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        import_files(session, [_write(tmp_path, "a.vcf", CARD)])
        session.commit()
    changed = (
        CARD.replace("TITLE:Referent", "TITLE:Amtsleiter")
        .replace("UID:urn:uuid:1234", "BDAY:1970-05-01")
        .replace("TEL;TYPE=WORK:0221 221-12345", "TEL;TYPE=CELL:0171 1234567")
    )
    with db.session() as session:
        summary = import_files(session, [_write(tmp_path, "b.vcf", changed)])
        session.commit()
        assert (summary.created, summary.updated) == (0, 1)
        assert any("Amtsleiter" in d.reason for d in summary.differences)
        person = get_person(session, session.scalar(select(Person.id)) or 0)
        hits = list_person_ids(session, filter=PersonFilter(query="0171 1234567"))
        assert hits == [person.id]  # the search index knows the added number
    assert person.affiliations[0].function == "Referent"
    assert str(person.birthday) == "1970-05-01"
    assert any(c.value == "0171 1234567" for c in person.contact_points)
    assert person.uid == "urn:uuid:1234"


def test_email_match_and_fuzzy_name_match(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        import_files(session, [_write(tmp_path, "a.vcf", CARD)])
        session.commit()
    by_mail = CARD.replace("UID:urn:uuid:1234\r\n", "").replace("N:Müller;Jürgen", "N:Mueller;J.")
    close = (
        CARD.replace("UID:urn:uuid:1234\r\n", "")
        .replace("EMAIL;TYPE=WORK:j.mueller@stadt-koeln.de\r\n", "")
        .replace("N:Müller;Jürgen", "N:Müller;Jürgenn")
    )
    with db.session() as session:
        preview = prepare_import(
            session, [_write(tmp_path, "m.vcf", by_mail), _write(tmp_path, "f.vcf", close)]
        )
    assert [r.match for r in preview.rows] == [MatchKind.EMAIL, MatchKind.FUZZY]
    assert [r.decision for r in preview.rows] == [Decision.UPDATE, Decision.SKIP]
    assert "Possibly the same person" in preview.rows[1].reason
    with db.session() as session:
        preview = prepare_import(
            session, [_write(tmp_path, "f.vcf", close)], ImportOptions(on_duplicate=Decision.CREATE)
        )
    assert preview.rows[0].decision is Decision.CREATE


def test_undo_deletes_created_and_restores_updated(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        import_files(session, [_write(tmp_path, "a.vcf", CARD)])
        session.commit()
    other = CARD.replace("UID:urn:uuid:1234", "UID:other").replace("Müller;Jürgen", "Schmidt;Anna")
    other = other.replace("j.mueller@", "a.schmidt@")
    richer = CARD.replace("X-FOO:bar", "NOTE:Kennt alle Vereine")
    with db.session() as session:
        summary = import_files(
            session, [_write(tmp_path, "b.vcf", other), _write(tmp_path, "c.vcf", richer)]
        )
        session.commit()
        assert (summary.created, summary.updated) == (1, 1)
        batch = last_batch_id(session)
        assert batch == summary.batch_id
    with db.session() as session:
        result = undo_batch(session, summary.batch_id or 0)
        session.commit()
        assert (result.deleted_people, result.restored_people) == (1, 1)
        pid = session.scalar(select(Person.id))
        person = get_person(session, pid or 0)
        assert "Kennt alle Vereine" not in person.notes
        assert _count(db) == 1
        with pytest.raises(ConflictError):
            undo_batch(session, summary.batch_id or 0)


def test_undo_refuses_records_edited_since_unless_forced(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        summary = import_files(session, [_write(tmp_path, "a.vcf", CARD)])
        session.commit()
    with db.session() as session:
        pid = session.scalar(select(Person.id)) or 0
        person = get_person(session, pid)
        update_person(
            session,
            pid,
            data=person.__class__.__bases__[0](first_name="Hans", last_name="Müller"),
            expected_version=person.version,
        )
        session.commit()
    with db.session() as session:
        with pytest.raises(ConflictError, match="changed after the import"):
            undo_batch(session, summary.batch_id or 0)
        undo_batch(session, summary.batch_id or 0, force=True)
        session.commit()
        assert _count(db) == 0
        assert session.scalar(select(func.count(Organization.id))) == 0


def test_broken_card_is_reported_and_the_rest_imported(db: Database, tmp_path: Path) -> None:
    second = CARD.replace("UID:urn:uuid:1234", "UID:x2").replace("Müller;Jürgen", "Weber;Eva")
    second = second.replace("j.mueller@", "e.weber@")
    broken = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kaputt;Karl\r\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:!!!notbase64\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ohne;Ende\r\n"
    )
    path = _write(tmp_path, "mixed.vcf", CARD + broken + second)
    with db.session() as session:
        summary = import_files(session, [path])
        session.commit()
    assert summary.created >= 3 or summary.created == 2
    assert any(p.source == "mixed.vcf" and p.number for p in summary.problems)
    with db.session() as session:
        names = set(session.scalars(select(Person.last_name)))
    assert {"Müller", "Weber", "Kaputt"} <= names


def test_strict_imports_a_damaged_file_not_at_all(db: Database, tmp_path: Path) -> None:
    damaged = CARD + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ohne;Ende\r\n"
    path = _write(tmp_path, "d.vcf", damaged)
    with db.session() as session:
        summary = import_files(session, [path], ImportOptions(strict=True))
        session.commit()
    assert summary.created == 0
    assert any("Strict import" in p.reason for p in summary.problems)
    assert _count(db) == 0


def test_a_file_that_is_no_vcard_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, "x.vcf", b"\x00\x01PK not a card")
    with db.session() as session:
        summary = import_files(session, [path])
        session.commit()
    assert summary.created == 0
    assert summary.problems and summary.problems[0].number == 0
    assert _count(db) == 0


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.binary(max_size=600),
        st.lists(
            st.sampled_from(
                [
                    b"BEGIN:VCARD\r\n",
                    b"VERSION:2.1\r\n",
                    b"VERSION:4.0\r\n",
                    b"N:M\xc3\xbcller;J\r\n",
                    b"EMAIL:a@b\r\n",
                    b"TEL:+49 ()\r\n",
                    b"ADR:;;;;;;Nirgendland\r\n",
                    b"ORG:;;\r\n",
                    b"PHOTO;ENCODING=b:QUJD\r\n",
                    b"BDAY:19723101\r\n",
                    b"UID:u1\r\n",
                    b"=C3=\r\n",
                    b" folded\r\n",
                    b"END:VCARD\r\n",
                    b"\xff\xfe",
                ]
            ),
            max_size=25,
        ).map(b"".join),
    )
)
def test_any_bytes_never_raise(db: Database, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.vcf"
    path.write_bytes(data)
    with db.session() as session:
        import_files(session, [path])
        session.rollback()


def test_every_record_is_counted_once(db: Database, tmp_path: Path) -> None:
    """Two records of one stored person: one update, one merge; nothing unaccounted."""
    with db.session() as session:
        import_files(session, [_write(tmp_path, "a.vcf", CARD)])
        session.commit()
    plain = CARD.replace("UID:urn:uuid:1234\r\n", "")
    one = plain.replace("TEL;TYPE=WORK:0221 221-12345", "TEL;TYPE=CELL:0171 1234567")
    two = plain.replace("TEL;TYPE=WORK:0221 221-12345", "TEL;TYPE=CELL:0171 7654321")
    new = CARD.replace("UID:urn:uuid:1234", "UID:other").replace("Müller;Jürgen", "Schmidt;Anna")
    new = new.replace("j.mueller@", "a.schmidt@")
    again = new.replace("TEL;TYPE=WORK:0221 221-12345", "TEL;TYPE=CELL:0171 5555555")
    again = again.replace("UID:other\r\n", "")
    files = [_write(tmp_path, f"{n}.vcf", t) for n, t in enumerate((one, two, new, again))]
    with db.session() as session:
        summary = import_files(session, files)
        session.commit()
    assert (summary.created, summary.updated, summary.unchanged) == (1, 1, 0)
    assert (summary.skipped, summary.merged) == (0, 2)
    with db.session() as session:
        numbers = {
            c.value
            for pid in session.scalars(select(Person.id))
            for c in get_person(session, pid).contact_points
        }
    assert {"0171 1234567", "0171 7654321", "0171 5555555"} <= numbers


def test_undo_after_two_records_of_one_person_restores_the_first_state(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        import_files(session, [_write(tmp_path, "a.vcf", CARD)])
        session.commit()
        pid = session.scalar(select(Person.id)) or 0
        original = get_person(session, pid)
    plain = CARD.replace("UID:urn:uuid:1234\r\n", "")
    one = plain.replace("X-FOO:bar", "NOTE:Erste Notiz")
    two = plain.replace("TEL;TYPE=WORK:0221 221-12345", "TEL;TYPE=CELL:0171 7654321")
    with db.session() as session:
        summary = import_files(
            session, [_write(tmp_path, "1.vcf", one), _write(tmp_path, "2.vcf", two)]
        )
        session.commit()
        assert (summary.updated, summary.merged) == (1, 1)
        merged = get_person(session, pid)
        assert merged.version == original.version + 2
        assert "Erste Notiz" in merged.notes
        assert any(c.value == "0171 7654321" for c in merged.contact_points)
    with db.session() as session:
        undo_batch(session, summary.batch_id or 0)  # no conflict: the version is recorded
        session.commit()
        restored = get_person(session, pid)
    assert restored.notes == original.notes
    assert [c.value for c in restored.contact_points] == [c.value for c in original.contact_points]


def test_a_name_of_punctuation_only_is_imported(db: Database, tmp_path: Path) -> None:
    # Its search haystack has no words: indexing must not trip over that.
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:!;;;;\r\nFN:!\r\nEND:VCARD\r\n"
    with db.session() as session:
        summary = import_files(session, [_write(tmp_path, "punct.vcf", card)])
        session.commit()
    assert summary.created == 1
    assert _count(db) == 1
