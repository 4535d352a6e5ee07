"""Address labels read back from the PDF: every character in its own label, in order."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.units import mm

from partnercrm.addressing import PostalAddress, Recipient, address_block
from partnercrm.model.enums import SalutationForm
from partnercrm.printing.documents import LabelItem, ProblemKind
from partnercrm.printing.label_sheet import LabelCatalog, LabelFormat, load_catalog
from partnercrm.printing.labels import (
    LabelOptions,
    fitting_block,
    line_capacity,
    render_calibration_page,
    render_labels,
)

from .conftest import INTERNATIONAL_NAMES, char_inside, lines_of, page_texts, rect_pt

ALL_FORMATS = [f.id for f in load_catalog().formats]


def _items(count: int, lines_per_label: int = 5) -> list[LabelItem]:
    templates = [
        "Stadtverwaltung Großwede – Amt für Bürgerengagement, Ehrenamt und Stiftungswesen",
        "Frau Dr. {name}",
        "Zimmer 4.{n}",
        "Hauptstraße {n}",
        "12345 Musterstadt",
        "Deutschland",
    ]
    result = []
    for n in range(count):
        name = INTERNATIONAL_NAMES[n % len(INTERNATIONAL_NAMES)] + f" {n}"
        lines = [t.format(name=name, n=n) for t in templates][-lines_per_label:]
        result.append(LabelItem(tuple(lines), key=f"p{n}"))
    return result


def _chars_by_cell(path: Path, label_format: LabelFormat) -> list[dict[int, list[dict[str, Any]]]]:
    """Return, per page, the characters of each cell; fail for any character outside."""
    result = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            cells = [rect_pt(rect) for rect in label_format.cells()]
            by_cell: dict[int, list[dict[str, Any]]] = {}
            for char in page.chars:
                if char["text"].isspace():
                    continue
                inside = [i for i, box in enumerate(cells) if char_inside(char, box)]
                assert inside, f"{char['text']!r} at {char['x0']:.1f},{char['top']:.1f} outside"
                by_cell.setdefault(inside[0], []).append(char)
            result.append(by_cell)
    return result


@pytest.mark.parametrize("format_id", ALL_FORMATS)
def test_every_character_stays_in_its_label(
    catalog: LabelCatalog, format_id: str, tmp_path: Path
) -> None:
    label_format = catalog.get(format_id)
    # Small labels cannot hold 6 lines; give them what the reference says they hold.
    lines = 6 if label_format.label_h_mm >= 33 else 3
    items = _items(label_format.per_sheet + 2, lines)
    path = tmp_path / "labels.pdf"
    result = render_labels(items, path, label_format=label_format)
    assert result.pages == 2
    pages = _chars_by_cell(path, label_format)
    reported = {problem.key for problem in result.problems}
    for index, item in enumerate(items):
        page, slot = divmod(index, label_format.per_sheet)
        chars = pages[page].get(slot, [])
        printed = "".join(lines_of(chars)).replace(" ", "")
        expected = "".join(item.lines).replace(" ", "")
        if item.key in reported:
            # Whatever was printed is a prefix-free subset of the label's own lines.
            assert all(c["text"] in expected for c in chars)
        else:
            assert printed == expected, (format_id, index)


def test_label_text_is_in_order_and_unbroken(catalog: LabelCatalog, tmp_path: Path) -> None:
    label_format = catalog.get("L7163")  # 99 mm wide: nothing needs to wrap
    items = [
        LabelItem((f"Frau {name}", "Rathausplatz 1", "12345 Musterstadt"), key=name)
        for name in INTERNATIONAL_NAMES
    ]
    path = tmp_path / "names.pdf"
    result = render_labels(items, path, label_format=label_format)
    assert result.ok
    by_cell = _chars_by_cell(path, label_format)[0]
    for slot, item in enumerate(items):
        assert lines_of(by_cell[slot]) == [line.replace(" ", "") for line in item.lines]
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
    for name in INTERNATIONAL_NAMES:
        assert name in text


def test_start_position_skips_used_labels_on_the_first_sheet_only(
    catalog: LabelCatalog, tmp_path: Path
) -> None:
    label_format = catalog.get("L7160")
    items = [LabelItem((f"Person {n}",), key=str(n)) for n in range(25)]
    path = tmp_path / "start.pdf"
    result = render_labels(
        items, path, label_format=label_format, options=LabelOptions(start_position=8)
    )
    assert result.pages == 2
    first, second = _chars_by_cell(path, label_format)
    assert set(first) == set(range(7, 21))
    assert "".join(lines_of(first[7])) == "Person0"
    assert "".join(lines_of(second[0])) == "Person14"
    assert set(second) == set(range(11))


def test_overflow_is_reported_never_silently_cut(catalog: LabelCatalog, tmp_path: Path) -> None:
    small = catalog.get("L7651")  # 38 × 21 mm: five short lines at 8 pt at most
    crowded = LabelItem(
        (
            "Stadt Musterstadt",
            "Fachbereich 4",
            "Frau Dr. Eva Beispiel",
            "Zimmer 12",
            "Weg 1",
            "12345 ORT",
            "ÖSTERREICH",
        ),
        key="crowded",
    )
    fine = LabelItem(("Eva Beispiel", "12345 Ort"), key="fine")
    result = render_labels([crowded, fine], tmp_path / "small.pdf", label_format=small)
    assert [p.key for p in result.problems] == ["crowded"]
    assert result.problems[0].texts  # the lost lines are named
    assert set(result.problems[0].texts) <= set(crowded.lines)


def test_long_names_shrink_then_wrap(catalog: LabelCatalog, tmp_path: Path) -> None:
    label_format = catalog.get("L7160")
    long_org = "Druckerei Großwede GmbH & Co. KG Niederlassung Nordrhein-Westfalen"
    item = LabelItem((long_org, "Herrn Max Muster", "Weg 1", "12345 Ort"), key="x")
    path = tmp_path / "long.pdf"
    result = render_labels([item], path, label_format=label_format)
    assert result.ok
    with pdfplumber.open(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if not c["text"].isspace()]
    sizes = {round(c["size"], 1) for c in chars}
    assert max(sizes) < 10  # shrunk below the preferred 10 pt ...
    assert min(sizes) >= 8  # ... but not below the DIN floor
    rows = lines_of(chars)
    assert len(rows) == 5  # the organisation wrapped onto two lines
    assert "".join(rows[:2]) == long_org.replace(" ", "")


def test_offset_moves_everything_by_exactly_that_much(
    catalog: LabelCatalog, tmp_path: Path
) -> None:
    label_format = catalog.get("L7160")
    item = [LabelItem(("Eva Beispiel",), key="e")]
    render_labels(item, tmp_path / "a.pdf", label_format=label_format)
    render_labels(
        item,
        tmp_path / "b.pdf",
        label_format=label_format,
        options=LabelOptions(offset_x_mm=1.5, offset_y_mm=-2.0),
    )
    with pdfplumber.open(tmp_path / "a.pdf") as a, pdfplumber.open(tmp_path / "b.pdf") as b:
        ca, cb = a.pages[0].chars[0], b.pages[0].chars[0]
    assert cb["x0"] - ca["x0"] == pytest.approx(1.5 * mm, abs=0.01)
    assert cb["top"] - ca["top"] == pytest.approx(-2.0 * mm, abs=0.01)


def test_outlines_and_print_scaling(catalog: LabelCatalog, tmp_path: Path) -> None:
    label_format = catalog.get("3475")
    path = tmp_path / "outlined.pdf"
    render_labels(
        [LabelItem(("A",))], path, label_format=label_format, options=LabelOptions(outlines=True)
    )
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert len(page.rects) + len(page.curves) >= label_format.per_sheet
    assert b"/PrintScaling /None" in path.read_bytes()


def test_sender_line_is_small_and_above_the_address(catalog: LabelCatalog, tmp_path: Path) -> None:
    path = tmp_path / "sender.pdf"
    render_labels(
        [LabelItem(("Eva Beispiel", "12345 Ort"))],
        path,
        label_format=catalog.get("L7160"),
        options=LabelOptions(sender_line="Institut · Postfach 1 · 10115 Berlin"),
    )
    with pdfplumber.open(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if not c["text"].isspace()]
    rows = lines_of(chars)
    assert rows[0] == "Institut·Postfach1·10115Berlin"
    assert {round(c["size"]) for c in chars if c["text"] == "I"} == {6}


def test_empty_run_gives_one_valid_page(catalog: LabelCatalog, tmp_path: Path) -> None:
    result = render_labels([], tmp_path / "empty.pdf", label_format=catalog.get("L7160"))
    assert result.pages == 1
    with pdfplumber.open(tmp_path / "empty.pdf") as pdf:
        assert len(pdf.pages) == 1


def test_calibration_page(catalog: LabelCatalog, tmp_path: Path) -> None:
    path = tmp_path / "calibration.pdf"
    result = render_calibration_page(
        path, label_format=catalog.get("L7160"), offset_x_mm=0.5, language="en"
    )
    assert result.pages == 1
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert "Calibration page: avery-l7160" in text
        assert "Offset x +0.5 mm" in text
        # 100 mm ruler: the "0" and "100" labels are 100 mm apart.
        zero = [c for c in page.chars if c["text"] == "0"]
        assert zero
    german = tmp_path / "kalibrierung.pdf"
    render_calibration_page(german, label_format=catalog.get("L7160"))
    with pdfplumber.open(german) as pdf:
        assert "Kalibrierseite" in pdf.pages[0].extract_text()


def test_missing_glyphs_are_reported_not_printed_as_boxes(
    catalog: LabelCatalog, tmp_path: Path
) -> None:
    items = [
        LabelItem(("Ayşe Yılmaz", "12345 Ort"), key="ok"),
        LabelItem(("王芳", "12345 Ort"), key="cjk"),
    ]
    result = render_labels(items, tmp_path / "cjk.pdf", label_format=catalog.get("L7160"))
    assert [(p.key, p.kind) for p in result.problems] == [("cjk", ProblemKind.MISSING_GLYPHS)]
    assert "Page 1, label 2" in result.problems[0].message
    assert result.problems[0].texts == ("王芳",)


def test_line_capacity_makes_small_labels_shorten_instead_of_cut(
    catalog: LabelCatalog, tmp_path: Path
) -> None:
    small = catalog.get("L7651")
    recipient = Recipient(
        salutation_form=SalutationForm.FRAU,
        first_name="Þórunn",
        last_name="Guðmundsdóttir",
        organization="Freiwilligenagentur e. V.",
        department="Engagementförderung",
        address=PostalAddress(street="Hauptstr. 12", postal_code="1010", city="Wien", country="AT"),
    )
    capacity = line_capacity(small)
    assert 3 <= capacity < 6
    assert line_capacity(catalog.get("L7160")) >= 7  # a foreign 7-line address fits at 8 pt
    block = fitting_block(small, lambda n: address_block(recipient, max_lines=n))
    assert len(block.lines) <= capacity
    assert [d.text for d in block.dropped] == ["Engagementförderung", "Freiwilligenagentur e. V."]
    result = render_labels([LabelItem(block.lines, "t")], tmp_path / "s.pdf", label_format=small)
    assert result.ok  # ... and nothing more is lost on the label
    text = page_texts(tmp_path / "s.pdf")[0]
    assert "1010 WIEN" in text and "ÖSTERREICH" in text


def test_next_start_position_continues_the_partly_used_sheet(
    catalog: LabelCatalog, tmp_path: Path
) -> None:
    items = [LabelItem((f"P {n}",)) for n in range(5)]
    l7160 = catalog.get("L7160")
    result = render_labels(
        items, tmp_path / "n.pdf", label_format=l7160, options=LabelOptions(start_position=19)
    )
    assert result.pages == 2
    assert result.next_start_position == 3  # 19, 20, 21, then 1, 2 on sheet two
    full = render_labels([LabelItem(("x",))] * 21, tmp_path / "f.pdf", label_format=l7160)
    assert full.next_start_position == 1


def test_output_may_be_a_binary_stream(catalog: LabelCatalog) -> None:
    stream = io.BytesIO()
    result = render_labels([LabelItem(("Ayşe Yılmaz",))], stream, label_format=catalog.get("L7160"))
    assert result.pages == 1
    assert stream.getvalue().startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(stream.getvalue())) as pdf:
        assert "Ayşe Yılmaz" in pdf.pages[0].extract_text()
