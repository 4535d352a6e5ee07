"""The plain input records and result reports shared by all printed documents.

Services turn database rows into these frozen dataclasses; the document modules never
see the database. Every record carries a ``key`` (e.g. the person id) so that a report
can name the contact whose text did not fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partnercrm.addressing import Language, Recipient

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


@dataclass(frozen=True)
class Problem:
    """Something the user should look at: which record, what happened, which text."""

    key: str
    message: str
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrintResult:
    """What a document run produced: pages, records placed, and the problems found."""

    pages: int
    items: int
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


def open_canvas(output: Output, pagesize: tuple[float, float], title: str) -> Canvas:
    """Return a canvas that viewers print at 100 % (labels drift when "fit to page")."""
    target = str(output) if isinstance(output, Path) else output
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1, invariant=True)
    canvas.setTitle(title)
    canvas.setCreator("PartnerCRM")
    # PDF 1.6 key; without it many viewers shrink the sheet to 94–97 % (pylabels PR #18).
    canvas.setViewerPreference("PrintScaling", "None")
    return canvas


def language_of(value: Language | str) -> Language:
    return Language.EN if str(value).lower().startswith("en") else Language.DE


def mm_to_pt(value: float) -> float:
    return float(value * mm)


def pt_to_mm(value: float) -> float:
    return float(value / mm)
