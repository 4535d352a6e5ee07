"""Importing event registrations exported from online forms (rows of a CSV file).

Each row is matched to an existing person (e-mail first, then name and organisation);
the others are created with their organisation (kind inferred from its name). Status
and role come from German or English words. All rows are checked before anything is
written: unknown words and bad rows are reported with their row number, and the
import is all-or-nothing (the caller's transaction).
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
    Address,
    AddressKind,
    Affiliation,
    AuditAction,
    ContactKind,
    ContactPoint,
    Event,
    Organization,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
    SalutationForm,
    utcnow,
)
from partnercrm.services import audit
from partnercrm.services.changes import Changes
from partnercrm.services.participations import (
    add_participation,
    change_affiliation,
    find_or_create_organization,
    set_role,
    set_status,
)
from partnercrm.services.person_matching import (
    affiliation_at,
    person_by_email,
    person_by_name_and_organization,
)
from partnercrm.services.validation import normalize_email, normalize_phone
from partnercrm.store.text_folding import fold

S = ParticipationStatus
R = ParticipationRole
MAX_REPORTED_ERRORS = 30

FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "salutation": ("anrede", "salutation", "geschlecht", "gender"),
    "title": ("titel", "title", "akademischertitel", "academictitle"),
    "first_name": ("vorname", "firstname", "givenname", "forename"),
    "last_name": ("nachname", "lastname", "surname", "familyname", "familienname", "name"),
    "organization": (
        "organisation",
        "organization",
        "institution",
        "einrichtung",
        "firma",
        "company",
        "organisationinstitution",
    ),
    "function": ("funktion", "position", "jobtitle", "function", "berufsbezeichnung"),
    "email": ("email", "emailadresse", "emailaddress", "mail"),
    "phone": ("telefon", "phone", "telefonnummer", "phonenumber", "tel", "telephone"),
    "street": ("strasse", "street", "strasseundhausnummer", "adresse", "address"),
    "postal_code": ("plz", "postalcode", "postleitzahl", "zip", "zipcode", "postcode"),
    "city": ("ort", "city", "stadt", "town", "wohnort"),
    "status": ("status", "anmeldestatus"),
    "role": ("rolle", "role", "teilnahmeals"),
    "notes": ("bemerkung", "bemerkungen", "anmerkung", "kommentar", "notes", "comment"),
}

STATUS_WORDS: dict[str, ParticipationStatus | None] = {
    "eingeladen": S.INVITED,
    "invited": S.INVITED,
    "angemeldet": S.REGISTERED,
    "registered": S.REGISTERED,
    "registriert": S.REGISTERED,
    "zugesagt": S.REGISTERED,
    "warteliste": S.WAITLISTED,
    "waitlisted": S.WAITLISTED,
    "waitlist": S.WAITLISTED,
    "waitinglist": S.WAITLISTED,
    # "abgesagt" is a decline, or a cancellation of an existing registration (None:
    # decided against the participation already stored).
    "abgesagt": None,
    "declined": S.DECLINED,
    "cancelled": S.CANCELLED,
    "canceled": S.CANCELLED,
    "storniert": S.CANCELLED,
    "teilgenommen": S.ATTENDED,
    "anwesend": S.ATTENDED,
    "attended": S.ATTENDED,
    "nichterschienen": S.NO_SHOW,
    "noshow": S.NO_SHOW,
}

ROLE_WORDS: dict[str, ParticipationRole] = {
    "teilnahme": R.PARTICIPANT,
    "teilnehmer": R.PARTICIPANT,
    "teilnehmerin": R.PARTICIPANT,
    "teilnehmende": R.PARTICIPANT,
    "participant": R.PARTICIPANT,
    "referent": R.SPEAKER,
    "referentin": R.SPEAKER,
    "speaker": R.SPEAKER,
    "vortrag": R.SPEAKER,
    "moderation": R.MODERATOR,
    "moderator": R.MODERATOR,
    "moderatorin": R.MODERATOR,
    "podium": R.PANELIST,
    "panelist": R.PANELIST,
    "panellist": R.PANELIST,
    "aussteller": R.EXHIBITOR,
    "ausstellerin": R.EXHIBITOR,
    "exhibitor": R.EXHIBITOR,
    "organisation": R.ORGANIZER,
    "organization": R.ORGANIZER,
    "organiser": R.ORGANIZER,
    "organizer": R.ORGANIZER,
    "orga": R.ORGANIZER,
    "helfer": R.HELPER,
    "helferin": R.HELPER,
    "helper": R.HELPER,
}

SALUTATION_WORDS: dict[str, SalutationForm] = {
    "frau": SalutationForm.FRAU,
    "fr": SalutationForm.FRAU,
    "ms": SalutationForm.FRAU,
    "mrs": SalutationForm.FRAU,
    "miss": SalutationForm.FRAU,
    "weiblich": SalutationForm.FRAU,
    "female": SalutationForm.FRAU,
    "herr": SalutationForm.HERR,
    "hr": SalutationForm.HERR,
    "mr": SalutationForm.HERR,
    "mister": SalutationForm.HERR,
    "maennlich": SalutationForm.HERR,
    "männlich": SalutationForm.HERR,
    "male": SalutationForm.HERR,
}


def header_key(cell: str) -> str:
    """A header reduced for matching: lower case, letters and digits only, ß as ss."""
    text = cell.replace("\ufeff", "").strip().lower().replace("ß", "ss")
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return re.sub(r"[^a-z0-9]", "", text)


def word_key(cell: str) -> str:
    """A status or role word reduced for matching ("Referent/in" → "referentin")."""
    return re.sub(r"[^a-zäöüß]", "", cell.strip().lower())


def map_headers(header: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Column index per field, and the headers that were not recognised."""
    lookup = {key: name for name, keys in FIELD_HEADERS.items() for key in keys}
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(header):
        name = lookup.get(header_key(cell))
        if name is None or name in columns:
            if cell.strip():
                unknown.append(cell.strip())
            continue
        columns[name] = index
    return columns, unknown


@dataclass(frozen=True)
class RegistrationRow:
    """One checked row, ready to be written."""

    number: int
    salutation: SalutationForm
    title: str
    first_name: str
    last_name: str
    organization: str
    function: str
    email: str
    phone: str
    phone_e164: str
    street: str
    postal_code: str
    city: str
    status: ParticipationStatus | None
    role: ParticipationRole
    notes: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did.

    Attributes:
        rows: data rows read.
        people_created/people_matched: ids of created and of recognised people.
        warnings: things the user should know that did not stop the import.
    """

    rows: int
    people_created: tuple[int, ...]
    people_matched: tuple[int, ...]
    organizations_created: tuple[int, ...]
    participations_created: tuple[int, ...]
    participations_updated: tuple[int, ...]
    warnings: tuple[str, ...]
    changes: Changes = field(default_factory=Changes)


def _cell(values: Sequence[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    if index is None or index >= len(values):
        return ""
    return " ".join(values[index].split())


def _row_error(source: str, number: int, message: str) -> str:
    return translate("registration_import", "{source}, row {row}: {message}").format(
        source=source, row=number, message=message
    )


def check_rows(
    *, header: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]], source: str
) -> tuple[list[RegistrationRow], list[str], list[str]]:
    """Parse and check all rows: (good rows, errors, warnings). Writes nothing."""
    columns, unknown = map_headers(header)
    warnings = [
        translate("registration_import", "{source}: column “{column}” is not imported.").format(
            source=source, column=column
        )
        for column in unknown
    ]
    if "last_name" not in columns and "email" not in columns:
        raise InputFileError(
            translate(
                "registration_import",
                "{source} has no column for the last name or the e-mail address. Name the "
                "columns in the first row, e.g. Vorname;Nachname;Organisation;E-Mail;Status "
                "(or First name, Last name, Organization, Email, Status).",
            ).format(source=source)
        )
    good: list[RegistrationRow] = []
    errors: list[str] = []
    for number, values in rows:
        problems: list[str] = []
        first, last = _cell(values, columns, "first_name"), _cell(values, columns, "last_name")
        raw_email = _cell(values, columns, "email")
        email = ""
        if raw_email:
            try:
                email = normalize_email(raw_email)
            except ValidationError as exc:
                problems.append(exc.message)
        if not last and not email:
            problems.append(
                translate("registration_import", "neither a last name nor an e-mail address.")
            )
        phone, phone_e164 = _cell(values, columns, "phone"), ""
        if phone:
            try:
                phone_e164 = normalize_phone(phone).e164
            except ValidationError as exc:
                problems.append(exc.message)
        status_text = _cell(values, columns, "status")
        status: ParticipationStatus | None = S.REGISTERED
        if status_text:
            key = word_key(status_text)
            if key not in STATUS_WORDS:
                problems.append(
                    translate(
                        "registration_import",
                        "unknown status “{word}”. Use angemeldet, eingeladen, Warteliste, "
                        "abgesagt, teilgenommen or nicht erschienen (or registered, invited, "
                        "waitlisted, declined, cancelled, attended, no-show).",
                    ).format(word=status_text)
                )
            else:
                status = STATUS_WORDS[key]
        role_text = _cell(values, columns, "role")
        role = R.PARTICIPANT
        if role_text:
            role_key = word_key(role_text)
            if role_key not in ROLE_WORDS:
                problems.append(
                    translate(
                        "registration_import",
                        "unknown role “{word}”. Use Teilnahme, Referent/in, Moderation, "
                        "Podium, Aussteller/in or Organisation (or participant, speaker, "
                        "moderator, panelist, exhibitor, organiser).",
                    ).format(word=role_text)
                )
            else:
                role = ROLE_WORDS[role_key]
        salutation = SALUTATION_WORDS.get(
            word_key(_cell(values, columns, "salutation")), SalutationForm.NEUTRAL
        )
        if problems:
            errors.extend(_row_error(source, number, p) for p in problems)
            continue
        good.append(
            RegistrationRow(
                number=number,
                salutation=salutation,
                title=_cell(values, columns, "title"),
                first_name=first,
                last_name=last,
                organization=_cell(values, columns, "organization"),
                function=_cell(values, columns, "function"),
                email=email,
                phone=phone,
                phone_e164=phone_e164,
                street=_cell(values, columns, "street"),
                postal_code=_cell(values, columns, "postal_code"),
                city=_cell(values, columns, "city"),
                status=status,
                role=role,
                notes=_cell(values, columns, "notes"),
            )
        )
    return good, errors, warnings


def raise_errors(source: str, errors: Sequence[str]) -> None:
    """Raise one ``InputFileError`` listing the row errors (nothing was imported)."""
    shown = list(errors[:MAX_REPORTED_ERRORS])
    if len(errors) > MAX_REPORTED_ERRORS:
        shown.append(
            translate("registration_import", "… and {count} more problems.").format(
                count=len(errors) - MAX_REPORTED_ERRORS
            )
        )
    raise InputFileError(
        translate(
            "registration_import",
            "Nothing was imported from {source}. Correct these rows and import again:\n{rows}",
        ).format(source=source, rows="\n".join(shown))
    )


def import_registrations(
    session: Session,
    *,
    event_id: int,
    header: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str]]],
    source: str,
    at: datetime | None = None,
) -> ImportReport:
    """Import registration rows into an event: all rows or none."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(
            translate("events", "Event {id} does not exist (any more).").format(id=event_id)
        )
    good, errors, warnings = check_rows(header=header, rows=rows, source=source)
    if errors:
        raise_errors(source, errors)
    when = at or utcnow()
    writer = _Writer(session, event_id, when, source, warnings)
    for row in good:
        writer.write(row)
    audit.record(session, AuditAction.IMPORT, "event", event_id, f"registrations from {source}")
    return writer.report(len(rows))


class _Writer:
    """Writes checked rows; remembers people seen earlier in the same file."""

    def __init__(
        self, session: Session, event_id: int, at: datetime, source: str, warnings: list[str]
    ) -> None:
        self.session = session
        self.event_id = event_id
        self.at = at
        self.source = source
        self.warnings = warnings
        self.seen: dict[str, tuple[int, int]] = {}  # key → (person id, first row)
        self.created: list[int] = []
        self.matched: list[int] = []
        self.orgs_created: list[int] = []
        self.participations_created: list[int] = []
        self.participations_updated: list[int] = []

    def report(self, row_count: int) -> ImportReport:
        changes = Changes.of(
            created={
                "person": set(self.created),
                "organization": set(self.orgs_created),
                "participation": set(self.participations_created),
            },
            updated={
                "participation": set(self.participations_updated)
                - set(self.participations_created),
                "event": {self.event_id},
            },
        )
        return ImportReport(
            row_count,
            tuple(self.created),
            tuple(dict.fromkeys(self.matched)),
            tuple(self.orgs_created),
            tuple(self.participations_created),
            tuple(
                dict.fromkeys(
                    p for p in self.participations_updated if p not in self.participations_created
                )
            ),
            tuple(self.warnings),
            changes,
        )

    def _keys(self, row: RegistrationRow) -> list[str]:
        keys = []
        if row.email:
            keys.append("mail:" + row.email.lower())
        if row.last_name:
            keys.append(
                f"name:{fold(row.first_name)}|{fold(row.last_name)}|{fold(row.organization)}"
            )
        return keys

    def write(self, row: RegistrationRow) -> None:
        person_id, affiliation_id = self._find(row)
        participation = self.session.scalar(
            select(Participation).where(
                Participation.event_id == self.event_id, Participation.person_id == person_id
            )
        )
        status = row.status
        if status is None:  # "abgesagt"
            cancels = participation is not None and participation.status in (
                S.REGISTERED,
                S.WAITLISTED,
                S.ATTENDED,
            )
            status = S.CANCELLED if cancels else S.DECLINED
        if participation is None:
            result = add_participation(
                self.session,
                event_id=self.event_id,
                person_id=person_id,
                affiliation_id=affiliation_id,
                role=row.role,
                status=status,
                at=self.at,
                apply_capacity=False,
            )
            self.participations_created.append(result.participation_id)
            participation_id = result.participation_id
        else:
            participation_id = participation.id
            if participation.status is not status:
                set_status(
                    self.session,
                    participation_id=participation_id,
                    status=status,
                    at=self.at,
                    apply_capacity=False,
                )
            if participation.role is not row.role:
                set_role(self.session, participation_id=participation_id, role=row.role)
            if participation.affiliation_id is None and affiliation_id is not None:
                # The form names the organisation the invitation did not know yet.
                change_affiliation(
                    self.session, participation_id=participation_id, affiliation_id=affiliation_id
                )
            self.participations_updated.append(participation_id)
        if row.notes:
            stored = self.session.get(Participation, participation_id)
            assert stored is not None
            if row.notes not in stored.notes:
                stored.notes = f"{stored.notes}\n{row.notes}".strip()

    def _find(self, row: RegistrationRow) -> tuple[int, int | None]:
        for key in self._keys(row):
            if key in self.seen:
                person_id, first_row = self.seen[key]
                self.warnings.append(
                    translate(
                        "registration_import",
                        "{source}, row {row}: the same person as in row {first}; the later "
                        "row's status and role count.",
                    ).format(source=self.source, row=row.number, first=first_row)
                )
                return person_id, affiliation_at(self.session, person_id, row.organization)
        found_id: int | None = person_by_email(self.session, row.email) if row.email else None
        affiliation_id: int | None = None
        if found_id is not None:
            affiliation_id = affiliation_at(self.session, found_id, row.organization)
        else:
            found = person_by_name_and_organization(
                self.session, row.first_name, row.last_name, row.organization
            )
            if found is not None:
                found_id, affiliation_id = found
        if found_id is not None:
            self.matched.append(found_id)
            if affiliation_id is None and row.organization:
                affiliation_id = self._new_affiliation(found_id, row, primary=False)
        else:
            found_id, affiliation_id = self._create(row)
        for key in self._keys(row):
            self.seen.setdefault(key, (found_id, row.number))
        return found_id, affiliation_id

    def _create(self, row: RegistrationRow) -> tuple[int, int | None]:
        person = Person(
            salutation=row.salutation,
            academic_title=row.title,
            first_name=row.first_name,
            last_name=row.last_name or row.email.split("@")[0],
            notes=translate("registration_import", "Created by the import of {source}.").format(
                source=self.source
            ),
        )
        self.session.add(person)
        self.session.flush()
        audit.record(self.session, AuditAction.IMPORT, "person", person.id, self.source)
        self.created.append(person.id)
        if row.organization:
            return person.id, self._new_affiliation(person.id, row, primary=True)
        self._contact_points(row, person_id=person.id)
        if row.street or row.city:
            self.session.add(self._address(row, AddressKind.POSTAL, person_id=person.id))
        return person.id, None

    def _new_affiliation(self, person_id: int, row: RegistrationRow, *, primary: bool) -> int:
        org, new_org = find_or_create_organization(self.session, row.organization)
        if new_org:
            self.orgs_created.append(org.id)
        affiliation = Affiliation(
            person_id=person_id, organization_id=org.id, function=row.function, is_primary=primary
        )
        self.session.add(affiliation)
        self.session.flush()
        self._contact_points(row, affiliation_id=affiliation.id)
        if row.street or row.city:
            if new_org:
                self.session.add(self._address(row, AddressKind.BUSINESS, organization_id=org.id))
            elif not self._org_has_address(org, row):
                affiliation.use_organization_address = False
                self.session.add(
                    self._address(row, AddressKind.BUSINESS, affiliation_id=affiliation.id)
                )
        return affiliation.id

    def _org_has_address(self, org: Organization, row: RegistrationRow) -> bool:
        streets = self.session.scalars(
            select(Address.street).where(Address.organization_id == org.id)
        ).all()
        return any(fold(s) == fold(row.street) for s in streets)

    def _address(self, row: RegistrationRow, kind: AddressKind, **owner: int) -> Address:
        return Address(
            kind=kind,
            street=row.street,
            postal_code=row.postal_code,
            city=row.city,
            country="DE",
            is_primary=True,
            **owner,
        )

    def _contact_points(self, row: RegistrationRow, **owner: int) -> None:
        if row.email:
            self.session.add(
                ContactPoint(
                    kind=ContactKind.EMAIL,
                    value=row.email,
                    normalized=row.email.lower(),
                    is_primary=True,
                    **owner,
                )
            )
        if row.phone_e164:
            self.session.add(
                ContactPoint(
                    kind=ContactKind.PHONE,
                    value=row.phone,
                    normalized=row.phone_e164,
                    is_primary=True,
                    **owner,
                )
            )
