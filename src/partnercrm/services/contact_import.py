"""Contact import: match incoming contacts to stored people, then create or merge them.

Source-neutral: the vCard and CSV/XLSX readers in ``interchange`` turn their records
into ``IncomingContact`` values; this module plans (matching, decisions) and applies
them as one undoable import batch (``services.import_batches``).

Matching, in order: the same vCard UID; else the same e-mail address; else the same
folded name at the same organization (an exact match); else a close name (rapidfuzz)
at the same organization — only a *possible* duplicate. Candidates for the name
comparison are narrowed first by a blocking key (the folded last name, through the
indexed sort key), never all-against-all.

An update never overwrites: it fills empty fields and adds contact points, addresses,
roles and tags that are new; differing values are reported in ``differences``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    Affiliation,
    ContactKind,
    ContactPoint,
    Organization,
    Person,
    SalutationForm,
)
from partnercrm.services import import_batches
from partnercrm.services.affiliations import AffiliationData, AffiliationInput
from partnercrm.services.changes import Changes
from partnercrm.services.contact_data import (
    AddressInput,
    ContactPointData,
    ContactPointInput,
    check_address,
    normalized_contact,
)
from partnercrm.services.people import (
    PersonDetail,
    PersonInput,
    create_person,
    get_people,
)
from partnercrm.store import search_index
from partnercrm.store.text_folding import fold
from partnercrm.store.value_lists import among

FUZZY_THRESHOLD = 88.0
NOTES_MARK = "--- Import: "


class MatchKind(StrEnum):
    NONE = "none"
    UID = "uid"
    EMAIL = "email"
    NAME = "name"
    FUZZY = "fuzzy"


class Decision(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"


@dataclass(frozen=True)
class IncomingContact:
    """One contact read from a file, in service terms.

    ``number`` is the card or row number in ``source`` (1-based); ``problems`` what
    the reader already dropped or repaired; ``leftovers`` lines of unmapped data
    that go into the notes block.
    """

    source: str
    number: int
    person: PersonInput
    addresses: tuple[AddressInput, ...] = ()
    contact_points: tuple[ContactPointInput, ...] = ()
    affiliations: tuple[AffiliationInput, ...] = ()
    uid: str = ""
    photo: bytes | None = None
    photo_type: str = ""
    leftovers: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        p = self.person
        return " ".join(
            x for x in (p.academic_title, p.first_name, p.name_particle, p.last_name) if x
        )


@dataclass(frozen=True)
class PlannedRow:
    """What the import will do with one incoming contact (the preview's row)."""

    contact: IncomingContact
    match: MatchKind
    person_id: int | None
    person_name: str
    decision: Decision
    reason: str = ""
    differences: tuple[str, ...] = ()
    same_as: int | None = None


@dataclass(frozen=True)
class ImportProblem:
    source: str
    number: int
    reason: str


@dataclass(frozen=True)
class ImportSummary:
    """What an applied import did.

    ``created``, ``updated`` and ``unchanged`` count people; ``skipped`` and
    ``merged`` count records. ``merged`` are records that changed a person an earlier
    record of the same import already created or updated (the same contact twice):
    every record is in exactly one of created, updated, unchanged, skipped, merged.
    """

    batch_id: int | None
    created: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[ImportProblem, ...]
    differences: tuple[ImportProblem, ...]
    changes: Changes = field(default_factory=Changes)
    merged: int = 0


class Cancelled(Exception):
    """Raised inside ``apply_import`` when the user cancelled; the caller rolls back."""


# --- validation ---------------------------------------------------------------------


def clean_contact(contact: IncomingContact, *, keep_in_notes: bool = True) -> IncomingContact:
    """Drop values that would not validate, reporting each; optionally keep them in notes."""
    problems = list(contact.problems)
    leftovers = list(contact.leftovers)

    def drop(what: str, value: str, error: ValidationError) -> None:
        problems.append(
            translate("import", "{what} “{value}” not stored: {reason}").format(
                what=what, value=value, reason=error.message
            )
        )
        if keep_in_notes:
            leftovers.append(f"{what}: {value}")

    # Unchanged parts are passed on as they are: most records are clean, and copying
    # every record's dataclasses was a noticeable part of reading a large file.
    def points(items: tuple[ContactPointInput, ...]) -> tuple[ContactPointInput, ...]:
        kept = []
        for item in items:
            if not item.value.strip():
                continue
            try:
                normalized_contact(item.kind, item.value, field=item.kind.value)
            except ValidationError as error:
                drop(_kind_word(item.kind), item.value, error)
                continue
            kept.append(item)
        return items if len(kept) == len(items) else tuple(kept)

    def addresses(items: tuple[AddressInput, ...]) -> tuple[AddressInput, ...]:
        kept = []
        for original in items:
            item = original
            text = address_text(item)
            if item.is_empty:
                if text:
                    leftovers.append(translate("import", "Address: {text}").format(text=text))
                continue
            for _attempt in range(3):
                try:
                    check_address(item)
                except ValidationError as error:
                    if error.field == "country":
                        problems.append(
                            translate(
                                "import",
                                "Country “{value}” is unknown; the address was kept in the notes.",
                            ).format(value=item.country)
                        )
                        leftovers.append(translate("import", "Address: {text}").format(text=text))
                        break
                    if error.field == "postal_code" and item.postal_code:
                        drop(translate("import", "Postal code"), item.postal_code, error)
                        item = replace(item, postal_code="")
                        continue
                    break
                else:
                    if not item.is_empty:
                        kept.append(item)
                        break
                    leftovers.append(translate("import", "Address: {text}").format(text=text))
                    break
            else:  # pragma: no cover - three repairs always settle
                leftovers.append(translate("import", "Address: {text}").format(text=text))
        if len(kept) == len(items) and all(a is b for a, b in zip(kept, items, strict=True)):
            return items
        return tuple(kept)

    affiliations = []
    for aff in contact.affiliations:
        if not aff.organization_name.strip() and aff.organization_id is None:
            text = ", ".join(x for x in (aff.function, aff.department) if x)
            if text:
                leftovers.append(
                    translate("import", "Function without organization: {text}").format(text=text)
                )
            continue
        role_points, role_addresses = points(aff.contact_points), addresses(aff.addresses)
        if role_points is aff.contact_points and role_addresses is aff.addresses:
            affiliations.append(aff)
        else:
            affiliations.append(replace(aff, contact_points=role_points, addresses=role_addresses))
    person = contact.person
    if not (person.first_name.strip() or person.last_name.strip()):
        problems.append(translate("import", "No name; skipped."))
    own_points, own_addresses = points(contact.contact_points), addresses(contact.addresses)
    if (
        own_points is contact.contact_points
        and own_addresses is contact.addresses
        and len(affiliations) == len(contact.affiliations)
        and all(a is b for a, b in zip(affiliations, contact.affiliations, strict=True))
        and len(problems) == len(contact.problems)
        and len(leftovers) == len(contact.leftovers)
    ):
        return contact
    return replace(
        contact,
        contact_points=own_points,
        addresses=own_addresses,
        affiliations=tuple(affiliations),
        problems=tuple(problems),
        leftovers=tuple(leftovers),
    )


def address_text(item: AddressInput) -> str:
    """All parts of an address on one line (for the notes when it cannot be stored)."""
    parts = (item.po_box, item.addition, item.street, item.postal_code, item.city, item.region)
    return ", ".join(x.strip() for x in (*parts, item.country) if x.strip())


def _kind_word(kind: ContactKind) -> str:
    return {
        ContactKind.EMAIL: translate("import", "E-mail"),
        ContactKind.PHONE: translate("import", "Phone"),
        ContactKind.MOBILE: translate("import", "Mobile"),
        ContactKind.FAX: translate("import", "Fax"),
        ContactKind.WEB: translate("import", "Web address"),
    }[kind]


def with_notes_block(notes: str, leftovers: Sequence[str], source: str) -> str:
    """``notes`` with the unmapped values appended in a clearly marked block."""
    if not leftovers:
        return notes
    block = NOTES_MARK + source + " ---\n" + "\n".join(leftovers)
    if block in notes:
        return notes
    return f"{notes}\n\n{block}" if notes else block


# --- matching -----------------------------------------------------------------------


def _emails(contact: IncomingContact) -> list[str]:
    found = [c.value.strip().lower() for c in contact.contact_points if c.kind is ContactKind.EMAIL]
    for aff in contact.affiliations:
        found += [
            c.value.strip().lower() for c in aff.contact_points if c.kind is ContactKind.EMAIL
        ]
    return [e for e in found if e]


def _among(session: Session, target: Any, values: Iterable[Any]) -> list[ColumnElement[bool]]:
    """``target IN values``, one condition per query (store.value_lists)."""
    return among(session.get_bind().dialect.name, target, values)


def _people_by_uid(session: Session, uids: Sequence[str]) -> dict[str, tuple[int, bool]]:
    found: dict[str, tuple[int, bool]] = {}
    for condition in _among(session, Person.uid, uids):
        for pid, uid, deleted in session.execute(
            select(Person.id, Person.uid, Person.deleted_at).where(condition)
        ):
            if uid is not None:
                found[uid] = (pid, deleted is not None)
    return found


def _people_by_email(session: Session, emails: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for condition in _among(session, ContactPoint.normalized, emails):
        direct = select(ContactPoint.normalized, ContactPoint.person_id).where(
            ContactPoint.kind == ContactKind.EMAIL,
            condition,
            ContactPoint.person_id.is_not(None),
        )
        via_role = (
            select(ContactPoint.normalized, Affiliation.person_id)
            .join(Affiliation, Affiliation.id == ContactPoint.affiliation_id)
            .where(ContactPoint.kind == ContactKind.EMAIL, condition)
        )
        for statement in (direct, via_role):
            for email, pid in session.execute(statement.order_by(ContactPoint.id)):
                if pid is not None:
                    found.setdefault(email, pid)
    if found:
        live: set[int] = set()
        for condition in _among(session, Person.id, found.values()):
            live.update(
                session.scalars(select(Person.id).where(condition, Person.deleted_at.is_(None)))
            )
        found = {e: p for e, p in found.items() if p in live}
    return found


def _name_key(first: str, last: str) -> str:
    return fold(f"{first} {last}")


def _org_keys(contact: IncomingContact) -> set[str]:
    return {fold(a.organization_name) for a in contact.affiliations if a.organization_name.strip()}


_CANDIDATE_LIMIT = 200
_Candidate = tuple[int, str, set[str]]


def _name_candidates(
    session: Session, contacts: Sequence[IncomingContact]
) -> list[list[_Candidate]]:
    """For each contact, the people with its folded last name (the blocking key).

    Each candidate is (person id, folded name, folded organization names). All
    contacts are looked up together, a few hundred blocking keys per query (one
    query per contact took most of a 10,000-record plan). Per contact at most the
    first 200 people of its key range in sort-key order are compared; a contact with
    a UID is never matched to a person holding another UID.
    """
    lasts = {fold(c.person.last_name) for c in contacts}
    lasts.discard("")
    firsts = {fold(c.person.first_name) for c in contacts if not fold(c.person.last_name)}
    firsts.discard("")
    # (sort_key, id, folded first+last, has a UID), in the index's order.
    by_range: list[tuple[str, int, str, str, bool]] = []
    columns = (Person.sort_key, Person.id, Person.first_name, Person.last_name, Person.uid)
    ordered = sorted(lasts)
    for start in range(0, len(ordered), 200):
        chunk = ordered[start : start + 200]
        # Ranges, not LIKE: SQLite walks the sort-key index for each one. Written as
        # text: building 200 expression objects per query cost more than the query.
        ranges = " OR ".join(f"(sort_key >= :l{i} AND sort_key < :h{i})" for i in range(len(chunk)))
        params = {f"l{i}": k for i, k in enumerate(chunk)}
        params |= {f"h{i}": k + "\uffff" for i, k in enumerate(chunk)}
        statement = select(*columns).where(Person.deleted_at.is_(None), text(f"({ranges})"))
        for key, pid, first, last, uid in session.execute(statement, params):
            by_range.append((key, pid, first, last, uid is not None))
    by_range.sort()
    range_keys = [row[0] for row in by_range]
    only_first: dict[str, list[tuple[int, str, str, bool]]] = {}
    ordered = sorted(firsts)
    for start in range(0, len(ordered), 500):
        for key, pid, first, last, uid in session.execute(
            select(*columns)
            .where(
                Person.deleted_at.is_(None),
                Person.sort_key.in_(ordered[start : start + 500]),
                Person.last_name == "",
            )
            .order_by(Person.sort_key, Person.id)
        ):
            only_first.setdefault(key, []).append((pid, first, last, uid is not None))
    wanted: list[list[tuple[int, str, str]]] = []
    for contact in contacts:
        last = fold(contact.person.last_name)
        if last:
            low = bisect.bisect_left(range_keys, last)
            high = bisect.bisect_left(range_keys, last + "\uffff", low)
            rows = [r[1:] for r in by_range[low:high]]
        else:
            rows = only_first.get(fold(contact.person.first_name), [])
        if contact.uid:  # a stored person with another UID is someone else
            rows = [r for r in rows if not r[3]]
        wanted.append(
            [(pid, f, lname) for pid, f, lname, _ in rows[:_CANDIDATE_LIMIT] if fold(lname) == last]
        )
    orgs: dict[int, set[str]] = {pid: set() for people in wanted for pid, _, _ in people}
    for condition in _among(session, Affiliation.person_id, orgs):
        for pid, name in session.execute(
            select(Affiliation.person_id, Organization.name)
            .join(Organization, Organization.id == Affiliation.organization_id)
            .where(condition)
        ):
            orgs[pid].add(fold(name))
    return [
        [(pid, _name_key(first, lname), orgs[pid]) for pid, first, lname in people]
        for people in wanted
    ]


def _batch_keys(contact: IncomingContact) -> list[tuple[str, str]]:
    keys = [("uid", contact.uid)] if contact.uid else []
    keys += [("email", e) for e in _emails(contact)]
    orgs = sorted(_org_keys(contact))
    name = _name_key(contact.person.first_name, contact.person.last_name)
    # Two cards with different UIDs are two people, whatever their names.
    if not contact.uid and (fold(contact.person.last_name) or fold(contact.person.first_name)):
        keys.append(("name", f"{name}|{orgs[0] if orgs else ''}"))
    return keys


def _same_org(mine: set[str], theirs: set[str]) -> bool:
    if not mine and not theirs:
        return True
    return any(fuzz.ratio(a, b) >= 92 for a in mine for b in theirs)


def plan_import(
    session: Session,
    contacts: Sequence[IncomingContact],
    *,
    on_duplicate: Decision | None = None,
) -> list[PlannedRow]:
    """Match every contact and decide what to do (the preview).

    ``on_duplicate`` None: update on a UID, e-mail or exact name match, skip (and
    report) a possible duplicate; otherwise that decision for every match.
    """
    uids = _people_by_uid(session, [c.uid for c in contacts if c.uid])
    emails = _people_by_email(session, sorted({e for c in contacts for e in _emails(c)}))
    rows: list[PlannedRow] = []
    seen_uids: dict[str, int] = {}
    # First every UID and e-mail match, then the name matches of the rest at once.
    found: list[tuple[IncomingContact, MatchKind, int | None]] = []
    for contact in contacts:
        if not _has_name(contact):
            found.append((contact, MatchKind.NONE, None))
            continue
        if contact.uid and contact.uid in seen_uids:
            contact = replace(
                contact,
                uid="",
                problems=(
                    *contact.problems,
                    translate("import", "Same UID as record {n}; the UID was not kept.").format(
                        n=seen_uids[contact.uid]
                    ),
                ),
            )
        if contact.uid:
            seen_uids[contact.uid] = contact.number
        match, person_id = MatchKind.NONE, None
        held = uids.get(contact.uid) if contact.uid else None
        if held is not None and not held[1]:
            match, person_id = MatchKind.UID, held[0]
        elif held is not None:
            contact = replace(contact, uid="")
        if person_id is None:
            for email in _emails(contact):
                if email in emails:
                    match, person_id = MatchKind.EMAIL, emails[email]
                    break
        found.append((contact, match, person_id))
    unmatched = [
        i
        for i, (contact, _, person_id) in enumerate(found)
        if person_id is None and _has_name(contact)
    ]
    candidates = dict(
        zip(unmatched, _name_candidates(session, [found[i][0] for i in unmatched]), strict=True)
    )
    # Records of this import that will be created, by UID, e-mail and name: a later
    # record of the same person (the same contact in two files) merges into it.
    planned: dict[tuple[str, str], int] = {}
    possible: set[int] = set()
    for index, (contact, match, person_id) in enumerate(found):
        if not _has_name(contact):
            rows.append(
                PlannedRow(
                    contact,
                    MatchKind.NONE,
                    None,
                    "",
                    Decision.SKIP,
                    translate("import", "The record has no name."),
                )
            )
            continue
        if person_id is None:
            mine = _name_key(contact.person.first_name, contact.person.last_name)
            my_orgs = _org_keys(contact)
            best: tuple[float, int] | None = None
            for pid, key, orgs in candidates[index]:
                if not _same_org(my_orgs, orgs):
                    continue
                score = 100.0 if key == mine else fuzz.token_sort_ratio(key, mine)
                if score >= FUZZY_THRESHOLD and (best is None or score > best[0]):
                    best = (score, pid)
            if best is not None:
                person_id = best[1]
                match = MatchKind.NAME if best[0] == 100.0 else MatchKind.FUZZY
        if person_id is None:
            keys = _batch_keys(contact)
            earlier = next((planned[k] for k in keys if k in planned), None)
            if earlier is not None:
                first = rows[earlier].contact
                rows.append(
                    PlannedRow(
                        contact,
                        MatchKind.NAME,
                        None,
                        first.display_name,
                        Decision.UPDATE,
                        translate("import", "Same person as {source}, record {n}.").format(
                            source=first.source, n=first.number
                        ),
                        same_as=earlier,
                    )
                )
                continue
            for batch_key in keys:
                planned.setdefault(batch_key, len(rows))
            rows.append(PlannedRow(contact, MatchKind.NONE, None, "", Decision.CREATE))
            continue
        if on_duplicate is not None:
            decision = on_duplicate
        elif match is MatchKind.FUZZY:
            decision = Decision.SKIP  # the reason names the person: below, with the names
            possible.add(len(rows))
        else:
            decision = Decision.UPDATE
        rows.append(PlannedRow(contact, match, person_id, "", decision))
    names = _display_names(session, [r.person_id for r in rows if r.person_id is not None])
    return [
        _named(r, names, possible=i in possible) if r.person_id else r for i, r in enumerate(rows)
    ]


def _has_name(contact: IncomingContact) -> bool:
    return bool(contact.person.first_name.strip() or contact.person.last_name.strip())


def _named(row: PlannedRow, names: dict[int, str], *, possible: bool) -> PlannedRow:
    """``row`` with the stored person's name (and, for a possible duplicate, the reason)."""
    assert row.person_id is not None
    name = names.get(row.person_id, "")
    if possible:
        reason = translate("import", "Possibly the same person as {name}; not imported.").format(
            name=name
        )
        return replace(row, person_name=name, reason=reason)
    return replace(row, person_name=name)


def _display_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Display names of many people, in one query (SQLite) or 500 per query."""
    names: dict[int, str] = {}
    for condition in _among(session, Person.id, ids):
        for pid, title, first, particle, last in session.execute(
            select(
                Person.id,
                Person.academic_title,
                Person.first_name,
                Person.name_particle,
                Person.last_name,
            ).where(condition)
        ):
            names[pid] = " ".join(x for x in (title, first, particle, last) if x)
    return names


# --- applying -----------------------------------------------------------------------


def _to_input(a: AffiliationData) -> AffiliationInput:
    return AffiliationInput(
        id=a.id,
        organization_id=a.organization_id,
        organization_name=a.organization_name,
        function=a.function,
        department=a.department,
        use_organization_address=a.use_organization_address,
        is_primary=a.is_primary,
        valid_from=a.valid_from,
        valid_until=a.valid_until,
        contact_points=tuple(
            ContactPointInput(c.kind, c.value, c.label, c.is_primary) for c in a.contact_points
        ),
        addresses=tuple(_plain_address(x) for x in a.addresses),
    )


def _plain_address(a: AddressInput) -> AddressInput:
    return AddressInput(
        kind=a.kind,
        street=a.street,
        addition=a.addition,
        po_box=a.po_box,
        postal_code=a.postal_code,
        city=a.city,
        region=a.region,
        country=a.country,
        label=a.label,
        is_primary=a.is_primary,
    )


def _point_key(c: ContactPointInput) -> tuple[str, str]:
    try:
        return (c.kind.value, normalized_contact(c.kind, c.value, field="x")[1])
    except ValidationError:
        return (c.kind.value, c.value.strip().lower())


def _stored_key(c: ContactPointData) -> tuple[str, str]:
    """``_point_key`` of a stored contact point: its normalized value is stored with it."""
    return (c.kind.value, c.normalized) if c.normalized else _point_key(c)


def _address_key(a: AddressInput) -> tuple[str, ...]:
    return (fold(a.street), fold(a.po_box), "".join(a.postal_code.split()).upper(), fold(a.city))


@dataclass
class _Merge:
    differences: list[str] = field(default_factory=list)
    changed: bool = False

    def fill(self, label: Callable[[], str], old: str, new: str) -> str:
        """``old``, or ``new`` where ``old`` is empty; a difference is noted (``label()``).

        The label is a function: translated only when a difference is reported.
        """
        old_s, new_s = old.strip(), new.strip()
        if not new_s or fold(old_s) == fold(new_s):
            return old
        if not old_s:
            self.changed = True
            return new_s
        self.differences.append(
            translate("import", "{field}: stored “{old}”, file “{new}”").format(
                field=label(), old=old_s, new=new_s
            )
        )
        return old


def _function_label(org: str) -> str:
    return translate("import", "Function at {org}").format(org=org)


def _department_label(org: str) -> str:
    return translate("import", "Department at {org}").format(org=org)


def merge_into(
    detail: PersonDetail, contact: IncomingContact
) -> tuple[
    PersonInput,
    list[AddressInput],
    list[ContactPointInput],
    list[AffiliationInput | AffiliationData],
    _Merge,
]:
    """The stored person with the incoming values added (never overwritten)."""
    m = _Merge()
    inc = contact.person
    notes = detail.notes
    own = inc.notes.strip()
    if own and own not in notes:
        notes = f"{notes}\n\n{own}" if notes.strip() else own
        m.changed = True
    new_lines = [line for line in contact.leftovers if line not in notes]
    if new_lines:
        notes = with_notes_block(notes, new_lines, contact.source)
        m.changed = True
    salutation = detail.salutation
    if salutation is SalutationForm.NEUTRAL and inc.salutation is not SalutationForm.NEUTRAL:
        salutation, m.changed = inc.salutation, True
    birthday = detail.birthday
    if birthday is None and inc.birthday is not None:
        birthday, m.changed = inc.birthday, True
    elif inc.birthday is not None and birthday != inc.birthday:
        m.differences.append(
            translate("import", "{field}: stored “{old}”, file “{new}”").format(
                field=translate("import", "Birthday"), old=birthday, new=inc.birthday
            )
        )
    tags = tuple(detail.tags)
    new_tags = [t for t in inc.tags if fold(t) not in {fold(x) for x in tags}]
    if new_tags:
        tags, m.changed = (*tags, *new_tags), True
    data = PersonInput(
        first_name=m.fill(
            lambda: translate("import", "First name"), detail.first_name, inc.first_name
        ),
        last_name=m.fill(lambda: translate("import", "Last name"), detail.last_name, inc.last_name),
        salutation=salutation,
        academic_title=m.fill(
            lambda: translate("import", "Academic title"), detail.academic_title, inc.academic_title
        ),
        name_particle=m.fill(
            lambda: translate("import", "Name particle"), detail.name_particle, inc.name_particle
        ),
        name_suffix=m.fill(
            lambda: translate("import", "Name suffix"), detail.name_suffix, inc.name_suffix
        ),
        nickname=m.fill(lambda: translate("import", "Nickname"), detail.nickname, inc.nickname),
        address_form=detail.address_form,
        language=detail.language,
        birthday=birthday,
        notes=notes,
        do_not_contact=detail.do_not_contact,
        tags=tags,
    )
    known_points = {_stored_key(c) for c in detail.contact_points}
    for a in detail.affiliations:
        known_points |= {_stored_key(c) for c in a.contact_points}
    known_addresses = {_address_key(a) for a in detail.addresses}
    for a in detail.affiliations:
        known_addresses |= {_address_key(x) for x in a.addresses}
    # The stored values lead the lists as loaded: only what is added is written.
    points: list[ContactPointInput] = list(detail.contact_points)
    for c in contact.contact_points:
        if _point_key(c) not in known_points:
            points.append(replace(c, is_primary=c.is_primary and not points))
            known_points.add(_point_key(c))
            m.changed = True
    addresses: list[AddressInput] = list(detail.addresses)
    for incoming_address in contact.addresses:
        if _address_key(incoming_address) not in known_addresses:
            addresses.append(
                replace(incoming_address, is_primary=incoming_address.is_primary and not addresses)
            )
            known_addresses.add(_address_key(incoming_address))
            m.changed = True
    # Stored roles stay as they are unless the file adds to them (most do not).
    roles: list[AffiliationInput | AffiliationData] = list(detail.affiliations)
    for incoming in contact.affiliations:
        key = fold(incoming.organization_name)
        at = next((i for i, r in enumerate(roles) if fold(r.organization_name) == key), None)
        new_points = []
        for c in incoming.contact_points:
            if _point_key(c) not in known_points:
                new_points.append(c)
                known_points.add(_point_key(c))
        new_addresses = []
        for x in incoming.addresses:
            if _address_key(x) not in known_addresses:
                new_addresses.append(x)
                known_addresses.add(_address_key(x))
        if at is None:
            roles.append(
                replace(
                    incoming,
                    is_primary=incoming.is_primary and not roles,
                    contact_points=tuple(new_points),
                    addresses=tuple(new_addresses),
                )
            )
            m.changed = True
            continue
        stored = roles[at]
        role = _to_input(stored) if isinstance(stored, AffiliationData) else stored
        org = role.organization_name
        function = m.fill(
            functools.partial(_function_label, org),
            role.function,
            incoming.function,
        )
        department = m.fill(
            functools.partial(_department_label, org),
            role.department,
            incoming.department,
        )
        if new_points or new_addresses:
            m.changed = True
        roles[at] = replace(
            role,
            function=function,
            department=department,
            use_organization_address=role.use_organization_address
            and not (new_addresses and not role.addresses),
            contact_points=(*role.contact_points, *new_points),
            addresses=(*role.addresses, *new_addresses),
        )
    return data, addresses, points, roles, m


ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


def apply_import(
    session: Session,
    rows: Sequence[PlannedRow],
    *,
    format: str,
    sources: Sequence[str],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportSummary:
    """Carry out the planned rows as one import batch; the caller commits (or rolls back).

    Raises ``Cancelled`` when ``cancelled()`` turns true; roll back then.
    """
    from partnercrm.services.bulk_people import MergeWrite, apply_merges

    batch_id = import_batches.start_batch(session, format=format, sources=tuple(sources))
    created_people: list[int] = []
    updated: set[int] = set()
    unchanged = skipped = merged = 0
    problems: list[ImportProblem] = []
    differences: list[ImportProblem] = []
    # New organizations get ids above every existing one (bulk: max + 1; the ORM:
    # SQLite's rowid), so the highest id now tells them apart without listing all.
    last_org = session.scalar(select(func.max(Organization.id))) or 0
    total = len(rows)
    creating = [
        i
        for i, row in enumerate(rows)
        if row.decision is Decision.CREATE
        or (row.decision is Decision.UPDATE and row.person_id is None and row.same_as is None)
    ]
    uids = _free_uids(session, [rows[i].contact.uid for i in creating])
    if cancelled is not None and cancelled():
        raise Cancelled()
    created_by_row = _create_all(session, rows, creating, uids, problems)
    created_people = list(created_by_row.values())
    created_set = set(created_people)
    skipped += len(creating) - len(created_by_row)
    if progress is not None and creating:
        progress(len(creating), total)
    done = len(creating)
    create_set = set(creating)
    # Which row merges into which person, in file order; records that fail before
    # that are counted as skipped.
    pending: list[tuple[int, int]] = []
    for index, row in enumerate(rows):
        contact = row.contact
        problems.extend(ImportProblem(contact.source, contact.number, p) for p in contact.problems)
        if row.reason:
            problems.append(ImportProblem(contact.source, contact.number, row.reason))
        if index in create_set:
            continue
        if row.decision is Decision.SKIP:
            skipped += 1
            continue
        target = row.person_id
        if row.same_as is not None:
            target = created_by_row.get(row.same_as)
        if target is None:
            skipped += 1
            continue
        pending.append((index, target))
    done += skipped
    # Round k merges the k-th record of each person (usually there is one round):
    # every round loads its people at once, merges in Python, writes in bulk.
    rounds: list[list[tuple[int, int]]] = []
    seen: dict[int, int] = {}
    for index, target in pending:
        k = seen.get(target, 0)
        seen[target] = k + 1
        if k == len(rounds):
            rounds.append([])
        rounds[k].append((index, target))
    found_by_row: dict[int, list[str]] = {}
    before: dict[int, str] = {}
    version_after: dict[int, int] = {}
    touched: set[int] = set()
    taken_uids = _taken_uids(session, [rows[i].contact.uid for i, _ in pending])
    for batch in rounds:
        if cancelled is not None and cancelled():
            raise Cancelled()
        session.flush()
        ids = sorted({target for _, target in batch})
        details = {d.id: d for d in get_people(session, ids)}
        with_photo = _with_photo(session, ids)
        writes: list[MergeWrite] = []
        for index, target in batch:
            contact = rows[index].contact
            detail = details[target]
            data, addresses, points, roles, merge = merge_into(detail, contact)
            found_by_row[index] = merge.differences
            fill_uid = bool(contact.uid) and not detail.uid and contact.uid not in taken_uids
            fill_photo = bool(contact.photo) and target not in with_photo
            if not (merge.changed or fill_uid or fill_photo):
                unchanged += 1
                continue
            fresh = target in created_set
            if fresh or target in updated:
                merged += 1
            else:
                before[target] = import_batches.snapshot_of(detail, target in with_photo)
                updated.add(target)
            if fill_uid:
                taken_uids.add(contact.uid)
            writes.append(
                MergeWrite(
                    detail,
                    data,
                    addresses,
                    points,
                    roles,
                    uid=contact.uid if fill_uid else None,
                    photo=contact.photo if fill_photo else None,
                    photo_type=contact.photo_type,
                )
            )
            version_after[target] = detail.version + 1
            touched.add(target)
        apply_merges(session, writes)
        # The rows changed behind the ORM's back: forget what it loaded.
        session.expunge_all()
        done += len(batch)
        if progress is not None:
            progress(done, total)
    for index in sorted(found_by_row):
        contact = rows[index].contact
        differences.extend(
            ImportProblem(contact.source, contact.number, d) for d in found_by_row[index]
        )
    import_batches.record_updates(
        session,
        batch_id,
        [(pid, before[pid], version_after[pid]) for pid in before],
    )
    if progress is not None:
        progress(total, total)
    if touched:
        search_index.rebuild_people(session.connection(), touched)
    import_batches.record_created(session, batch_id, "person", created_people)
    new_orgs = list(
        session.scalars(
            select(Organization.id).where(Organization.id > last_org).order_by(Organization.id)
        )
    )
    import_batches.record_created(session, batch_id, "organization", new_orgs)
    import_batches.finish_batch(
        session, batch_id, created=len(created_people), updated=len(updated)
    )
    return ImportSummary(
        batch_id,
        len(created_people),
        len(updated),
        unchanged,
        skipped,
        tuple(problems),
        tuple(differences),
        Changes.of(
            created={"person": set(created_people), "organization": set(new_orgs)},
            updated={"person": updated},
        ),
        merged,
    )


def _free_uids(session: Session, wanted: Sequence[str]) -> list[str | None]:
    """Each UID, or None where another person (or an earlier record) holds it already."""
    taken = _taken_uids(session, wanted)
    out: list[str | None] = []
    for uid in wanted:
        if uid and uid not in taken:
            taken.add(uid)
            out.append(uid)
        else:
            out.append(None)
    return out


def _create_all(
    session: Session,
    rows: Sequence[PlannedRow],
    creating: Sequence[int],
    uids: Sequence[str | None],
    problems: list[ImportProblem],
) -> dict[int, int]:
    """Create the people of rows ``creating`` (bulk; row by row if a value is refused)."""
    from partnercrm.services.bulk_people import create_people

    if not creating:
        return {}
    try:
        with session.begin_nested():
            ids, _orgs = create_people(
                session, [(rows[i].contact, uid) for i, uid in zip(creating, uids, strict=True)]
            )
        return dict(zip(creating, ids, strict=True))
    except ValidationError:
        pass  # one value the cleaning let through: find it row by row and report it
    created: dict[int, int] = {}
    for i, uid in zip(creating, uids, strict=True):
        contact = rows[i].contact
        data = replace(
            contact.person,
            notes=with_notes_block(contact.person.notes, contact.leftovers, contact.source),
        )
        try:
            with session.begin_nested():
                pid = create_person(
                    session,
                    data=data,
                    addresses=contact.addresses,
                    contact_points=contact.contact_points,
                    affiliations=contact.affiliations,
                    uid=uid,
                ).id
        except ValidationError as error:
            problems.append(ImportProblem(contact.source, contact.number, error.message))
            continue
        if contact.photo:
            person = session.get(Person, pid)
            assert person is not None
            person.photo = contact.photo
            person.photo_type = contact.photo_type
        created[i] = pid
    return created


def _taken_uids(session: Session, wanted: Sequence[str]) -> set[str]:
    """Those of ``wanted`` that a person holds already."""
    taken: set[str] = set()
    for condition in _among(session, Person.uid, (u for u in wanted if u)):
        taken.update(u for u in session.scalars(select(Person.uid).where(condition)) if u)
    return taken


def _with_photo(session: Session, ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` that have a photo."""
    found: set[int] = set()
    for condition in _among(session, Person.id, ids):
        found.update(session.scalars(select(Person.id).where(condition, Person.photo.is_not(None))))
    return found
