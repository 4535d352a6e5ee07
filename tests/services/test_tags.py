"""Tags: one tag per folded name, usage counts, renaming."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.model import Tag
from partnercrm.services.organizations import OrganizationInput, create_organization
from partnercrm.services.people import PersonInput, create_person, get_person
from partnercrm.services.tags import all_tags, rename_tag, resolve_tags


def test_equal_folded_names_are_one_tag(session: Session) -> None:
    tags = resolve_tags(session, ["Ehrenamt", "EHRENAMT", " ehrenamt ", "", "Jugend  Arbeit"])
    assert [t.name for t in tags] == ["Ehrenamt", "Jugend Arbeit"]
    session.flush()
    again = resolve_tags(session, ["ehrenAMT"])
    assert again[0].id == tags[0].id
    assert session.scalar(select(func.count(Tag.id))) == 2


def test_a_tag_needs_letters_or_digits(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        resolve_tags(session, ["—"])
    assert info.value.field == "tags"


def test_usage_counts_people_and_organizations(session: Session) -> None:
    create_person(session, data=PersonInput(last_name="A", tags=("Ehrenamt", "Sport")))
    create_person(session, data=PersonInput(last_name="B", tags=("ehrenamt",)))
    create_organization(session, data=OrganizationInput(name="Verein e.V.", tags=("Ehrenamt",)))
    resolve_tags(session, ["Unbenutzt"])
    session.commit()
    usage = {t.name: t.usage for t in all_tags(session)}
    assert usage == {"Ehrenamt": 3, "Sport": 1, "Unbenutzt": 0}
    assert [t.name for t in all_tags(session)] == ["Ehrenamt", "Sport", "Unbenutzt"]


def test_rename(session: Session) -> None:
    pid = create_person(session, data=PersonInput(last_name="A", tags=("Ehrenamt",))).id
    session.commit()
    (tag,) = all_tags(session)
    rename_tag(session, tag.id, "  Bürger  Engagement ")
    session.commit()
    assert get_person(session, pid).tags == ("Bürger Engagement",)
    assert resolve_tags(session, ["burger engagement"])[0].id == tag.id
    with pytest.raises(ValidationError):
        rename_tag(session, 999, "x")
