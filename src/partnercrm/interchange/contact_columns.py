"""The columns of people in CSV/XLSX: export headers and the headers recognised on import.

One list for both directions, so that a file PartnerCRM exported imports back with
no mapping. Import also recognises the headers of Outlook (English and German) and
Google Contacts CSV exports, and plain German/English words. Matching is on the
folded header (case, accents, spaces and punctuation do not matter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from partnercrm.i18n import translate
from partnercrm.store.text_folding import fold


@dataclass(frozen=True)
class ContactColumn:
    """A column: ``key`` for --columns and mappings, ``header`` as exported."""

    key: str
    header: str


def _t(text: str) -> str:
    return translate("columns", text)


def _columns() -> list[ContactColumn]:
    t = _t
    return [
        ContactColumn("id", t("Number")),
        ContactColumn("salutation", t("Salutation")),
        ContactColumn("academic_title", t("Title")),
        ContactColumn("first_name", t("First name")),
        ContactColumn("name_particle", t("Name particle")),
        ContactColumn("last_name", t("Last name")),
        ContactColumn("name_suffix", t("Name suffix")),
        ContactColumn("nickname", t("Nickname")),
        ContactColumn("organization", t("Organization")),
        ContactColumn("department", t("Department")),
        ContactColumn("function", t("Function")),
        ContactColumn("email", t("E-mail")),
        ContactColumn("phone", t("Phone")),
        ContactColumn("mobile", t("Mobile")),
        ContactColumn("fax", t("Fax")),
        ContactColumn("website", t("Website")),
        ContactColumn("street", t("Street")),
        ContactColumn("addition", t("Address addition")),
        ContactColumn("po_box", t("PO box")),
        ContactColumn("postal_code", t("Postal code")),
        ContactColumn("city", t("City")),
        ContactColumn("region", t("Region")),
        ContactColumn("country", t("Country")),
        ContactColumn("private_email", t("Private e-mail")),
        ContactColumn("private_phone", t("Private phone")),
        ContactColumn("birthday", t("Birthday")),
        ContactColumn("tags", t("Tags")),
        ContactColumn("notes", t("Notes")),
        ContactColumn("do_not_contact", t("Do not contact")),
        ContactColumn("uid", t("UID")),
    ]


def columns() -> dict[str, ContactColumn]:
    """Every column by key, in export order."""
    return {c.key: c for c in _columns()}


DEFAULT_EXPORT = (
    "salutation", "academic_title", "first_name", "name_particle", "last_name",
    "organization", "department", "function", "email", "phone", "mobile",
    "street", "postal_code", "city", "country", "tags",
)  # fmt: skip

# Headers of other programs (and German words) → column key. Folded on use.
_KNOWN_HEADERS: dict[str, tuple[str, ...]] = {
    "salutation": ("Anrede", "Title", "Name Prefix", "Salutation"),
    "academic_title": ("Titel", "Akademischer Titel", "Academic title"),
    "first_name": ("First Name", "Given Name", "Vorname", "First name"),
    "name_particle": ("Namenszusatz", "Name particle", "Adelsprädikat"),
    "last_name": ("Last Name", "Family Name", "Nachname", "Name", "Surname"),
    "name_suffix": ("Suffix", "Name Suffix", "Namenssuffix"),
    "nickname": ("Nickname", "Spitzname"),
    "organization": (
        "Company",
        "Organization 1 - Name",
        "Firma",
        "Organisation",
        "Organization",
        "Institution",
        "Unternehmen",
    ),
    "department": ("Department", "Organization 1 - Department", "Abteilung"),
    "function": ("Job Title", "Organization 1 - Title", "Position", "Funktion", "Function"),
    "email": (
        "E-mail Address",
        "E-mail 1 - Value",
        "E-Mail-Adresse",
        "E-Mail",
        "Email",
        "E-mail",
        "Mail",
    ),
    "phone": (
        "Business Phone",
        "Phone 1 - Value",
        "Telefon geschäftlich",
        "Telefon",
        "Phone",
        "Tel",
    ),
    "mobile": ("Mobile Phone", "Mobiltelefon", "Mobil", "Handy", "Mobile"),
    "fax": ("Business Fax", "Fax geschäftlich", "Fax"),
    "website": ("Web Page", "Website 1 - Value", "Webseite", "Website", "Homepage"),
    "street": (
        "Business Street",
        "Address 1 - Street",
        "Straße geschäftlich",
        "Straße",
        "Strasse",
        "Street",
        "Adresse",
    ),
    "addition": ("Adresszusatz", "Address addition", "Business Street 2", "Straße geschäftlich 2"),
    "po_box": ("Postfach", "PO box", "Business PO Box", "Address 1 - PO Box"),
    "postal_code": (
        "Business Postal Code",
        "Address 1 - Postal Code",
        "Postleitzahl geschäftlich",
        "PLZ",
        "Postleitzahl",
        "Postal code",
        "Zip",
        "ZIP Code",
    ),
    "city": ("Business City", "Address 1 - City", "Ort geschäftlich", "Ort", "Stadt", "City"),
    "region": (
        "Business State",
        "Address 1 - Region",
        "Bundesland/Kanton geschäftlich",
        "Bundesland",
        "Region",
        "State",
    ),
    "country": (
        "Business Country/Region",
        "Address 1 - Country",
        "Land/Region geschäftlich",
        "Land",
        "Country",
    ),
    "private_email": ("E-mail 2 Address", "Private E-Mail", "Private e-mail", "E-Mail 2: Adresse"),
    "private_phone": ("Home Phone", "Telefon privat", "Private phone"),
    "birthday": ("Birthday", "Geburtstag", "Geburtsdatum"),
    "tags": ("Categories", "Kategorien", "Schlagwörter", "Tags", "Group Membership"),
    "notes": ("Notes", "Notizen", "Bemerkungen", "Anmerkungen", "Notiz"),
    "do_not_contact": ("Do not contact", "Nicht kontaktieren", "Sperrvermerk"),
    "uid": ("UID",),
}


def _key(header: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(header))


def recognise(header: str) -> str | None:
    """The column key a header means, or None when unknown."""
    key = _key(header)
    if not key:
        return None
    for column in _columns():
        if _key(column.header) == key or column.key.replace("_", "") == key:
            return column.key
    for column_key, names in _KNOWN_HEADERS.items():
        if any(_key(name) == key for name in names):
            return column_key
    return None


def auto_mapping(headers: tuple[str, ...]) -> dict[int, str]:
    """Column index → key for every recognised header; each key used once (first wins)."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        key = recognise(header)
        if key is not None and key not in used and key != "id":
            mapping[index] = key
            used.add(key)
    return mapping
