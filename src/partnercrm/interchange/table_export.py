"""CSV and XLSX export of people with chosen columns, formula-safe (``spreadsheet_safety``).

The columns are those of ``contact_columns``, so an exported file imports back
without a mapping. Business data comes from the primary role; the person's own
address, e-mail and phone fill in when there is no role.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from partnercrm.countries import country_name
from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.interchange.contact_columns import DEFAULT_EXPORT, ContactColumn, columns
from partnercrm.interchange.spreadsheet_safety import write_csv, write_xlsx
from partnercrm.model import ContactKind, SalutationForm
from partnercrm.services.contact_records import (
    ContactRecord,
    ContactValue,
    PostalRecord,
    contact_records,
)

COLUMNS: dict[str, ContactColumn] = columns()
_SALUTATION = {SalutationForm.HERR: "Herr", SalutationForm.FRAU: "Frau", SalutationForm.NEUTRAL: ""}


def parse_columns(text: str) -> tuple[str, ...]:
    """ "first_name,last_name" → keys; empty → the default set; unknown keys are an error."""
    keys = tuple(k.strip() for k in text.split(",") if k.strip())
    if not keys:
        return DEFAULT_EXPORT
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown:
        raise ValidationError(
            "columns",
            translate("export", "Unknown columns: {names}. Known: {known}.").format(
                names=", ".join(unknown), known=", ".join(COLUMNS)
            ),
        )
    return keys


def _first(points: Sequence[ContactValue], kind: ContactKind) -> str:
    """The primary value of ``kind``, else the first one, else ""."""
    first: str | None = None
    for point in points:
        if point.kind is kind:
            if point.is_primary:
                return point.value
            if first is None:
                first = point.value
    return first or ""


def row_values(d: ContactRecord) -> dict[str, str]:
    """Every column's text for one person."""
    role = d.roles[0] if d.roles else None
    own = d.contact_points
    if role and role.addresses:
        address: PostalRecord | None = role.addresses[0]
    else:
        own_addresses = sorted(d.addresses, key=lambda a: not a.is_primary)
        address = own_addresses[0] if own_addresses else None
    pick = role.contact_points if role else own
    values = {
        "id": str(d.id),
        "salutation": _SALUTATION[d.salutation],
        "academic_title": d.academic_title,
        "first_name": d.first_name,
        "name_particle": d.name_particle,
        "last_name": d.last_name,
        "name_suffix": d.name_suffix,
        "nickname": d.nickname,
        "organization": role.organization_name if role else "",
        "department": role.department if role else "",
        "function": role.function if role else "",
        "email": _first(pick, ContactKind.EMAIL) or _first(own, ContactKind.EMAIL),
        "phone": _first(pick, ContactKind.PHONE) or _first(own, ContactKind.PHONE),
        "mobile": _first(pick, ContactKind.MOBILE) or _first(own, ContactKind.MOBILE),
        "fax": _first(pick, ContactKind.FAX),
        "website": _first(pick, ContactKind.WEB) or _first(own, ContactKind.WEB),
        "street": address.street if address else "",
        "addition": address.addition if address else "",
        "po_box": address.po_box if address else "",
        "postal_code": address.postal_code if address else "",
        "city": address.city if address else "",
        "region": address.region if address else "",
        "country": country_name(address.country) if address else "",
        "private_email": _first(own, ContactKind.EMAIL) if role else "",
        "private_phone": _first(own, ContactKind.PHONE) if role else "",
        "birthday": d.birthday.isoformat() if d.birthday else "",
        "tags": ", ".join(d.tags),
        "notes": d.notes,
        "do_not_contact": translate("export", "yes") if d.do_not_contact else "",
        "uid": d.uid or "",
    }
    return values


def _rows(session: Session, ids: Sequence[int], keys: Sequence[str]) -> Iterator[list[str]]:
    for record in contact_records(session, ids, first_role_only=True):
        values = row_values(record)
        yield [values[k] for k in keys]


def export_table(
    session: Session,
    person_ids: Sequence[int],
    target: Path,
    *,
    columns: Sequence[str] = DEFAULT_EXPORT,
    format: str = "csv",
) -> int:
    """Write the people as CSV (UTF-8 with BOM, ``;``) or XLSX; returns the rows written."""
    headers = [COLUMNS[k].header for k in columns]
    rows = _rows(session, person_ids, columns)
    if format == "xlsx":
        return write_xlsx(target, headers, rows, sheet_title=translate("export", "People"))
    return write_csv(target, headers, rows)
