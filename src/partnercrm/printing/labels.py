"""Address labels on any sheet format, with start position, printer offset and calibration.

Each label is drawn with ``drawString`` after ``text_fit`` laid it out: a platypus
``Paragraph`` per label would cost five times as much (perf-baselines §4), and 5,000
labels must take well under a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from partnercrm.addressing import DEFAULT_MAX_LINES, AddressBlock, Language
from partnercrm.i18n import translate
from partnercrm.printing import wording
from partnercrm.printing.documents import (
    LabelItem,
    Output,
    PrintResult,
    Problem,
    TextBatch,
    glyph_problem,
    language_of,
    open_canvas,
    overflow_problem,
)
from partnercrm.printing.fonts import FONTS, missing_glyphs, normalize, register_fonts
from partnercrm.printing.label_sheet import (
    DEFAULT_UNPRINTABLE_MM,
    LabelFormat,
    Rect,
    placements,
)
from partnercrm.printing.text_fit import FitResult, fit_lines

_OUTLINE = Color(0.6, 0.6, 0.6)
_GRID_MINOR = Color(0.85, 0.85, 0.85)
_GRID_MAJOR = Color(0.55, 0.55, 0.55)
# The return line above the address: small, but clearly apart from the address (intermed.de).
_SENDER_SIZE = 6.0
_SENDER_BAND = _SENDER_SIZE * 1.6


@dataclass(frozen=True)
class LabelOptions:
    """How labels are drawn.

    Attributes: start_position (1-based, first sheet only), offset_x_mm/offset_y_mm
    (printer correction; positive moves right/down), outlines, font_size and
    min_font_size (shrink floor, DIN 5008: 8 pt), padding (None: chosen from the label
    size), unprintable_mm (border no office printer reaches), sender_line (small
    return address above the address), centre_vertically (the address in the middle
    of the label rather than at its top).
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
    centre_vertically: bool = True


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
    sender_band = _SENDER_BAND if sender else 0.0
    problems: list[Problem] = []
    # Content rectangles depend only on the slot: compute them once per sheet layout.
    boxes = [
        label_format.content_rect(slot, pad_x, pad_y, options.unprintable_mm)
        for slot in range(label_format.per_sheet)
    ]
    current_page = -1
    pages = 0
    batch = TextBatch(canvas)
    sender_fits: dict[float, FitResult] = {}  # the sender line only differs by box width
    for item, place in zip(
        items,
        placements(len(items), label_format.per_sheet, options.start_position),
        strict=True,
    ):
        if place.page != current_page:
            if current_page >= 0:
                batch.flush()
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
            fitted_sender = sender_fits.get(width_pt)
            if fitted_sender is None:
                fitted_sender = sender_fits[width_pt] = fit_lines(
                    [sender],
                    width=width_pt,
                    height=sender_band,
                    font_name=fonts.regular,
                    size=_SENDER_SIZE,
                    min_size=5.0,
                )
            batch.add(fonts.regular, fitted_sender.lines, left_pt, top_pt)
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
        if options.centre_vertically and fitted.lines:
            last = fitted.lines[-1]
            used = last.baseline + 0.25 * last.size  # 0.25 em: the descender below the baseline
            address_top -= max(0.0, (height_pt - sender_band - used) / 2)
        batch.add(fonts.regular, fitted.lines, left_pt, address_top)
        lacking = missing_glyphs("".join(lines))
        if not fitted.fits or lacking:
            where = translate("print", "Page {page}, label {label}").format(
                page=place.page + 1, label=place.slot + 1
            )
            if not fitted.fits:
                problems.append(overflow_problem(item.key, where, fitted.overflow))
            glyphs = glyph_problem(item.key, where, lines)
            if glyphs is not None:
                problems.append(glyphs)
    if pages == 0:
        # An empty run still yields a valid one-page PDF (outlines only, if asked).
        if options.outlines:
            _draw_outlines(canvas, label_format, page_h)
        pages = 1
    batch.flush()
    canvas.showPage()
    canvas.save()
    next_start = (len(items) + options.start_position - 1) % label_format.per_sheet + 1
    return PrintResult(
        pages=pages, items=len(items), problems=tuple(problems), next_start_position=next_start
    )


def line_capacity(label_format: LabelFormat, options: LabelOptions = LabelOptions()) -> int:
    """Return how many address lines fit on one label at the minimum font size.

    Pass it as ``max_lines`` to ``addressing.address_block`` so that small labels get a
    shortened address (with the dropped lines reported) rather than a cut-off one.
    """
    register_fonts()
    pad_x, pad_y = _padding(label_format, options)
    box = label_format.content_rect(0, pad_x, pad_y, options.unprintable_mm)
    height = box.h * mm - (_SENDER_BAND if options.sender_line.strip() else 0.0)
    size, leading = options.min_font_size, 1.2
    ascent, descent = pdfmetrics.getAscentDescent(FONTS.regular, size)
    if height < ascent - descent:
        return 0
    return 1 + int((height - (ascent - descent)) // (size * leading))


def fitting_block(
    label_format: LabelFormat,
    make_block: Callable[[int], AddressBlock],
    options: LabelOptions = LabelOptions(),
) -> AddressBlock:
    """Return the longest address block that fits the label, wrapped lines included.

    ``make_block(max_lines)`` builds the block, e.g. ``lambda n: address_block(r,
    max_lines=n)``; lines it drops are reported in the block. Starting from the label's
    line capacity, fewer lines are asked for until the fitted text fits; if none does,
    the shortest block is returned and ``render_labels`` reports the overflow.
    """
    register_fonts()
    pad_x, pad_y = _padding(label_format, options)
    box = label_format.content_rect(0, pad_x, pad_y, options.unprintable_mm)
    height = box.h * mm - (_SENDER_BAND if options.sender_line.strip() else 0.0)
    block: AddressBlock | None = None
    for max_lines in range(max(line_capacity(label_format, options), 1), 0, -1):
        try:
            candidate = make_block(max_lines)
        except ValueError:
            break  # fewer lines than delivery, town and country need
        block = candidate
        fitted = fit_lines(
            list(candidate.lines),
            width=box.w * mm,
            height=height,
            font_name=FONTS.regular,
            size=options.font_size,
            min_size=options.min_font_size,
            uniform=True,
        )
        if fitted.fits:
            return candidate
    if block is None:
        return make_block(DEFAULT_MAX_LINES)
    return block


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


def text_box(label_format: LabelFormat, options: LabelOptions = LabelOptions()) -> Rect:
    """The box (mm) of the first label that holds its text: padding and the border no
    printer reaches taken off. Its width is the same on every label of the sheet."""
    pad_x, pad_y = _padding(label_format, options)
    return label_format.content_rect(0, pad_x, pad_y, options.unprintable_mm)
