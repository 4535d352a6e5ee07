"""Badges, certificates and letters read back from the PDF; the English wording table."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from partnercrm.addressing import PostalAddress, Recipient
from partnercrm.model.enums import SalutationForm
from partnercrm.printing import wording
from partnercrm.printing.badges import BadgeOptions, render_badges
from partnercrm.printing.certificates import CertificateOptions, render_certificates
from partnercrm.printing.documents import (
    BadgeItem,
    CertificateItem,
    EventInfo,
    LetterItem,
    ProblemKind,
)
from partnercrm.printing.label_sheet import LabelCatalog
from partnercrm.printing.letters import LetterTemplate, fill_placeholders, render_letters

from .conftest import INTERNATIONAL_NAMES, char_inside, page_texts, rect_pt

EVENT = EventInfo(
    title="Fachtag Bürgerengagement",
    date_text="23.11.2026",
    venue="Düsseldorf",
    funding_line="Gefördert durch das Land NRW",
)


# --- badges -----------------------------------------------------------------------


@pytest.mark.parametrize("format_id", ["avery-l4785", "avery-5395", "zweckform-32010"])
def test_badges_stay_inside_their_cells(
    catalog: LabelCatalog, format_id: str, tmp_path: Path
) -> None:
    label_format = catalog.get(format_id)
    items = [
        BadgeItem(
            name=name if n % 3 else "Prof. Dr. Maximiliane von Hohenzollern-Sigmaringen",
            organization="Stadtverwaltung Großwede – Amt für Bürgerengagement",
            function="Engagementbeauftragte",
            key=f"b{n}",
        )
        for n, name in enumerate(INTERNATIONAL_NAMES * 3)
    ]
    path = tmp_path / "badges.pdf"
    result = render_badges(
        items, path, label_format=label_format, options=BadgeOptions(event_title="Fachtag 2026")
    )
    assert result.ok
    cells = [rect_pt(rect) for rect in label_format.cells()]
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == result.pages
        for page_index, page in enumerate(pdf.pages):
            by_cell: dict[int, str] = {}
            for char in sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"])):
                inside = [i for i, box in enumerate(cells) if char_inside(char, box)]
                assert inside, char
                by_cell[inside[0]] = by_cell.get(inside[0], "") + char["text"]
            for slot, text in by_cell.items():
                item = items[page_index * label_format.per_sheet + slot]
                assert item.name.replace(" ", "") in text.replace(" ", "")


def test_badge_name_is_large_and_shrinks_only_when_needed(
    catalog: LabelCatalog, tmp_path: Path
) -> None:
    path = tmp_path / "badge.pdf"
    render_badges(
        [BadgeItem("Ayşe Yılmaz"), BadgeItem("Maximiliane Hohenzollern-Sigmaringen-Großwede")],
        path,
        label_format=catalog.get("L4785"),
    )
    label_format = catalog.get("L4785")
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    first, second = (rect_pt(label_format.cell(slot)) for slot in (0, 1))
    short = {round(c["size"]) for c in chars if char_inside(c, first) and not c["text"].isspace()}
    long = {round(c["size"]) for c in chars if char_inside(c, second) and not c["text"].isspace()}
    assert short == {24}
    assert max(long) < 24
    assert min(long) >= 12


def test_badge_start_position(catalog: LabelCatalog, tmp_path: Path) -> None:
    label_format = catalog.get("L4785")
    path = tmp_path / "start.pdf"
    render_badges(
        [BadgeItem("Eva")],
        path,
        label_format=label_format,
        options=BadgeOptions(start_position=4, outlines=False),
    )
    with pdfplumber.open(path) as pdf:
        char = pdf.pages[0].chars[0]
    assert char_inside(char, rect_pt(label_format.cell(3)))


# --- certificates -----------------------------------------------------------------


def test_one_certificate_page_per_person(tmp_path: Path) -> None:
    items = [CertificateItem(name, "Stadt Großwede", key=name) for name in INTERNATIONAL_NAMES]
    path = tmp_path / "certificates.pdf"
    result = render_certificates(
        items,
        path,
        event=EVENT,
        options=CertificateOptions(place_date="Düsseldorf, 24.11.2026", signer_name="Eva Beispiel"),
    )
    texts = page_texts(path)
    assert result.pages == len(texts) == 4
    assert result.ok
    for name, text in zip(INTERNATIONAL_NAMES, texts, strict=True):
        assert "Teilnahmebescheinigung" in text
        assert name in text
        assert "am 23.11.2026 an der Veranstaltung" in text
        assert "Fachtag Bürgerengagement" in text
        assert "in Düsseldorf teilgenommen hat." in text
        assert "Eva Beispiel" in text


def test_english_certificate(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    render_certificates(
        [CertificateItem("Ayşe Yılmaz")],
        path,
        event=EVENT,
        options=CertificateOptions(language="en"),
    )
    text = page_texts(path)[0]
    assert "Certificate of attendance" in text
    assert "held in Düsseldorf on 23.11.2026." in text


def test_certificate_reports_a_name_that_cannot_fit(tmp_path: Path) -> None:
    absurd = " ".join(["Hohenzollern-Sigmaringen"] * 20)
    result = render_certificates(
        [CertificateItem(absurd, key="absurd")], tmp_path / "x.pdf", event=EVENT
    )
    assert [p.key for p in result.problems] == ["absurd"]


# --- letters ----------------------------------------------------------------------

OB = Recipient(
    salutation_form=SalutationForm.HERR,
    academic_title="Dr.",
    first_name="Max",
    last_name="Muster",
    office_title="Oberbürgermeister",
    organization="Stadt Musterstadt",
    address=PostalAddress(street="Rathausplatz 1", postal_code="12345", city="Musterstadt"),
)
WIŚNIEWSKI = Recipient(
    salutation_form=SalutationForm.HERR,
    first_name="Łukasz",
    last_name="Wiśniewski",
    organization="Urząd Miasta Łodzi",
    address=PostalAddress(
        street="ul. Piotrkowska 104", postal_code="90-926", city="Łódź", country="PL"
    ),
)
TEMPLATE = LetterTemplate(
    body="wir laden Sie zu {event_title} am {event_date} ein.\n\nGrüße an {organization}.",
    subject="Einladung",
    sender_line="Institut · Postfach 1 · 10115 Berlin",
    place_date="Berlin, 23.11.2026",
    signer_name="Eva Beispiel",
    event_title="unserem Fachtag",
    event_date="23. Januar 2027",
)


def _words_in(path: Path, page: int, top_mm: float, bottom_mm: float) -> list[str]:
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[page].extract_words()
    return [w["text"] for w in words if top_mm * mm <= w["top"] and w["bottom"] <= bottom_mm * mm]


def test_letter_address_sits_in_the_form_b_window(tmp_path: Path) -> None:
    path = tmp_path / "letters.pdf"
    result = render_letters(
        [LetterItem(OB, "ob"), LetterItem(WIŚNIEWSKI, "lw")], path, template=TEMPLATE
    )
    assert result.pages == 2 and result.ok
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            field = page.crop((20 * mm, 62.7 * mm, 105 * mm, 90 * mm))
            upper = page.crop((20 * mm, 45 * mm, 105 * mm, 62.7 * mm))
            assert "Institut · Postfach 1 · 10115 Berlin" in upper.extract_text()
            address = field.extract_text()
            # Text on the 25 mm alignment line.
            assert min(c["x0"] for c in field.chars) == pytest.approx(25 * mm, abs=0.5)
            if page.page_number == 1:
                assert address.splitlines() == [
                    "Stadt Musterstadt",
                    "Herrn Oberbürgermeister",
                    "Dr. Max Muster",
                    "Rathausplatz 1",
                    "12345 Musterstadt",
                ]
            else:
                assert address.splitlines()[-2:] == ["90-926 ŁÓDŹ", "POLEN"]
    texts = page_texts(path)
    assert "Sehr geehrter Herr Oberbürgermeister," in texts[0]
    assert "wir laden Sie zu unserem Fachtag am 23. Januar 2027 ein." in texts[0]
    assert "Grüße an Stadt Musterstadt." in texts[0]
    assert "Sehr geehrter Herr Wiśniewski," in texts[1]
    assert "Mit freundlichen Grüßen" in texts[1]


def test_letter_fold_and_hole_marks(tmp_path: Path) -> None:
    path = tmp_path / "marks.pdf"
    render_letters([LetterItem(OB)], path, template=TEMPLATE)
    with pdfplumber.open(path) as pdf:
        marks = sorted(
            round(line["top"] / mm, 1) for line in pdf.pages[0].lines if line["x0"] < 10 * mm
        )
    assert marks == [105.0, 148.5, 210.0]


def test_long_letter_continues_with_page_numbers(tmp_path: Path) -> None:
    long_body = "\n\n".join(
        f"Absatz {n} mit etwas Text, der den Brief verlängert." for n in range(60)
    )
    path = tmp_path / "long.pdf"
    template = LetterTemplate(body="{salutation}\n\n" + long_body, signer_name="Eva Beispiel")
    result = render_letters([LetterItem(OB)], path, template=template)
    texts = page_texts(path)
    assert result.pages == len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {len(texts)}" in text
    joined = "\n".join(texts)
    assert joined.count("Sehr geehrter Herr Oberbürgermeister,") == 1
    found = [int(n) for n in re.findall(r"Absatz (\d+)", joined)]
    assert found == list(range(60))
    assert "Eva Beispiel" in texts[-1]


def test_unknown_placeholders_and_dropped_lines_are_reported(tmp_path: Path) -> None:
    crowded = Recipient(
        salutation_form=SalutationForm.FRAU,
        first_name="Eva",
        last_name="Beispiel",
        office_title="Bürgermeisterin",
        organization="Gemeinde Beispielhausen",
        department="Hauptamt",
        address=PostalAddress(
            street="Dorfstr. 1", addition="Gebäude B", postal_code="1010", city="Wien", country="AT"
        ),
    )
    template = LetterTemplate(body="Hallo {vorname}, {first_name}!")
    result = render_letters([LetterItem(crowded, "eva")], tmp_path / "r.pdf", template=template)
    by_kind = {p.kind: p for p in result.problems}
    assert by_kind[ProblemKind.UNKNOWN_PLACEHOLDER].texts == ("vorname",)
    assert by_kind[ProblemKind.ADDRESS_LINES_LEFT_OUT].texts == ("Hauptamt", "Gebäude B")
    assert "Eva Beispiel" in by_kind[ProblemKind.ADDRESS_LINES_LEFT_OUT].message
    assert {p.key for p in result.problems} == {"eva"}
    assert "Hallo {vorname}, Eva!" in page_texts(tmp_path / "r.pdf")[0]


def test_fill_placeholders_survives_stray_braces() -> None:
    assert fill_placeholders("a {x} b", {"x": "1"}) == ("a 1 b", [])
    text, missing = fill_placeholders("a { b", {})
    assert text == "a { b" and missing


def test_english_letter_greets_in_english(tmp_path: Path) -> None:
    template = LetterTemplate(body="we invite you.", language="en")
    path = tmp_path / "en.pdf"
    render_letters([LetterItem(OB)], path, template=template)
    text = page_texts(path)[0]
    assert "Dear Mayor Muster," in text
    assert "Kind regards" in text


# --- wording ----------------------------------------------------------------------


def test_every_german_text_has_an_english_edition() -> None:
    source = Path(wording.__file__).parent
    used: set[str] = set()
    for module in source.glob("*.py"):
        used |= set(re.findall(r'wording\.text\(\s*"([^"]+)"', module.read_text(encoding="utf-8")))
        used |= set(re.findall(r'closing = "([^"]+)" if', module.read_text(encoding="utf-8")))
        used |= set(re.findall(r'else "([^"]+)"\n', module.read_text(encoding="utf-8")))
    table = wording.english_table()
    assert used
    assert used - set(table) == set()
    for german, english in table.items():
        assert set(re.findall(r"{(\w+)}", english)) <= set(re.findall(r"{(\w+)}", german)) | {
            "date",
            "venue",
        }


def test_letters_in_scripts_the_font_lacks_are_reported(tmp_path: Path) -> None:
    chinese = Recipient(
        last_name="王芳", address=PostalAddress(street="Weg 1", postal_code="12345", city="Ort")
    )
    result = render_letters([LetterItem(chinese, "wang")], tmp_path / "cn.pdf", template=TEMPLATE)
    assert [(p.key, p.kind) for p in result.problems] == [("wang", ProblemKind.MISSING_GLYPHS)]
    assert result.problems[0].texts == ("王芳",)
