"""The sign-in sheet (Teilnahmeliste) that funders ask for as proof of attendance.

Layout after the reference's §5: A4 landscape, the event header on every page (project
title as in the grant application, event, date, venue, organiser, funding line),
columns No., name, organisation, municipality, optional photo consent and a wide
signature column, rows of at least 10 mm, blank rows for walk-ins, and
"Seite x von y" with the event reference on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partnercrm.addressing import Language
from partnercrm.printing import wording
from partnercrm.printing.documents import (
    EventInfo,
    Output,
    ParticipantRow,
    PrintResult,
    language_of,
)
from partnercrm.printing.fonts import FontSet, normalize
from partnercrm.printing.table_pages import (
    Column,
    HeaderPainter,
    PageSetup,
    TableRow,
    render_table,
)
from partnercrm.printing.text_fit import Align, fit_lines

MIN_ROW_HEIGHT_MM = 10.0  # room for a handwritten signature


@dataclass(frozen=True)
class SignInOptions:
    """Choices for the sheet.

    Attributes: blank_rows (for walk-ins), photo_consent column, municipality column,
    landscape (else portrait), row_height_mm (never below 10 mm), privacy_note (the
    short Art. 13 GDPR notice in the footer), confirmation (organiser's line).
    """

    blank_rows: int = 10
    photo_consent: bool = False
    municipality: bool = True
    landscape: bool = True
    row_height_mm: float = MIN_ROW_HEIGHT_MM
    privacy_note: str = ""
    confirmation: bool = True
    language: Language | str = Language.DE


def _header_painter(event: EventInfo, lang: Language) -> HeaderPainter:
    """Return the painter of the event header (same on every page)."""

    def paint(
        canvas: Canvas,
        fonts: FontSet,
        page: int,
        pages: int,
        box: tuple[float, float, float, float],
    ) -> None:
        left, top, width, _table_top = box
        y = top
        if event.project_title:
            fitted = fit_lines(
                [normalize(event.project_title)],
                width=width,
                height=6 * mm,
                font_name=fonts.bold,
                size=10,
                min_size=7,
            )
            for line in fitted.lines:
                canvas.setFont(fonts.bold, line.size)
                canvas.drawString(left + line.x, y - line.baseline, line.text)
            y -= 6 * mm
        heading = f"{wording.text('Teilnahmeliste', lang)}: {normalize(event.title)}"
        fitted = fit_lines(
            [heading], width=width, height=7 * mm, font_name=fonts.bold, size=14, min_size=9
        )
        for line in fitted.lines:
            canvas.setFont(fonts.bold, line.size)
            canvas.drawString(left + line.x, y - line.baseline, line.text)
        y -= 7.5 * mm
        facts = [
            (wording.text("Datum", lang), event.date_text),
            (wording.text("Ort", lang), event.venue),
            (wording.text("Veranstalter", lang), event.organizer),
        ]
        details = "   ·   ".join(f"{label}: {normalize(value)}" for label, value in facts if value)
        canvas.setFont(fonts.regular, 9)
        fitted = fit_lines(
            [details], width=width, height=5 * mm, font_name=fonts.regular, size=9, min_size=7
        )
        for line in fitted.lines:
            canvas.setFont(fonts.regular, line.size)
            canvas.drawString(left + line.x, y - line.baseline, line.text)
        y -= 5 * mm
        small = [normalize(event.funding_line)] if event.funding_line else []
        small.append(wording.text("Bitte in Druckbuchstaben ausfüllen.", lang))
        fitted = fit_lines(
            small, width=width, height=8 * mm, font_name=fonts.italic, size=8, min_size=6.5
        )
        for line in fitted.lines:
            canvas.setFont(fonts.italic, line.size)
            canvas.drawString(left + line.x, y - line.baseline, line.text)

    return paint


def render_signin_sheet(
    participants: Sequence[ParticipantRow],
    output: Output,
    *,
    event: EventInfo,
    options: SignInOptions = SignInOptions(),
) -> PrintResult:
    """Print the sign-in sheet for ``participants`` (in the order given) plus blank rows."""
    lang = language_of(options.language)
    columns = [
        Column(wording.text("Nr.", lang), 0.45, Align.LEFT),
        Column(wording.text("Name, Vorname", lang), 2.3, font_size=10, min_font_size=8),
        Column(wording.text("Organisation", lang), 2.3, font_size=9, min_font_size=7),
    ]
    if options.municipality:
        columns.append(Column(wording.text("Kommune", lang), 1.4, font_size=9, min_font_size=7))
    if options.photo_consent:
        columns.append(Column(wording.text("Foto-Einwilligung ja / nein", lang), 1.3, Align.CENTER))
    columns.append(Column(wording.text("Unterschrift", lang), 2.6))

    rows: list[TableRow] = []
    total = len(participants) + max(options.blank_rows, 0)
    for number in range(1, total + 1):
        cells: list[str] = [str(number)]
        key = ""
        if number <= len(participants):
            person = participants[number - 1]
            key = person.key
            cells += [person.display_name, person.organization]
            if options.municipality:
                cells.append(person.municipality)
        else:
            cells += ["", ""] + ([""] if options.municipality else [])
        if options.photo_consent:
            cells.append(wording.text("☐ ja    ☐ nein", lang))
        cells.append("")
        rows.append(TableRow(tuple(cells), key))

    pagesize = landscape(A4) if options.landscape else A4
    setup = PageSetup(
        pagesize=pagesize,
        header_height_mm=30.0 if event.project_title else 24.0,
        row_height_mm=max(options.row_height_mm, MIN_ROW_HEIGHT_MM),
        footer_note=options.privacy_note,
        footer_reference=" · ".join(p for p in (event.reference, event.date_text) if p),
        confirmation_line=(
            wording.text("Richtigkeit bestätigt (Name, Unterschrift):", lang)
            if options.confirmation
            else ""
        ),
    )
    result = render_table(
        output,
        title=f"{wording.text('Teilnahmeliste', lang)}: {event.title}",
        columns=columns,
        rows=rows,
        setup=setup,
        paint_header=_header_painter(event, lang),
        language=lang,
    )
    return PrintResult(result.pages, len(participants), result.problems)
