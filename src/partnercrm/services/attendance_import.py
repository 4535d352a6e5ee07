"""Marking attendance from the participant reports of online meetings.

Video-conferencing tools export one row per participant (and often one per
re-join) with a display name and an e-mail address, under headers such as
"Name (Original Name)", "User Email", "Full Name", "E-Mail des Benutzers".
Each person found (e-mail first, then the name among the event's participants,
then a unique name in the database) is marked "attended"; unknown people with an
e-mail address are created; rows with neither a usable name nor an e-mail are
reported. All or nothing, like the registration import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.errors import InputFileError, NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    AuditAction,
    ContactKind,
    ContactPoint,
    Event,
    Participation,
    ParticipationStatus,
    Person,
    utcnow,
)
from partnercrm.services import audit
from partnercrm.services.changes import Changes
from partnercrm.services.participations import add_participation, set_status
from partnercrm.services.person_matching import people_by_name, person_by_email
from partnercrm.services.registration_import import header_key, raise_errors
from partnercrm.services.validation import normalize_email
from partnercrm.store.text_folding import fold

NAME_HEADERS = (
    "name",
    "nameoriginalname",
    "nameurspruenglichername",
    "fullname",
    "vollstaendigername",
    "anzeigename",
    "displayname",
    "teilnehmer",
    "teilnehmername",
    "participant",
    "participantname",
    "teilnehmende",
)
EMAIL_HEADERS = (
    "email",
    "useremail",
    "emaildesbenutzers",
    "benutzeremail",
    "emailadresse",
    "emailaddress",
    "mail",
    "participantidupn",
    "teilnehmeridupn",
)
FIRST_HEADERS = ("vorname", "firstname", "givenname")
LAST_HEADERS = ("nachname", "lastname", "surname", "familyname")

_PARENTHESES = re.compile(r"\s*\([^)]*\)\s*")


@dataclass(frozen=True)
class AttendanceReport:
    rows: int
    marked: tuple[int, ...]
    already_attended: tuple[int, ...]
    people_created: tuple[int, ...]
    warnings: tuple[str, ...]
    changes: Changes = field(default_factory=Changes)


def _find_header(
    header: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]]
) -> tuple[int, dict[str, int]]:
    """The index (-1 = header) of the first row naming a name or e-mail column."""
    candidates = [(-1, tuple(header))] + [(i, tuple(values)) for i, (_n, values) in enumerate(rows)]
    for index, cells in candidates[:30]:
        columns: dict[str, int] = {}
        for position, cell in enumerate(cells):
            key = header_key(cell)
            for name, keys in (
                ("name", NAME_HEADERS),
                ("email", EMAIL_HEADERS),
                ("first_name", FIRST_HEADERS),
                ("last_name", LAST_HEADERS),
            ):
                if key in keys and name not in columns:
                    columns[name] = position
        if "name" in columns or "email" in columns or "last_name" in columns:
            return index, columns
    return -2, {}


def _split_name(full: str) -> tuple[str, str]:
    """ "Anna Beispiel" → ("Anna", "Beispiel"); "Beispiel, Anna" → ("Anna", "Beispiel")."""
    text = " ".join(_PARENTHESES.sub(" ", full).split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return first, last


def import_attendance(
    session: Session,
    *,
    event_id: int,
    header: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str]]],
    source: str,
    at: datetime | None = None,
) -> AttendanceReport:
    """Mark everyone in an online meeting's participant report as attended."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(
            translate("events", "Event {id} does not exist (any more).").format(id=event_id)
        )
    start, columns = _find_header(header, rows)
    if start == -2:
        raise InputFileError(
            translate(
                "attendance_import",
                "{source} has no column with the participants' names or e-mail addresses "
                "(such as Name, Full Name, E-Mail, User Email).",
            ).format(source=source)
        )
    data = rows[start + 1 :]

    def cell(values: Sequence[str], name: str) -> str:
        index = columns.get(name)
        return " ".join(values[index].split()) if index is not None and index < len(values) else ""

    participants = {
        fold(f"{p.first_name} {p.last_name}"): pid
        for pid, p in session.execute(
            select(Participation.id, Person)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.event_id == event_id)
        ).all()
    }
    errors: list[str] = []
    resolved: list[tuple[int, int | None, str, str, str]] = []  # row, person, first, last, mail
    for number, values in data:
        raw_email = cell(values, "email")
        email = ""
        if raw_email and "@" in raw_email:
            try:
                email = normalize_email(raw_email)
            except ValidationError as exc:
                errors.append(
                    translate("attendance_import", "{source}, row {row}: {message}").format(
                        source=source, row=number, message=exc.message
                    )
                )
                continue
        if "name" in columns:
            first, last = _split_name(cell(values, "name"))
        else:
            first, last = cell(values, "first_name"), cell(values, "last_name")
        person_id = person_by_email(session, email) if email else None
        if person_id is None and (first or last):
            key = fold(f"{first} {last}")
            if key in participants:
                person_id = session.scalar(
                    select(Participation.person_id).where(Participation.id == participants[key])
                )
            else:
                hits = people_by_name(session, first, last)
                person_id = hits[0] if len(hits) == 1 else None
        if person_id is None and not email:
            errors.append(
                translate(
                    "attendance_import",
                    "{source}, row {row}: “{name}” is not known and has no e-mail address; "
                    "add the person first or complete the row.",
                ).format(source=source, row=number, name=f"{first} {last}".strip() or "?")
            )
            continue
        resolved.append((number, person_id, first, last, email))
    if errors:
        raise_errors(source, errors)

    when = at or utcnow()
    marked: list[int] = []
    already: list[int] = []
    created: list[int] = []
    new_participations: list[int] = []
    by_email: dict[str, int] = {}
    done: set[int] = set()
    for _number, person_id, first, last, email in resolved:
        if person_id is None:
            if email.lower() in by_email:
                person_id = by_email[email.lower()]
            else:
                person = Person(first_name=first, last_name=last or email.split("@")[0])
                session.add(person)
                session.flush()
                session.add(
                    ContactPoint(
                        person_id=person.id,
                        kind=ContactKind.EMAIL,
                        value=email,
                        normalized=email.lower(),
                        is_primary=True,
                    )
                )
                audit.record(session, AuditAction.IMPORT, "person", person.id, source)
                created.append(person.id)
                person_id = person.id
                by_email[email.lower()] = person.id
        if person_id in done:
            continue  # the same person joined twice
        done.add(person_id)
        participation = session.scalar(
            select(Participation).where(
                Participation.event_id == event_id, Participation.person_id == person_id
            )
        )
        if participation is None:
            result = add_participation(
                session,
                event_id=event_id,
                person_id=person_id,
                status=ParticipationStatus.ATTENDED,
                at=when,
                apply_capacity=False,
            )
            new_participations.append(result.participation_id)
            marked.append(result.participation_id)
        elif participation.status is ParticipationStatus.ATTENDED:
            already.append(participation.id)
        else:
            set_status(
                session,
                participation_id=participation.id,
                status=ParticipationStatus.ATTENDED,
                at=when,
                apply_capacity=False,
            )
            marked.append(participation.id)
    audit.record(session, AuditAction.IMPORT, "event", event_id, f"attendance from {source}")
    changes = Changes.of(
        created={"person": set(created), "participation": set(new_participations)},
        updated={"participation": set(marked) - set(new_participations), "event": {event_id}},
    )
    return AttendanceReport(len(data), tuple(marked), tuple(already), tuple(created), (), changes)
