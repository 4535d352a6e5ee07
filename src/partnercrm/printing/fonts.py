"""The embedded Unicode fonts of printed documents (DejaVu Sans), registered once.

The 14 standard PDF fonts cover only WinAnsi: "Łukasz", "Ayşe" or "Nguyễn" would print
as black squares. Every document therefore draws with these embedded TrueType fonts.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from partnercrm.resources import resource_path


@dataclass(frozen=True)
class FontSet:
    """Names under which the four faces are registered with reportlab."""

    regular: str = "PartnerCRM-Sans"
    bold: str = "PartnerCRM-Sans-Bold"
    italic: str = "PartnerCRM-Sans-Oblique"
    bold_italic: str = "PartnerCRM-Sans-BoldOblique"


FONTS = FontSet()

_FILES = {
    FONTS.regular: "DejaVuSans.ttf",
    FONTS.bold: "DejaVuSans-Bold.ttf",
    FONTS.italic: "DejaVuSans-Oblique.ttf",
    FONTS.bold_italic: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> FontSet:
    """Register the fonts with reportlab on first use and return their names.

    Lazy because parsing four TTF files costs ~40 ms that the GUI start should not pay;
    locked because documents may be built on a worker thread.
    """
    global _registered
    if _registered:
        return FONTS
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            pdfmetrics.registerFontFamily(
                FONTS.regular,
                normal=FONTS.regular,
                bold=FONTS.bold,
                italic=FONTS.italic,
                boldItalic=FONTS.bold_italic,
            )
            _registered = True
    return FONTS


@cache
def _charset(font_name: str) -> frozenset[str]:
    """Return the characters the font has glyphs for, plus whitespace (never drawn)."""
    font = pdfmetrics.getFont(font_name)
    return frozenset(chr(code) for code in font.face.charToGlyph) | frozenset(" \t\n\u00a0")


def missing_glyphs(text: str, font_name: str = FONTS.regular) -> str:
    """Return the characters of ``text`` the font cannot draw (empty when all are there)."""
    register_fonts()
    charset = _charset(font_name)
    chars = set(text)
    if chars <= charset:  # the usual case, decided in C
        return ""
    return "".join(sorted(ch for ch in chars - charset if not ch.isspace()))


def normalize(text: str) -> str:
    """Return ``text`` in NFC, so that "e" + combining accent prints as one glyph."""
    return unicodedata.normalize("NFC", text)
