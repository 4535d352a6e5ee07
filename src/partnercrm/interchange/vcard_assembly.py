"""Turning the decoded properties of one card into a ``VCardContact``.

Grouping rules: a grouped ``X-ABLabel`` names the EMAIL/TEL/ADR/URL of its group;
a grouped ``LABEL`` belongs to the ADR of its group, an ungrouped one to the
nearest earlier ADR with the same types. ORG/TITLE/ROLE pair up by group, or by
position when ungrouped (see ``vcard_writer`` for how extra affiliations are written).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from partnercrm.interchange import vcard_values as values
from partnercrm.interchange.vcard_card import (
    Email,
    ExtraProperty,
    Image,
    Organization,
    Phone,
    PostalAddress,
    StructuredName,
    Url,
    VCardContact,
)
from partnercrm.interchange.vcard_contentline import Head, known_charset
from partnercrm.interchange.vcard_messages import message


class CardAssembly:
    """Collects one card's properties, then ``build()`` resolves groups and labels."""

    __slots__ = (
        "adrs", "birthday", "categories", "emails", "extra", "fn", "gender", "images",
        "label_props", "labels", "name", "nicknames", "notes", "orgs", "phones", "problems",
        "uid", "urls", "v21", "version",
    )  # fmt: skip

    def __init__(self, version: str) -> None:
        self.version = version
        self.v21 = version.startswith("2")
        self.problems: list[str] = []
        self.fn = ""
        self.name: StructuredName | None = None
        self.nicknames: list[str] = []
        self.orgs: list[tuple[str, str, tuple[str, ...]]] = []  # (group, ORG|TITLE|ROLE, parts)
        self.emails: list[tuple[str, Email]] = []
        self.phones: list[tuple[str, Phone]] = []
        self.urls: list[tuple[str, Url]] = []
        self.adrs: list[tuple[str, PostalAddress]] = []
        self.labels: dict[str, tuple[str, int]] = {}  # group → (label, index in extra)
        self.label_props: list[tuple[str, tuple[str, ...], str, int]] = []
        self.notes: list[str] = []
        self.categories: list[str] = []
        self.birthday: tuple[dt.date | None, str] | None = None
        self.gender: tuple[str, str] | None = None
        self.uid = ""
        self.images: dict[str, Image] = {}
        self.extra: list[ExtraProperty] = []

    # -- decoding helpers -------------------------------------------------------------

    def _raw_text(self, head: Head, raw: bytes) -> str:
        if not head.encoding and (not head.charset or head.charset == "utf-8"):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                if text.isprintable():  # the common case: nothing to repair
                    return text
        if head.charset and not known_charset(head.charset):
            self.problems.append(message("unknown_charset", charset=head.charset, name=head.name))
        text, replaced = values.decode_bytes(raw, head.encoding, head.charset)
        if replaced:
            self.problems.append(message("replacement", name=head.name))
        return values.clean(text)

    def _text(self, head: Head, raw: bytes) -> str:
        text = self._raw_text(head, raw)
        if not self.v21 and "\\" in text:
            text = values.unescape(text)
        text = text.strip()
        return text if text.isascii() else values.nfc(text)

    def _parts(self, head: Head, raw: bytes, count: int) -> list[str]:
        parts = values.structured(self._raw_text(head, raw), version21=self.v21)
        if len(parts) < count:
            parts.extend([""] * (count - len(parts)))
        return parts

    # -- property handlers ------------------------------------------------------------

    def add(self, head: Head, raw: bytes) -> None:
        """Take one property; anything not mapped is kept in ``extra``."""
        handler = HANDLERS.get(head.name)
        if handler is None:
            self.keep(head, raw)
        else:
            handler(self, head, raw)

    def keep(self, head: Head, raw: bytes) -> None:
        """Keep a property verbatim (in 3.0 syntax) as an extra property."""
        if head.encoding == "b":
            text = raw.decode("ascii", errors="ignore")
            text = "".join(text.split())
        else:
            text = values.nfc(self._raw_text(head, raw).replace("\n", "\\n"))
        self.extra.append(ExtraProperty(head.name, text, head.params, head.group))

    def _fn(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if self.fn or not text:
            if text:
                self.keep(head, raw)
            return
        self.fn = text

    def _n(self, head: Head, raw: bytes) -> None:
        if self.name is not None:
            self.keep(head, raw)
            return
        parts = self._parts(head, raw, 5)
        suffix = " ".join(p for p in parts[4:] if p)
        self.name = StructuredName(parts[0], parts[1], parts[2], parts[3], suffix)

    def _nickname(self, head: Head, raw: bytes) -> None:
        text = self._raw_text(head, raw)
        self.nicknames.extend(values.text_list(text, version21=self.v21))

    def _org(self, head: Head, raw: bytes) -> None:
        if head.name == "ORG":
            parts = self._parts(head, raw, 3)
            unit = ";".join(p for p in parts[2:] if p)
            self.orgs.append((head.group, "ORG", (parts[0], parts[1], unit)))
        else:
            self.orgs.append((head.group, head.name, (self._text(head, raw),)))

    def _email(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if text:
            self.emails.append((head.group, Email(text, head.types, head.pref)))

    def _tel(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if text:
            self.phones.append((head.group, Phone(text, head.types, head.pref)))

    def _url(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if text:
            self.urls.append((head.group, Url(text, head.types, head.pref)))

    def _adr(self, head: Head, raw: bytes) -> None:
        p = self._parts(head, raw, 7)
        country = ";".join(x for x in p[6:] if x)
        label = values.nfc(values.clean(head.label_param).strip())
        adr = PostalAddress(
            p[0], p[1], p[2], p[3], p[4], p[5], country, head.types, head.pref, label
        )
        self.adrs.append((head.group, adr))

    def _label(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if text:
            self.label_props.append((head.group, head.types, text, len(self.adrs)))

    def _note(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if text:
            self.notes.append(text)

    def _categories(self, head: Head, raw: bytes) -> None:
        text = self._raw_text(head, raw)
        self.categories.extend(values.text_list(text, version21=self.v21))

    def _bday(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if self.birthday is not None or not text:
            if text:
                self.keep(head, raw)
            return
        self.birthday = values.parse_date(text)

    def _gender(self, head: Head, raw: bytes) -> None:
        if self.gender is not None:
            self.keep(head, raw)
            return
        parts = self._parts(head, raw, 2)
        self.gender = (parts[0], ";".join(parts[1:]))

    def _uid(self, head: Head, raw: bytes) -> None:
        text = self._text(head, raw)
        if self.uid:
            self.keep(head, raw)
        else:
            self.uid = text

    def _image(self, head: Head, raw: bytes) -> None:
        text = raw.decode("ascii", errors="ignore").strip()
        if not text:
            return
        is_data = text[:5].lower() == "data:"
        if not is_data and head.encoding != "b":
            self.keep(head, raw)  # a URL (Google) or something we cannot decode
            return
        image = values.decode_image(text, encoded=head.encoding == "b")
        if image is None:
            self.problems.append(message("bad_image", name=head.name))
        elif head.name in self.images:
            self.problems.append(message("extra_image", name=head.name))
            self.keep(head, raw)
        else:
            self.images[head.name] = image

    def _ablabel(self, head: Head, raw: bytes) -> None:
        # Kept in place as an extra until build() knows whether a value uses it, so
        # that an unused label keeps its position and spelling.
        key = head.group.lower()
        if key and key not in self.labels:
            self.labels[key] = (self._text(head, raw), len(self.extra))
        self.keep(head, raw)

    # -- resolution -------------------------------------------------------------------

    def _attach_labels(self) -> None:
        used: set[int] = set()
        # Direct constructors: dataclasses.replace is several times slower.
        _label(self.emails, self.labels, used, lambda e, x: Email(e.value, e.types, e.pref, x))
        _label(self.phones, self.labels, used, lambda p, x: Phone(p.value, p.types, p.pref, x))
        _label(self.urls, self.labels, used, lambda u, x: Url(u.value, u.types, u.pref, x))
        _label(self.adrs, self.labels, used, lambda a, x: dataclasses.replace(a, label=x))
        if used:
            self.extra = [e for i, e in enumerate(self.extra) if i not in used]
        for group, types, text, position in self.label_props:
            self._attach_label_text(group, types, text, position)

    def _attach_label_text(
        self, group: str, types: tuple[str, ...], text: str, position: int
    ) -> None:
        adrs = self.adrs
        candidates = [i for i, (_, adr) in enumerate(adrs) if not adr.label_text]
        if group:
            chosen = [i for i in candidates if adrs[i][0].lower() == group.lower()]
        else:
            same = [i for i in candidates if set(adrs[i][1].types) == set(types)]
            chosen = [i for i in same if i < position][-1:] or same[:1]
        if chosen:
            g, adr = adrs[chosen[0]]
            adrs[chosen[0]] = (g, dataclasses.replace(adr, label_text=text))
        else:
            adrs.append((group, PostalAddress(types=types, label_text=text)))

    def _positional_organizations(self) -> tuple[Organization, ...]:
        """Fast path for the usual card: ungrouped ORG/TITLE/ROLE, paired by position."""
        found: dict[str, list[tuple[str, ...]]] = {"ORG": [], "TITLE": [], "ROLE": []}
        for _, kind, parts in self.orgs:
            found[kind].append(parts)
        orgs, titles, roles = found["ORG"], found["TITLE"], found["ROLE"]
        result = []
        for i in range(max(len(orgs), len(titles), len(roles))):
            name, department, unit = orgs[i] if i < len(orgs) else ("", "", "")
            title = titles[i][0] if i < len(titles) else ""
            role = roles[i][0] if i < len(roles) else ""
            entry = Organization(name, department, unit, title, role)
            if not entry.is_empty():
                result.append(entry)
        return tuple(result)

    def _organizations(self) -> tuple[Organization, ...]:
        if not self.orgs:
            return ()
        if len(self.orgs) <= 3 and not any(group for group, _, _ in self.orgs):
            return self._positional_organizations()
        grouped_orgs = {g.lower() for g, kind, _ in self.orgs if g and kind == "ORG"}
        slots: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        order: list[str] = [""]
        for group, kind, text in self.orgs:
            key = group.lower() if group.lower() in grouped_orgs else ""
            if key not in slots:
                slots[key] = {"ORG": [], "TITLE": [], "ROLE": []}
                if key:
                    order.append(key)
            slots[key][kind].append(text)
        result: list[Organization] = []
        for key in order:
            slot = slots.get(key)
            if slot is None:
                continue
            count = max(len(v) for v in slot.values())
            for i in range(count):
                org = slot["ORG"][i] if i < len(slot["ORG"]) else ("", "", "")
                title = slot["TITLE"][i][0] if i < len(slot["TITLE"]) else ""
                role = slot["ROLE"][i][0] if i < len(slot["ROLE"]) else ""
                entry = Organization(org[0], org[1], org[2], title, role)
                if not entry.is_empty():
                    result.append(entry)
        return tuple(result)

    def build(self, number: int) -> VCardContact:
        """Resolve groups and labels and return the frozen contact."""
        if self.labels or self.label_props:
            self._attach_labels()
        addresses = tuple(a for _, a in self.adrs if a.has_components() or a.label_text or a.label)
        birthday, birthday_text = self.birthday if self.birthday else (None, "")
        gender, identity = self.gender if self.gender else ("", "")
        return VCardContact(
            version=self.version,
            formatted_name=self.fn,
            name=self.name or StructuredName(),
            nicknames=tuple(self.nicknames),
            organizations=self._organizations(),
            emails=tuple(i for _, i in self.emails),
            phones=tuple(i for _, i in self.phones),
            addresses=addresses,
            urls=tuple(i for _, i in self.urls),
            notes=tuple(self.notes),
            categories=tuple(self.categories),
            birthday=birthday,
            birthday_text=birthday_text,
            gender=gender,
            gender_identity=identity,
            uid=self.uid,
            photo=self.images.get("PHOTO"),
            logo=self.images.get("LOGO"),
            extra=tuple(self.extra),
            problems=tuple(dict.fromkeys(self.problems)),
            number=number,
        )


_Labelled = TypeVar("_Labelled")


def _label(
    items: list[tuple[str, _Labelled]],
    labels: dict[str, tuple[str, int]],
    used: set[int],
    relabel: Callable[[_Labelled, str], _Labelled],
) -> None:
    """Give each grouped value the X-ABLabel of its group; note which labels were used."""
    for i, (group, item) in enumerate(items):
        key = group.lower()
        if key and key in labels:
            label, index = labels[key]
            items[i] = (group, relabel(item, label))
            used.add(index)


# Property name → handler; a class-level table, built once, not per card.
HANDLERS: dict[str, Callable[[CardAssembly, Head, bytes], None]] = {
    "FN": CardAssembly._fn,
    "N": CardAssembly._n,
    "NICKNAME": CardAssembly._nickname,
    "ORG": CardAssembly._org,
    "TITLE": CardAssembly._org,
    "ROLE": CardAssembly._org,
    "EMAIL": CardAssembly._email,
    "TEL": CardAssembly._tel,
    "ADR": CardAssembly._adr,
    "LABEL": CardAssembly._label,
    "URL": CardAssembly._url,
    "NOTE": CardAssembly._note,
    "CATEGORIES": CardAssembly._categories,
    "BDAY": CardAssembly._bday,
    "GENDER": CardAssembly._gender,
    "X-GENDER": CardAssembly._gender,
    "UID": CardAssembly._uid,
    "PHOTO": CardAssembly._image,
    "LOGO": CardAssembly._image,
    "X-ABLABEL": CardAssembly._ablabel,
}
