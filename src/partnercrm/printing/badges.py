"""Name badges on badge sheets (Avery L4785, 5395, Zweckform 32010 or any label format).

Each badge shows the name large, the organisation and the function below, optionally
the event on top; every field shrinks (and wraps) to fit its band, and what cannot fit
is reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partnercrm.i18n import translate
from partnercrm.printing.documents import (
    BadgeItem,
    Output,
    PrintResult,
    Problem,
    glyph_problem,
    open_canvas,
    overflow_problem,
)
from partnercrm.printing.fonts import normalize, register_fonts
from partnercrm.printing.label_sheet import DEFAULT_UNPRINTABLE_MM, LabelFormat, placements
from partnercrm.printing.text_fit import Align, fit_lines


@dataclass(frozen=True)
class BadgeOptions:
    """Choices for badges: sheet position and printer offset as for labels, outlines,
    the event line on top, padding inside each badge, and the field sizes in points."""

    start_position: int = 1
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    outlines: bool = True
    event_title: str = ""
    padding_mm: float = 4.0
    unprintable_mm: float = DEFAULT_UNPRINTABLE_MM
    name_size: float = 24.0
    organization_size: float = 12.0
    function_size: float = 10.0


@dataclass(frozen=True)
class _Band:
    field: str
    texts: list[str]
    share: float
    font: str
    size: float
    min_size: float


def _draw_band(
    canvas: Canvas, band: _Band, left: float, top: float, width: float, height: float
) -> tuple[str, ...]:
    fitted = fit_lines(
        band.texts,
        width=width,
        height=height,
        font_name=band.font,
        size=band.size,
        min_size=band.min_size,
        leading=1.15,
        align=Align.CENTER,
    )
    if fitted.lines:
        last = fitted.lines[-1]
        used = last.baseline + 0.25 * last.size
        top -= max(0.0, (height - used) / 2)  # centre the field in its band
    for line in fitted.lines:
        canvas.setFont(band.font, line.size)
        canvas.drawString(left + line.x, top - line.baseline, line.text)
    return fitted.overflow


def render_badges(
    items: Sequence[BadgeItem],
    output: Output,
    *,
    label_format: LabelFormat,
    options: BadgeOptions = BadgeOptions(),
) -> PrintResult:
    """Print one badge per item onto ``label_format`` sheets."""
    fonts = register_fonts()
    page_w, page_h = label_format.page_w_mm * mm, label_format.page_h_mm * mm
    canvas = open_canvas(output, (page_w, page_h), "Badges")
    problems: list[Problem] = []
    event = normalize(options.event_title.strip())
    current_page = -1
    pages = 0

    def start_page() -> None:
        canvas.translate(options.offset_x_mm * mm, -options.offset_y_mm * mm)
        if options.outlines:
            canvas.setStrokeGray(0.6)
            canvas.setLineWidth(0.3)
            for cell in label_format.cells():
                canvas.roundRect(
                    cell.x * mm,
                    page_h - cell.bottom * mm,
                    cell.w * mm,
                    cell.h * mm,
                    label_format.corner_radius_mm * mm,
                )
            canvas.setStrokeGray(0)

    for item, place in zip(
        items,
        placements(len(items), label_format.per_sheet, options.start_position),
        strict=True,
    ):
        if place.page != current_page:
            if current_page >= 0:
                canvas.showPage()
            current_page = place.page
            pages += 1
            start_page()
        box = label_format.content_rect(
            place.slot, options.padding_mm, options.padding_mm, options.unprintable_mm
        )
        bands = [
            _Band("event", [event] if event else [], 0.14 if event else 0.0, fonts.regular, 8, 6),
            _Band("name", [normalize(item.name)], 0.44, fonts.bold, options.name_size, 12),
            _Band(
                "organization",
                [normalize(item.organization)],
                0.24,
                fonts.regular,
                options.organization_size,
                9,  # below 9 pt a badge is unreadable at arm's length: wrap instead
            ),
            _Band(
                "function", [normalize(item.function)], 0.18, fonts.italic, options.function_size, 8
            ),
        ]
        total = sum(band.share for band in bands)
        where = translate("print", "Page {page}, badge {badge}").format(
            page=place.page + 1, badge=place.slot + 1
        )
        missing = glyph_problem(item.key, where, [item.name, item.organization, item.function])
        if missing is not None:
            problems.append(missing)
        top = page_h - box.y * mm
        for band in bands:
            height = box.h * mm * band.share / total
            if band.texts and any(t.strip() for t in band.texts):
                lost = _draw_band(canvas, band, box.x * mm, top, box.w * mm, height)
                if lost:
                    problems.append(overflow_problem(item.key, where, lost))
            top -= height
    if pages == 0:
        start_page()
        pages = 1
    canvas.showPage()
    canvas.save()
    next_start = (len(items) + options.start_position - 1) % label_format.per_sheet + 1
    return PrintResult(
        pages=pages, items=len(items), problems=tuple(problems), next_start_position=next_start
    )
