"""Export of interactions (of chosen people, organizations or a period) as CSV or XLSX.

One row per interaction, oldest first: date, time, kind, subject, text, people,
organizations, event and the follow-up. An organization's interactions include
those of its people while they belonged to it (as on its timeline). Cells are
formula-safe (``spreadsheet_safety``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.interchange.spreadsheet_safety import write_csv, write_xlsx
from partnercrm.model import AuditAction, Event, Interaction, InteractionKind
from partnercrm.services import audit
from partnercrm.services.interactions import involved_names
from partnercrm.services.timeline import Subject, interaction_ids_query

_PAGE = 2000


@dataclass(frozen=True)
class InteractionSelection:
    """Which interactions to export; empty selections mean all.

    Attributes:
        person_ids/organization_ids: interactions of any of these.
        interaction_ids: exactly these (e.g. the rows selected in a list).
        since/until: days of the period, both included.
    """

    person_ids: Sequence[int] = ()
    organization_ids: Sequence[int] = ()
    interaction_ids: Sequence[int] = ()
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int


def kind_label(kind: InteractionKind) -> str:
    labels = {
        InteractionKind.CALL: translate("interaction_export", "Call"),
        InteractionKind.MEETING: translate("interaction_export", "Meeting"),
        InteractionKind.EMAIL: translate("interaction_export", "E-mail"),
        InteractionKind.LETTER: translate("interaction_export", "Letter"),
        InteractionKind.VISIT: translate("interaction_export", "Visit"),
        InteractionKind.NOTE: translate("interaction_export", "Note"),
    }
    return labels[kind]


def headers() -> list[str]:
    return [
        translate("interaction_export", "Date"),
        translate("interaction_export", "Time"),
        translate("interaction_export", "Kind"),
        translate("interaction_export", "Subject"),
        translate("interaction_export", "Text"),
        translate("interaction_export", "People"),
        translate("interaction_export", "Organizations"),
        translate("interaction_export", "Event"),
        translate("interaction_export", "Follow-up due"),
        translate("interaction_export", "Follow-up (to do)"),
        translate("interaction_export", "Follow-up owner"),
        translate("interaction_export", "Follow-up done"),
    ]


WIDTHS = (11, 6, 10, 40, 60, 30, 30, 25, 12, 30, 14, 10)


def export_interactions(
    session: Session, *, path: Path, selection: InteractionSelection = InteractionSelection()
) -> ExportReport:
    """Write the selected interactions to ``path`` (.csv or .xlsx, by its suffix)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            "path",
            translate(
                "interaction_export",
                "{file}: choose a file name ending in .csv or .xlsx.",
            ).format(file=path.name),
        )
    rows = _rows(session, selection)
    if suffix == ".csv":
        count = write_csv(path, headers(), rows)
    else:
        count = write_xlsx(
            path,
            headers(),
            rows,
            sheet_title=translate("interaction_export", "Interactions"),
            widths=WIDTHS,
        )
    audit.record(session, AuditAction.EXPORT, "interaction", None, f"{count} rows, {suffix}")
    return ExportReport(path, count)


def selected_ids(session: Session, selection: InteractionSelection) -> Select[Any]:
    """The SELECT of the interactions in ``selection``, oldest first."""
    statement = select(Interaction.id)
    sources = []
    if selection.interaction_ids:
        sources.append(Interaction.id.in_(list(selection.interaction_ids)))
    for person_id in selection.person_ids:
        sources.append(Interaction.id.in_(interaction_ids_query(Subject(person_id=person_id))))
    for org_id in selection.organization_ids:
        sources.append(Interaction.id.in_(interaction_ids_query(Subject(organization_id=org_id))))
    if sources:
        statement = statement.where(or_(*sources))
    if selection.since is not None:
        statement = statement.where(
            Interaction.occurred_at >= datetime.combine(selection.since, datetime.min.time())
        )
    if selection.until is not None:
        end = datetime.combine(selection.until + timedelta(days=1), datetime.min.time())
        statement = statement.where(Interaction.occurred_at < end)
    return statement.order_by(Interaction.occurred_at, Interaction.id)


def _rows(session: Session, selection: InteractionSelection) -> Iterator[list[Any]]:
    ids = list(session.scalars(selected_ids(session, selection)))
    yes, no = translate("interaction_export", "yes"), translate("interaction_export", "no")
    for start in range(0, len(ids), _PAGE):
        page = ids[start : start + _PAGE]
        people, orgs = involved_names(session, page)
        found = {
            row.id: row
            for row in session.execute(
                select(
                    Interaction.id,
                    Interaction.occurred_at,
                    Interaction.kind,
                    Interaction.subject,
                    Interaction.text,
                    Interaction.followup_due,
                    Interaction.followup_note,
                    Interaction.followup_owner,
                    Interaction.followup_done,
                    Event.title,
                )
                .outerjoin(Event, Event.id == Interaction.event_id)
                .where(Interaction.id.in_(page))
            )
        }
        for interaction_id in page:
            row = found[interaction_id]
            has_followup = row.followup_due is not None
            yield [
                row.occurred_at.date(),
                row.occurred_at.strftime("%H:%M"),
                kind_label(row.kind),
                row.subject,
                row.text,
                ", ".join(name for _id, name in people.get(interaction_id, ())),
                ", ".join(name for _id, name in orgs.get(interaction_id, ())),
                row.title or "",
                row.followup_due,
                row.followup_note if has_followup else "",
                row.followup_owner if has_followup else "",
                (yes if row.followup_done else no) if has_followup else "",
            ]
