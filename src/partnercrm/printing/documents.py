"""The plain input records and result reports shared by all printed documents.

Services turn database rows into these frozen dataclasses; the document modules never
see the database. Every record carries a ``key`` (e.g. the person id) so that a report
can name the contact whose text did not fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from partnercrm.addressing import Language, Recipient
from partnercrm.i18n import translate
from partnercrm.printing.fonts import missing_glyphs
from partnercrm.printing.text_fit import PlacedLine

Output = Path | str | BinaryIO


@dataclass(frozen=True)
class LabelItem:
    """One address label: its lines top to bottom (build them with addressing)."""

    lines: tuple[str, ...]
    key: str = ""


@dataclass(frozen=True)
class EventInfo:
    """What headers of lists and sheets say about the event.

    ``project_title`` is the funded project's name exactly as in the grant application;
    ``funding_line`` the "gefördert durch …" sentence; ``reference`` an event id or file
    number printed in footers so scanned sheets can be filed.
    """

    title: str
    date_text: str = ""
    venue: str = ""
    organizer: str = ""
    project_title: str = ""
    funding_line: str = ""
    reference: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    """One person on an invitation list or sign-in sheet."""

    last_name: str
    first_name: str = ""
    organization: str = ""
    function: str = ""
    municipality: str = ""
    status: str = ""
    email: str = ""
    phone: str = ""
    key: str = ""

    @property
    def display_name(self) -> str:
        """ "Last, First" as lists sort and show it."""
        if self.last_name and self.first_name:
            return f"{self.last_name}, {self.first_name}"
        return self.last_name or self.first_name


@dataclass(frozen=True)
class BadgeItem:
    """One name badge: the name large, organisation and function below."""

    name: str
    organization: str = ""
    function: str = ""
    key: str = ""


@dataclass(frozen=True)
class CertificateItem:
    """One certificate of attendance."""

    name: str
    organization: str = ""
    key: str = ""


@dataclass(frozen=True)
class LetterItem:
    """One letter: the recipient plus extra placeholder values for the body."""

    recipient: Recipient
    key: str = ""
    extra: tuple[tuple[str, str], ...] = ()


class ProblemKind(StrEnum):
    """What went wrong with one record; the UI may group or filter by it."""

    TEXT_DOES_NOT_FIT = "text_does_not_fit"
    ADDRESS_LINES_LEFT_OUT = "address_lines_left_out"
    UNKNOWN_PLACEHOLDER = "unknown_placeholder"
    MISSING_GLYPHS = "missing_glyphs"


@dataclass(frozen=True)
class Problem:
    """Something the user should look at: which record, what kind, a sentence for the
    user (already translated), and the texts concerned."""

    key: str
    kind: ProblemKind
    message: str
    texts: tuple[str, ...] = ()


def overflow_problem(key: str, where: str, texts: tuple[str, ...]) -> Problem:
    """Report text that did not fit; ``where`` says where in the document."""
    message = translate("print", "{where}: the text does not fit.").format(where=where)
    return Problem(key, ProblemKind.TEXT_DOES_NOT_FIT, message, texts)


def glyph_problem(key: str, where: str, texts: Sequence[str]) -> Problem | None:
    """Report characters the embedded font cannot draw (they would print as boxes)."""
    missing = missing_glyphs("".join(texts))
    if not missing:
        return None
    message = translate("print", "{where}: the print font has no letters for {chars}.").format(
        where=where, chars=" ".join(missing)
    )
    return Problem(key, ProblemKind.MISSING_GLYPHS, message, (missing,))


@dataclass(frozen=True)
class PrintResult:
    """What a document run produced: pages, records placed, and the problems found."""

    pages: int
    items: int
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    next_start_position: int = 1  # labels and badges: first free position on the last sheet

    @property
    def ok(self) -> bool:
        return not self.problems


def open_canvas(output: Output, pagesize: tuple[float, float], title: str) -> Canvas:
    """Return a canvas that viewers print at 100 % (labels drift when "fit to page")."""
    # ASCII85 around compressed streams only served 7-bit mail transport; dropping it
    # makes files 20 % smaller and saves a quarter of the time of a 239-page label run.
    rl_config.useA85 = 0
    target = str(output) if isinstance(output, Path) else output
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1, invariant=True)
    canvas.setTitle(title)
    canvas.setCreator("PartnerCRM")
    # PDF 1.6 key; without it many viewers shrink the sheet to 94–97 % (pylabels PR #18).
    canvas.setViewerPreference("PrintScaling", "None")
    return canvas


class TextBatch:
    """Collects the text of one page into a single PDF text object.

    With thousands of labels or rows, reportlab's per-call overhead (a text object and a
    font switch per ``drawString``, numbers formatted in Python when its C accelerator
    is missing) dominates the run time; one text object per page, with the font set only
    when it changes, halves it.
    """

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._text: PDFTextObject | None = None
        self._font: tuple[str, float] = ("", 0.0)

    def add(self, font_name: str, lines: Sequence[PlacedLine], left: float, top: float) -> None:
        """Add fitted lines whose box has its top-left corner at (``left``, ``top``)."""
        for line in lines:
            x, y = left + line.x, top - line.baseline
            if self._text is None:
                self._text = self._canvas.beginText(x, y)
            else:
                self._text.setTextOrigin(x, y)
            if (font_name, line.size) != self._font:
                self._font = (font_name, line.size)
                self._text.setFont(font_name, line.size)
            # textLine, not textOut: textOut measures the string again to move the
            # cursor, which we never use because every line sets its own origin.
            self._text.textLine(line.text)

    def flush(self) -> None:
        """Draw what was collected; call before ``showPage`` (and before drawing over it)."""
        if self._text is not None:
            self._canvas.drawText(self._text)
        self._text = None
        self._font = ("", 0.0)


def draw_lines(
    canvas: Canvas, font_name: str, lines: Sequence[PlacedLine], left: float, top: float
) -> None:
    """Draw fitted lines at once (for the few blocks of a page that are not batched)."""
    batch = TextBatch(canvas)
    batch.add(font_name, lines, left, top)
    batch.flush()


def language_of(value: Language | str) -> Language:
    return Language.EN if str(value).lower().startswith("en") else Language.DE


def mm_to_pt(value: float) -> float:
    return float(value * mm)


def pt_to_mm(value: float) -> float:
    return float(value / mm)
