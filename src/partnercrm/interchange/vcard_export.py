"""vCard export of people: vCard 3.0 by default, 4.0 on request; one file or one per person.

Why 3.0: shared/reference/vcard-interop.md (section 5) finds 3.0 the only version that
every target reads reliably — Outlook reads 2.1/3.0, iCloud rejects 2.1 and is fussy
about 4.0, Android reads 4.0 only partly, Evolution only recently learnt 4.0, while
Thunderbird, Nextcloud and KAddressBook read 3.0 as well. 4.0 is offered for
Thunderbird and Nextcloud users; 2.1 is not written. "One file per person" serves
classic Outlook, which reads only the first card of a file.

Mapping (the importer in ``vcard_import`` reads it back, so that import(export(x))
gives x): the salutation and academic title go to the N prefix ("Herr Dr."); the
primary role gives ORG/TITLE and the TYPE=WORK e-mails, phones, URLs and addresses;
further roles are written as grouped ``affN.ORG``/``affN.TITLE`` and their contact
data, periods and address choice as ``X-PARTNERCRM-*`` properties that other clients
ignore. The person's own data carries TYPE=HOME (business addresses of the person
``TYPE=WORK,X-BUSINESS``, postal ones ``TYPE=POSTAL``); tags become CATEGORIES,
countries are written as German country names.

Do-not-contact: the selection leaves such people out unless the user asks for them;
when exported they carry ``X-PARTNERCRM-DO-NOT-CONTACT:TRUE`` so that PartnerCRM
keeps the flag on re-import. Consents are not part of a vCard (the JSON export is
the complete export).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.countries import country_name
from partnercrm.interchange.atomic_file import atomic_write
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
from partnercrm.interchange.vcard_import import EXTRA_PREFIX
from partnercrm.interchange.vcard_writer import escape, write_vcard, write_vcards
from partnercrm.model import AddressKind, ContactKind, Person, SalutationForm
from partnercrm.services.contact_data import AddressData, ContactPointData
from partnercrm.services.people import PersonDetail, get_people

_SALUTATION_WORD = {SalutationForm.HERR: "Herr", SalutationForm.FRAU: "Frau"}
_PHONE_TYPES = {
    ContactKind.PHONE: ("voice",),
    ContactKind.MOBILE: ("cell",),
    ContactKind.FAX: ("fax",),
}
_OWN_ADDRESS_TYPES = {
    AddressKind.PRIVATE: ("home",),
    AddressKind.BUSINESS: ("work", "x-business"),
    AddressKind.POSTAL: ("postal",),
}


def _values(
    points: Sequence[ContactPointData], where: str
) -> tuple[list[Email], list[Phone], list[Url]]:
    emails, phones, urls = [], [], []
    for c in points:
        pref = 1 if c.is_primary else None
        if c.kind is ContactKind.EMAIL:
            emails.append(Email(c.value, (where,), pref, c.label))
        elif c.kind is ContactKind.WEB:
            urls.append(Url(c.value, (where,), pref, c.label))
        else:
            phones.append(Phone(c.value, (where, *_PHONE_TYPES[c.kind]), pref, c.label))
    return emails, phones, urls


def _address(a: AddressData, types: tuple[str, ...]) -> PostalAddress:
    return PostalAddress(
        po_box=a.po_box,
        extended=a.addition,
        street=a.street,
        city=a.city,
        region=a.region,
        postal_code=a.postal_code,
        country=country_name(a.country) if a.country else "",
        types=types,
        pref=1 if a.is_primary else None,
        label=a.label,
    )


def _param(name: str, value: str) -> tuple[str, tuple[str, ...]]:
    return (name, (value,))


def card_for(
    detail: PersonDetail, photo: bytes | None = None, photo_type: str = ""
) -> VCardContact:
    """The vCard form of one person."""
    prefix = " ".join(
        x for x in (_SALUTATION_WORD.get(detail.salutation, ""), detail.academic_title) if x
    )
    family = " ".join(x for x in (detail.name_particle, detail.last_name) if x)
    emails, phones, urls = _values(detail.contact_points, "home")
    addresses = [_address(a, _OWN_ADDRESS_TYPES[a.kind]) for a in detail.addresses]
    organizations = []
    extra: list[ExtraProperty] = []
    for index, role in enumerate(detail.affiliations, 1):
        organizations.append(
            Organization(
                name=role.organization_name, department=role.department, title=role.function
            )
        )
        if index == 1:
            e, p, u = _values(role.contact_points, "work")
            emails, phones, urls = e + emails, p + phones, u + urls
            addresses = [_address(a, ("work",)) for a in role.addresses] + addresses
        else:
            for c in role.contact_points:
                params = [_param("X-ROLE", str(index)), _param("X-KIND", c.kind.value)]
                if c.label:
                    params.append(_param("X-LABEL", c.label))
                if c.is_primary:
                    params.append(_param("X-PREF", "1"))
                extra.append(
                    ExtraProperty(EXTRA_PREFIX + "CONTACT", escape(c.value), tuple(params))
                )
            for a in role.addresses:
                params = [_param("X-ROLE", str(index)), _param("X-KIND", a.kind.value)]
                if a.label:
                    params.append(_param("X-LABEL", a.label))
                if a.is_primary:
                    params.append(_param("X-PREF", "1"))
                parts = (a.po_box, a.addition, a.street, a.city, a.region, a.postal_code, a.country)
                extra.append(
                    ExtraProperty(
                        EXTRA_PREFIX + "ADR", ";".join(escape(x) for x in parts), tuple(params)
                    )
                )
        if (
            role.valid_from
            or role.valid_until
            or role.use_organization_address != (not role.addresses)
        ):
            params = [_param("X-ROLE", str(index))]
            if role.valid_from:
                params.append(_param("X-FROM", role.valid_from.isoformat()))
            if role.valid_until:
                params.append(_param("X-UNTIL", role.valid_until.isoformat()))
            params.append(_param("X-ORGADDRESS", "1" if role.use_organization_address else "0"))
            extra.append(ExtraProperty(EXTRA_PREFIX + "ROLE", "1", tuple(params)))
    if detail.do_not_contact:
        extra.append(ExtraProperty(EXTRA_PREFIX + "DO-NOT-CONTACT", "TRUE"))
    if detail.language and detail.language != "de":
        extra.append(ExtraProperty(EXTRA_PREFIX + "LANGUAGE", escape(detail.language)))
    if detail.address_form.value != "formal":
        extra.append(ExtraProperty(EXTRA_PREFIX + "ADDRESS-FORM", detail.address_form.value))
    image = Image(photo, photo_type) if photo and photo_type else None
    return VCardContact(
        version="3.0",
        formatted_name=detail.display_name,
        name=StructuredName(
            family=family, given=detail.first_name, prefix=prefix, suffix=detail.name_suffix
        ),
        nicknames=(detail.nickname,) if detail.nickname else (),
        organizations=tuple(organizations),
        emails=tuple(emails),
        phones=tuple(phones),
        addresses=tuple(addresses),
        urls=tuple(urls),
        notes=(detail.notes,) if detail.notes.strip() else (),
        categories=tuple(detail.tags),
        birthday=detail.birthday,
        uid=detail.uid or "",
        photo=image,
        extra=tuple(extra),
    )


def cards_for(session: Session, person_ids: Sequence[int]) -> list[VCardContact]:
    """The cards of these people, in the given order."""
    photos: dict[int, tuple[bytes, str]] = {}
    ids = list(person_ids)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Person.id, Person.photo, Person.photo_type).where(
                Person.id.in_(ids[start : start + 500]), Person.photo.is_not(None)
            )
        )
        photos.update((int(i), (bytes(p), t)) for i, p, t in rows if p is not None)
    cards = []
    for detail in get_people(session, ids):
        photo, kind = photos.get(detail.id, (None, ""))
        cards.append(card_for(detail, photo, kind))
    return cards


def _file_name(card: VCardContact, number: int, used: set[str]) -> str:
    base = card.formatted_name or f"contact-{number}"
    safe = (
        "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in base).strip(" .") or "contact"
    )
    name = f"{safe[:80]}.vcf"
    counter = 2
    while name.casefold() in used:
        name = f"{safe[:80]} ({counter}).vcf"
        counter += 1
    used.add(name.casefold())
    return name


def export_vcards(
    session: Session,
    person_ids: Sequence[int],
    target: Path,
    *,
    version: str = "3.0",
    split: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the people as vCards: one file ``target``, or with ``split`` one file per
    person into the folder ``target`` (created when missing). Returns the number of cards."""
    cards = cards_for(session, person_ids)
    if not split:
        data = write_vcards(cards, version=version)
        with atomic_write(target, mode="wb", encoding=None) as handle:
            handle.write(data)
        return len(cards)
    target.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for number, card in enumerate(cards, 1):
        with atomic_write(
            target / _file_name(card, number, used), mode="wb", encoding=None
        ) as handle:
            handle.write(write_vcard(card, version=version))
        if progress is not None and number % 200 == 0:
            progress(number, len(cards))
    return len(cards)
