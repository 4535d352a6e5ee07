"""The JSON export: the documented layout, plain UTF-8, everything including the trash."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from partnercrm.errors import InputFileError
from partnercrm.interchange.json_export import FORMAT, export_json
from partnercrm.model import (
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    ContactKind,
)
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.consents import ConsentInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.distribution_lists import create_list
from partnercrm.services.people import PersonFilter, PersonInput, create_person, trash_people

TOP_LEVEL = {"people", "organizations", "events", "interactions", "tags", "distribution_lists"}


@pytest.fixture
def filled(session: Session) -> dict[str, int]:
    anna = create_person(
        session,
        data=PersonInput(first_name="Anna", last_name="Müller", tags=("Bürgerengagement",)),
        addresses=(AddressInput(postal_code="50667", city="Köln"),),
        affiliations=(
            AffiliationInput(
                organization_name="Stadt Köln",
                function="Referentin für Ehrenamt",
                contact_points=(ContactPointInput(ContactKind.PHONE, "0221 2210"),),
            ),
            AffiliationInput(organization_name="Förderverein Südstadt e.V.", function="Vorsitz"),
        ),
        consents=(
            ConsentInput(
                ConsentChannel.EMAIL,
                ConsentPurpose.NEWSLETTER,
                ConsentState.GRANTED,
                date(2025, 2, 1),
            ),
        ),
    ).id
    gone = create_person(session, data=PersonInput(first_name="Łukasz", last_name="Wiśniewski")).id
    trash_people(session, [gone])
    create_list(session, name="Südstadt", person_ids=[anna], filter=PersonFilter(query="köln"))
    session.commit()
    return {"anna": anna, "gone": gone}


def test_layout_and_content(session: Session, filled: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    counts = export_json(session, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    assert set(data) >= TOP_LEVEL
    assert counts["people"] == 2 and counts["organizations"] == 2

    people = {p["id"]: p for p in data["people"]}
    anna = people[filled["anna"]]
    assert (anna["first_name"], anna["last_name"]) == ("Anna", "Müller")
    assert anna["tags"] == ["Bürgerengagement"]
    assert anna["deleted_at"] is None
    assert [a["city"] for a in anna["addresses"]] == ["Köln"]
    roles = {a["organization"]: a for a in anna["affiliations"]}
    assert roles["Stadt Köln"]["function"] == "Referentin für Ehrenamt"
    assert roles["Stadt Köln"]["is_primary"] is True
    assert [c["normalized"] for c in roles["Stadt Köln"]["contact_points"]] == ["+492212210"]
    assert anna["consents"][0]["state"] == "granted"
    assert anna["consents"][0]["given_on"] == "2025-02-01"
    assert "sort_key" not in anna and "photo" not in anna
    assert people[filled["gone"]]["deleted_at"]  # the trash is exported too

    kinds = {o["name"]: (o["kind"], o["sector"]) for o in data["organizations"]}
    assert kinds == {
        "Stadt Köln": ("municipality", "public"),
        "Förderverein Südstadt e.V.": ("association", "civil_society"),
    }
    (saved,) = data["distribution_lists"]
    assert saved["person_ids"] == [filled["anna"]]
    assert saved["filter"]["query"] == "köln"
    assert {t["name"] for t in data["tags"]} == {"Bürgerengagement"}


def test_text_is_unescaped_utf8(session: Session, filled: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    export_json(session, target)
    raw = target.read_bytes()
    for word in ("Müller", "Köln", ["Łukasz", "Wiśniewski"][1], "Förderverein Südstadt"):
        assert word.encode("utf-8") in raw
    assert b"\\u00fc" not in raw and b"\\u" not in raw


def test_empty_database(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "empty.json"
    counts = export_json(session, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert all(data[key] == [] for key in TOP_LEVEL)
    assert set(counts.values()) == {0}


def test_missing_folder_and_no_half_written_file(session: Session, tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        export_json(session, tmp_path / "nope" / "export.json")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "export.json"
    target.write_text("old", encoding="utf-8")
    export_json(session, target)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == FORMAT
    assert [p.name for p in folder.iterdir()] == ["export.json"]  # no temporary file left
