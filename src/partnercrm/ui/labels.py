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

_LABELS: dict[StrEnum, str] = {
    SalutationForm.FRAU: QT_TRANSLATE_NOOP("Labels", "Ms"),
    SalutationForm.HERR: QT_TRANSLATE_NOOP("Labels", "Mr"),
    SalutationForm.NEUTRAL: QT_TRANSLATE_NOOP("Labels", "Neutral (no salutation form)"),
    AddressForm.FORMAL: QT_TRANSLATE_NOOP("Labels", "Formal"),
    AddressForm.INFORMAL: QT_TRANSLATE_NOOP("Labels", "Informal"),
    AddressKind.BUSINESS: QT_TRANSLATE_NOOP("Labels", "Business"),
    AddressKind.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private"),
    AddressKind.POSTAL: QT_TRANSLATE_NOOP("Labels", "Postal"),
    ContactKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    ContactKind.MOBILE: QT_TRANSLATE_NOOP("Labels", "Mobile"),
    ContactKind.FAX: QT_TRANSLATE_NOOP("Labels", "Fax"),
    ContactKind.WEB: QT_TRANSLATE_NOOP("Labels", "Web"),
    ConsentChannel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    ConsentChannel.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
    ConsentChannel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    ConsentPurpose.INVITATIONS: QT_TRANSLATE_NOOP("Labels", "Invitations"),
    ConsentPurpose.NEWSLETTER: QT_TRANSLATE_NOOP("Labels", "Newsletter"),
    ConsentPurpose.PHOTOS: QT_TRANSLATE_NOOP("Labels", "Photos"),
    ConsentState.GRANTED: QT_TRANSLATE_NOOP("Labels", "Granted"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    ConsentState.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    OrganizationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    OrganizationKind.DISTRICT: QT_TRANSLATE_NOOP("Labels", "District"),
    OrganizationKind.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company"),
    OrganizationKind.ASSOCIATION: QT_TRANSLATE_NOOP("Labels", "Association"),
    OrganizationKind.FOUNDATION: QT_TRANSLATE_NOOP("Labels", "Foundation"),
    OrganizationKind.PUBLIC_AUTHORITY: QT_TRANSLATE_NOOP("Labels", "Public authority / ministry"),
    OrganizationKind.EDUCATION_RESEARCH: QT_TRANSLATE_NOOP("Labels", "Education / research"),
    OrganizationKind.CHURCH_WELFARE: QT_TRANSLATE_NOOP("Labels", "Church / welfare"),
    OrganizationKind.MEDIA: QT_TRANSLATE_NOOP("Labels", "Media"),
    OrganizationKind.NETWORK_INITIATIVE: QT_TRANSLATE_NOOP("Labels", "Network / initiative"),
    OrganizationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    Sector.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public sector"),
    Sector.BUSINESS: QT_TRANSLATE_NOOP("Labels", "Business"),
    Sector.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Labels", "Civil society"),
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
    text = _LABELS.get(value)
    return QCoreApplication.translate("Labels", text) if text else str(value)


def language_label(code: str) -> str:
    text = LANGUAGES.get(code)
    return QCoreApplication.translate("Labels", text) if text else code
