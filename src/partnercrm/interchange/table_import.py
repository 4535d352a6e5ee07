"""CSV and XLSX rows → ``IncomingContact`` values (column mapping, bad fields)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from partnercrm.i18n import translate
from partnercrm.interchange.vcard_import import FileContacts

if TYPE_CHECKING:
    from partnercrm.interchange.contact_files import ImportOptions


def read_table_contacts(
    data: bytes, *, source: str, suffix: str, options: ImportOptions
) -> FileContacts:
    """Not yet available: reports so instead of importing."""
    out = FileContacts(source, not_a_vcard=True)
    out.problems.append((0, translate("import", "CSV and Excel import is not available yet.")))
    return out
