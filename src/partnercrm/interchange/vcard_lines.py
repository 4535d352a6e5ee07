"""Byte-level vCard framing: BOM sniffing, card splitting and line unfolding.

Everything here works on bytes, before any character decoding, because folds and
quoted-printable soft breaks may split a multi-byte character
(shared/reference/vcard-interop.md, pitfalls 1, 2, 5 and 6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CARD_BYTES = 5 * 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024
MAX_NESTING = 4

_UTF8_BOM = b"\xef\xbb\xbf"
# A line that starts a new property: optional group, a name, then ';' or ':' before
# any ':' of the value. Used to tell continuation data from the next property.
# 2.1 base64 may continue on unindented lines (Outlook, AOSP); only such data joins.
_BASE64_DATA = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
_PROPERTY_START = re.compile(rb"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?(?:;[^:]*)?:")


@dataclass
class RawCard:
    """The physical lines between BEGIN:VCARD and END:VCARD of one card.

    ``version`` is the VERSION value seen among the lines (``b""`` when absent);
    ``issues`` are framing problems as message keys with their arguments.
    """

    number: int
    lines: list[bytes]
    version: bytes = b""
    size: int = 0
    issues: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def to_utf8_bytes(data: bytes) -> tuple[bytes, str]:
    """Strip a BOM and turn UTF-16 into UTF-8 bytes; return the bytes and what was found."""
    if data.startswith(_UTF8_BOM):
        return data[3:], "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").encode("utf-8"), "utf-16"
    # UTF-16 without a BOM: "BEGIN" with a zero byte after (LE) or before (BE) each letter.
    head = data[:64].lstrip(b"\x00\r\n\t ")
    if head[:1].isalpha() and head[1:2] == b"\x00":
        return data.decode("utf-16-le", errors="replace").encode("utf-8"), "utf-16-le"
    if data[:1] == b"\x00" and data[1:2].isalpha():
        return data.decode("utf-16-be", errors="replace").encode("utf-8"), "utf-16-be"
    return data, ""


def physical_lines(data: bytes) -> list[bytes]:
    """Split on LF (CR CR LF and CRLF count as one break); a lone CR stays data.

    Files that use a bare CR as their only line break (classic Mac) are split on CR.
    """
    if b"\n" not in data and b"\r" in data:
        return data.split(b"\r")
    while b"\r\r\n" in data:
        data = data.replace(b"\r\r\n", b"\r\n")
    return data.replace(b"\r\n", b"\n").split(b"\n")


_FRAMING_FIRST = frozenset(b"BbEeVv")


def _keyword(line: bytes) -> bytes:
    """Return b'BEGIN', b'END' or b'VERSION' when the line is that framing line."""
    if not line or line[0] not in _FRAMING_FIRST:
        return b""
    upper = line[:16].upper()
    if upper.startswith(b"BEGIN:VCARD") and line.strip().upper() == b"BEGIN:VCARD":
        return b"BEGIN"
    if upper.startswith(b"END:VCARD") and line.strip().upper() == b"END:VCARD":
        return b"END"
    if upper.startswith(b"VERSION:"):
        return b"VERSION"
    return b""


def split_cards(lines: list[bytes]) -> tuple[list[RawCard], bool]:
    """Group physical lines into cards; the flag says whether any BEGIN:VCARD was seen.

    A BEGIN right after an empty ``AGENT:`` property opens a nested card (2.1 style),
    which is skipped; any other BEGIN inside a card means the previous END is missing.
    """
    cards: list[RawCard] = []
    current: RawCard | None = None
    depth = 0
    previous = b""
    for line in lines:
        key = _keyword(line)
        if current is None:
            if key == b"BEGIN":
                current = RawCard(number=len(cards) + 1, lines=[])
                depth = 1
            continue
        if key == b"BEGIN":
            if previous.rstrip().upper().endswith(b"AGENT:") or depth > 1:
                depth += 1
                if depth > MAX_NESTING:
                    current.issues.append(("nesting", {}))
            else:
                current.issues.append(("missing_end", {}))
                cards.append(current)
                current = RawCard(number=len(cards) + 1, lines=[])
                depth = 1
        elif key == b"END":
            depth -= 1
            if depth == 0:
                cards.append(current)
                current = None
            elif depth == 1:
                current.issues.append(("agent_skipped", {}))
        elif depth == 1:
            if key == b"VERSION" and not current.version:
                current.version = line[8:].strip()
            current.size += len(line) + 1
            current.lines.append(line)
        previous = line
    if current is not None:
        current.issues.append(("missing_end", {}))
        cards.append(current)
    return cards, bool(cards)


def _head(line: bytes) -> bytes:
    """The part before the first colon, upper-cased (group, name and parameters)."""
    colon = line.find(b":")
    return line[:colon].upper() if colon >= 0 else b""


def _is_base64_head(head: bytes) -> bool:
    return b"BASE64" in head or b"ENCODING=B" in head or head.endswith(b";B") or b";B;" in head


def unfold(lines: list[bytes], *, version21: bool) -> list[bytes]:
    """Join folded, quoted-printable and backslash-continued lines into logical lines.

    3.0/4.0 folding drops one leading space or tab; 2.1 folding keeps it (the fold
    sits before the whitespace). A QP soft break (``=`` at the end) takes the whole
    next line, leading space included (RFC 2045); an empty line after it ends the
    value. 2.1 base64 data may continue on unindented lines until an empty line.
    Parts are collected and joined once, so a 5 MB photo stays linear.
    """
    out: list[bytes] = []
    parts: list[bytes] = []
    qp: bool | None = None  # None: not yet looked at the head of this logical line
    base64 = False
    strip = 0 if version21 else 1
    for line in lines:
        if parts:
            tail = parts[-1]
            if tail[-1:] == b"=":
                if qp is None:
                    qp = b"QUOTED-PRINTABLE" in _head(parts[0])
                if qp:
                    parts[-1] = tail[:-1]
                    if not line or _keyword(line):
                        qp = False  # a soft break before an empty line ends the value
                        if not line:
                            continue
                    else:
                        parts.append(line)
                        continue
            first = line[:1]
            if first == b" " or first == b"\t":
                parts.append(line[strip:])
                continue
            if base64 and _BASE64_DATA.match(line):
                parts.append(line)
                continue
            if tail[-1:] == b"\\" and _backslash_continues(tail, line):
                # Android writes multi-line ADR parts as backslash + newline (AOSP
                # v21_adr_multiple_line.vcf); keep the break as a line break.
                parts[-1] = tail[:-1]
                parts.append(b"\n")
                parts.append(line)
                continue
            if line and not line.isspace():
                out.append(b"".join(parts))
                parts = []
        if not line or line.isspace():
            qp = False
            base64 = False
            continue
        parts = [line]
        qp = None
        base64 = version21 and _is_base64_head(_head(line))
    if parts:
        out.append(b"".join(parts))
    return out


def _backslash_continues(tail: bytes, line: bytes) -> bool:
    """An odd number of trailing backslashes and a next line that is no property."""
    odd = (len(tail) - len(tail.rstrip(b"\\"))) % 2 == 1
    return odd and bool(line) and not _PROPERTY_START.match(line) and not _keyword(line)
