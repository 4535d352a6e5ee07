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

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from partnercrm.countries import country_name
from partnercrm.interchange.atomic_file import atomic_write
from partnercrm.interchange.vcard_import import EXTRA_PREFIX
from partnercrm.interchange.vcard_writer import (
    check_version,
    escape,
    escape_uri,
    fold,
    image_line,
    param_value,
    type_params,
)
from partnercrm.model import AddressForm, AddressKind, ContactKind, SalutationForm
from partnercrm.services.contact_records import (
    ContactRecord,
    ContactValue,
    PostalRecord,
    RoleRecord,
    contact_records,
)

_SALUTATION_WORD = {SalutationForm.HERR: "Herr", SalutationForm.FRAU: "Frau"}
# Property name and the TYPE values after home/work, per kind of contact point.
_VALUE_TYPES: dict[ContactKind, tuple[str, tuple[str, ...]]] = {
    ContactKind.EMAIL: ("EMAIL", ()),
    ContactKind.PHONE: ("TEL", ("voice",)),
    ContactKind.MOBILE: ("TEL", ("cell",)),
    ContactKind.FAX: ("TEL", ("fax",)),
    ContactKind.WEB: ("URL", ()),
}
# The writer's order: every e-mail, then every phone, then every URL (work before home).
_VALUE_ORDER = (
    (ContactKind.EMAIL,),
    (ContactKind.PHONE, ContactKind.MOBILE, ContactKind.FAX),
    (ContactKind.WEB,),
)
_OWN_ADDRESS_TYPES = {
    AddressKind.PRIVATE: ("home",),
    AddressKind.BUSINESS: ("work", "x-business"),
    AddressKind.POSTAL: ("postal",),
}
_WEB = ContactKind.WEB
_FOLD = 75  # octets per line (vcard_writer.fold)
_FOLD_SHORT = 18  # characters that fit 75 octets whatever they are (4 octets each at most)
_WRITE_EVERY = 500  # cards per write: memory stays flat for any number of people


class _CardLines:
    """The content lines of one person's card, as ``vcard_writer`` lays a card out.

    Written straight from the record (no ``VCardContact`` in between: building those
    objects took longer than writing the text). The layout is the writer's: FN, N,
    NICKNAME, ORG/TITLE (further roles as ``affN.``), EMAIL, TEL, URL, ADR (labelled
    values as ``itemN.`` with ``X-ABLabel``), NOTE, CATEGORIES, BDAY, UID, PHOTO, then
    the ``X-PARTNERCRM-*`` properties. The tests check that ``write_vcards`` gives the
    same bytes for the cards read back from an export.
    """

    def __init__(self, version: str) -> None:
        self.version_line = "VERSION:" + version
        self.v4 = v4 = version == "4.0"
        # "EMAIL;TYPE=work,pref" ... by where, kind and primary flag (False, True).
        self.heads = {
            where: {
                kind: tuple(
                    name + type_params((where, *types), 1 if primary else None, v4)
                    for primary in (False, True)
                )
                for kind, (name, types) in _VALUE_TYPES.items()
            }
            for where in ("work", "home")
        }

    def add(self, r: ContactRecord, out: list[str]) -> None:
        """Append the lines of ``r``'s card to ``out``."""
        v4 = self.v4
        out.append("BEGIN:VCARD")
        out.append(self.version_line)
        prefix = _words(_SALUTATION_WORD.get(r.salutation, ""), r.academic_title)
        family = _words(r.name_particle, r.last_name)
        out.append("FN:" + escape(r.display_name or _fallback_name(r, prefix, family)))
        out.append(
            f"N:{escape(family)};{escape(r.first_name)};;{escape(prefix)};{escape(r.name_suffix)}"
        )
        if r.nickname:
            out.append("NICKNAME:" + escape(r.nickname))
        roles = r.roles
        _organization_lines(roles, out)
        work = roles[0].contact_points if roles else ()
        items = self._values(work, r.contact_points, out)  # itemN groups used so far
        if roles:
            for address in roles[0].addresses:
                items = _address_lines(address, ("work",), v4, items, out)
        for address in r.addresses:
            items = _address_lines(address, _OWN_ADDRESS_TYPES[address.kind], v4, items, out)
        if r.notes.strip():
            out.append("NOTE:" + escape(r.notes))
        if r.tags:
            out.append("CATEGORIES:" + ",".join(escape(t) for t in r.tags))
        if r.birthday is not None:
            out.append("BDAY:" + (r.birthday.strftime("%Y%m%d") if v4 else r.birthday.isoformat()))
        if r.uid:
            out.append("UID:" + escape(r.uid))
        if r.photo and r.photo_type:
            out.append(image_line("PHOTO", r.photo, r.photo_type, v4=v4))
        for index, role in enumerate(roles, 1):
            _role_extras(index, role, out)
        if r.do_not_contact:
            out.append(EXTRA_PREFIX + "DO-NOT-CONTACT:TRUE")
        if r.language and r.language != "de":
            out.append(f"{EXTRA_PREFIX}LANGUAGE:{escape(r.language)}")
        if r.address_form is not AddressForm.FORMAL:
            out.append(f"{EXTRA_PREFIX}ADDRESS-FORM:{r.address_form.value}")
        out.append("END:VCARD")

    def _values(
        self, work: Sequence[ContactValue], home: Sequence[ContactValue], out: list[str]
    ) -> int:
        """EMAIL, TEL and URL lines (work before home); returns the itemN groups used."""
        items = 0
        for kinds in _VALUE_ORDER:
            for where, points in (("work", work), ("home", home)):
                heads = self.heads[where]
                for point in points:
                    if point.kind not in kinds:
                        continue
                    head = heads[point.kind][point.is_primary]
                    uri = point.kind is _WEB
                    value = escape_uri(point.value) if uri else escape(point.value)
                    if point.label:
                        items += 1
                        out.append(f"item{items}.{head}:{value}")
                        out.append(f"item{items}.X-ABLabel:{escape(point.label)}")
                    else:
                        out.append(f"{head}:{value}")
        return items


def _words(first: str, second: str) -> str:
    """The two texts joined by a space, or the one that is not empty."""
    return f"{first} {second}" if first and second else first or second


def _fallback_name(r: ContactRecord, prefix: str, family: str) -> str:
    """FN when the person has no name parts of their own: N, else organization or e-mail."""
    person = " ".join(p for p in (prefix, r.first_name, family, r.name_suffix) if p)
    if person:
        return person
    if r.roles and r.roles[0].organization_name:
        return r.roles[0].organization_name
    work = r.roles[0].contact_points if r.roles else ()
    emails = [p.value for p in (*work, *r.contact_points) if p.kind is ContactKind.EMAIL]
    return emails[0] if emails else ""


def _organization_lines(roles: Sequence[RoleRecord], out: list[str]) -> None:
    """ORG/TITLE of the first role with any text; ``affN.ORG``/``affN.TITLE`` for the rest."""
    group = 1
    first = True
    for role in roles:
        name, department, title = role.organization_name, role.department, role.function
        if not (name or department or title):
            continue
        value = f"{escape(name)};{escape(department)}" if department else escape(name)
        if first:
            first = False
            prefix = ""
            if name or department:
                out.append("ORG:" + value)
        else:
            group += 1
            prefix = f"aff{group}."
            out.append(f"{prefix}ORG:{value}")
        if title:
            out.append(f"{prefix}TITLE:{escape(title)}")


def _address_lines(
    a: PostalRecord, types: tuple[str, ...], v4: bool, items: int, out: list[str]
) -> int:
    country = country_name(a.country) if a.country else ""
    parts = (a.po_box, a.addition, a.street, a.city, a.region, a.postal_code, country)
    value = ";".join(escape(p) for p in parts)
    params = type_params(types, 1 if a.is_primary else None, v4)
    if not a.label:
        out.append(f"ADR{params}:{value}")
        return items
    items += 1
    out.append(f"item{items}.ADR{params}:{value}")
    out.append(f"item{items}.X-ABLabel:{escape(a.label)}")
    return items


def _role_extras(index: int, role: RoleRecord, out: list[str]) -> None:
    """``X-PARTNERCRM-*`` lines of a role: further roles' contact data, periods, address use."""
    number = f";X-ROLE={index}"
    if index > 1:
        for c in role.contact_points:
            params = f"{number};X-KIND={c.kind.value}{_label_and_pref(c.label, c.is_primary)}"
            out.append(f"{EXTRA_PREFIX}CONTACT{params}:{escape(c.value)}")
        for a in role.addresses:
            params = f"{number};X-KIND={a.kind.value}{_label_and_pref(a.label, a.is_primary)}"
            parts = (a.po_box, a.addition, a.street, a.city, a.region, a.postal_code, a.country)
            out.append(f"{EXTRA_PREFIX}ADR{params}:{';'.join(escape(x) for x in parts)}")
    if role.valid_from or role.valid_until or role.use_organization_address != (not role.addresses):
        params = number
        if role.valid_from:
            params += f";X-FROM={role.valid_from.isoformat()}"
        if role.valid_until:
            params += f";X-UNTIL={role.valid_until.isoformat()}"
        params += f";X-ORGADDRESS={'1' if role.use_organization_address else '0'}"
        out.append(f"{EXTRA_PREFIX}ROLE{params}:1")


def _label_and_pref(label: str, primary: bool) -> str:
    text = f";X-LABEL={param_value(label)}" if label else ""
    return text + ";X-PREF=1" if primary else text


def _encode(lines: Iterable[str]) -> bytes:
    """Folded lines, each ending in CRLF, as UTF-8 ("replace": a lone surrogate must
    not abort a whole export)."""
    # fold()'s own first test, inline: most lines are short ASCII and need no call.
    folded = [
        line if len(line) <= _FOLD_SHORT or (len(line) <= _FOLD and line.isascii()) else fold(line)
        for line in lines
    ]
    folded.append("")
    return "\r\n".join(folded).encode("utf-8", errors="replace")


def _file_name(display_name: str, number: int, used: set[str]) -> str:
    base = display_name or f"contact-{number}"
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
    check_version(version)
    writer = _CardLines(version)
    records = contact_records(session, list(person_ids), photos=True)
    if not split:
        count = 0
        with atomic_write(target, mode="wb", encoding=None) as handle:
            lines: list[str] = []
            for record in records:
                writer.add(record, lines)
                count += 1
                if count % _WRITE_EVERY == 0:
                    handle.write(_encode(lines))
                    lines = []
            handle.write(_encode(lines))
        return count
    people = list(records)
    target.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for number, record in enumerate(people, 1):
        name = _file_name(record.display_name, number, used)
        card: list[str] = []
        writer.add(record, card)
        with atomic_write(target / name, mode="wb", encoding=None) as handle:
            handle.write(_encode(card))
        if progress is not None and number % 200 == 0:
            progress(number, len(people))
    return len(people)
