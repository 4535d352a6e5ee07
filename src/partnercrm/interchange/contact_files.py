"""Importing contact files (vCard, CSV, XLSX): read, preview, then apply as one batch.

``prepare_import`` reads the files and plans every record (new / update / possible
duplicate / skipped, with reasons) without writing; ``run_import`` applies a plan.
The GUI shows the plan in between; the CLI applies it at once. A file that is no
vCard at all, or (with ``strict``) a file with any damaged card, contributes nothing
and is reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from partnercrm.errors import InputFileError
from partnercrm.i18n import translate
from partnercrm.interchange.collector import collector_paused
from partnercrm.interchange.file_kinds import TABLE_SUFFIXES
from partnercrm.interchange.vcard_import import FileContacts, read_vcard_contacts
from partnercrm.services.contact_import import (
    CancelledFn,
    Decision,
    ImportProblem,
    ImportSummary,
    PlannedRow,
    ProgressFn,
    apply_import,
    plan_import,
)

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ImportOptions:
    """Choices of the user for an import.

    Attributes:
        on_duplicate: None for the default (update on UID/e-mail/name match, report
            possible duplicates); otherwise the decision for every match.
        strict: a file with any damaged record is not imported at all.
        bad_field: "drop" imports a CSV row without its bad field, "skip-row" skips it.
        column_mapping: for CSV/XLSX, header → field name (None: recognised headers).
    """

    on_duplicate: Decision | None = None
    strict: bool = False
    bad_field: str = "drop"
    column_mapping: dict[str, str] | None = None


@dataclass
class ImportPreview:
    """The planned import: the rows and the problems of whole files or unreadable records."""

    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    format: str = "vcard"

    def count(self, decision: Decision) -> int:
        return sum(1 for r in self.rows if r.decision is decision)


def read_contact_file(path: Path, options: ImportOptions = ImportOptions()) -> FileContacts:
    """Read one file of any supported kind; problems are reported, never raised."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            out = FileContacts(name, not_a_vcard=True)
            out.problems.append(
                (0, translate("import", "The file is larger than 200 MB; not imported."))
            )
            return out
        data = path.read_bytes()
    except OSError as error:
        out = FileContacts(name, not_a_vcard=True)
        out.problems.append(
            (
                0,
                translate("import", "The file cannot be read: {error}").format(
                    error=error.strerror
                ),
            )
        )
        return out
    if path.suffix.lower() in TABLE_SUFFIXES:
        from partnercrm.interchange.table_import import read_table_contacts

        return read_table_contacts(data, source=name, suffix=path.suffix.lower(), options=options)
    return read_vcard_contacts(data, source=name)


def prepare_import(
    session: Session, paths: Sequence[Path], options: ImportOptions = ImportOptions()
) -> ImportPreview:
    """Read ``paths`` and plan the import (nothing is written)."""
    with collector_paused():
        return _prepare(session, paths, options)


def _prepare(session: Session, paths: Sequence[Path], options: ImportOptions) -> ImportPreview:
    preview = ImportPreview()
    contacts = []
    for path in paths:
        if path.suffix.lower() in TABLE_SUFFIXES:
            preview.format = "table"
        read = read_contact_file(Path(path), options)
        preview.sources.append(read.source)
        preview.problems.extend(ImportProblem(read.source, n, r) for n, r in read.problems)
        if read.not_a_vcard and not read.contacts:
            if not any(n == 0 for n, _ in read.problems):
                preview.problems.append(
                    ImportProblem(read.source, 0, translate("import", "Nothing to import."))
                )
            continue
        if options.strict and read.damaged:
            preview.problems.append(
                ImportProblem(
                    read.source,
                    0,
                    translate(
                        "import",
                        "Strict import: the file has damaged records, so none of its "
                        "{count} records was imported.",
                    ).format(count=len(read.contacts)),
                )
            )
            for contact in read.contacts:
                preview.problems.extend(
                    ImportProblem(read.source, contact.number, p) for p in contact.problems
                )
            continue
        contacts.extend(read.contacts)
    preview.rows = plan_import(session, contacts, on_duplicate=options.on_duplicate)
    return preview


def decide(preview: ImportPreview, index: int, decision: Decision) -> None:
    """Change the decision for one row (the preview's combo box)."""
    row = preview.rows[index]
    if decision is not Decision.CREATE and row.person_id is None:
        decision = Decision.SKIP if decision is Decision.SKIP else Decision.CREATE
    preview.rows[index] = replace(row, decision=decision, reason="")


def run_import(
    session: Session,
    preview: ImportPreview,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportSummary:
    """Apply the preview as one import batch; the caller commits or (on Cancelled) rolls back.

    A preview without records (no vCard in the file, an empty table) changes nothing:
    no batch is started, and the summary has no batch id.
    """
    if not preview.rows:
        return ImportSummary(None, 0, 0, 0, 0, tuple(preview.problems), ())
    with collector_paused():
        summary = apply_import(
            session,
            preview.rows,
            format=preview.format,
            sources=preview.sources,
            progress=progress,
            cancelled=cancelled,
        )
    return replace(summary, problems=(*preview.problems, *summary.problems))


def import_files(
    session: Session, paths: Sequence[Path], options: ImportOptions = ImportOptions()
) -> ImportSummary:
    """Read, plan and apply in one go (CLI and tests)."""
    for path in paths:
        if not Path(path).is_file():
            raise InputFileError(
                translate("import", "{path} is not a file. Check the name.").format(path=path)
            )
    return run_import(session, prepare_import(session, paths, options))
