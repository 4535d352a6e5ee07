"""Which people an export is about: a list, a query, a tag, ids, or an event's participants.

Every export (vCard, CSV, XLSX, labels) takes the same selection. Without any
criterion it means all live people. People marked "do not contact" are left out
unless the caller asks for them (DESIGN.md: do-not-contact is applied by default in
every export); an explicit ``--ids`` selection is the user naming people, so there
they are kept and the caller flags them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnercrm.errors import NotFoundError, ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    ParticipationRole,
    ParticipationStatus,
    Person,
    Tag,
)
from partnercrm.model.participation import Participation
from partnercrm.services.distribution_lists import find_list, list_member_ids
from partnercrm.services.events import find_event
from partnercrm.services.people import PersonFilter, list_person_ids
from partnercrm.services.tags import tag_key


@dataclass(frozen=True)
class Selection:
    """Criteria; the given ones all apply (intersection)."""

    list_name: str = ""
    query: str = ""
    tag: str = ""
    ids: tuple[int, ...] | None = None
    event: str = ""
    status: str = ""
    role: str = ""
    include_do_not_contact: bool = False


@dataclass(frozen=True)
class SelectedPeople:
    """The chosen ids (in name order) and how many do-not-contact people were left out/kept."""

    ids: tuple[int, ...]
    do_not_contact_left_out: int
    do_not_contact_kept: int


def parse_ids(text: str) -> tuple[int, ...]:
    """ "1,2, 3" → (1, 2, 3); raises ValidationError naming the bad part."""
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise ValidationError(
                "ids", translate("selection", "“{part}” is not a person number.").format(part=part)
            )
        out.append(int(part))
    return tuple(out)


def select_people(session: Session, selection: Selection) -> SelectedPeople:
    """The people ``selection`` names, live ones only, sorted by name."""
    tag_ids: tuple[int, ...] = ()
    if selection.tag:
        tag_id = session.scalar(select(Tag.id).where(Tag.key == tag_key(selection.tag)))
        if tag_id is None:
            raise NotFoundError(
                translate("selection", "There is no tag “{tag}”.").format(tag=selection.tag)
            )
        tag_ids = (tag_id,)
    restrict: set[int] | None = set(selection.ids) if selection.ids is not None else None
    if selection.list_name:
        members = set(list_member_ids(session, find_list(session, selection.list_name)))
        restrict = members if restrict is None else restrict & members
    if selection.event:
        event_id = find_event(session, selection.event)
        statement = select(Participation.person_id).where(Participation.event_id == event_id)
        if selection.status:
            try:
                status = ParticipationStatus(selection.status.strip().lower().replace("-", "_"))
            except ValueError:
                raise ValidationError(
                    "status",
                    translate("selection", "Unknown status “{s}”. Use one of: {all}.").format(
                        s=selection.status, all=", ".join(s.value for s in ParticipationStatus)
                    ),
                ) from None
            statement = statement.where(Participation.status == status)
        if selection.role:
            try:
                role = ParticipationRole(selection.role.strip().lower())
            except ValueError:
                raise ValidationError(
                    "role",
                    translate("selection", "Unknown role “{r}”. Use one of: {all}.").format(
                        r=selection.role, all=", ".join(r.value for r in ParticipationRole)
                    ),
                ) from None
            statement = statement.where(Participation.role == role)
        people = {int(p) for p in session.scalars(statement) if p is not None}
        restrict = people if restrict is None else restrict & people
    person_filter = PersonFilter(
        query=selection.query,
        tag_ids=tag_ids,
        ids=tuple(sorted(restrict)) if restrict is not None else None,
    )
    ids = list_person_ids(session, filter=person_filter)
    blocked: set[int] = set()
    for start in range(0, len(ids), 500):
        blocked.update(
            session.scalars(
                select(Person.id).where(
                    Person.id.in_(ids[start : start + 500]), Person.do_not_contact.is_(True)
                )
            )
        )
    keep = selection.include_do_not_contact or selection.ids is not None
    if keep:
        return SelectedPeople(tuple(ids), 0, len(blocked))
    return SelectedPeople(tuple(i for i in ids if i not in blocked), len(blocked), 0)
