"""Addresses and contact points: input records, validation, and their stored form.

People, organizations and affiliations all own addresses and contact points; this
module validates and converts them once for all three.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from partnercrm.errors import ValidationError
from partnercrm.model import Address, AddressKind, ContactKind, ContactPoint
from partnercrm.services import validation


@dataclass(frozen=True)
class AddressInput:
    """A postal address as the user enters it."""

    kind: AddressKind = AddressKind.BUSINESS
    street: str = ""
    addition: str = ""
    po_box: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = "DE"
    label: str = ""
    is_primary: bool = False

    @property
    def is_empty(self) -> bool:
        return not any((self.street, self.po_box, self.postal_code, self.city))


@dataclass(frozen=True)
class AddressData(AddressInput):
    """A stored address (with its id)."""

    id: int = 0


@dataclass(frozen=True)
class ContactPointInput:
    """An e-mail address, phone number or web address as the user enters it."""

    kind: ContactKind = ContactKind.EMAIL
    value: str = ""
    label: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class ContactPointData(ContactPointInput):
    """A stored contact point: ``normalized`` is E.164 for phones, the address for e-mail."""

    id: int = 0
    normalized: str = ""


def _prefixed(prefix: str, field: str) -> str:
    return f"{prefix}.{field}" if prefix else field


def check_address(item: AddressInput, *, field_prefix: str = "") -> tuple[str, str]:
    """Validate ``item``: its (country code, postal code) as they are stored.

    The check of ``build_address`` without building a row: an import checks every
    address before it writes, and an ORM object costs more than the check.
    """
    country = validation.normalize_country(item.country, field=_prefixed(field_prefix, "country"))
    postal_code = validation.normalize_postal_code(
        item.postal_code, country, field=_prefixed(field_prefix, "postal_code")
    )
    return country, postal_code


def build_address(item: AddressInput, *, field_prefix: str = "") -> Address:
    """Validate ``item`` and return a new (unattached) Address row."""
    country, postal_code = check_address(item, field_prefix=field_prefix)
    return Address(
        kind=item.kind,
        street=item.street.strip(),
        addition=item.addition.strip(),
        po_box=item.po_box.strip(),
        postal_code=postal_code,
        city=item.city.strip(),
        region=item.region.strip(),
        country=country,
        label=item.label.strip(),
        is_primary=item.is_primary,
    )


@functools.lru_cache(maxsize=16384)
def _valid_phone(text: str) -> tuple[str, str]:
    """(display, E.164) of a phone number; cached: parsing is the slow part of an import,
    and an import meets each number several times (matching, merging, writing)."""
    phone = validation.normalize_phone(text, field="phone")
    return phone.display, phone.e164


@functools.lru_cache(maxsize=16384)
def _valid_email(text: str) -> tuple[str, str]:
    """(display, normalized) of an e-mail address; cached like ``_valid_phone``."""
    address = validation.normalize_email(text, field="email")
    return address, address.lower()


def normalized_contact(kind: ContactKind, value: str, *, field: str) -> tuple[str, str]:
    """(display value, normalized value) of a contact point, validated."""
    text = value.strip()
    if kind is ContactKind.EMAIL:
        try:
            return _valid_email(text)
        except ValidationError:
            validation.normalize_email(text, field=field)  # the error names the field
            raise
    if kind in (ContactKind.PHONE, ContactKind.MOBILE, ContactKind.FAX):
        try:
            return _valid_phone(text)
        except ValidationError:
            validation.normalize_phone(text, field=field)  # the error names the field
            raise
    url = validation.normalize_url(text, field=field)
    if not url:
        raise ValidationError(field, "The web address is empty.")
    return url, url.lower()


def build_contact_point(item: ContactPointInput, *, field_prefix: str = "") -> ContactPoint:
    """Validate ``item`` and return a new (unattached) ContactPoint row."""
    field = _prefixed(field_prefix, item.kind.value)
    display, normalized = normalized_contact(item.kind, item.value, field=field)
    return ContactPoint(
        kind=item.kind,
        value=display,
        normalized=normalized,
        label=item.label.strip(),
        is_primary=item.is_primary,
    )


def build_addresses(items: Sequence[AddressInput], *, field_prefix: str = "") -> list[Address]:
    return [
        build_address(item, field_prefix=f"{field_prefix}addresses[{i}]")
        for i, item in enumerate(items)
        if not item.is_empty
    ]


def build_contact_points(
    items: Sequence[ContactPointInput], *, field_prefix: str = ""
) -> list[ContactPoint]:
    return [
        build_contact_point(item, field_prefix=f"{field_prefix}contact_points[{i}]")
        for i, item in enumerate(items)
        if item.value.strip()
    ]


def address_data(row: Address) -> AddressData:
    return AddressData(
        kind=row.kind,
        street=row.street,
        addition=row.addition,
        po_box=row.po_box,
        postal_code=row.postal_code,
        city=row.city,
        region=row.region,
        country=row.country,
        label=row.label,
        is_primary=row.is_primary,
        id=row.id,
    )


def contact_point_data(row: ContactPoint) -> ContactPointData:
    return ContactPointData(
        kind=row.kind,
        value=row.value,
        label=row.label,
        is_primary=row.is_primary,
        id=row.id,
        normalized=row.normalized,
    )
