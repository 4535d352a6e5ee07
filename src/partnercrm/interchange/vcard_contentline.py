"""One logical vCard line split into group, name, parameters and raw value bytes.

Tolerates what real files contain (shared/reference/vcard-interop.md, pitfalls 9
and 10): empty parameters, junk bare parameters, quoted values, quoted lists,
unquoted values holding ``:`` and RFC 6868 caret escapes.
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass

from partnercrm.interchange.vcard_card import ParamList

# 2.1 bare parameters that are types (RFC 2426/2.1 type names and media formats).
# fmt: off
_BARE_TYPES = frozenset({
    "dom", "intl", "postal", "parcel", "home", "work", "pref", "voice", "fax", "msg",
    "cell", "pager", "bbs", "modem", "car", "isdn", "video", "internet", "x400", "aol",
    "applelink", "attmail", "cis", "eworld", "ibmmail", "mcimail", "powershare", "prodigy",
    "tlx", "main", "other", "iphone", "text", "textphone", "pcs", "gif", "cgm", "wmf", "bmp",
    "met", "pmb", "dib", "pict", "tiff", "ps", "pdf", "jpeg", "mpeg", "mpeg2", "avi",
    "qtime", "png", "x509", "pgp", "wave", "pcm", "aiff",
})
# fmt: on
_BARE_VALUE_KINDS = frozenset({"inline", "url", "content-id", "cid", "uri"})
_PLAIN_ENCODINGS = frozenset({"8bit", "7bit"})


@dataclass(frozen=True)
class Head:
    """Parsed part before the value: group, name and what the parameters say.

    ``params`` keeps every parameter (bare 2.1 types as ``TYPE``) except CHARSET and
    a quoted-printable ENCODING, which the value decoding consumes.
    """

    group: str
    name: str
    params: ParamList
    encoding: str  # "qp", "b" or ""
    charset: str
    types: tuple[str, ...]
    pref: int | None
    value_kind: str
    label_param: str


def _decode_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _split_unquoted(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside double quotes."""
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    start = 0
    quoted = False
    for i, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _caret_decode(text: str) -> str:
    """Undo RFC 6868 escapes (``^n`` newline, ``^'`` quote, ``^^`` caret)."""
    if "^" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        nxt = text[i + 1 : i + 2]
        if char == "^" and nxt in ("n", "N", "'", "^"):
            out.append({"n": "\n", "N": "\n", "'": '"', "^": "^"}[nxt])
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        value = value[1:-1]
    return _caret_decode(value)


@functools.lru_cache(maxsize=256)
def known_charset(name: str) -> str:
    """Return the Python codec name for ``name``, or ``""`` when Python has none."""
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return ""


def _bare(token: str) -> tuple[str, str]:
    """Classify a 2.1 bare parameter: (kind, value); kind '' means junk to drop."""
    low = token.lower()
    if low in _BARE_TYPES or low.startswith("x-"):
        return "TYPE", low
    if low == "quoted-printable":
        return "ENCODING", "qp"
    if low in ("base64", "b"):
        return "ENCODING", "b"
    if low in _BARE_VALUE_KINDS:
        return "VALUE", low
    if low in _PLAIN_ENCODINGS:
        return "", ""
    if known_charset(low):
        return "CHARSET", low
    return "", ""


def parse_head(raw: bytes) -> Head:
    """Parse ``group.NAME;PARAM=...``."""
    return _parse_head(raw)


def _parse_head(raw: bytes) -> Head:
    text = _decode_text(raw)
    pieces = _split_unquoted(text, ";")
    name = pieces[0].strip()
    group = ""
    if "." in name:
        group, _, name = name.rpartition(".")
    params: list[tuple[str, tuple[str, ...]]] = []
    encoding = charset = value_kind = label_param = ""
    types: list[str] = []
    pref: int | None = None
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue  # empty parameter, e.g. Outlook's "ADR;HOME;PREF;:"
        if "=" in piece:
            key, _, raw_value = piece.partition("=")
            key = key.strip().upper()
            values = [_unquote(v) for v in _split_unquoted(raw_value, ",")]
        else:
            key, bare = _bare(piece)
            if not key:
                continue
            values = [bare]
        if key == "ENCODING":
            low = values[0].strip().lower() if values else ""
            if low in ("quoted-printable", "qp"):
                encoding = "qp"
                continue
            if low in ("b", "base64"):
                encoding = "b"
                params.append(("ENCODING", ("b",)))
                continue
            if low in _PLAIN_ENCODINGS:
                continue
        elif key == "CHARSET":
            charset = values[0].strip().lower() if values else ""
            continue
        elif key == "TYPE":
            values = [t.strip().lower() for v in values for t in v.split(",") if t.strip()]
            if "pref" in values:
                pref = 1
            types.extend(t for t in values if t != "pref" and t not in types)
        elif key == "PREF":
            pref = _pref_rank(values)
        elif key == "VALUE" and values:
            value_kind = values[0].lower()
        elif key == "LABEL" and values:
            label_param = ",".join(values)
        params.append((key, tuple(values)))
    return Head(
        group=group,
        name=name.upper(),
        params=tuple(params),
        encoding=encoding,
        charset=charset,
        types=tuple(types),
        pref=pref,
        value_kind=value_kind,
        label_param=label_param,
    )


def _pref_rank(values: list[str]) -> int:
    try:
        return max(1, min(100, int(values[0])))
    except (ValueError, IndexError):
        return 1


def _colon(line: bytes) -> int:
    """Index of the first colon outside double quotes in the head, or -1."""
    colon = line.find(b":")
    quote = line.find(b'"', 0, colon if colon >= 0 else len(line))
    if quote < 0:
        return colon
    quoted = False
    for i in range(len(line)):
        byte = line[i]
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return colon


def _adr_colon(line: bytes, colon: int) -> int:
    """For ``ADR;LABEL=a:b:...``, the last colon that still leaves seven components.

    Writers put unquoted LABEL values holding ':' before the ADR value
    (ez-vcard issue 114); the first colon would push label text into the PO box.
    """
    best = colon
    pos = line.find(b":", colon + 1)
    for _ in range(32):  # bounded: a hostile line may hold a million colons
        if pos < 0:
            break
        if line.count(b";", pos + 1) - line.count(b"\\;", pos + 1) >= 6:
            best = pos
        pos = line.find(b":", pos + 1)
    return best


_HEADS: dict[bytes, Head] = {}
_HEADS_MAX = 4096


def split_line(line: bytes) -> tuple[Head, bytes] | None:
    """Split a logical line into its parsed head and raw value; None if it has no colon."""
    colon = line.find(b":")
    if colon < 0 or line.find(b'"', 0, colon) >= 0:
        colon = _colon(line)
        if colon <= 0:
            return None
    head_bytes = line[:colon]
    if (b"ABEL=" in head_bytes or b"abel=" in head_bytes) and _unquoted_adr_label(head_bytes):
        colon = _adr_colon(line, colon)
        head_bytes = line[:colon]
    # Files repeat the same few heads; a bounded dict beats re-parsing them.
    head = _HEADS.get(head_bytes)
    if head is None:
        if not head_bytes:
            return None
        head = _parse_head(head_bytes)
        if len(head_bytes) <= 200:
            if len(_HEADS) >= _HEADS_MAX:
                _HEADS.clear()
            _HEADS[head_bytes] = head
    return head, line[colon + 1 :]


def _unquoted_adr_label(head: bytes) -> bool:
    upper = head.upper()
    return b'LABEL="' not in upper and upper.split(b";", 1)[0].rpartition(b".")[2] == b"ADR"
