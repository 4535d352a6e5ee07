"""The kinds of documents PartnerCRM prints (importable without loading reportlab)."""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    """The documents PartnerCRM prints."""

    LABELS = "labels"
    INVITATIONS = "invitations"
    SIGNIN = "signin"
    BADGES = "badges"
    LETTERS = "letters"
    CERTIFICATES = "certificates"


# Documents about one event; labels, letters and badges take any selection.
NEEDS_EVENT = frozenset({DocumentKind.INVITATIONS, DocumentKind.SIGNIN, DocumentKind.CERTIFICATES})
# Documents on label sheets, where format, start position and offset apply.
ON_SHEETS = frozenset({DocumentKind.LABELS, DocumentKind.BADGES})
DEFAULT_FORMATS = {DocumentKind.LABELS: "zweckform-3475", DocumentKind.BADGES: "avery-l4785"}
