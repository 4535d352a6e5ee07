"""Tags: find or create by name, list with usage counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.model import Tag, organization_tag, person_tag
from partnercrm.store.text_folding import fold


@dataclass(frozen=True)
class TagRef:
    id: int
    name: str
    usage: int = 0


def tag_key(name: str) -> str:
    return fold(name)


def resolve_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The Tag rows for ``names`` (created when new); equal folded names are one tag."""
    result: list[Tag] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        key = tag_key(name)
        if not key:
            raise ValidationError(
                "tags", translate("tags", "“{name}” cannot be a tag.").format(name=name)
            )
        if key in seen:
            continue
        seen.add(key)
        tag = session.scalar(select(Tag).where(Tag.key == key))
        if tag is None:
            tag = Tag(name=name, key=key)
            session.add(tag)
        result.append(tag)
    return result


def all_tags(session: Session) -> list[TagRef]:
    """Every tag with the number of people and organizations that carry it, by name."""
    people = (
        select(person_tag.c.tag_id, func.count().label("n"))
        .group_by(person_tag.c.tag_id)
        .subquery()
    )
    orgs = (
        select(organization_tag.c.tag_id, func.count().label("n"))
        .group_by(organization_tag.c.tag_id)
        .subquery()
    )
    rows = session.execute(
        select(Tag.id, Tag.name, func.coalesce(people.c.n, 0) + func.coalesce(orgs.c.n, 0))
        .outerjoin(people, people.c.tag_id == Tag.id)
        .outerjoin(orgs, orgs.c.tag_id == Tag.id)
        .order_by(Tag.key)
    )
    return [TagRef(i, n, int(u)) for i, n, u in rows]


def rename_tag(session: Session, tag_id: int, name: str) -> None:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise ValidationError("tags", translate("tags", "The tag no longer exists."))
    tag.name = " ".join(name.split())
    tag.key = tag_key(tag.name)
