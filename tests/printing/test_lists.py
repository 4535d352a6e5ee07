"""Sign-in sheets and invitation lists read back: header and page numbers on every page,
the right names in the right order, long texts grow the row or are reported."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from partnercrm.printing.documents import EventInfo, ParticipantRow, ProblemKind
from partnercrm.printing.invitation_list import render_invitation_list
from partnercrm.printing.signin_sheet import SignInOptions, render_signin_sheet

from .conftest import INTERNATIONAL_NAMES, page_texts

EVENT = EventInfo(
    title="Fachtag Bürgerengagement",
    date_text="23.11.2026",
    venue="Düsseldorf",
    organizer="Institut für Zivilgesellschaft",
    project_title="Engagiert vor Ort – Kommunen stärken",
    funding_line="Gefördert durch das Ministerium für Heimat und Kommunales NRW",
    reference="VA-2026-17",
)


def _people(count: int) -> list[ParticipantRow]:
    result = []
    for n in range(count):
        first, last = INTERNATIONAL_NAMES[n % 4].split(" ", 1)
        result.append(
            ParticipantRow(
                last_name=f"{last} {n:04d}",
                first_name=first,
                organization=f"Gemeinde {n}",
                function="Engagementbeauftragte",
                municipality="Großwede",
                status="angemeldet",
                email=f"p{n}@example.org",
                phone="+49 211 123456",
                key=f"p{n}",
            )
        )
    return result


def test_long_signin_sheet_has_header_and_page_numbers_on_every_page(tmp_path: Path) -> None:
    people = _people(300)
    path = tmp_path / "signin.pdf"
    result = render_signin_sheet(people, path, event=EVENT, options=SignInOptions(blank_rows=15))
    texts = page_texts(path)
    assert result.pages == len(texts) > 10
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {len(texts)}" in text
        assert "Teilnahmeliste: Fachtag Bürgerengagement" in text
        assert "Engagiert vor Ort – Kommunen stärken" in text
        assert "Datum: 23.11.2026" in text
        assert "Gefördert durch das Ministerium" in text
        assert "Unterschrift" in text
        assert "VA-2026-17" in text
    # Every name once, in the given order, then the numbered blank rows.
    joined = "\n".join(texts)
    positions = [joined.index(person.display_name) for person in people]
    assert positions == sorted(positions)
    numbers = [int(m) for m in re.findall(r"^(\d+)(?: |$)", joined, flags=re.MULTILINE)]
    assert numbers[-1] == 315


def test_signin_rows_are_at_least_10_mm(tmp_path: Path) -> None:
    path = tmp_path / "rows.pdf"
    render_signin_sheet(
        _people(5), path, event=EVENT, options=SignInOptions(row_height_mm=6, blank_rows=3)
    )
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        # Table-wide horizontal rules start at the left margin (12 mm).
        ys = sorted(
            {
                round(line["top"], 2)
                for line in page.lines
                if line["height"] < 0.1 and abs(line["x0"] - 12 * mm) < 0.1
            }
        )
    row_gaps = [b - a for a, b in pairwise(ys[1:])]  # skip the head row
    assert len(row_gaps) == 5 + 3  # five people, three blank rows
    assert min(row_gaps) >= 10 * mm - 0.05


def test_international_names_are_extracted_letter_for_letter(tmp_path: Path) -> None:
    people = [
        ParticipantRow(last_name=name.split(" ", 1)[1], first_name=name.split(" ", 1)[0])
        for name in INTERNATIONAL_NAMES
    ]
    path = tmp_path / "names.pdf"
    render_signin_sheet(people, path, event=EVENT)
    text = page_texts(path)[0]
    for person in people:
        assert person.display_name in text


def test_photo_consent_column_is_optional(tmp_path: Path) -> None:
    with_photo = tmp_path / "photo.pdf"
    render_signin_sheet(
        _people(3), with_photo, event=EVENT, options=SignInOptions(photo_consent=True)
    )
    without = tmp_path / "plain.pdf"
    render_signin_sheet(_people(3), without, event=EVENT)
    assert "Foto-Einwilligung" in page_texts(with_photo)[0]
    assert "Foto-Einwilligung" not in page_texts(without)[0]


def test_english_signin_sheet(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    render_signin_sheet(_people(3), path, event=EVENT, options=SignInOptions(language="en"))
    text = page_texts(path)[0]
    assert "Sign-in sheet: Fachtag" in text
    assert "Page 1 of 1" in text
    assert "Signature" in text


def test_long_organisation_grows_the_row_instead_of_vanishing(tmp_path: Path) -> None:
    long_org = "Stadtverwaltung Großwede – Amt für Bürgerengagement, Ehrenamt und Stiftungswesen"
    person = ParticipantRow(last_name="Beispiel", first_name="Eva", organization=long_org, key="e")
    path = tmp_path / "long.pdf"
    result = render_signin_sheet(
        [person], path, event=EVENT, options=SignInOptions(landscape=False)
    )
    assert result.ok
    text = page_texts(path)[0].replace("\n", " ")
    for word in long_org.split():
        assert word in text


def test_hopeless_cell_is_reported(tmp_path: Path) -> None:
    absurd = " ".join(["Zweckverband"] * 80)
    person = ParticipantRow(last_name="Beispiel", organization=absurd, key="absurd")
    result = render_signin_sheet([person], tmp_path / "absurd.pdf", event=EVENT)
    assert [(p.key, p.kind) for p in result.problems] == [("absurd", ProblemKind.TEXT_DOES_NOT_FIT)]
    assert result.problems[0].texts == (absurd,)
    assert "Organisation" in result.problems[0].message


def test_invitation_list_has_all_columns_and_pages(tmp_path: Path) -> None:
    people = _people(120)
    path = tmp_path / "invitations.pdf"
    result = render_invitation_list(people, path, event=EVENT)
    texts = page_texts(path)
    assert result.pages == len(texts) >= 3
    assert result.ok
    with pdfplumber.open(path) as pdf:
        width, height = pdf.pages[0].width, pdf.pages[0].height
    assert width > height  # landscape
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {len(texts)}" in text
        assert "Einladungsliste: Fachtag Bürgerengagement" in text
        for title in ("Name", "Organisation", "Funktion", "Kommune", "Status", "E-Mail / Telefon"):
            assert title in text
    joined = "\n".join(texts)
    assert "120 Einträge" in joined
    positions = [joined.index(person.display_name) for person in people]
    assert positions == sorted(positions)
    assert "p119@example.org" in joined
    assert "+49 211 123456" in joined


@pytest.mark.parametrize("count", [0, 1])
def test_tiny_lists_still_print_one_page(tmp_path: Path, count: int) -> None:
    path = tmp_path / "tiny.pdf"
    result = render_invitation_list(_people(count), path, event=EVENT)
    assert result.pages == 1
    assert "Seite 1 von 1" in page_texts(path)[0]
