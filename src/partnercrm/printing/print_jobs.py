"""Print jobs: a selection of people and a document kind, rendered to one PDF.

The command line and the print dialog both describe what to print as a ``PrintJob``
and call ``run_job``; it asks ``services.print_selection`` who is printed, turns the
people into the documents' input records and renders them. The PDF is the single
rendering path: the dialog previews and prints exactly this file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from partnercrm.addressing import AddressBlock, Language, TitleMode, address_block
from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.model import ParticipationStatus
from partnercrm.printing.badges import BadgeOptions, render_badges
from partnercrm.printing.certificates import CertificateOptions, render_certificates
from partnercrm.printing.document_kinds import (
    DEFAULT_FORMATS,
    NEEDS_EVENT,
    ON_SHEETS,
    DocumentKind,
)
from partnercrm.printing.documents import (
    BadgeItem,
    CertificateItem,
    EventInfo,
    LabelItem,
    LetterItem,
    Output,
    ParticipantRow,
    PrintResult,
    Problem,
    ProblemKind,
)
from partnercrm.printing.fonts import FONTS, normalize
from partnercrm.printing.invitation_list import render_invitation_list
from partnercrm.printing.label_sheet import LabelFormat, LabelFormatError, load_catalog
from partnercrm.printing.labels import (
    LabelOptions,
    fitting_block,
    line_capacity,
    render_calibration_page,
    render_labels,
    text_box,
)
from partnercrm.printing.letters import LetterTemplate, render_letters
from partnercrm.printing.signin_sheet import SignInOptions, render_signin_sheet
from partnercrm.printing.text_fit import text_width
from partnercrm.services.events import get_event
from partnercrm.services.print_selection import (
    PrintPerson,
    SalutationLanguage,
    Selection,
    Skipped,
    SortOrder,
    participants,
    postal_mailing,
    with_salutation,
)
from partnercrm.services.print_settings import load_calibration

# Re-exported: callers that print also name the document kind.
__all__ = ["DEFAULT_FORMATS", "NEEDS_EVENT", "ON_SHEETS", "DocumentKind", "PrintJob", "run_job"]

# Who an event document lists when no status is chosen: a sign-in sheet or badge for
# people who declined or cancelled only confuses the door; certificates need attendance.
_EXPECTED = (ParticipationStatus.REGISTERED, ParticipationStatus.ATTENDED)
DEFAULT_STATUSES: dict[DocumentKind, tuple[ParticipationStatus, ...]] = {
    DocumentKind.SIGNIN: _EXPECTED,
    DocumentKind.BADGES: _EXPECTED,
    DocumentKind.CERTIFICATES: (ParticipationStatus.ATTENDED,),
}

DEFAULT_LETTER_TEXT = "{salutation}\n\n"


@dataclass(frozen=True)
class PrintJob:
    """What to print. ``offset_x_mm``/``offset_y_mm`` None: the saved calibration for
    ``printer`` and the format; ``letter_text`` holds placeholders (letters.PLACEHOLDERS)."""

    kind: DocumentKind
    selection: Selection = field(default_factory=Selection)
    format_id: str = ""
    start_position: int = 1
    offset_x_mm: float | None = None
    offset_y_mm: float | None = None
    outlines: bool = False
    order: SortOrder = SortOrder.NAME
    titles: TitleMode = TitleMode.HIGHEST
    salutation_language: SalutationLanguage = SalutationLanguage.LETTER
    language: str = "de"
    letter_text: str = DEFAULT_LETTER_TEXT
    letter_subject: str = ""
    sender_line: str = ""
    signer_name: str = ""
    place_date: str = ""
    printer: str = "default"
    settings_path: Path | None = None


@dataclass(frozen=True)
class JobResult:
    """The rendered document's report plus the people left out before printing."""

    result: PrintResult
    skipped: tuple[Skipped, ...] = ()
    format_id: str = ""

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.result.problems


def label_format_for(job: PrintJob) -> LabelFormat:
    """The sheet format of a label or badge job (the default when none is given)."""
    key = job.format_id or DEFAULT_FORMATS.get(job.kind, DEFAULT_FORMATS[DocumentKind.LABELS])
    try:
        return load_catalog().get(key)
    except LabelFormatError as exc:
        raise ValidationError(
            "format",
            translate(
                "print",
                "There is no label format “{key}”. Give a format id or the vendor's number "
                "(partnercrm print formats lists them).",
            ).format(key=key),
        ) from exc


def offsets(job: PrintJob, label_format: LabelFormat) -> tuple[float, float]:
    """The printer offset: given in the job, else the saved calibration."""
    saved = load_calibration(format_id=label_format.id, printer=job.printer, path=job.settings_path)
    x = saved.offset_x_mm if job.offset_x_mm is None else job.offset_x_mm
    y = saved.offset_y_mm if job.offset_y_mm is None else job.offset_y_mm
    return x, y


def _check_start(job: PrintJob, label_format: LabelFormat) -> None:
    if not 1 <= job.start_position <= label_format.per_sheet:
        raise ValidationError(
            "start",
            translate(
                "print", "The start position must be between 1 and {count} for {format}."
            ).format(count=label_format.per_sheet, format=label_format.name),
        )


def event_info(session: Session, event_id: int, language: str = "de") -> EventInfo:
    """The header facts of an event for lists and sheets."""
    detail = get_event(session, event_id=event_id)
    data = detail.data
    date_text = _date_text(data.starts_at, data.ends_at, language)
    venue = ", ".join(
        p
        for p in (data.venue_name, data.venue_street,
                  " ".join(q for q in (data.venue_postal_code, data.venue_city) if q))
        if p
    )  # fmt: skip
    return EventInfo(
        title=data.title,
        date_text=date_text,
        venue=venue or data.online_url,
        organizer=detail.organizer_name,
        reference=f"#{detail.id}",
    )


_DATE_FORMATS = {"de": "%d.%m.%Y", "en": "%Y-%m-%d"}


def _date_text(starts: datetime, ends: datetime | None, language: str) -> str:
    day = _DATE_FORMATS["en" if language.lower().startswith("en") else "de"]
    text = f"{starts.strftime(day)}, {starts.strftime('%H:%M')}"
    if ends is not None:
        if ends.date() == starts.date():
            text += f"–{ends.strftime('%H:%M')}"
        else:
            text += f" – {ends.strftime(day)}, {ends.strftime('%H:%M')}"
    return text


def _participant_row(person: PrintPerson) -> ParticipantRow:
    return ParticipantRow(
        last_name=person.last_name,
        first_name=person.first_name,
        organization=person.organization,
        function=person.function,
        municipality=person.municipality,
        status=person.status.value if person.status is not None else "",
        email=person.email,
        phone=person.phone,
        key=str(person.person_id),
    )


def _full_name(person: PrintPerson) -> str:
    return " ".join(p for p in (person.first_name, person.last_name) if p)


def _require_event(job: PrintJob) -> int:
    if job.selection.event_id is None:
        raise ValidationError(
            "event",
            translate("print", "This document is about one event: choose the event.").format(),
        )
    return job.selection.event_id


def label_items(
    people: list[PrintPerson], label_format: LabelFormat, options: LabelOptions
) -> tuple[list[LabelItem], list[Problem]]:
    """One label per person with the longest address block that fits the label."""
    items: list[LabelItem] = []
    problems: list[Problem] = []
    capacity = max(line_capacity(label_format, options), 1)
    width = text_box(label_format, options).w * mm
    font, size = FONTS.regular, options.min_font_size
    for person in people:

        def make(max_lines: int, person: PrintPerson = person) -> AddressBlock:
            return address_block(person.recipient, style=person.style, max_lines=max_lines)

        # Fast path for the usual address: nothing dropped and every line as wide as the
        # label at the smallest size, so the renderer fits it without wrapping (what
        # fitting_block would find after a full trial fit, at a third of the cost).
        try:
            block = make(capacity)
        except ValueError:
            block = fitting_block(label_format, make, options)
        else:
            if block.dropped or any(
                text_width(normalize(line), font, size) > width for line in block.lines
            ):
                block = fitting_block(label_format, make, options)
        key = str(person.person_id)
        items.append(LabelItem(block.lines, key))
        if block.dropped:
            message = translate("print", "Label for {name}: address lines left out.").format(
                name=person.display_name
            )
            problems.append(
                Problem(
                    key,
                    ProblemKind.ADDRESS_LINES_LEFT_OUT,
                    message,
                    tuple(d.text for d in block.dropped),
                )
            )
    return items, problems


def run_job(session: Session, job: PrintJob, output: Output) -> JobResult:
    """Render ``job`` into ``output`` (a path or a binary stream)."""
    kind = job.kind
    if job.selection.event_id is not None and not job.selection.statuses:
        statuses = DEFAULT_STATUSES.get(kind, ())
        job = replace(job, selection=replace(job.selection, statuses=statuses))
    if kind in NEEDS_EVENT:
        _require_event(job)
    if kind in ON_SHEETS:
        label_format = label_format_for(job)
        _check_start(job, label_format)
        x, y = offsets(job, label_format)
    if kind is DocumentKind.LABELS:
        mailing = postal_mailing(session, job.selection, order=job.order)
        options = LabelOptions(
            start_position=job.start_position,
            offset_x_mm=x,
            offset_y_mm=y,
            outlines=job.outlines,
        )
        items, problems = label_items(list(mailing.people), label_format, options)
        result = render_labels(items, output, label_format=label_format, options=options)
        result = replace(result, problems=(*problems, *result.problems))
        return JobResult(result, mailing.skipped, label_format.id)
    if kind is DocumentKind.LETTERS:
        mailing = postal_mailing(session, job.selection, order=job.order)
        template = LetterTemplate(
            body=job.letter_text,
            subject=job.letter_subject,
            sender_line=job.sender_line,
            signer_name=job.signer_name,
            place_date=job.place_date,
            language=Language.EN if job.language.startswith("en") else Language.DE,
            titles=job.titles,
        )
        if job.selection.event_id is not None:
            info = event_info(session, job.selection.event_id, job.language)
            template = replace(template, event_title=info.title, event_date=info.date_text)
        letters = [
            LetterItem(
                with_salutation(p, language=job.salutation_language, titles=job.titles).recipient,
                str(p.person_id),
                (("function", p.function), ("department", p.department)),
            )
            for p in mailing.people
        ]
        # A recipient at a private address has no organisation: the business style
        # then prints a private block, so one run serves both.
        result = render_letters(letters, output, template=template)
        return JobResult(result, mailing.skipped)
    people = participants(session, job.selection, order=job.order)
    if kind is DocumentKind.BADGES:
        title = ""
        if job.selection.event_id is not None:
            title = event_info(session, job.selection.event_id, job.language).title
        badge_options = BadgeOptions(
            start_position=job.start_position,
            offset_x_mm=x,
            offset_y_mm=y,
            outlines=job.outlines,
            event_title=title,
        )
        badges = [
            BadgeItem(_full_name(p), p.organization, p.function, str(p.person_id)) for p in people
        ]
        result = render_badges(badges, output, label_format=label_format, options=badge_options)
        return JobResult(result, (), label_format.id)
    event = event_info(session, _require_event(job), job.language)
    if kind is DocumentKind.INVITATIONS:
        rows = [_participant_row(p) for p in people]
        result = render_invitation_list(rows, output, event=event, language=job.language)
    elif kind is DocumentKind.SIGNIN:
        rows = [_participant_row(p) for p in people]
        result = render_signin_sheet(
            rows, output, event=event, options=SignInOptions(language=job.language)
        )
    else:
        certificates = [
            CertificateItem(_full_name(p), p.organization, str(p.person_id)) for p in people
        ]
        result = render_certificates(
            certificates, output, event=event, options=CertificateOptions(language=job.language)
        )
    return JobResult(result)


def render_calibration(job: PrintJob, output: Output) -> PrintResult:
    """The grid test page for the job's label format, with its current offset."""
    label_format = label_format_for(job)
    x, y = offsets(job, label_format)
    return render_calibration_page(
        output, label_format=label_format, offset_x_mm=x, offset_y_mm=y, language=job.language
    )
