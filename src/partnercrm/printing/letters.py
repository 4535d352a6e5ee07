"""Serial letters after DIN 5008 Form B for window envelopes (DL/C6 long, C5, C4).

Geometry (mm from the top-left corner): letterhead above 45; address field at 20 from
the left and 45 from the top, 85 × 45, of which the upper 17.7 hold the return line and
notes (filled bottom-up) and the lower 27.3 the six-line address; text on the 25 mm
alignment line; fold marks at 105 and 210, hole mark at 148.5.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partnercrm.addressing import (
    BlockStyle,
    Language,
    TitleMode,
    address_block,
    full_name,
    salutation,
)
from partnercrm.i18n import translate
from partnercrm.printing import wording
from partnercrm.printing.documents import (
    LetterItem,
    Output,
    PrintResult,
    Problem,
    ProblemKind,
    glyph_problem,
    language_of,
    open_canvas,
    overflow_problem,
)
from partnercrm.printing.fonts import FontSet, normalize, register_fonts
from partnercrm.printing.text_fit import fit_lines, wrap

PAGE_W, PAGE_H = A4
LEFT = 25 * mm  # Fluchtlinie: text starts here
RIGHT = 20 * mm
FIELD_X, FIELD_TOP, FIELD_W = 20 * mm, 45 * mm, 85 * mm
NOTE_ZONE_H, ADDRESS_ZONE_H = 17.7 * mm, 27.3 * mm
INFO_X = 125 * mm
SUBJECT_TOP = 98.5 * mm
BOTTOM = 25 * mm
NEXT_PAGE_TOP = 20 * mm
FOLD_MARKS_MM = (105.0, 210.0)
HOLE_MARK_MM = 148.5
BODY_SIZE, BODY_LEADING = 11.0, 1.3

PLACEHOLDERS = (
    "salutation",
    "first_name",
    "last_name",
    "full_name",
    "organization",
    "event_title",
    "event_date",
)


@dataclass(frozen=True)
class LetterTemplate:
    """Everything a serial letter shares; ``body`` holds placeholders such as
    ``{salutation}``, ``{first_name}``, ``{last_name}``, ``{full_name}``,
    ``{organization}``, ``{event_title}``, ``{event_date}`` and any ``extra`` keys of
    the item. Paragraphs are separated by blank lines. If the body does not contain
    ``{salutation}``, the salutation is printed above it. The salutation follows the
    template's ``language`` (the language of the body), not the recipient's.
    """

    body: str
    subject: str = ""
    sender_line: str = ""
    letterhead: tuple[str, ...] = ()
    place_date: str = ""
    notes: tuple[str, ...] = ()
    closing: str = ""
    signer_name: str = ""
    signer_role: str = ""
    event_title: str = ""
    event_date: str = ""
    footer: tuple[str, ...] = ()
    language: Language | str = Language.DE
    style: BlockStyle = BlockStyle.BUSINESS
    titles: TitleMode = TitleMode.HIGHEST
    sender_country: str = "DE"


class _Values(dict[str, str]):
    """Placeholder values that remember unknown keys instead of raising."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(values)
        self.missing: list[str] = []

    def __missing__(self, key: str) -> str:
        self.missing.append(key)
        return "{" + key + "}"


def fill_placeholders(template: str, values: Mapping[str, str]) -> tuple[str, list[str]]:
    """Return ``template`` with values filled in and the names of unknown placeholders."""
    mapping = _Values(values)
    try:
        return string.Formatter().vformat(template, (), mapping), mapping.missing
    except (ValueError, IndexError, AttributeError, KeyError):
        # A stray brace or "{0}" in the user's text: print it unchanged and say so.
        return template, ["(braces)"]


def _body_lines(text: str, font: str, width: float) -> list[str]:
    """Wrap paragraphs; an empty string stands for the blank line between paragraphs."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        if not paragraph.strip():
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lines.extend(wrap(paragraph, font, BODY_SIZE, width))
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def _marks(canvas: Canvas) -> None:
    canvas.setLineWidth(0.3)
    for y in FOLD_MARKS_MM:
        canvas.line(5 * mm, PAGE_H - y * mm, 9 * mm, PAGE_H - y * mm)
    canvas.line(5 * mm, PAGE_H - HOLE_MARK_MM * mm, 11 * mm, PAGE_H - HOLE_MARK_MM * mm)


def _first_page_head(
    canvas: Canvas,
    fonts: FontSet,
    template: LetterTemplate,
    address: Sequence[str],
) -> tuple[str, ...]:
    """Draw letterhead, address field, date and subject; return text that did not fit."""
    lost: list[str] = []
    if template.letterhead:
        fitted = fit_lines(
            [normalize(t) for t in template.letterhead],
            width=PAGE_W - INFO_X - RIGHT,
            height=30 * mm,
            font_name=fonts.regular,
            size=9,
            min_size=7,
        )
        for line in fitted.lines:
            font = fonts.bold if line.source == 0 else fonts.regular
            canvas.setFont(font, line.size)
            canvas.drawString(INFO_X + line.x, PAGE_H - 12 * mm - line.baseline, line.text)
        lost += fitted.overflow
    # Return line and notes sit at the bottom of the upper zone (filled bottom-up).
    upper = [normalize(t) for t in (template.sender_line, *template.notes) if t.strip()]
    if upper:
        fitted = fit_lines(
            upper, width=FIELD_W - 10 * mm, height=NOTE_ZONE_H, font_name=fonts.regular,
            size=7, min_size=6,
        )  # fmt: skip
        if fitted.lines:
            last = fitted.lines[-1]
            shift = NOTE_ZONE_H - (last.baseline + 0.3 * last.size)
            for line in fitted.lines:
                canvas.setFont(fonts.regular, line.size)
                y = PAGE_H - FIELD_TOP - shift - line.baseline
                canvas.drawString(LEFT + line.x, y, line.text)
        lost += fitted.overflow
    fitted = fit_lines(
        list(address), width=FIELD_W - 10 * mm, height=ADDRESS_ZONE_H, font_name=fonts.regular,
        size=10, min_size=8, uniform=True,
    )  # fmt: skip
    for line in fitted.lines:
        canvas.setFont(fonts.regular, line.size)
        y = PAGE_H - FIELD_TOP - NOTE_ZONE_H - line.baseline
        canvas.drawString(LEFT + line.x, y, line.text)
    lost += fitted.overflow
    if template.place_date:
        canvas.setFont(fonts.regular, 10)
        canvas.drawString(INFO_X, PAGE_H - 90 * mm, normalize(template.place_date))
    return tuple(lost)


def render_letters(
    items: Sequence[LetterItem],
    output: Output,
    *,
    template: LetterTemplate,
) -> PrintResult:
    """Print one letter per item; each starts on a new page with the address field."""
    lang = language_of(template.language)
    fonts = register_fonts()
    canvas = open_canvas(output, A4, template.subject or "Letters")
    text_w = PAGE_W - LEFT - RIGHT
    closing = template.closing or wording.text("Mit freundlichen Grüßen", lang)
    problems: list[Problem] = []
    pages = 0
    for item in items:
        # A German letter greets in German: the body's language decides, not the person's.
        recipient = replace(item.recipient, language=lang.value)
        block = address_block(
            recipient,
            style=template.style,
            sender_country=template.sender_country,
        )
        greeting = salutation(recipient, titles=template.titles)
        values = {
            "salutation": greeting,
            "first_name": recipient.first_name,
            "last_name": " ".join(p for p in (recipient.name_particle, recipient.last_name) if p),
            "full_name": full_name(recipient),
            "organization": recipient.organization,
            "event_title": template.event_title,
            "event_date": template.event_date,
            **dict(item.extra),
        }
        body, missing = fill_placeholders(template.body, values)
        where = translate("print", "Letter to {name}").format(
            name=full_name(recipient) or recipient.organization
        )
        if missing:
            message = translate("print", "{where}: unknown placeholders.").format(where=where)
            problems.append(
                Problem(item.key, ProblemKind.UNKNOWN_PLACEHOLDER, message, tuple(missing))
            )
        if block.dropped:
            message = translate("print", "{where}: address lines left out.").format(where=where)
            dropped = tuple(d.text for d in block.dropped)
            problems.append(Problem(item.key, ProblemKind.ADDRESS_LINES_LEFT_OUT, message, dropped))
        glyphs = glyph_problem(item.key, where, [*block.lines, body])
        if glyphs is not None:
            problems.append(glyphs)
        if "{salutation}" not in template.body:
            body = f"{greeting}\n\n{body}"
        signature = [closing, "", "", "", template.signer_name, template.signer_role]
        lines = _body_lines(normalize(body), fonts.regular, text_w)
        lines += ["", *[normalize(s) for s in signature]]
        while lines and not lines[-1]:
            lines.pop()
        pitch = BODY_SIZE * BODY_LEADING
        subject_h = 2 * pitch + 4 * mm if template.subject else 0.0
        first_capacity = int((PAGE_H - SUBJECT_TOP - subject_h - BOTTOM - 8 * mm) // pitch)
        next_capacity = int((PAGE_H - NEXT_PAGE_TOP - BOTTOM - 8 * mm) // pitch)
        chunks = [lines[:first_capacity]]
        rest = lines[first_capacity:]
        while rest:
            chunks.append(rest[:next_capacity])
            rest = rest[next_capacity:]
        for number, chunk in enumerate(chunks, start=1):
            pages += 1
            if number == 1:
                _marks(canvas)
                lost = _first_page_head(canvas, fonts, template, block.lines)
                if lost:
                    problems.append(overflow_problem(item.key, where, lost))
                y = PAGE_H - SUBJECT_TOP
                if template.subject:
                    fitted = fit_lines(
                        [normalize(template.subject)], width=text_w, height=2 * pitch,
                        font_name=fonts.bold, size=BODY_SIZE, min_size=9,
                    )  # fmt: skip
                    for line in fitted.lines:
                        canvas.setFont(fonts.bold, line.size)
                        canvas.drawString(LEFT + line.x, y - line.baseline, line.text)
                    y -= subject_h
            else:
                y = PAGE_H - NEXT_PAGE_TOP
            canvas.setFont(fonts.regular, BODY_SIZE)
            for index, text in enumerate(chunk):
                if text:
                    canvas.drawString(LEFT, y - BODY_SIZE - index * pitch, text)
            _footer(canvas, fonts, template, number, len(chunks), lang)
            canvas.showPage()
    if pages == 0:
        canvas.showPage()
        pages = 1
    canvas.save()
    return PrintResult(pages=pages, items=len(items), problems=tuple(problems))


def _footer(
    canvas: Canvas, fonts: FontSet, template: LetterTemplate, page: int, pages: int, lang: Language
) -> None:
    canvas.setFont(fonts.regular, 7)
    for index, text in enumerate(template.footer[:3]):
        canvas.drawString(LEFT, 14 * mm - index * 9, normalize(text))
    if pages > 1:
        # DIN 5008 numbers the pages of multi-page letters.
        canvas.setFont(fonts.regular, 8)
        label = wording.text("Seite {page} von {pages}", lang).format(page=page, pages=pages)
        canvas.drawRightString(PAGE_W - RIGHT, 18 * mm, label)
