"""The activity part of the demo network: interactions with follow-ups, and events.

Events cover every kind the users run (an exchange day for municipalities, a
two-day conference with six workshops and a gallery walk, a panel, a seminar, an
online talk series) with participations in every role and status.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from partnercrm.model import (
    MUNICIPAL_KINDS,
    EventKind,
    EventPartnerRole,
    EventStatus,
    InteractionKind,
    ParticipationRole,
    ParticipationStatus,
    SessionKind,
)

if TYPE_CHECKING:
    from partnercrm.services.demo_network import _Builder

_STATUS_TIME = {
    ParticipationStatus.INVITED: "invited_at",
    ParticipationStatus.REGISTERED: "registered_at",
    ParticipationStatus.WAITLISTED: "waitlisted_at",
    ParticipationStatus.DECLINED: "declined_at",
    ParticipationStatus.CANCELLED: "cancelled_at",
    ParticipationStatus.ATTENDED: "attended_at",
    ParticipationStatus.NO_SHOW: "no_show_at",
}


def add_interactions(builder: _Builder) -> None:
    rng, words = builder.rng, builder.words
    people = list(builder.person_affiliations)
    kinds = list(InteractionKind)
    weights = list(accumulate([30, 20, 30, 5, 5, 10]))
    for _ in range(builder.n * 5):
        person_id = rng.choice(people)
        kind = rng.pick(kinds, weights)
        when = builder.past(730)
        due: date | None = None
        done = False
        if rng.random() < 0.08:
            due = builder.today + timedelta(days=rng.randint(-20, 40))
            done = due < builder.today and rng.random() < 0.6
        interaction_id = builder.add(
            "interaction",
            kind=kind,
            occurred_at=when,
            subject=rng.choice(words["interaction_subjects"][kind.value]),
            text=rng.choice(words["interaction_texts"]),
            event_id=None,
            followup_due=due,
            followup_note=rng.choice(words["followup_notes"]) if due else "",
            followup_owner="",
            followup_done=done,
            created_by="",
            created_at=when,
            updated_at=when,
        )
        builder.add("interaction_person", interaction_id=interaction_id, person_id=person_id)
        if rng.random() < 0.7:
            _aff, org_id, _function = builder.person_affiliations[person_id][0]
            builder.add(
                "interaction_organization", interaction_id=interaction_id, organization_id=org_id
            )


def _event(
    builder: _Builder, title: str, kind: EventKind, start: datetime, days: int = 0, **extra: Any
) -> int:
    today = builder.today
    end = start + timedelta(days=days, hours=7)
    status = EventStatus.HELD if end.date() < today else EventStatus.OPEN
    organizer = next(iter(builder.org_kind))
    return builder.add(
        "event",
        title=title,
        kind=kind,
        series=extra.pop("series", ""),
        starts_at=start,
        ends_at=end,
        venue_name=extra.pop("venue_name", ""),
        venue_street=extra.pop("venue_street", ""),
        venue_postal_code=extra.pop("venue_postal_code", ""),
        venue_city=extra.pop("venue_city", ""),
        online_url=extra.pop("online_url", ""),
        organizer_id=organizer,
        capacity=extra.pop("capacity", None),
        status=status,
        description=extra.pop("description", ""),
        created_at=builder.now - timedelta(days=120),
        updated_at=builder.now - timedelta(days=10),
    )


def _participants(
    builder: _Builder,
    event_id: int,
    *,
    count: int,
    held: bool,
    municipal_only: bool = False,
    roles: dict[ParticipationRole, int] | None = None,
) -> list[int]:
    rng = builder.rng
    pool = [
        p
        for p, roles_ in builder.person_affiliations.items()
        if not municipal_only or builder.org_kind[roles_[0][1]] in MUNICIPAL_KINDS
    ]
    chosen = rng.sample(pool, min(count, len(pool)))
    special = [r for r, n in (roles or {}).items() for _ in range(n)]
    if held:
        statuses = [ParticipationStatus.ATTENDED] * 14 + [
            ParticipationStatus.NO_SHOW,
            ParticipationStatus.DECLINED,
            ParticipationStatus.CANCELLED,
            ParticipationStatus.INVITED,
        ]
    else:
        statuses = [ParticipationStatus.REGISTERED] * 8 + [
            ParticipationStatus.INVITED,
            ParticipationStatus.INVITED,
            ParticipationStatus.WAITLISTED,
            ParticipationStatus.DECLINED,
            ParticipationStatus.CANCELLED,
        ]
    ids = []
    for index, person_id in enumerate(chosen):
        aff_id, org_id, function = rng.choice(builder.person_affiliations[person_id])
        role = special[index] if index < len(special) else ParticipationRole.PARTICIPANT
        status = (
            statuses[index % len(statuses)]
            if index >= len(special)
            else (ParticipationStatus.ATTENDED if held else ParticipationStatus.REGISTERED)
        )
        municipality = builder.org_municipality.get(org_id)
        row: dict[str, Any] = {
            "event_id": event_id,
            "person_id": person_id,
            "affiliation_id": aff_id,
            "org_id": org_id,
            "org_name": builder.org_name[org_id],
            "org_kind": builder.org_kind[org_id],
            "org_function": function,
            "municipality_id": municipality,
            "municipality_name": builder.org_name.get(municipality, "") if municipality else "",
            "role": role,
            "status": status,
            "photo_consent": rng.random() < 0.7,
            "notes": "",
        }
        for column in _STATUS_TIME.values():
            row[column] = None
        row["invited_at"] = builder.now - timedelta(days=60)
        row[_STATUS_TIME[status]] = builder.now - timedelta(days=rng.randint(1, 50))
        ids.append(builder.add("participation", **row))
    return ids


def add_events(builder: _Builder) -> None:
    today = builder.today

    def day(offset: int, hour: int = 10) -> datetime:
        return datetime.combine(today + timedelta(days=offset), time(hour))

    funder = next(o for o, k in builder.org_kind.items() if k.value == "public_authority")
    foundation = next((o for o, k in builder.org_kind.items() if k.value == "foundation"), funder)

    exchange = _event(
        builder,
        "Austauschtag Bürgerengagement in Kommunen",
        EventKind.EXCHANGE,
        day(-60),
        venue_name="Rathaus Köln",
        venue_street="Rathausplatz 2",
        venue_postal_code="50667",
        venue_city="Köln",
        capacity=40,
        description="Ein Tag zum Austausch der Engagementbeauftragten aus den Kommunen in NRW.",
    )
    builder.add(
        "event_partner", event_id=exchange, organization_id=funder, role=EventPartnerRole.FUNDER
    )
    _participants(
        builder,
        exchange,
        count=24,
        held=True,
        municipal_only=True,
        roles={
            ParticipationRole.MODERATOR: 1,
            ParticipationRole.SPEAKER: 2,
            ParticipationRole.ORGANIZER: 1,
        },
    )

    conference = _event(
        builder,
        "Fachkonferenz Engagement gestalten",
        EventKind.CONFERENCE,
        day(-30, 9),
        days=1,
        venue_name="Tagungszentrum Bochum",
        venue_street="Universitätsstraße 150",
        venue_postal_code="44801",
        venue_city="Bochum",
        capacity=120,
    )
    builder.add(
        "event_partner", event_id=conference, organization_id=funder, role=EventPartnerRole.FUNDER
    )
    builder.add(
        "event_partner",
        event_id=conference,
        organization_id=foundation,
        role=EventPartnerRole.PARTNER,
    )
    sessions = [
        builder.add(
            "event_session",
            event_id=conference,
            title=f"Workshop {i}: {topic}",
            kind=SessionKind.WORKSHOP,
            starts_at=day(-30, 13),
            ends_at=day(-30, 15),
            room=f"Raum {100 + i}",
            capacity=25,
        )
        for i, topic in enumerate(
            [
                "Ehrenamt koordinieren",
                "Unternehmen gewinnen",
                "Digitale Beteiligung",
                "Förderung beantragen",
                "Engagement im Quartier",
                "Anerkennungskultur",
            ],
            start=1,
        )
    ]
    gallery = builder.add(
        "event_session",
        event_id=conference,
        title="Galerie-Rundgang: Engagement vor Ort",
        kind=SessionKind.GALLERY_WALK,
        starts_at=day(-29, 10),
        ends_at=day(-29, 12),
        room="Foyer",
        capacity=None,
    )
    builder.add(
        "event_session",
        event_id=conference,
        title="Get-together am Vorabend",
        kind=SessionKind.GET_TOGETHER,
        starts_at=day(-31, 19),
        ends_at=day(-31, 22),
        room="Bistro",
        capacity=None,
    )
    participants = _participants(
        builder,
        conference,
        count=90,
        held=True,
        roles={
            ParticipationRole.SPEAKER: 6,
            ParticipationRole.MODERATOR: 2,
            ParticipationRole.PANELIST: 3,
            ParticipationRole.EXHIBITOR: 8,
            ParticipationRole.ORGANIZER: 2,
            ParticipationRole.HELPER: 3,
        },
    )
    for index, participation_id in enumerate(participants):
        if 11 <= index < 19:
            builder.add(
                "session_participation",
                session_id=gallery,
                participation_id=participation_id,
                role=ParticipationRole.EXHIBITOR,
                stand_number=f"S{index - 10}",
                attended=True,
            )
        elif index < 6:
            builder.add(
                "session_participation",
                session_id=sessions[index],
                participation_id=participation_id,
                role=ParticipationRole.SPEAKER,
                stand_number="",
                attended=True,
            )
        else:
            builder.add(
                "session_participation",
                session_id=sessions[index % 6],
                participation_id=participation_id,
                role=ParticipationRole.PARTICIPANT,
                stand_number="",
                attended=index % 5 != 0,
            )

    panel = _event(
        builder,
        "Podium: Unternehmen und Gemeinwohl",
        EventKind.PANEL,
        day(-10, 18),
        venue_name="IHK Düsseldorf",
        venue_city="Düsseldorf",
        venue_postal_code="40212",
    )
    _participants(
        builder,
        panel,
        count=35,
        held=True,
        roles={ParticipationRole.PANELIST: 4, ParticipationRole.MODERATOR: 1},
    )
    for number, offset in enumerate((-45, -15, 14, 42), start=1):
        talk = _event(
            builder,
            f"Engagement digital #{number}",
            EventKind.ONLINE_TALK,
            day(offset, 12),
            series="Engagement digital",
            online_url="https://meet.example.org/engagement-digital",
        )
        _participants(
            builder, talk, count=30, held=offset < 0, roles={ParticipationRole.SPEAKER: 1}
        )
    seminar = _event(
        builder,
        "Seminar: Ehrenamt stärken",
        EventKind.SEMINAR,
        day(21, 9),
        venue_name="VHS Bonn",
        venue_street="Mülheimer Platz 1",
        venue_postal_code="53111",
        venue_city="Bonn",
        capacity=20,
    )
    _participants(builder, seminar, count=26, held=False, roles={ParticipationRole.SPEAKER: 1})
    network = _event(
        builder,
        "Netzwerktreffen Engagement NRW",
        EventKind.EXCHANGE,
        day(35, 16),
        venue_name="Zeche Zollverein",
        venue_city="Essen",
        venue_postal_code="45141",
        capacity=60,
    )
    builder.add(
        "event_partner", event_id=network, organization_id=foundation, role=EventPartnerRole.PARTNER
    )
    _participants(
        builder,
        network,
        count=40,
        held=False,
        roles={ParticipationRole.ORGANIZER: 2, ParticipationRole.HELPER: 2},
    )
    extra = max(0, builder.n // 2000 - 9)
    for number in range(extra):
        offset = builder.rng.randint(-700, 120)
        event_id = _event(
            builder, f"Regionaltreffen {number + 1}", EventKind.EXCHANGE, day(offset, 14)
        )
        _participants(builder, event_id, count=builder.rng.randint(15, 60), held=offset < 0)
