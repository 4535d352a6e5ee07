"""Small factories for the activity tests: people, organizations, affiliations, events."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from partnercrm.model import (
    Affiliation,
    ContactKind,
    ContactPoint,
    Event,
    Organization,
    OrganizationKind,
    Participation,
    ParticipationStatus,
    Person,
)


def person(session: Session, first: str, last: str, *, email: str = "") -> Person:
    p = Person(first_name=first, last_name=last)
    if email:
        p.contact_points.append(
            ContactPoint(kind=ContactKind.EMAIL, value=email, normalized=email.lower())
        )
    session.add(p)
    session.flush()
    return p


def organization(
    session: Session, name: str, kind: OrganizationKind = OrganizationKind.COMPANY
) -> Organization:
    o = Organization(name=name, kind=kind)
    session.add(o)
    session.flush()
    return o


def affiliate(
    session: Session,
    p: Person,
    o: Organization,
    *,
    function: str = "",
    since: date | None = None,
    until: date | None = None,
    email: str = "",
) -> Affiliation:
    a = Affiliation(
        person=p, organization=o, function=function, valid_from=since, valid_until=until
    )
    if email:
        a.contact_points.append(
            ContactPoint(kind=ContactKind.EMAIL, value=email, normalized=email.lower())
        )
    session.add(a)
    session.flush()
    return a


def event(session: Session, title: str, starts_at: datetime) -> Event:
    e = Event(title=title, starts_at=starts_at)
    session.add(e)
    session.flush()
    return e


def participation(
    session: Session,
    e: Event,
    p: Person,
    o: Organization | None = None,
    status: ParticipationStatus = ParticipationStatus.ATTENDED,
) -> Participation:
    part = Participation(
        event=e,
        person=p,
        org_id=o.id if o else None,
        org_name=o.name if o else "",
        status=status,
    )
    session.add(part)
    session.flush()
    return part
