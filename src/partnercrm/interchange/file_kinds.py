"""Which files are contact files, by their name alone.

Kept apart from the readers so that a window can accept dropped files without
loading the import machinery first.
"""

from __future__ import annotations

VCARD_SUFFIXES = (".vcf", ".vcard")
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")
CONTACT_FILE_SUFFIXES = (*VCARD_SUFFIXES, *TABLE_SUFFIXES)
