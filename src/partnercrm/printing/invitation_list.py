"""The invitation list: who was invited to an event and where each invitation stands.

A4 landscape table with name, organisation, function, municipality, status and
e-mail/phone, the event on every page and "Seite x von y" in the footer. Rows come in
the order given; the service sorts them.
"""

from __future__ import annotations

from collections.abc import Sequence

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
from partnercrm.printing.text_fit import fit_lines


def _header_painter(event: EventInfo, count: int, lang: Language) -> HeaderPainter:
    def paint(
        canvas: Canvas,
        fonts: FontSet,
        page: int,
        pages: int,
        box: tuple[float, float, float, float],
    ) -> None:
        left, top, width, _table_top = box
        heading = f"{wording.text('Einladungsliste', lang)}: {normalize(event.title)}"
        fitted = fit_lines(
            [heading], width=width, height=7 * mm, font_name=fonts.bold, size=14, min_size=9
        )
        for line in fitted.lines:
            canvas.setFont(fonts.bold, line.size)
            canvas.drawString(left + line.x, top - line.baseline, line.text)
        facts = [
            (wording.text("Datum", lang), event.date_text),
            (wording.text("Ort", lang), event.venue),
            (wording.text("Veranstalter", lang), event.organizer),
        ]
        details = "   ·   ".join(f"{label}: {normalize(value)}" for label, value in facts if value)
        details = "   ·   ".join(
            part
            for part in (details, wording.text("{count} Einträge", lang).format(count=count))
            if part
        )
        fitted = fit_lines(
            [details], width=width, height=5 * mm, font_name=fonts.regular, size=9, min_size=7
        )
        for line in fitted.lines:
            canvas.setFont(fonts.regular, line.size)
            canvas.drawString(left + line.x, top - 8 * mm - line.baseline, line.text)

    return paint


def render_invitation_list(
    rows: Sequence[ParticipantRow],
    output: Output,
    *,
    event: EventInfo,
    language: Language | str = Language.DE,
    row_height_mm: float = 9.0,
) -> PrintResult:
    """Print the invitation list; cells too long even at 7 pt are reported."""
    lang = language_of(language)
    columns = [
        Column(wording.text("Name", lang), 2.0, font_size=9),
        Column(wording.text("Organisation", lang), 2.4, font_size=8.5),
        Column(wording.text("Funktion", lang), 1.6, font_size=8.5),
        Column(wording.text("Kommune", lang), 1.3, font_size=8.5),
        Column(wording.text("Status", lang), 1.0, font_size=8.5),
        Column(wording.text("E-Mail / Telefon", lang), 2.2, font_size=8),
    ]
    table_rows = [
        TableRow(
            (
                row.display_name,
                row.organization,
                row.function,
                row.municipality,
                row.status,
                "\n".join(part for part in (row.email, row.phone) if part),
            ),
            row.key,
        )
        for row in rows
    ]
    setup = PageSetup(
        pagesize=landscape(A4),
        header_height_mm=16.0,
        row_height_mm=row_height_mm,
        footer_reference=" · ".join(p for p in (event.reference, event.date_text) if p),
    )
    return render_table(
        output,
        title=f"{wording.text('Einladungsliste', lang)}: {event.title}",
        columns=columns,
        rows=table_rows,
        setup=setup,
        paint_header=_header_painter(event, len(rows), lang),
        language=lang,
    )
