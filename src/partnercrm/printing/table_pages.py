"""A paged grid table drawn straight on the canvas, with a page header and "Seite x von y".

Lists and sign-in sheets have fixed row heights (≥ 10 mm for handwriting), so the
page count is known before drawing: the footer can say "Seite 3 von 65" in one pass,
and 2,000 rows take a fraction of the time of a platypus ``Table``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partnercrm.addressing import Language
from partnercrm.i18n import translate
from partnercrm.printing import wording
from partnercrm.printing.documents import (
    Output,
    PrintResult,
    Problem,
    TextBatch,
    glyph_problem,
    open_canvas,
    overflow_problem,
)
from partnercrm.printing.fonts import FontSet, normalize, register_fonts
from partnercrm.printing.text_fit import Align, PlacedLine, fit_lines

_HEAD_FILL = Color(0.88, 0.88, 0.88)
_CELL_PAD_MM = 1.2


@dataclass(frozen=True)
class Column:
    """A table column: title, relative width, alignment and text size."""

    title: str
    weight: float
    align: Align = Align.LEFT
    font_size: float = 9.0
    min_font_size: float = 7.0


@dataclass(frozen=True)
class TableRow:
    """One row: a text per column ("\\n" separates lines inside a cell) and a record key."""

    cells: tuple[str, ...]
    key: str = ""


@dataclass(frozen=True)
class PageSetup:
    """Page size and the heights of the parts around the table (mm)."""

    pagesize: tuple[float, float]
    margin_mm: float = 12.0
    header_height_mm: float = 30.0
    head_row_height_mm: float = 9.0
    row_height_mm: float = 10.0
    footer_note: str = ""
    footer_reference: str = ""
    confirmation_line: str = ""

    @property
    def footer_height_mm(self) -> float:
        height = 6.0
        if self.footer_note:
            height += 7.0
        if self.confirmation_line:
            height += 9.0
        return height


# Draws the page header into the box (x, top, width, height in points); gets page numbers.
HeaderPainter = Callable[[Canvas, FontSet, int, int, tuple[float, float, float, float]], None]


@dataclass(frozen=True)
class _Cell:
    lines: tuple[PlacedLine, ...]
    overflow: tuple[str, ...]


@dataclass(frozen=True)
class _Row:
    cells: tuple[_Cell, ...]
    height: float
    key: str
    texts: tuple[str, ...]


def _fit_cells(
    texts: Sequence[str],
    columns: Sequence[Column],
    widths: Sequence[float],
    base_height: float,
    font_name: str,
    bold: bool = False,
) -> tuple[tuple[_Cell, ...], float]:
    """Fit every cell of a row; the row grows in 1.5 × steps (up to 3 ×) until all fit."""
    pad = _CELL_PAD_MM * mm
    height = base_height
    while True:
        cells = []
        for index, column in enumerate(columns):
            text = texts[index] if index < len(texts) else ""
            if not text.strip():
                cells.append(_Cell((), ()))
                continue
            fitted = fit_lines(
                [normalize(part) for part in text.split("\n")],
                width=widths[index] - 2 * pad,
                height=height - 2 * pad,
                font_name=font_name,
                size=8.5 if bold else column.font_size,
                min_size=7.5 if bold else column.min_font_size,  # headings wrap before they shrink
                align=column.align,
            )
            cells.append(_Cell(fitted.lines, fitted.overflow))
        if all(not cell.overflow for cell in cells) or height >= 3 * base_height - 1e-6:
            return tuple(cells), height
        height = min(height * 1.5, 3 * base_height)


def _paginate(rows: Sequence[_Row], available: float) -> list[list[_Row]]:
    pages: list[list[_Row]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > available + 1e-6:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row.height
    return pages


def render_table(
    output: Output,
    *,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[TableRow],
    setup: PageSetup,
    paint_header: HeaderPainter,
    language: Language = Language.DE,
) -> PrintResult:
    """Draw ``rows`` as a paged table; report cells whose text did not fit.

    Rows have ``setup.row_height_mm`` and grow (at most to three times that) when a
    cell needs more lines; everything is fitted before drawing so that the page count
    for "Seite x von y" is known.
    """
    fonts = register_fonts()
    page_w, page_h = setup.pagesize
    canvas = open_canvas(output, setup.pagesize, title)
    margin = setup.margin_mm * mm
    table_w = page_w - 2 * margin
    total_weight = sum(c.weight for c in columns)
    widths = [table_w * c.weight / total_weight for c in columns]
    lefts = [margin + sum(widths[:i]) for i in range(len(columns))]
    pad = _CELL_PAD_MM * mm
    table_top = page_h - margin - setup.header_height_mm * mm
    head_cells, head_h = _fit_cells(
        [c.title for c in columns], columns, widths, setup.head_row_height_mm * mm, fonts.bold, True
    )
    fitted_rows = [
        _Row(
            *_fit_cells(row.cells, columns, widths, setup.row_height_mm * mm, fonts.regular),
            row.key,
            row.cells,
        )
        for row in rows
    ]
    available = table_top - head_h - margin - setup.footer_height_mm * mm
    pages = _paginate(fitted_rows, available)
    problems: list[Problem] = []

    batch = TextBatch(canvas)
    for number, chunk in enumerate(pages, start=1):
        paint_header(
            canvas, fonts, number, len(pages), (margin, page_h - margin, table_w, table_top)
        )
        canvas.setFillColor(_HEAD_FILL)
        canvas.rect(lefts[0], table_top - head_h, table_w, head_h, stroke=0, fill=1)
        canvas.setFillColor(black)
        _draw_cells(batch, fonts.bold, head_cells, lefts, table_top, head_h, pad, False)
        y = table_top - head_h
        bottoms = [y]
        for row in chunk:
            _draw_cells(batch, fonts.regular, row.cells, lefts, y, row.height, pad, True)
            for column, cell in zip(columns, row.cells, strict=True):
                if cell.overflow:
                    where = translate("print", "Page {page}, column {column}").format(
                        page=number, column=column.title
                    )
                    problems.append(overflow_problem(row.key, where, cell.overflow))
            missing = glyph_problem(
                row.key, translate("print", "Page {page}").format(page=number), row.texts
            )
            if missing is not None:
                problems.append(missing)
            y -= row.height
            bottoms.append(y)
        batch.flush()
        _draw_grid(canvas, lefts, widths, table_top, bottoms)
        _draw_footer(canvas, fonts, setup, number, len(pages), language)
        canvas.showPage()
    canvas.save()
    return PrintResult(pages=len(pages), items=len(rows), problems=tuple(problems))


def _draw_cells(
    batch: TextBatch,
    font_name: str,
    cells: Sequence[_Cell],
    lefts: Sequence[float],
    top: float,
    height: float,
    pad: float,
    centre: bool,
) -> None:
    for left, cell in zip(lefts, cells, strict=True):
        if not cell.lines:
            continue
        y = top - pad
        if centre:
            # Centre the text vertically: handwriting rows are taller than the text.
            last = cell.lines[-1]
            used = last.baseline + 0.25 * last.size
            y -= max(0.0, (height - 2 * pad - used) / 2)
        batch.add(font_name, cell.lines, left + pad, y)


def _draw_grid(
    canvas: Canvas,
    lefts: list[float],
    widths: list[float],
    top: float,
    bottoms: list[float],
) -> None:
    right = lefts[-1] + widths[-1]
    canvas.setLineWidth(0.5)
    canvas.line(lefts[0], top, right, top)
    canvas.line(lefts[0], bottoms[0], right, bottoms[0])
    canvas.setLineWidth(0.3)
    for y in bottoms[1:]:
        canvas.line(lefts[0], y, right, y)
    for x in [*lefts, right]:
        canvas.line(x, top, x, bottoms[-1])


def _draw_footer(
    canvas: Canvas, fonts: FontSet, setup: PageSetup, page: int, pages: int, lang: Language
) -> None:
    page_w = setup.pagesize[0]
    margin = setup.margin_mm * mm
    y = margin
    canvas.setFont(fonts.regular, 8)
    canvas.drawRightString(
        page_w - margin,
        y,
        wording.text("Seite {page} von {pages}", lang).format(page=page, pages=pages),
    )
    if setup.footer_reference:
        canvas.drawString(margin, y, normalize(setup.footer_reference))
    if setup.footer_note:
        fitted = fit_lines(
            [normalize(setup.footer_note)],
            width=page_w - 2 * margin,
            height=6.5 * mm,
            font_name=fonts.regular,
            size=6.5,
            min_size=5.5,
        )
        top = y + 12 * mm
        for line in fitted.lines:
            canvas.setFont(fonts.regular, line.size)
            canvas.drawString(margin + line.x, top - line.baseline, line.text)
    if setup.confirmation_line:
        line_y = y + (20 if setup.footer_note else 11) * mm
        canvas.setFont(fonts.regular, 8.5)
        label = normalize(setup.confirmation_line)
        canvas.drawString(margin, line_y, label)
        start = margin + canvas.stringWidth(label, fonts.regular, 8.5) + 3 * mm
        canvas.setLineWidth(0.4)
        canvas.line(start, line_y - 1, min(start + 110 * mm, page_w - margin), line_y - 1)
