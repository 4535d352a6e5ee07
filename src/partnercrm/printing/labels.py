"""Address labels on any sheet format, with start position, printer offset and calibration.

Each label is drawn with ``drawString`` after ``text_fit`` laid it out: a platypus
``Paragraph`` per label would cost five times as much (perf-baselines §4), and 5,000
labels must take well under a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partnercrm.addressing import Language
from partnercrm.printing import wording
from partnercrm.printing.documents import (
    LabelItem,
    Output,
    PrintResult,
    Problem,
    language_of,
    open_canvas,
)
from partnercrm.printing.fonts import normalize, register_fonts
from partnercrm.printing.label_sheet import (
    DEFAULT_UNPRINTABLE_MM,
    LabelFormat,
    Rect,
    placements,
)
from partnercrm.printing.text_fit import fit_lines

_OUTLINE = Color(0.6, 0.6, 0.6)
_GRID_MINOR = Color(0.85, 0.85, 0.85)
_GRID_MAJOR = Color(0.55, 0.55, 0.55)


@dataclass(frozen=True)
class LabelOptions:
    """How labels are drawn.

    Attributes: start_position (1-based, first sheet only), offset_x_mm/offset_y_mm
    (printer correction; positive moves right/down), outlines, font_size and
    min_font_size (shrink floor, DIN 5008: 8 pt), padding (None: chosen from the label
    size), unprintable_mm (border no office printer reaches), sender_line (small
    return address above the address).
    """

    start_position: int = 1
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    outlines: bool = False
    font_size: float = 10.0
    min_font_size: float = 8.0
    padding_x_mm: float | None = None
    padding_y_mm: float | None = None
    unprintable_mm: float = DEFAULT_UNPRINTABLE_MM
    sender_line: str = ""


def _padding(label_format: LabelFormat, options: LabelOptions) -> tuple[float, float]:
    # 4 mm sides, 3 mm top and bottom on normal labels (reference §1.5); small labels
    # such as L7651 (38 × 21 mm) cannot spare that much.
    px = options.padding_x_mm
    py = options.padding_y_mm
    if px is None:
        px = 4.0 if label_format.label_w_mm >= 50 else 2.0
    if py is None:
        py = 3.0 if label_format.label_h_mm >= 30 else 1.5
    return px, py


def _rounded(canvas: Canvas, rect: Rect, radius_mm: float, page_h: float) -> None:
    canvas.roundRect(
        rect.x * mm,
        page_h - rect.bottom * mm,
        rect.w * mm,
        rect.h * mm,
        radius_mm * mm,
        stroke=1,
        fill=0,
    )


def _draw_outlines(canvas: Canvas, label_format: LabelFormat, page_h: float) -> None:
    canvas.setStrokeColor(_OUTLINE)
    canvas.setLineWidth(0.3)
    for rect in label_format.cells():
        _rounded(canvas, rect, label_format.corner_radius_mm, page_h)
    canvas.setStrokeColor(black)


def render_labels(
    items: Sequence[LabelItem],
    output: Output,
    *,
    label_format: LabelFormat,
    options: LabelOptions = LabelOptions(),
) -> PrintResult:
    """Print ``items`` onto sheets of ``label_format``; report labels whose text did not fit."""
    fonts = register_fonts()
    page_w, page_h = label_format.page_w_mm * mm, label_format.page_h_mm * mm
    canvas = open_canvas(output, (page_w, page_h), "Labels")
    canvas.translate(options.offset_x_mm * mm, -options.offset_y_mm * mm)
    pad_x, pad_y = _padding(label_format, options)
    sender = normalize(options.sender_line.strip())
    sender_size = 6.0
    sender_band = sender_size * 1.6 if sender else 0.0
    problems: list[Problem] = []
    # Content rectangles depend only on the slot: compute them once per sheet layout.
    boxes = [
        label_format.content_rect(slot, pad_x, pad_y, options.unprintable_mm)
        for slot in range(label_format.per_sheet)
    ]
    current_page = -1
    pages = 0
    for item, place in zip(
        items,
        placements(len(items), label_format.per_sheet, options.start_position),
        strict=True,
    ):
        if place.page != current_page:
            if current_page >= 0:
                canvas.showPage()
                canvas.translate(options.offset_x_mm * mm, -options.offset_y_mm * mm)
            current_page = place.page
            pages += 1
            if options.outlines:
                _draw_outlines(canvas, label_format, page_h)
        box = boxes[place.slot]
        left_pt = box.x * mm
        top_pt = page_h - box.y * mm
        width_pt = box.w * mm
        height_pt = box.h * mm
        if sender:
            fitted_sender = fit_lines(
                [sender],
                width=width_pt,
                height=sender_band,
                font_name=fonts.regular,
                size=sender_size,
                min_size=5.0,
            )
            for line in fitted_sender.lines:
                canvas.setFont(fonts.regular, line.size)
                canvas.drawString(left_pt + line.x, top_pt - line.baseline, line.text)
        lines = [normalize(line) for line in item.lines]
        fitted = fit_lines(
            lines,
            width=width_pt,
            height=height_pt - sender_band,
            font_name=fonts.regular,
            size=options.font_size,
            min_size=options.min_font_size,
            uniform=True,
        )
        address_top = top_pt - sender_band
        for line in fitted.lines:
            canvas.setFont(fonts.regular, line.size)
            canvas.drawString(left_pt + line.x, address_top - line.baseline, line.text)
        if not fitted.fits:
            problems.append(
                Problem(
                    item.key,
                    f"page {place.page + 1}, label {place.slot + 1}: text does not fit",
                    fitted.overflow,
                )
            )
    if pages == 0:
        # An empty run still yields a valid one-page PDF (outlines only, if asked).
        if options.outlines:
            _draw_outlines(canvas, label_format, page_h)
        pages = 1
    canvas.showPage()
    canvas.save()
    return PrintResult(pages=pages, items=len(items), problems=tuple(problems))


def render_calibration_page(
    output: Output,
    *,
    label_format: LabelFormat,
    offset_x_mm: float = 0.0,
    offset_y_mm: float = 0.0,
    language: Language | str = Language.DE,
) -> PrintResult:
    """Print one test page: label outlines, a millimetre grid, 100 mm rulers, crosshairs.

    Held against a real sheet, it shows the printer's shift (to enter as offset) and
    whether the viewer scaled the page (the 100 mm rulers will not measure 100 mm).
    """
    lang = language_of(language)
    fonts = register_fonts()
    page_w, page_h = label_format.page_w_mm * mm, label_format.page_h_mm * mm
    canvas = open_canvas(output, (page_w, page_h), wording.text("Kalibrierseite", lang))
    canvas.translate(offset_x_mm * mm, -offset_y_mm * mm)
    # Millimetre grid: 5 mm light, 10 mm dark, numbered every 10 mm along two edges.
    canvas.setLineWidth(0.1)
    for step, color in ((5, _GRID_MINOR), (10, _GRID_MAJOR)):
        canvas.setStrokeColor(color)
        for x in range(0, int(label_format.page_w_mm) + 1, step):
            canvas.line(x * mm, 0, x * mm, page_h)
        for y in range(0, int(label_format.page_h_mm) + 1, step):
            canvas.line(0, page_h - y * mm, page_w, page_h - y * mm)
    canvas.setFillColor(_GRID_MAJOR)
    canvas.setFont(fonts.regular, 5)
    for x in range(10, int(label_format.page_w_mm), 10):
        canvas.drawCentredString(x * mm, page_h - 8 * mm, str(x))
    for y in range(10, int(label_format.page_h_mm), 10):
        canvas.drawString(6.5 * mm, page_h - y * mm - 1.7, str(y))
    canvas.setFillColor(black)
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.4)
    for rect in label_format.cells():
        _rounded(canvas, rect, label_format.corner_radius_mm, page_h)
    # Crosshairs on the first and last label's corners.
    for rect, (cx, cy) in (
        (label_format.cell(0), (0, 0)),
        (label_format.cell(label_format.per_sheet - 1), (1, 1)),
    ):
        x = (rect.x + cx * rect.w) * mm
        y = page_h - (rect.y + cy * rect.h) * mm
        canvas.line(x - 4 * mm, y, x + 4 * mm, y)
        canvas.line(x, y - 4 * mm, x, y + 4 * mm)
        canvas.circle(x, y, 1.5 * mm)
    _draw_rulers(canvas, label_format, page_h, fonts.regular, lang)
    # The explanation sits below the vertical ruler on a white box, so no line crosses it.
    title = f"{wording.text('Kalibrierseite', lang)}: {label_format.id} ({label_format.name})"
    hint = wording.text(
        "Mit 100 % / „Tatsächliche Größe“ drucken, nicht „An Seite anpassen“.", lang
    )
    offset = wording.text("Versatz x {x} mm, y {y} mm", lang).format(
        x=f"{offset_x_mm:+.1f}", y=f"{offset_y_mm:+.1f}"
    )
    info_top = page_h / 2 - 56 * mm
    canvas.setFillColor(Color(1, 1, 1))
    canvas.rect(page_w / 2 - 75 * mm, info_top - 14 * mm, 150 * mm, 15 * mm, stroke=0, fill=1)
    canvas.setFillColor(black)
    canvas.setFont(fonts.bold, 9)
    canvas.drawCentredString(page_w / 2, info_top - 10, title)
    canvas.setFont(fonts.regular, 8)
    canvas.drawCentredString(page_w / 2, info_top - 22, hint)
    canvas.drawCentredString(page_w / 2, info_top - 33, offset)
    canvas.showPage()
    canvas.save()
    return PrintResult(pages=1, items=0)


def _draw_rulers(
    canvas: Canvas, label_format: LabelFormat, page_h: float, font: str, lang: Language
) -> None:
    """Draw a horizontal and a vertical 100 mm ruler with mm ticks around the page centre."""
    cx = label_format.page_w_mm / 2
    cy = label_format.page_h_mm / 2
    canvas.setFillColor(Color(1, 1, 1))
    canvas.rect((cx - 52) * mm, page_h - (cy + 6) * mm, 104 * mm, 10 * mm, stroke=0, fill=1)
    canvas.rect((cx - 10) * mm, page_h - (cy + 52) * mm, 12 * mm, 104 * mm, stroke=0, fill=1)
    canvas.setFillColor(black)
    canvas.setLineWidth(0.2)
    x0, y0 = cx - 50, cy - 50
    canvas.line(x0 * mm, page_h - cy * mm, (x0 + 100) * mm, page_h - cy * mm)
    canvas.line(cx * mm, page_h - y0 * mm, cx * mm, page_h - (y0 + 100) * mm)
    canvas.setFont(font, 5)
    for tick in range(101):
        length = 3.0 if tick % 10 == 0 else 2.0 if tick % 5 == 0 else 1.0
        x = (x0 + tick) * mm
        canvas.line(x, page_h - cy * mm, x, page_h - (cy - length) * mm)
        y = page_h - (y0 + tick) * mm
        canvas.line(cx * mm, y, (cx - length) * mm, y)
        if tick % 10 == 0:
            canvas.drawCentredString(x, page_h - (cy - 4.2) * mm, str(tick))
            canvas.drawRightString((cx - 4) * mm, y - 1.7, str(tick))
    canvas.drawString((x0 + 60) * mm, page_h - (cy + 4) * mm, wording.text("Lineal 100 mm", lang))
