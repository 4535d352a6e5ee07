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
_FRAME = re.compile(rb"[ \t]*(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t\r]*$")
_VERSION = re.compile(rb"^VERSION[ \t]*:([^\n]*)", re.IGNORECASE | re.MULTILINE)
# A line that starts a new property: optional group, a name, then ';' or ':' before
# any ':' of the value. Used to tell continuation data from the next property.
# 2.1 base64 may continue on unindented lines (Outlook, AOSP); only such data joins.
_BASE64_DATA = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
_QP = re.compile(rb"quoted-printable", re.IGNORECASE)
_PROPERTY_START = re.compile(rb"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?(?:;[^:]*)?:")


@dataclass
class RawCard:
    """The LF-separated bytes between BEGIN:VCARD and END:VCARD of one card.

    ``version`` is the VERSION value seen among the lines (``b""`` when absent);
    ``issues`` are framing problems as message keys with their arguments.
    """

    number: int
    body: bytes
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


def normalize_breaks(data: bytes) -> bytes:
    """Turn CRLF and CR CR LF into LF; a lone CR stays data.

    Files that use a bare CR as their only line break (classic Mac) get LF instead.
    """
    if b"\n" not in data:
        return data.replace(b"\r", b"\n")
    while b"\r\r\n" in data:
        data = data.replace(b"\r\r\n", b"\r\n")
    return data.replace(b"\r\n", b"\n")


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


def _frames(data: bytes) -> list[tuple[bool, int, int]]:
    """(is BEGIN, line start, line end) of every BEGIN:VCARD / END:VCARD line.

    ``bytes.find`` on an upper-cased copy jumps from one "VCARD" to the next, far
    faster than a case-insensitive multi-line regex that tries every position.
    """
    upper = data.upper()
    frames: list[tuple[bool, int, int]] = []
    pos = upper.find(b"VCARD")
    while pos >= 0:
        start = upper.rfind(b"\n", 0, pos) + 1
        end = upper.find(b"\n", pos)
        if end < 0:
            end = len(upper)
        line = upper[start:end]
        match = _FRAME.match(line)
        if match:
            frames.append((match.group(1) == b"BEGIN", start, end))
        pos = upper.find(b"VCARD", end)
    return frames


def split_cards(data: bytes) -> tuple[list[RawCard], bool]:
    """Cut LF-normalised data into cards; the flag says whether any BEGIN:VCARD was seen.

    A BEGIN right after an empty ``AGENT:`` line opens a nested card (2.1 style),
    which is skipped; any other BEGIN inside a card means the previous END is missing.
    """
    cards: list[RawCard] = []
    segments: list[tuple[int, int]] = []
    issues: list[tuple[str, dict[str, object]]] = []
    depth = 0
    segment_start = 0
    for begin, start, end in _frames(data):
        if depth == 0:
            if begin:
                depth, segment_start, segments, issues = 1, end + 1, [], []
            continue
        if begin and (depth > 1 or _after_agent(data, start)):
            if depth == 1:
                segments.append((segment_start, start))
            depth += 1
            if depth == MAX_NESTING + 1:
                issues.append(("nesting", {}))
        elif begin:
            issues.append(("missing_end", {}))
            segments.append((segment_start, start))
            cards.append(_card(data, segments, issues, len(cards) + 1))
            segment_start, segments, issues = end + 1, [], []
        else:
            depth -= 1
            if depth == 0:
                segments.append((segment_start, start))
                cards.append(_card(data, segments, issues, len(cards) + 1))
            elif depth == 1:
                issues.append(("agent_skipped", {}))
                segment_start = end + 1
    if depth > 0:
        if depth == 1:
            segments.append((segment_start, len(data)))
        issues.append(("missing_end", {}))
        cards.append(_card(data, segments, issues, len(cards) + 1))
    return cards, bool(cards)


def _after_agent(data: bytes, line_start: int) -> bool:
    """Whether the line before ``line_start`` is an empty 2.1 ``AGENT:`` property."""
    previous = data[data.rfind(b"\n", 0, max(line_start - 1, 0)) + 1 : line_start]
    return previous.rstrip().upper().endswith(b"AGENT:")


def _card(
    data: bytes,
    segments: list[tuple[int, int]],
    issues: list[tuple[str, dict[str, object]]],
    number: int,
) -> RawCard:
    body = b"".join(data[a:b] for a, b in segments)
    card = RawCard(number=number, body=body, size=len(body), issues=issues)
    if len(body) <= MAX_CARD_BYTES:  # the reader reports and skips larger ones
        found = _VERSION.search(body)
        card.version = found.group(1).strip() if found else b""
    return card


def _head(line: bytes) -> bytes:
    """The part before the first colon, upper-cased (group, name and parameters)."""
    colon = line.find(b":")
    return line[:colon].upper() if colon >= 0 else b""


def _is_base64_head(head: bytes) -> bool:
    return b"BASE64" in head or b"ENCODING=B" in head or head.endswith(b";B") or b";B;" in head


def unfold(body: bytes, *, version21: bool) -> list[bytes]:
    """Join folded, quoted-printable and backslash-continued lines into logical lines.

    3.0/4.0 folding drops one leading space or tab; 2.1 folding keeps it (the fold
    sits before the whitespace). A QP soft break (``=`` at the end) takes the whole
    next line, leading space included (RFC 2045); an empty line after it ends the
    value. 2.1 base64 data may continue on unindented lines until an empty line, and
    2.1 values may continue after a trailing backslash (3.0 has escapes for that).
    Parts are collected and joined once, so a 5 MB photo stays linear.
    """
    if not version21 and not _QP.search(body):
        # 3.0/4.0 without quoted-printable: RFC 6350 unfolding is exactly this, in C.
        body = body.replace(b"\n ", b"").replace(b"\n\t", b"")
        return [line for line in body.split(b"\n") if line and not line.isspace()]
    lines = body.split(b"\n")
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
            if version21 and tail[-1:] == b"\\" and _backslash_continues(tail, line):
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
