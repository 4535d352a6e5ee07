"""Decoding of vCard property values: transfer encodings, charsets, escapes, images, dates.

Each function takes what one property holds and never raises on bad data; failures
come back as ``None`` or raw text for the reader to report.
"""

from __future__ import annotations

import binascii
import datetime as dt
import re
import unicodedata

from partnercrm.interchange.vcard_card import Image
from partnercrm.interchange.vcard_contentline import known_charset

# C0 controls except TAB and LF; CR is turned into LF before this applies.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n"}
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
# Thunderbird CardBook and Radicale write year 1604 for "year unknown".
_PLACEHOLDER_YEAR = 1604


def decode_bytes(raw: bytes, encoding: str, charset: str) -> tuple[str, bool]:
    """Undo quoted-printable and decode the declared or guessed charset.

    Without a usable CHARSET: UTF-8, then cp1252 (German Outlook writes ANSI without
    saying so). A declared charset that does not fit decodes with replacement
    characters (an Android ``=80`` inside UTF-8 must not cost the card). The flag
    says whether replacement characters had to be inserted.
    """
    if encoding == "qp":
        raw = binascii.a2b_qp(raw)
    if raw.isascii():
        return raw.decode("ascii"), False
    codec = known_charset(charset) if charset else ""
    if codec and codec != "ascii":
        try:
            return raw.decode(codec), False
        except UnicodeDecodeError:
            return raw.decode(codec, errors="replace"), True
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        return text, "\ufffd" in text


def clean(text: str) -> str:
    """Line breaks to LF, C0 controls dropped (TAB and LF kept)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    return text


def nfc(text: str) -> str:
    """NFC-normalise; applied after unescaping, so ``\\n`` + accent cannot fuse to ``ń``."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(1)
    return _ESCAPES.get(char, char)


def unescape(text: str) -> str:
    """Undo 3.0/4.0 text escapes (``\\n \\N \\, \\; \\\\ \\:``; other ``\\x`` → ``x``)."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_escape_char, text)


def split_escaped(text: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not preceded by an escaping backslash.

    Escaped pairs are parked on control characters, which ``clean`` has already
    removed from the text, so the split itself runs in C.
    """
    if "\\" not in text:
        return text.split(sep)
    parked = text.replace("\\\\", "\x00").replace("\\" + sep, "\x01")
    return [p.replace("\x01", "\\" + sep).replace("\x00", "\\\\") for p in parked.split(sep)]


def structured(text: str, *, version21: bool) -> list[str]:
    """Split N/ADR/ORG on unescaped ``;`` and decode each component.

    2.1 only escapes ``;``; a backslash before anything else is text there. NFC runs
    on the whole value when nothing is escaped: it cannot compose across a ``;``.
    """
    if "\\" not in text:
        if not text.isascii():
            text = nfc(text)
        return [p.strip() for p in text.split(";")]
    parts = split_escaped(text, ";")
    if version21:
        return [nfc(p.replace("\\;", ";").strip()) for p in parts]
    return [nfc(unescape(p).strip()) for p in parts]


def text_list(text: str, *, version21: bool) -> list[str]:
    """Split NICKNAME/CATEGORIES on unescaped commas, dropping empty items."""
    if "\\" not in text:
        if not text.isascii():
            text = nfc(text)
        return [item for item in (p.strip() for p in text.split(",")) if item]
    items = split_escaped(text, ",")
    decoded = (i if version21 else unescape(i) for i in items)
    return [nfc(d) for d in (x.strip() for x in decoded) if d]


def image_mime(data: bytes) -> str:
    """Return the MIME type when ``data`` is a complete JPEG, PNG or GIF, else ``""``.

    Checks both ends, so a truncated JPEG (Android card 5 in the corpus) fails.
    """
    tail = data[-64:].rstrip(b"\x00\r\n\t ")
    if data[:3] == b"\xff\xd8\xff" and tail.endswith(b"\xff\xd9") and _jpeg_frames(data):
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n" and b"IEND" in tail[-16:]:
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a") and tail.endswith(b";"):
        return "image/gif"
    return ""


def _jpeg_frames(data: bytes) -> bool:
    """Walk the JPEG segments up to the scan: lengths must fit and a frame header exist.

    Catches stubs such as the 70-byte Windows Address Book "photo" in the corpus.
    """
    pos = 2
    frame = False
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2 or pos + 2 + length > len(data):
            return False
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            frame = True
        if marker == 0xDA:
            return frame
        pos += 2 + length
    return False


def decode_base64(text: str) -> bytes | None:
    """Decode lenient base64 (whitespace, missing padding); None when it is broken."""
    body = "".join(text.split()).replace("\\", "").rstrip("=")
    compact = body + "=" * (-len(body) % 4)
    try:
        return binascii.a2b_base64(compact.encode("ascii", errors="ignore"))
    except (binascii.Error, ValueError):
        return None


def decode_image(text: str, *, encoded: bool) -> Image | None:
    """Decode inline image data (base64 or a ``data:`` URI); None if not a valid image."""
    stripped = text.strip()
    if stripped[:5].lower() == "data:":
        header, sep, payload = stripped.partition(",")
        if not sep or ";base64" not in header.lower().replace("\\", ""):
            return None
        header = header.rstrip("\\")
        data = decode_base64(payload)
    elif encoded:
        data = decode_base64(stripped)
    else:
        return None
    if not data:
        return None
    mime = image_mime(data)
    return Image(data=data, mime=mime) if mime else None


def parse_date(text: str) -> tuple[dt.date | None, str]:
    """Return (date, raw): a full valid date, or None and the text to keep.

    A date without year comes back as ``--MMDD``; anything invalid keeps its raw text.
    """
    value = text.strip()
    if (len(value) == 10 and value[4] == "-" and value[7] == "-") or (
        len(value) == 8 and value.isdigit()
    ):
        try:  # the usual 1980-03-22 / 19800322, parsed in C
            date = dt.date.fromisoformat(value)
        except ValueError:
            return None, value
        if date.year == _PLACEHOLDER_YEAR:
            return None, f"--{date.month:02d}{date.day:02d}"
        return date, ""
    match = _DATE.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None, value
        if year == _PLACEHOLDER_YEAR:
            return None, f"--{month:02d}{day:02d}"
        return date, ""
    match = _NO_YEAR.match(value)
    if match:
        return None, f"--{match.group(1)}{match.group(2)}"
    return None, value
