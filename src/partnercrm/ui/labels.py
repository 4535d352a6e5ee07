"""Shown names of the domain's enum values, translated in the "Labels" context."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from partnercrm.model.enums import (
    AddressForm,
    AddressKind,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    ContactKind,
    OrganizationKind,
    SalutationForm,
    Sector,
)

# Keyed by (type, value): StrEnum members of different enums compare equal by value
# (AddressKind.BUSINESS == Sector.BUSINESS == "business").
_LABELS: dict[tuple[type, str], str] = {
    (SalutationForm, SalutationForm.FRAU): QT_TRANSLATE_NOOP("Labels", "Ms"),
    (SalutationForm, SalutationForm.HERR): QT_TRANSLATE_NOOP("Labels", "Mr"),
    (SalutationForm, SalutationForm.NEUTRAL): QT_TRANSLATE_NOOP(
        "Labels", "Neutral (no salutation form)"
    ),
    (AddressForm, AddressForm.FORMAL): QT_TRANSLATE_NOOP("Labels", "Formal"),
    (AddressForm, AddressForm.INFORMAL): QT_TRANSLATE_NOOP("Labels", "Informal"),
    (AddressKind, AddressKind.BUSINESS): QT_TRANSLATE_NOOP("Labels", "Business"),
    (AddressKind, AddressKind.PRIVATE): QT_TRANSLATE_NOOP("Labels", "Private"),
    (AddressKind, AddressKind.POSTAL): QT_TRANSLATE_NOOP("Labels", "Postal"),
    (ContactKind, ContactKind.EMAIL): QT_TRANSLATE_NOOP("Labels", "E-mail"),
    (ContactKind, ContactKind.PHONE): QT_TRANSLATE_NOOP("Labels", "Phone"),
    (ContactKind, ContactKind.MOBILE): QT_TRANSLATE_NOOP("Labels", "Mobile"),
    (ContactKind, ContactKind.FAX): QT_TRANSLATE_NOOP("Labels", "Fax"),
    (ContactKind, ContactKind.WEB): QT_TRANSLATE_NOOP("Labels", "Web"),
    (ConsentChannel, ConsentChannel.EMAIL): QT_TRANSLATE_NOOP("Labels", "E-mail"),
    (ConsentChannel, ConsentChannel.POST): QT_TRANSLATE_NOOP("Labels", "Post"),
    (ConsentChannel, ConsentChannel.PHONE): QT_TRANSLATE_NOOP("Labels", "Phone"),
    (ConsentPurpose, ConsentPurpose.INVITATIONS): QT_TRANSLATE_NOOP("Labels", "Invitations"),
    (ConsentPurpose, ConsentPurpose.NEWSLETTER): QT_TRANSLATE_NOOP("Labels", "Newsletter"),
    (ConsentPurpose, ConsentPurpose.PHOTOS): QT_TRANSLATE_NOOP("Labels", "Photos"),
    (ConsentState, ConsentState.GRANTED): QT_TRANSLATE_NOOP("Labels", "Granted"),
    (ConsentState, ConsentState.WITHDRAWN): QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    (ConsentState, ConsentState.REFUSED): QT_TRANSLATE_NOOP("Labels", "Refused"),
    (OrganizationKind, OrganizationKind.MUNICIPALITY): QT_TRANSLATE_NOOP("Labels", "Municipality"),
    (OrganizationKind, OrganizationKind.DISTRICT): QT_TRANSLATE_NOOP("Labels", "District"),
    (OrganizationKind, OrganizationKind.COMPANY): QT_TRANSLATE_NOOP("Labels", "Company"),
    (OrganizationKind, OrganizationKind.ASSOCIATION): QT_TRANSLATE_NOOP("Labels", "Association"),
    (OrganizationKind, OrganizationKind.FOUNDATION): QT_TRANSLATE_NOOP("Labels", "Foundation"),
    (OrganizationKind, OrganizationKind.PUBLIC_AUTHORITY): QT_TRANSLATE_NOOP(
        "Labels", "Public authority / ministry"
    ),
    (OrganizationKind, OrganizationKind.EDUCATION_RESEARCH): QT_TRANSLATE_NOOP(
        "Labels", "Education / research"
    ),
    (OrganizationKind, OrganizationKind.CHURCH_WELFARE): QT_TRANSLATE_NOOP(
        "Labels", "Church / welfare"
    ),
    (OrganizationKind, OrganizationKind.MEDIA): QT_TRANSLATE_NOOP("Labels", "Media"),
    (OrganizationKind, OrganizationKind.NETWORK_INITIATIVE): QT_TRANSLATE_NOOP(
        "Labels", "Network / initiative"
    ),
    (OrganizationKind, OrganizationKind.OTHER): QT_TRANSLATE_NOOP("Labels", "Other"),
    (Sector, Sector.PUBLIC): QT_TRANSLATE_NOOP("Labels", "Public sector"),
    (Sector, Sector.BUSINESS): QT_TRANSLATE_NOOP("Labels", "Business sector"),
    (Sector, Sector.CIVIL_SOCIETY): QT_TRANSLATE_NOOP("Labels", "Civil society"),
}

LANGUAGES = {
    "de": QT_TRANSLATE_NOOP("Labels", "German"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "tr": QT_TRANSLATE_NOOP("Labels", "Turkish"),
    "pl": QT_TRANSLATE_NOOP("Labels", "Polish"),
}


def label(value: StrEnum) -> str:
    """The translated name of an enum value."""
    text = _LABELS.get((type(value), value))
    return QCoreApplication.translate("Labels", text) if text else str(value)


def language_label(code: str) -> str:
    text = LANGUAGES.get(code)
    return QCoreApplication.translate("Labels", text) if text else code
