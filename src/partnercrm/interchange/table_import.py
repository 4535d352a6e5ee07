"""CSV and XLSX rows → ``IncomingContact`` values: column mapping and bad fields.

Headers are recognised automatically (``contact_columns``); the GUI may pass its own
mapping. A bad field (an e-mail without @, a postal code that cannot be, an unknown
country, a date that is none) is reported with row and column; with ``bad_field``
"drop" the row is imported without it, with "skip-row" the row is skipped.
Columns nobody recognised go into the person's notes block, so nothing is lost.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from partnercrm.errors import InputFileError, ValidationError
from partnercrm.i18n import translate
from partnercrm.interchange.contact_columns import auto_mapping, columns
from partnercrm.interchange.csv_reading import decode_bytes, parse_csv_text
from partnercrm.interchange.vcard_import import FileContacts, split_particle
from partnercrm.model import AddressKind, ContactKind, SalutationForm
from partnercrm.services import validation
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput, normalized_contact
from partnercrm.services.contact_import import IncomingContact, clean_contact
from partnercrm.services.people import PersonInput

if TYPE_CHECKING:
    from partnercrm.interchange.contact_files import ImportOptions

MAX_ROWS = 500_000
_SALUTATIONS = {
    "herr": SalutationForm.HERR,
    "mr": SalutationForm.HERR,
    "mr.": SalutationForm.HERR,
    "frau": SalutationForm.FRAU,
    "mrs": SalutationForm.FRAU,
    "mrs.": SalutationForm.FRAU,
    "ms": SalutationForm.FRAU,
    "ms.": SalutationForm.FRAU,
}
_TRUE = {"1", "ja", "yes", "true", "x", "wahr"}


@dataclass(frozen=True)
class Table:
    """Header and rows (row number as a spreadsheet shows it) of a CSV or XLSX file."""

    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def read_table(data: bytes, *, source: str, suffix: str) -> Table:
    """Decode a CSV (encoding and delimiter detected) or the first sheet of an XLSX."""
    if suffix == ".xlsx" or data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, source)
    if b"\x00" in data[:4096]:
        raise InputFileError(
            translate(
                "import", "{source} is neither a CSV text file nor an Excel workbook."
            ).format(source=source)
        )
    text, encoding = decode_bytes(data)
    table = parse_csv_text(text, source=source, encoding=encoding)
    return Table(source, table.header, tuple((r.number, r.values) for r in table.rows))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(data: bytes, source: str) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise InputFileError(
            translate("import", "{source} cannot be read as an Excel workbook ({error}).").format(
                source=source, error=error
            )
        ) from error
    try:
        sheet = workbook.worksheets[0]
        header: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = tuple(_text(v) for v in values)
            if not any(cells):
                continue
            if header is None:
                header = cells
            else:
                rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                break
    finally:
        workbook.close()
    if header is None:
        raise InputFileError(
            translate("import", "{source} is empty: it has no header row.").format(source=source)
        )
    return Table(source, header, tuple(rows))


def _date(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        "birthday", translate("import", "“{value}” is not a date.").format(value=text)
    )


class _Row:
    """One row's values by key, with checks that report bad fields."""

    def __init__(self, values: dict[str, str], header_of: dict[str, str]) -> None:
        self.values = values
        self.header_of = header_of
        self.bad: list[tuple[str, str]] = []  # (key, message)

    def get(self, key: str) -> str:
        return self.values.get(key, "").strip()

    def checked(self, key: str, check: object) -> str:
        value = self.get(key)
        if not value:
            return ""
        try:
            check(value)  # type: ignore[operator]  # a validation function taking the text
        except ValidationError as error:
            self.bad.append((key, error.message))
            return ""
        return value


def _check_phone(value: str) -> None:
    # Through the cache of contact_data: the import checks each number again later.
    normalized_contact(ContactKind.PHONE, value, field="phone")


def _contact(row: _Row, source: str, number: int, extras: list[str]) -> IncomingContact:
    country_text = row.get("country")
    country = ""
    if country_text:
        try:
            country = validation.normalize_country(country_text)
        except ValidationError as error:
            row.bad.append(("country", error.message))
    postal = row.get("postal_code")
    if postal:
        try:
            validation.normalize_postal_code(postal, country or "DE")
        except ValidationError as error:
            row.bad.append(("postal_code", error.message))
            postal = ""
    email = row.checked("email", validation.normalize_email)
    private_email = row.checked("private_email", validation.normalize_email)
    phones = {k: row.checked(k, _check_phone) for k in ("phone", "mobile", "fax", "private_phone")}
    website = row.checked("website", validation.normalize_url)
    birthday: date | None = None
    if row.get("birthday"):
        try:
            birthday = _date(row.get("birthday"))
        except ValidationError as error:
            row.bad.append(("birthday", error.message))
    salutation = SalutationForm.NEUTRAL
    titles = []
    for word in (row.get("salutation") + " " + row.get("academic_title")).split():
        form = _SALUTATIONS.get(word.casefold())
        if form is not None and salutation is SalutationForm.NEUTRAL:
            salutation = form
        elif word.casefold() not in ("neutral",):
            titles.append(word)
    particle, last = row.get("name_particle"), row.get("last_name")
    if not particle:
        particle, last = split_particle(last)
    work_points = [
        ContactPointInput(kind, value, is_primary=True)
        for kind, value in (
            (ContactKind.EMAIL, email),
            (ContactKind.PHONE, phones["phone"]),
            (ContactKind.MOBILE, phones["mobile"]),
            (ContactKind.FAX, phones["fax"]),
            (ContactKind.WEB, website),
        )
        if value
    ]
    own_points = [
        ContactPointInput(kind, value, is_primary=True)
        for kind, value in (
            (ContactKind.EMAIL, private_email),
            (ContactKind.PHONE, phones["private_phone"]),
        )
        if value
    ]
    address = AddressInput(
        kind=AddressKind.BUSINESS,
        street=row.get("street"),
        addition=row.get("addition"),
        po_box=row.get("po_box"),
        postal_code=postal,
        city=row.get("city"),
        region=row.get("region"),
        country=country or "DE",
        is_primary=True,
    )
    addresses = () if address.is_empty else (address,)
    organization = row.get("organization")
    roles: tuple[AffiliationInput, ...] = ()
    own_addresses: tuple[AddressInput, ...] = ()
    if organization:
        roles = (
            AffiliationInput(
                organization_name=organization,
                department=row.get("department"),
                function=row.get("function"),
                is_primary=True,
                use_organization_address=not addresses,
                contact_points=tuple(work_points),
                addresses=addresses,
            ),
        )
    else:
        own_points = work_points + own_points
        own_addresses = addresses
        for key in ("department", "function"):
            if row.get(key):
                extras.append(f"{row.header_of[key]}: {row.get(key)}")
    tags = tuple(t.strip() for t in row.get("tags").replace(";", ",").split(",") if t.strip())
    person = PersonInput(
        first_name=row.get("first_name"),
        last_name=last,
        salutation=salutation,
        academic_title=" ".join(titles),
        name_particle=particle,
        name_suffix=row.get("name_suffix"),
        nickname=row.get("nickname"),
        birthday=birthday,
        notes=row.get("notes"),
        do_not_contact=row.get("do_not_contact").casefold() in _TRUE,
        tags=tuple(t for t in tags if not t.startswith("* ")),  # Google's "* myContacts"
    )
    return IncomingContact(
        source=source,
        number=number,
        person=person,
        addresses=own_addresses,
        contact_points=tuple(own_points),
        affiliations=roles,
        uid=row.get("uid"),
        leftovers=tuple(extras),
    )


def contacts_from_table(
    table: Table, *, mapping: dict[int, str] | None = None, bad_field: str = "drop"
) -> FileContacts:
    """Turn the rows into contacts with ``mapping`` (column index → key; None: recognised)."""
    out = FileContacts(table.source)
    chosen = auto_mapping(table.header) if mapping is None else mapping
    known = columns()
    if not any(k in ("first_name", "last_name") for k in chosen.values()):
        out.not_a_vcard = True
        out.problems.append(
            (
                0,
                translate(
                    "import",
                    "No column for first or last name was recognised; choose the columns "
                    "in the import dialog.",
                ),
            )
        )
        return out
    header_of = {key: table.header[i] for i, key in chosen.items() if i < len(table.header)}
    header_of.update({k: c.header for k, c in known.items() if k not in header_of})
    for number, cells in table.rows:
        values = {key: cells[i] for i, key in chosen.items() if i < len(cells)}
        extras = [
            f"{table.header[i]}: {cell}"
            for i, cell in enumerate(cells)
            if i not in chosen and cell.strip() and i < len(table.header) and table.header[i]
        ]
        row = _Row(values, header_of)
        contact = _contact(row, table.source, number, extras)
        if row.bad:
            out.damaged = True
            reasons = [
                translate("import", "Column “{column}”: {reason}").format(
                    column=header_of.get(key, key), reason=reason
                )
                for key, reason in row.bad
            ]
            if bad_field == "skip-row":
                out.problems.extend(
                    (number, r + " " + translate("import", "The row was skipped.")) for r in reasons
                )
                continue
            contact = IncomingContact(
                **{**contact.__dict__, "problems": (*contact.problems, *reasons)}
            )
        cleaned = clean_contact(contact, keep_in_notes=False)
        out.contacts.append(cleaned)
    return out


def read_table_contacts(
    data: bytes, *, source: str, suffix: str, options: ImportOptions
) -> FileContacts:
    """Read a CSV/XLSX file into contacts; problems are reported, never raised."""
    try:
        table = read_table(data, source=source, suffix=suffix)
    except InputFileError as error:
        out = FileContacts(source, not_a_vcard=True)
        out.problems.append((0, error.message))
        return out
    mapping = None
    if options.column_mapping is not None:
        mapping = {
            i: options.column_mapping[h]
            for i, h in enumerate(table.header)
            if options.column_mapping.get(h)
        }
    return contacts_from_table(table, mapping=mapping, bad_field=options.bad_field)
