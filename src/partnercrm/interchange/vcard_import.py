"""vCard cards → ``IncomingContact`` values for the contact import service.

Maps what the byte-level reader decoded onto the domain: N prefixes "Herr"/"Frau"
(and Mr/Mrs/Ms) become the salutation, the rest of the prefix the academic title;
ORG levels become organization and department, TITLE/ROLE the function; work
e-mails, phones, URLs and addresses belong to the first (primary) role, the others
to the person; CATEGORIES become tags; PHOTO and UID are kept. Everything without
a column (unknown X- properties, a LOGO, a birthday without year, ...) goes into a
marked block of the person's notes, so that nothing is lost silently.

PartnerCRM's own export writes ``X-PARTNERCRM-*`` properties for what vCard has no
place for (further roles' contact data, role periods, do-not-contact); they are
read back here, so that import(export(x)) gives x.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from partnercrm.i18n import translate
from partnercrm.interchange.vcard_card import (
    Email,
    ExtraProperty,
    Phone,
    PostalAddress,
    Url,
    VCardContact,
)
from partnercrm.interchange.vcard_reader import read_vcards
from partnercrm.model import AddressForm, AddressKind, ContactKind, SalutationForm
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.services.contact_import import IncomingContact, clean_contact
from partnercrm.services.people import PersonInput

EXTRA_PREFIX = "X-PARTNERCRM-"
_SALUTATIONS = {
    "herr": SalutationForm.HERR,
    "hr.": SalutationForm.HERR,
    "mr.": SalutationForm.HERR,
    "mr": SalutationForm.HERR,
    "frau": SalutationForm.FRAU,
    "fr.": SalutationForm.FRAU,
    "mrs.": SalutationForm.FRAU,
    "mrs": SalutationForm.FRAU,
    "ms.": SalutationForm.FRAU,
    "ms": SalutationForm.FRAU,
}
_GENDERS = {"m": SalutationForm.HERR, "f": SalutationForm.FRAU}
_PARTICLES = (
    "von und zu",
    "von der",
    "van der",
    "van den",
    "von",
    "van",
    "vom",
    "zu",
    "zum",
    "zur",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "der",
    "den",
    "ten",
    "ter",
    "le",
    "la",
)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
# Properties that describe the file, not the person: not worth a line in the notes.
_IGNORED = frozenset({"PRODID", "REV", "X-MS-OL-DESIGN", "X-ABSHOWAS", "CLIENTPIDMAP", "KIND"})
_MAX_KEPT = 2000


@dataclass
class FileContacts:
    """What one vCard file yields for the import.

    Attributes:
        contacts: one per readable card.
        problems: (card number, reason) for the file (0) and for cards that could not
            be read at all.
        not_a_vcard: the file holds no vCard.
        damaged: some card was dropped or lost a value (``--strict`` refuses the file).
    """

    source: str
    contacts: list[IncomingContact] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    not_a_vcard: bool = False
    damaged: bool = False


def read_vcard_contacts(data: bytes, *, source: str) -> FileContacts:
    """Read and map every card of a file; never raises."""
    result = read_vcards(data, source=source)
    out = FileContacts(source, not_a_vcard=result.not_a_vcard)
    numbers = {c.number for c in result.cards}
    for problem in result.problems:
        if problem.card_number not in numbers:
            out.problems.append((problem.card_number, problem.reason))
            out.damaged = True
    for card in result.cards:
        try:
            contact = clean_contact(contact_from_card(card, source))
        except Exception as error:  # a mapping bug on one card must not cost the others
            out.problems.append(
                (card.number, translate("import", "Card not imported: {error}").format(error=error))
            )
            out.damaged = True
            continue
        if contact.problems:
            out.damaged = True
        out.contacts.append(contact)
    return out


def clean_label(label: str) -> str:
    """Apple's ``_$!<HomePage>!$_`` → ``HomePage``; free text stays."""
    match = _APPLE_LABEL.match(label.strip())
    return match.group(1) if match else label.strip()


def split_particle(family: str) -> tuple[str, str]:
    """("von", "Weizsäcker") from "von Weizsäcker"; only a lower-case leading particle."""
    if " " not in family:  # most names: no particle can lead (saves a dozen tests)
        return "", family
    for particle in _PARTICLES:
        if family.startswith(particle + " ") and len(family) > len(particle) + 1:
            return particle, family[len(particle) + 1 :].strip()
    return "", family


def _name(card: VCardContact) -> tuple[PersonInput, list[str]]:
    n = card.name
    leftovers: list[str] = []
    salutation = SalutationForm.NEUTRAL
    titles = []
    for word in n.prefix.replace(",", " ").split():
        form = _SALUTATIONS.get(word.casefold())
        if form is not None and salutation is SalutationForm.NEUTRAL:
            salutation = form
        else:
            titles.append(word)
    if salutation is SalutationForm.NEUTRAL:
        salutation = _GENDERS.get(card.gender.strip().casefold()[:1], SalutationForm.NEUTRAL)
    if card.gender_identity:
        leftovers.append(translate("import", "Gender: {text}").format(text=card.gender_identity))
    first = " ".join(x for x in (n.given, n.additional.replace(",", " ")) if x.strip())
    particle, last = split_particle(n.family.strip())
    if not (first or last) and card.formatted_name:
        words = card.formatted_name.split()
        first, last = " ".join(words[:-1]), words[-1]
    if not (first or last):
        fallback = next(
            (
                x
                for x in (
                    *card.nicknames,
                    *(o.name for o in card.organizations),
                    *(e.value for e in card.emails),
                    *(p.value for p in card.phones),
                )
                if x.strip()
            ),
            "",
        )
        if fallback:
            last = fallback.strip()
            leftovers.append(
                translate("import", "The card has no name; “{name}” was used as the name.").format(
                    name=last
                )
            )
    fn = card.formatted_name.strip()
    if fn:
        known = (
            " ".join(
                (n.prefix, first, particle, last, n.suffix, *(o.name for o in card.organizations))
            )
            .casefold()
            .split()
        )
        if any(w not in known for w in fn.casefold().replace(",", " ").split()):
            leftovers.append(translate("import", "Display name: {text}").format(text=fn))
    person = PersonInput(
        first_name=first.strip(),
        last_name=last.strip(),
        salutation=salutation,
        academic_title=" ".join(titles),
        name_particle=particle,
        name_suffix=n.suffix.strip(),
        nickname=", ".join(card.nicknames),
        birthday=card.birthday if isinstance(card.birthday, dt.date) else None,
        notes="\n\n".join(x.strip() for x in card.notes if x.strip()),
        tags=tuple(c for c in card.categories if c.strip()),
    )
    if card.birthday_text:
        leftovers.append(translate("import", "Birthday: {text}").format(text=card.birthday_text))
    return person, leftovers


def _phone_kind(types: tuple[str, ...]) -> ContactKind:
    if "cell" in types or "mobile" in types:
        return ContactKind.MOBILE
    if "fax" in types:
        return ContactKind.FAX
    return ContactKind.PHONE


def _point(item: Email | Phone | Url) -> ContactPointInput:
    if isinstance(item, Email):
        kind = ContactKind.EMAIL
    elif isinstance(item, Phone):
        kind = _phone_kind(item.types)
    else:
        kind = ContactKind.WEB
    return ContactPointInput(kind, item.value, clean_label(item.label), item.pref == 1)


def _address(adr: PostalAddress, kind: AddressKind) -> AddressInput:
    return AddressInput(
        kind=kind,
        street=adr.street,
        addition=adr.extended,
        po_box=adr.po_box,
        postal_code=adr.postal_code,
        city=adr.city,
        region=adr.region,
        country=adr.country,
        label=clean_label(adr.label),
        is_primary=adr.pref == 1,
    )


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split_structured(text: str) -> list[str]:
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == ";":
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(_unescape("".join(current)))
    return parts


def _param(extra: ExtraProperty, name: str) -> str:
    for key, values in extra.params:
        if key.upper() == name:
            return ",".join(values)
    return ""


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _extra_text(extra: ExtraProperty) -> str:
    params = "".join(f";{k}={','.join(v)}" for k, v in extra.params)
    group = f"{extra.group}." if extra.group else ""
    return f"{group}{extra.name}{params}: {_unescape(extra.value)}"


def contact_from_card(card: VCardContact, source: str) -> IncomingContact:
    """The import form of one card (values not yet validated: see ``clean_contact``)."""
    person, leftovers = _name(card)
    problems = list(card.problems)
    # (organization, department, function) of each role; built once at the end.
    roles: list[tuple[str, str, str]] = []
    for org in card.organizations:
        department = ", ".join(x for x in (org.department, org.unit) if x.strip())
        function = org.title.strip()
        if org.role.strip() and org.role.strip() != function:
            function = f"{function} / {org.role.strip()}" if function else org.role.strip()
        roles.append((org.name, department, function))
    primary_points: list[ContactPointInput] = []
    primary_addresses: list[AddressInput] = []
    own_points: list[ContactPointInput] = []
    own_addresses: list[AddressInput] = []
    has_role = bool(roles) and bool(roles[0][0].strip())
    values: list[Email | Phone | Url] = [*card.emails, *card.phones, *card.urls]
    for item in values:
        point = _point(item)
        if has_role and "work" in item.types:
            primary_points.append(point)
        else:
            own_points.append(point)
    for adr in card.addresses:
        if not adr.has_components():
            if adr.label_text:
                leftovers.append(translate("import", "Address: {text}").format(text=adr.label_text))
            continue
        if "x-business" in adr.types:
            own_addresses.append(_address(adr, AddressKind.BUSINESS))
        elif "work" in adr.types and has_role:
            primary_addresses.append(_address(adr, AddressKind.BUSINESS))
        elif "home" in adr.types:
            own_addresses.append(_address(adr, AddressKind.PRIVATE))
        elif "work" in adr.types:
            own_addresses.append(_address(adr, AddressKind.BUSINESS))
        else:
            own_addresses.append(_address(adr, AddressKind.POSTAL))
    role_points: dict[int, list[ContactPointInput]] = {}
    role_addresses: dict[int, list[AddressInput]] = {}
    role_periods: dict[int, tuple[dt.date | None, dt.date | None, bool]] = {}
    do_not_contact = False
    language, address_form = "de", AddressForm.FORMAL
    for extra in card.extra:
        name = extra.name.upper()
        if name.startswith(EXTRA_PREFIX):
            index = int(_param(extra, "X-ROLE") or 0) - 1
            if name == EXTRA_PREFIX + "DO-NOT-CONTACT":
                do_not_contact = extra.value.strip().upper() == "TRUE"
                continue
            if name == EXTRA_PREFIX + "LANGUAGE":
                language = _unescape(extra.value).strip() or "de"
                continue
            if name == EXTRA_PREFIX + "ADDRESS-FORM":
                if extra.value.strip() in {f.value for f in AddressForm}:
                    address_form = AddressForm(extra.value.strip())
                continue
            if name == EXTRA_PREFIX + "CONTACT" and index >= 0:
                kind = ContactKind(_param(extra, "X-KIND") or "email")
                role_points.setdefault(index, []).append(
                    ContactPointInput(
                        kind,
                        _unescape(extra.value),
                        _param(extra, "X-LABEL"),
                        _param(extra, "X-PREF") == "1",
                    )
                )
                continue
            if name == EXTRA_PREFIX + "ADR" and index >= 0:
                parts = (_split_structured(extra.value) + [""] * 7)[:7]
                role_addresses.setdefault(index, []).append(
                    AddressInput(
                        kind=AddressKind(_param(extra, "X-KIND") or "business"),
                        po_box=parts[0],
                        addition=parts[1],
                        street=parts[2],
                        city=parts[3],
                        region=parts[4],
                        postal_code=parts[5],
                        country=parts[6],
                        label=_param(extra, "X-LABEL"),
                        is_primary=_param(extra, "X-PREF") == "1",
                    )
                )
                continue
            if name == EXTRA_PREFIX + "ROLE" and index >= 0:
                role_periods[index] = (
                    _iso(_param(extra, "X-FROM")),
                    _iso(_param(extra, "X-UNTIL")),
                    _param(extra, "X-ORGADDRESS") != "0",
                )
                continue
        if name in _IGNORED:
            continue
        text = _extra_text(extra)
        if len(text) > _MAX_KEPT:
            problems.append(
                translate("import", "Property {name} is too long to keep; dropped.").format(
                    name=extra.name
                )
            )
            continue
        leftovers.append(text)
    if card.logo is not None:
        problems.append(translate("import", "The logo image is not stored."))
    affiliations: list[AffiliationInput] = []
    for index, (organization, department, function) in enumerate(roles):
        points = list(role_points.get(index, []))
        addresses = list(role_addresses.get(index, []))
        if index == 0 and has_role:
            points = primary_points + points
            addresses = primary_addresses + addresses
        valid_from, valid_until, use_org = role_periods.get(index, (None, None, not addresses))
        affiliations.append(
            AffiliationInput(
                organization_name=organization,
                department=department,
                function=function,
                is_primary=index == 0,
                contact_points=tuple(points),
                addresses=tuple(addresses),
                valid_from=valid_from,
                valid_until=valid_until,
                use_organization_address=use_org,
            )
        )
    if (do_not_contact, language, address_form) != (False, "de", AddressForm.FORMAL):
        person = replace(
            person, do_not_contact=do_not_contact, language=language, address_form=address_form
        )
    return IncomingContact(
        source=source,
        number=card.number,
        person=person,
        addresses=tuple(own_addresses),
        contact_points=tuple(own_points),
        affiliations=tuple(affiliations),
        uid=card.uid.strip(),
        photo=card.photo.data if card.photo is not None else None,
        photo_type=card.photo.mime if card.photo is not None else "",
        leftovers=tuple(leftovers),
        problems=tuple(problems),
    )
