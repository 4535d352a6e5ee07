"""vCard 3.0 (default) and 4.0 writer for ``VCardContact`` values.

Output is UTF-8 without BOM, CRLF, folded at 75 octets without splitting a UTF-8
sequence; text escapes ``\\ , ;`` and line breaks; N and FN are always written
(FN falls back to a name built from N, the organisation or the first e-mail).

Round trip: ``read_vcards(write_vcards([c]))`` gives ``c`` back (with the written
version) for everything the model holds. Two choices make that hold:

- **Labels.** A value with an Apple label, and an address with a LABEL text, is
  written in its own group: ``itemN.EMAIL`` + ``itemN.X-ABLabel``, and in 3.0
  ``itemN.ADR`` + ``itemN.LABEL`` (in 4.0 the LABEL becomes the ADR's ``LABEL=``
  parameter). Group names already used by extra properties are skipped.
- **Affiliations.** The first organisation is written as plain ``ORG``/``TITLE``/
  ``ROLE``. Every further one goes into a group of its own, ``affN.ORG`` with
  ``affN.TITLE`` and ``affN.ROLE``; the reader pairs grouped ORG/TITLE/ROLE by group
  and ungrouped ones by position. Clients that know a single ORG see the first.

``pref`` is written as ``TYPE=pref`` in 3.0 (only rank 1) and ``PREF=n`` in 4.0.
Organisations with no text at all are not written.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from partnercrm.interchange.vcard_card import (
    Email,
    ExtraProperty,
    Image,
    Organization,
    ParamList,
    Phone,
    PostalAddress,
    Url,
    VCardContact,
)

_FOLD = 75
_IMAGE_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF"}
_PARAM_SPECIAL = frozenset(',;:"')


def escape(text: str) -> str:
    """Escape a text value (``\\ , ;`` and line breaks)."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "\n" in text or "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    if "," in text:
        text = text.replace(",", "\\,")
    if ";" in text:
        text = text.replace(";", "\\;")
    return text


def escape_uri(text: str) -> str:
    """URIs keep their commas and semicolons; only backslashes and breaks are escaped."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "\n" in text:
        text = text.replace("\n", "\\n")
    return text


def param_value(value: str, *, quote: bool = False) -> str:
    """Quote a parameter value when needed, with RFC 6868 caret escapes."""
    if "^" in value or "\n" in value or '"' in value:
        value = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    if quote or _PARAM_SPECIAL.intersection(value):
        return f'"{value}"'
    return value


def _params(params: ParamList) -> str:
    return "".join(f";{name}={','.join(param_value(v) for v in vals)}" for name, vals in params)


def fold(line: str) -> str:
    """Fold one content line at 75 octets, never inside a UTF-8 sequence.

    Works on the UTF-8 bytes but returns text, so a whole file is encoded once.
    """
    if len(line) <= 18 or (len(line) <= _FOLD and line.isascii()):
        return line
    data = line.encode("utf-8", errors="replace")
    if len(data) <= _FOLD:
        return line
    chunks: list[bytes] = []
    start = 0
    width = _FOLD
    while len(data) - start > width:
        cut = start + width
        while cut > start and data[cut] & 0xC0 == 0x80:
            cut -= 1  # a continuation byte: move the fold before its lead byte
        chunks.append(data[start:cut])
        start = cut
        width = _FOLD - 1  # continuation lines start with a space
    chunks.append(data[start:])
    return b"\r\n ".join(chunks).decode("utf-8")


@functools.lru_cache(maxsize=1024)
def type_params(types: tuple[str, ...], pref: int | None, v4: bool) -> str:
    """``;TYPE=...`` (with ``pref`` in 3.0) and ``;PREF=n`` in 4.0; cached, few combinations."""
    out = list(types)
    if pref == 1 and not v4:
        out.append("pref")
    text = f";TYPE={','.join(param_value(t) for t in out)}" if out else ""
    if pref is not None and v4:
        text += f";PREF={pref}"
    return text


class _CardWriter:
    """Builds the content lines of one card."""

    def __init__(self, card: VCardContact, version: str) -> None:
        self.card = card
        self.v4 = version == "4.0"
        self.version = version
        self._taken = {e.group.lower() for e in card.extra if e.group}
        self._counters = {"item": 0, "aff": 1}

    def _group(self, prefix: str) -> str:
        """The next ``itemN``/``affN`` group name not used by an extra property."""
        while True:
            self._counters[prefix] += 1
            name = f"{prefix}{self._counters[prefix]}"
            if name not in self._taken:
                return name

    def lines(self) -> Iterator[str]:
        card = self.card
        yield "BEGIN:VCARD"
        yield f"VERSION:{self.version}"
        yield f"FN:{escape(card.formatted_name or _display_name(card))}"
        n = card.name
        parts = (n.family, n.given, n.additional, n.prefix, n.suffix)
        yield "N:" + ";".join(escape(p) for p in parts)
        if card.nicknames:
            yield "NICKNAME:" + ",".join(escape(x) for x in card.nicknames)
        if card.gender or card.gender_identity:
            identity = f";{escape(card.gender_identity)}" if card.gender_identity else ""
            yield f"{'GENDER' if self.v4 else 'X-GENDER'}:{escape(card.gender)}{identity}"
        yield from self._organizations(card.organizations)
        values: list[Email | Phone | Url] = [*card.emails, *card.phones, *card.urls]
        for item in values:
            yield from self._value(item)
        for address in card.addresses:
            yield from self._address(address)
        for note in card.notes:
            yield f"NOTE:{escape(note)}"
        if card.categories:
            yield "CATEGORIES:" + ",".join(escape(c) for c in card.categories)
        if card.birthday is not None:
            yield f"BDAY:{_date(card.birthday, self.v4)}"
        elif card.birthday_text:
            yield f"BDAY:{escape(card.birthday_text)}"
        if card.uid:
            yield f"UID:{escape(card.uid)}"
        for name, image in (("PHOTO", card.photo), ("LOGO", card.logo)):
            if image is not None:
                yield self._image(name, image)
        for extra in card.extra:
            yield _extra(extra)
        yield "END:VCARD"

    def _organizations(self, orgs: tuple[Organization, ...]) -> Iterator[str]:
        first = True
        for org in orgs:
            if org.is_empty():
                continue
            levels = [org.name, org.department, org.unit]
            while len(levels) > 1 and not levels[-1]:
                levels.pop()
            value = ";".join(escape(level) for level in levels)
            if first:
                first = False
                if any(levels):
                    yield f"ORG:{value}"
                prefix = ""
            else:
                prefix = f"{self._group('aff')}."
                yield f"{prefix}ORG:{value}"
            if org.title:
                yield f"{prefix}TITLE:{escape(org.title)}"
            if org.role:
                yield f"{prefix}ROLE:{escape(org.role)}"

    def _value(self, item: Email | Phone | Url) -> Iterator[str]:
        name = "EMAIL" if isinstance(item, Email) else "TEL" if isinstance(item, Phone) else "URL"
        value = escape_uri(item.value) if isinstance(item, Url) else escape(item.value)
        params = type_params(item.types, item.pref, self.v4)
        if not item.label:
            yield f"{name}{params}:{value}"
            return
        group = self._group("item")
        yield f"{group}.{name}{params}:{value}"
        yield f"{group}.X-ABLabel:{escape(item.label)}"

    def _address(self, adr: PostalAddress) -> Iterator[str]:
        parts = (adr.po_box, adr.extended, adr.street, adr.city, adr.region)
        value = ";".join(escape(p) for p in (*parts, adr.postal_code, adr.country))
        params = type_params(adr.types, adr.pref, self.v4)
        if self.v4 and adr.label_text:
            # Always quoted: readers guess where an unquoted LABEL ends (ez-vcard #114).
            params += f";LABEL={param_value(adr.label_text, quote=True)}"
        grouped = bool(adr.label or (adr.label_text and not self.v4))
        group = f"{self._group('item')}." if grouped else ""
        yield f"{group}ADR{params}:{value}"
        if adr.label_text and not self.v4:
            yield f"{group}LABEL:{escape(adr.label_text)}"
        if adr.label:
            yield f"{group}X-ABLabel:{escape(adr.label)}"

    def _image(self, name: str, image: Image) -> str:
        return image_line(name, image.data, image.mime, v4=self.v4)


def image_line(name: str, data: bytes, mime: str, *, v4: bool) -> str:
    """A PHOTO or LOGO line with the image inline (4.0 data URI, 3.0 ``ENCODING=b``)."""
    text = base64.b64encode(data).decode("ascii")
    if v4:
        return f"{name}:data:{mime};base64,{text}"
    kind = _IMAGE_TYPES.get(mime, mime.rpartition("/")[2].upper())
    return f"{name};ENCODING=b;TYPE={kind}:{text}"


def check_version(version: str) -> None:
    """Raise ValueError unless ``version`` is one the writer writes (3.0 or 4.0)."""
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unsupported vCard version {version!r}; use 3.0 or 4.0")


def _display_name(card: VCardContact) -> str:
    n = card.name
    person = " ".join(p for p in (n.prefix, n.given, n.additional, n.family, n.suffix) if p)
    if person:
        return person
    if card.organizations and card.organizations[0].name:
        return card.organizations[0].name
    return card.emails[0].value if card.emails else ""


def _date(date: dt.date, v4: bool) -> str:
    return date.strftime("%Y%m%d") if v4 else date.isoformat()


def _extra(extra: ExtraProperty) -> str:
    group = f"{extra.group}." if extra.group else ""
    value = extra.value
    if "\n" in value or "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f"{group}{extra.name}{_params(extra.params)}:{value}"


def write_vcard(card: VCardContact, *, version: str = "3.0") -> bytes:
    """Serialise one contact as a complete vCard (``version`` is "3.0" or "4.0")."""
    return write_vcards([card], version=version)


def write_vcards(cards: Iterable[VCardContact], *, version: str = "3.0") -> bytes:
    """Serialise contacts into one multi-card file."""
    check_version(version)
    lines = [fold(line) for card in cards for line in _CardWriter(card, version).lines()]
    lines.append("")
    # "replace": a lone surrogate from a caller must not abort a whole export.
    return "\r\n".join(lines).encode("utf-8", errors="replace")
