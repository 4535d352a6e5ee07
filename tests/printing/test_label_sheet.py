"""The label format catalogue: completeness, geometry, lookup, user formats, positions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from partnercrm.printing.label_sheet import (
    LabelCatalog,
    LabelFormatError,
    Placement,
    load_catalog,
    placements,
)


def test_catalogue_ships_at_least_30_sound_formats(catalog: LabelCatalog) -> None:
    assert len(catalog) >= 30
    for label_format in catalog.formats:
        assert label_format.problems() == [], label_format.id
    pages = {f.page for f in catalog.formats}
    assert pages == {"A4", "Letter"}
    vendors = {f.vendor for f in catalog.formats}
    assert vendors == {"Avery", "Avery Zweckform", "HERMA"}


@pytest.mark.parametrize("badge", ["L4785", "5395", "32010"])
def test_badge_sheets_are_included(catalog: LabelCatalog, badge: str) -> None:
    assert catalog.get(badge).kind == "badge"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("avery-l7160", "avery-l7160"),
        ("L7160", "avery-l7160"),
        ("l7160", "avery-l7160"),
        ("7160", "avery-l7160"),
        ("Avery L7160", "avery-l7160"),
        ("J8160", "avery-j8160"),
        ("3475", "zweckform-3475"),
        ("Zweckform 3475", "zweckform-3475"),
        ("AVERY ZWECKFORM 3490", "zweckform-3490"),
        ("herma 4425", "zweckform-3425"),
        ("4425", "zweckform-3425"),
        ("HERMA-4453", "herma-4453"),
        ("5160", "avery-5160"),
    ],
)
def test_lookup_by_id_or_vendor_number(catalog: LabelCatalog, key: str, expected: str) -> None:
    assert catalog.get(key).id == expected


def test_unknown_format_is_a_user_error(catalog: LabelCatalog) -> None:
    assert catalog.find("L9999") is None
    with pytest.raises(LabelFormatError, match="L9999"):
        catalog.get("L9999")


def test_l7160_geometry_matches_the_reference(catalog: LabelCatalog) -> None:
    l7160 = catalog.get("L7160")
    assert l7160.per_sheet == 21
    first, last = l7160.cell(0), l7160.cell(20)
    assert (first.x, first.y, first.w, first.h) == (7.2, 15.15, 63.5, 38.1)
    assert last.x == pytest.approx(7.2 + 2 * 66.04)
    assert last.y == pytest.approx(15.15 + 6 * 38.1)
    with pytest.raises(IndexError):
        l7160.cell(21)


def test_sanity_check_finds_a_sheet_that_runs_off_the_page(catalog: LabelCatalog) -> None:
    broken = replace(catalog.get("L7160"), columns=4)
    assert any("page width" in problem for problem in broken.problems())
    overlapping = replace(catalog.get("L7160"), pitch_y_mm=30.0)
    assert any("overlap" in problem for problem in overlapping.problems())


def test_borderless_sheet_keeps_text_off_the_unprintable_edge(catalog: LabelCatalog) -> None:
    borderless = catalog.get("3474")
    box = borderless.content_rect(0, 4.0, 3.0, unprintable_mm=5.0)
    assert box.x == pytest.approx(5.0)
    assert box.y == pytest.approx(5.0)
    assert borderless.content_rect(4, 4.0, 3.0).y == pytest.approx(37.1 + 3.0)


def test_user_formats_are_added_and_checked(tmp_path: Path) -> None:
    own = {
        "formats": [
            {
                "id": "club-badge",
                "name": "Our badge card",
                "aliases": ["CB-1"],
                "page": "A4",
                "label_size_mm": [90, 55],
                "grid": [2, 5],
                "origin_mm": [10, 10],
                "pitch_mm": [95, 56],
            }
        ]
    }
    path = tmp_path / "formats.json"
    path.write_text(json.dumps(own), encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.get("cb-1").id == "club-badge"
    assert catalog.get("L7160").id == "avery-l7160"

    own["formats"][0]["grid"] = [3, 5]  # 10 + 2·95 + 90 > 210 mm
    path.write_text(json.dumps(own), encoding="utf-8")
    with pytest.raises(LabelFormatError, match="page width") as error:
        load_catalog(path)
    assert str(path) in str(error.value)


def test_user_format_may_not_replace_a_shipped_id(tmp_path: Path) -> None:
    path = tmp_path / "formats.json"
    entry = {"id": "Avery-L7160", "label_size_mm": [60, 30], "grid": [1, 1], "origin_mm": [0, 0]}
    path.write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(LabelFormatError, match="twice"):
        load_catalog(path)


def test_malformed_user_file_names_file_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"id": "x"}]', encoding="utf-8")
    with pytest.raises(LabelFormatError, match="entry 1"):
        load_catalog(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(LabelFormatError, match=r"broken\.json"):
        load_catalog(path)


def test_start_position_applies_to_the_first_page_only() -> None:
    placed = list(placements(5, per_sheet=4, start_position=3))
    assert placed == [
        Placement(0, 2),
        Placement(0, 3),
        Placement(1, 0),
        Placement(1, 1),
        Placement(1, 2),
    ]
    with pytest.raises(LabelFormatError):
        list(placements(1, per_sheet=4, start_position=5))
    with pytest.raises(LabelFormatError):
        list(placements(1, per_sheet=4, start_position=0))
