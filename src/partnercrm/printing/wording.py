"""The fixed words of printed documents, German first with an English edition.

German is the source language of printed documents: each text goes through
``translate("print", …)`` (so the translator tools collect it). A document printed for an
English-speaking audience takes the English text from the table below instead; the
document's language is a parameter, independent of the UI language.
"""

from __future__ import annotations

from partnercrm.addressing import Language
from partnercrm.i18n import translate

_ENGLISH: dict[str, str] = {
    "Seite {page} von {pages}": "Page {page} of {pages}",
    "Teilnahmeliste": "Sign-in sheet",
    "Einladungsliste": "Invitation list",
    "Nr.": "No.",
    "Name, Vorname": "Last name, first name",
    "Name": "Name",
    "Organisation": "Organisation",
    "Funktion": "Function",
    "Kommune": "Municipality",
    "Status": "Status",
    "E-Mail / Telefon": "E-mail / phone",
    "Unterschrift": "Signature",
    "Foto-Einwilligung ja / nein": "Photo consent yes / no",
    "☐ ja    ☐ nein": "☐ yes    ☐ no",
    "Datum": "Date",
    "Ort": "Venue",
    "Veranstalter": "Organiser",
    "Projekt": "Project",
    "Bitte in Druckbuchstaben ausfüllen.": "Please write in block capitals.",
    "Richtigkeit bestätigt (Name, Unterschrift):": "Confirmed correct (name, signature):",
    "Teilnahmebescheinigung": "Certificate of attendance",
    "Hiermit wird bestätigt, dass": "This is to certify that",
    "am {date} an der Veranstaltung": "attended the event",
    "in {venue} teilgenommen hat.": "held in {venue} on {date}.",
    "teilgenommen hat.": "on {date}.",
    "Ort, Datum": "Place, date",
    "Kalibrierseite": "Calibration page",
    "Mit 100 % / „Tatsächliche Größe“ drucken, nicht „An Seite anpassen“.": (
        "Print at 100 % / “Actual size”, not “Fit to page”."
    ),
    "Versatz x {x} mm, y {y} mm": "Offset x {x} mm, y {y} mm",
    "Lineal 100 mm": "Ruler 100 mm",
    "Mit freundlichen Grüßen": "Kind regards",
    "{count} Einträge": "{count} entries",
}


def text(german: str, language: Language = Language.DE) -> str:
    """Return the document text for ``german`` in the document's ``language``."""
    if language is Language.EN:
        return _ENGLISH[german]  # a missing entry is our bug; a test checks the table
    return translate("print", german)


def english_table() -> dict[str, str]:
    """Return a copy of the English table (for tests and translators)."""
    return dict(_ENGLISH)
