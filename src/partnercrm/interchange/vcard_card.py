"""Neutral, database-free description of one decoded vCard contact.

The reader fills these frozen dataclasses from any vCard version (2.1, 3.0, 4.0);
the writer turns them back into 3.0 or 4.0. They hold text exactly as decoded
(escapes undone, charset decoded, NFC, surrounding whitespace trimmed). Mapping to
the domain (salutation words in the name prefix, academic titles, E.164 phones)
is the importer's job, not theirs.

Conventions that hold for every field:

- ``types`` are lower-case TYPE values without ``pref`` (``("work", "voice")``).
- ``pref`` is the preference rank: ``1`` is most preferred (2.1/3.0 ``PREF`` and
  ``TYPE=pref`` read as 1; 4.0 ``PREF=n`` as n), ``None`` when not preferred.
- ``label`` is Apple's caption from a grouped ``itemN.X-ABLabel`` (raw, e.g.
  ``_$!<HomePage>!$_`` or free text such as ``Zweitwohnsitz``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ParamList = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class StructuredName:
    """The five components of ``N``; all empty when the card has no ``N``."""

    family: str = ""
    given: str = ""
    additional: str = ""
    prefix: str = ""
    suffix: str = ""

    def is_empty(self) -> bool:
        """Whether no component holds text."""
        return not (self.family or self.given or self.additional or self.prefix or self.suffix)


@dataclass(frozen=True)
class Organization:
    """One affiliation: ``ORG`` levels plus the ``TITLE`` and ``ROLE`` that belong to it.

    ``unit`` holds the third ORG level; further levels are kept joined with ``;``.
    """

    name: str = ""
    department: str = ""
    unit: str = ""
    title: str = ""
    role: str = ""

    def is_empty(self) -> bool:
        """Whether the affiliation carries no text at all."""
        return not (self.name or self.department or self.unit or self.title or self.role)


@dataclass(frozen=True)
class Email:
    """An ``EMAIL`` value with its types, preference and Apple label."""

    value: str
    types: tuple[str, ...] = ()
    pref: int | None = None
    label: str = ""


@dataclass(frozen=True)
class Phone:
    """A ``TEL`` value as written (digits are not normalised here)."""

    value: str
    types: tuple[str, ...] = ()
    pref: int | None = None
    label: str = ""


@dataclass(frozen=True)
class Url:
    """A ``URL`` value with escapes such as ``http\\://`` undone."""

    value: str
    types: tuple[str, ...] = ()
    pref: int | None = None
    label: str = ""


@dataclass(frozen=True)
class PostalAddress:
    """An ``ADR``; ``label_text`` is the formatted ``LABEL`` (property or 4.0 parameter)."""

    po_box: str = ""
    extended: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    types: tuple[str, ...] = ()
    pref: int | None = None
    label_text: str = ""
    label: str = ""

    def has_components(self) -> bool:
        """Whether any of the seven ADR components holds text."""
        return any(
            (
                self.po_box,
                self.extended,
                self.street,
                self.city,
                self.region,
                self.postal_code,
                self.country,
            )
        )


@dataclass(frozen=True)
class Image:
    """Decoded image bytes whose magic number matched ``mime`` (JPEG, PNG or GIF)."""

    data: bytes
    mime: str


@dataclass(frozen=True)
class ExtraProperty:
    """A property the model does not map, kept so that nothing is lost.

    ``value`` is in vCard 3.0/4.0 syntax (escapes kept, charset and quoted-printable
    already decoded, line breaks as ``\\n``), so the writer can emit it verbatim.
    ``params`` keeps order; names are upper-case, 2.1 bare parameters become ``TYPE``.
    """

    name: str
    value: str
    params: ParamList = ()
    group: str = ""


@dataclass(frozen=True)
class VCardContact:
    """One contact decoded from a vCard, in neutral form.

    ``number`` is the 1-based position of the card in its file; it does not take
    part in equality, so a card compares equal after a write/read round trip.
    ``birthday`` is set when the date is complete and valid; otherwise
    ``birthday_text`` keeps the raw value (``--0203`` for a date without a year,
    or an invalid date such as ``19723101``). ``problems`` lists what was dropped
    or repaired while reading this card, as user-readable sentences.
    """

    version: str = "3.0"
    formatted_name: str = ""
    name: StructuredName = field(default_factory=StructuredName)
    nicknames: tuple[str, ...] = ()
    organizations: tuple[Organization, ...] = ()
    emails: tuple[Email, ...] = ()
    phones: tuple[Phone, ...] = ()
    addresses: tuple[PostalAddress, ...] = ()
    urls: tuple[Url, ...] = ()
    notes: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    birthday: dt.date | None = None
    birthday_text: str = ""
    gender: str = ""
    gender_identity: str = ""
    uid: str = ""
    photo: Image | None = None
    logo: Image | None = None
    extra: tuple[ExtraProperty, ...] = ()
    problems: tuple[str, ...] = ()
    number: int = field(default=0, compare=False)
