"""Certificates of attendance (Teilnahmebescheinigungen), one A4 page per person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partnercrm.addressing import Language
from partnercrm.i18n import translate
from partnercrm.printing import wording
from partnercrm.printing.documents import (
    CertificateItem,
    EventInfo,
    Output,
    PrintResult,
    Problem,
    glyph_problem,
    language_of,
    open_canvas,
    overflow_problem,
)
from partnercrm.printing.fonts import FontSet, normalize, register_fonts
from partnercrm.printing.text_fit import Align, fit_lines

_MARGIN = 25 * mm


@dataclass(frozen=True)
class CertificateOptions:
    """What the certificate says besides the person and event.

    Attributes: issuer (organisation at the top), details (topics or programme lines),
    place_date ("Düsseldorf, 24.11.2026"), signer_name and signer_role under the
    signature line, language.
    """

    issuer: str = ""
    details: tuple[str, ...] = ()
    place_date: str = ""
    signer_name: str = ""
    signer_role: str = ""
    language: Language | str = Language.DE


def _centred(
    canvas: Canvas,
    texts: list[str],
    top: float,
    height: float,
    font: str,
    size: float,
    min_size: float,
) -> tuple[float, tuple[str, ...]]:
    """Draw centred, fitted lines from ``top`` down; return the y below them and overflow."""
    width = A4[0] - 2 * _MARGIN
    fitted = fit_lines(
        texts, width=width, height=height, font_name=font, size=size, min_size=min_size,
        align=Align.CENTER,
    )  # fmt: skip
    for line in fitted.lines:
        canvas.setFont(font, line.size)
        canvas.drawString(_MARGIN + line.x, top - line.baseline, line.text)
    used = fitted.lines[-1].baseline + 0.3 * fitted.lines[-1].size if fitted.lines else 0.0
    return top - used, fitted.overflow


def _page(
    canvas: Canvas,
    fonts: FontSet,
    item: CertificateItem,
    event: EventInfo,
    options: CertificateOptions,
    lang: Language,
) -> list[str]:
    lost: list[str] = []
    page_w, page_h = A4
    y = page_h - 30 * mm
    if options.issuer:
        y, over = _centred(canvas, [normalize(options.issuer)], y, 12 * mm, fonts.regular, 11, 8)
        lost += over
    y = page_h - 75 * mm
    y, _ = _centred(
        canvas, [wording.text("Teilnahmebescheinigung", lang)], y, 16 * mm, fonts.bold, 28, 18
    )
    y -= 14 * mm
    y, _ = _centred(
        canvas,
        [wording.text("Hiermit wird bestätigt, dass", lang)],
        y,
        8 * mm,
        fonts.regular,
        12,
        10,
    )
    y -= 6 * mm
    y, over = _centred(canvas, [normalize(item.name)], y, 22 * mm, fonts.bold, 24, 12)
    lost += over
    if item.organization:
        y -= 2 * mm
        y, over = _centred(canvas, [normalize(item.organization)], y, 12 * mm, fonts.regular, 12, 9)
        lost += over
    y -= 8 * mm
    attended = wording.text("am {date} an der Veranstaltung", lang).format(
        date=event.date_text, venue=event.venue
    )
    y, _ = _centred(canvas, [attended], y, 8 * mm, fonts.regular, 12, 9)
    y -= 4 * mm
    # A long title wraps at 14 pt rather than shrinking into small print.
    y, over = _centred(canvas, [normalize(event.title)], y, 22 * mm, fonts.bold, 16, 14)
    lost += over
    y -= 4 * mm
    closing = "in {venue} teilgenommen hat." if event.venue else "teilgenommen hat."
    ending = wording.text(closing, lang).format(date=event.date_text, venue=normalize(event.venue))
    y, _ = _centred(canvas, [ending], y, 8 * mm, fonts.regular, 12, 9)
    if options.details:
        y -= 12 * mm
        y, over = _centred(
            canvas, [normalize(d) for d in options.details], y, 60 * mm, fonts.regular, 10, 8
        )
        lost += over
    if event.funding_line:
        _centred(canvas, [normalize(event.funding_line)], 45 * mm, 8 * mm, fonts.italic, 8, 6.5)
    # Place/date on the left and the signature on the right, above the funding line.
    line_y = 75 * mm
    canvas.setLineWidth(0.5)
    canvas.line(_MARGIN, line_y, _MARGIN + 65 * mm, line_y)
    canvas.line(page_w - _MARGIN - 70 * mm, line_y, page_w - _MARGIN, line_y)
    canvas.setFont(fonts.regular, 11)
    if options.place_date:
        canvas.drawString(_MARGIN, line_y + 3 * mm, normalize(options.place_date))
    canvas.setFont(fonts.regular, 8)
    canvas.drawString(_MARGIN, line_y - 4 * mm, wording.text("Ort, Datum", lang))
    signer = [normalize(s) for s in (options.signer_name, options.signer_role) if s]
    if signer:
        fitted = fit_lines(
            signer, width=70 * mm, height=10 * mm, font_name=fonts.regular, size=9, min_size=7
        )
        for line in fitted.lines:
            canvas.setFont(fonts.regular, line.size)
            canvas.drawString(
                page_w - _MARGIN - 70 * mm + line.x, line_y - 1 * mm - line.baseline, line.text
            )
        lost += fitted.overflow
    return lost


def render_certificates(
    items: Sequence[CertificateItem],
    output: Output,
    *,
    event: EventInfo,
    options: CertificateOptions = CertificateOptions(),
) -> PrintResult:
    """Print one certificate page per person, in the order given."""
    lang = language_of(options.language)
    fonts = register_fonts()
    canvas = open_canvas(output, A4, wording.text("Teilnahmebescheinigung", lang))
    problems: list[Problem] = []
    for item in items:
        lost = _page(canvas, fonts, item, event, options, lang)
        where = translate("print", "Certificate for {name}").format(name=item.name)
        if lost:
            problems.append(overflow_problem(item.key, where, tuple(lost)))
        missing = glyph_problem(item.key, where, [item.name, item.organization])
        if missing is not None:
            problems.append(missing)
        canvas.showPage()
    if not items:
        canvas.showPage()
    canvas.save()
    return PrintResult(pages=max(len(items), 1), items=len(items), problems=tuple(problems))
