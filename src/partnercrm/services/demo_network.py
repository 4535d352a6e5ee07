"""A fictional, deterministic demo network: organizations, people, roles, contacts, events.

``generate_demo`` fills an empty database for trying PartnerCRM out and for
benchmarks (``--people 100000``). The same seed and day give the same data; dates
are placed around ``today`` so that there are past and upcoming events and due
follow-ups whenever the demo is loaded. Names of municipalities are real (NRW);
people, companies and associations are made up.
"""

from __future__ import annotations

import json
import random
from bisect import bisect
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from partnercrm.errors import ValidationError
from partnercrm.i18n import translate
from partnercrm.model import (
    Address,
    AddressKind,
    Affiliation,
    Base,
    Consent,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    ContactKind,
    ContactPoint,
    Event,
    EventPartner,
    EventSession,
    Interaction,
    Organization,
    OrganizationKind,
    Participation,
    Person,
    SalutationForm,
    SessionParticipation,
    Tag,
    interaction_organization,
    interaction_person,
    organization_tag,
    person_tag,
)
from partnercrm.resources import resource_path
from partnercrm.services.organization_kinds import infer_organization_kind
from partnercrm.store import interaction_index, search_index
from partnercrm.store.bulk_load import (
    foreign_keys_checked_at_end,
    indexes_deferred,
    insert_tuples,
)
from partnercrm.store.text_folding import fold, sort_key

Progress = Callable[[str], None]
_T = TypeVar("_T")
# A table's fields as add() is called, whether it gets ids, timestamps to add, rows.
_Shape = tuple[tuple[str, ...], bool, tuple[datetime, ...], list[tuple[Any, ...]]]
_LARGE = 20_000  # above this many people, indexes are rebuilt after the load
_LINK_TABLES = frozenset(
    {
        "person_tag",
        "organization_tag",
        "event_partner",
        "interaction_person",
        "interaction_organization",
        "session_participation",
    }
)

# Tables with created_at/updated_at (model.base.Timestamps).
_TIMESTAMPED = frozenset(
    {
        "address",
        "affiliation",
        "contact_point",
        "distribution_list",
        "event",
        "interaction",
        "organization",
        "participation",
        "person",
    }
)


@dataclass(frozen=True)
class DemoSummary:
    people: int
    organizations: int
    affiliations: int
    interactions: int
    events: int
    participations: int


_LEGAL_FORMS = frozenset({"gmbh", "ag", "kg", "ug", "e", "v", "co", "ggmbh", "gag", "se"})


def _domain(name: str) -> str:
    """A plausible web domain for an organization name ("Müller Bau GmbH" → muller-bau.de)."""
    words = [w for w in fold(name).split() if w not in _LEGAL_FORMS]
    return "-".join(words)[:40].strip("-") + ".de"


class _Random(random.Random):
    """``random.Random`` with the very same draws, minus argument checks and set-up.

    The demo at 100,000 people draws millions of numbers: ``randint`` and ``choice``
    are what ``Random.randrange`` and ``Random.choice`` do for valid arguments, and
    ``pick`` is ``choices(population, cum_weights=cum_weights)[0]``.
    """

    _randbelow: Callable[[int], int]  # CPython's, undeclared in the type stubs

    def randint(self, a: int, b: int) -> int:
        return a + self._randbelow(b - a + 1)

    def choice(self, seq: Sequence[_T]) -> _T:  # type: ignore[override]
        return seq[self._randbelow(len(seq))]

    def pick(self, population: Sequence[_T], cum_weights: Sequence[float]) -> _T:
        total = cum_weights[-1] + 0.0
        return population[bisect(cum_weights, self.random() * total, 0, len(population) - 1)]


def _cumulative(weights: Sequence[int]) -> list[int]:
    return list(accumulate(weights))


_GENDERS = ("female", "male", "neutral")
_GENDER_WEIGHTS = _cumulative([49, 49, 2])
_ROLE_COUNTS = (1, 2, 3)
_ROLE_COUNT_WEIGHTS = _cumulative([55, 40, 5])
_TAG_COUNTS = (0, 1, 2, 3)
_TAG_COUNT_WEIGHTS = _cumulative([20, 40, 30, 10])


class _Builder:
    """Holds the random source and the rows as they are made."""

    def __init__(self, people: int, seed: int, today: date) -> None:
        self.rng = _Random(seed)
        self.n = people
        self.today = today
        self.now = datetime.combine(today, time(9, 0))
        with resource_path("demo", "demo_names.json").open(encoding="utf-8") as handle:
            self.words: dict[str, Any] = json.load(handle)
        # Rows as tuples, one list per table; ``columns`` names their fields.
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.columns: dict[str, tuple[str, ...]] = {}
        self._shapes: dict[str, _Shape] = {}
        self.org_kind: dict[int, OrganizationKind] = {}
        self.org_name: dict[int, str] = {}
        self.org_municipality: dict[int, int | None] = {}
        self.org_domain: dict[int, str] = {}
        self.municipality_ids: list[int] = []
        self.person_affiliations: dict[int, list[tuple[int, int, str]]] = {}
        self._ids: dict[str, int] = {}
        weights = [1 / (rank + 10) for rank in range(len(self.words["last_names"]))]
        self.last_name_weights = [sum(weights[: i + 1]) for i in range(len(weights))]

    def add(self, table: str, **row: Any) -> int:
        """Append a row to ``table``; every call for a table names the same fields in order.

        Tables with an id get the next one; timestamped tables get ``now`` where the
        row leaves the timestamps out (the database would stamp the wall clock: not the
        same data twice).
        """
        shape = self._shapes.get(table)
        if shape is None:
            shape = self._start(table, tuple(row))
        keys, with_id, stamps, rows = shape
        if tuple(row) != keys:
            raise ValueError(f"demo row for {table} names {tuple(row)}, not {keys}")
        if with_id:
            row_id = self._ids[table] + 1
            self._ids[table] = row_id
            rows.append((row_id, *row.values(), *stamps))
            return row_id
        rows.append((*row.values(), *stamps))
        return 0

    def _start(self, table: str, keys: tuple[str, ...]) -> _Shape:
        with_id = table not in _LINK_TABLES and "id" not in keys
        stamped = table in _TIMESTAMPED and "created_at" not in keys
        self.columns[table] = ("id",) * with_id + keys + ("created_at", "updated_at") * stamped
        self.rows[table] = []
        self._ids[table] = 0
        shape = (keys, with_id, (self.now, self.now) * stamped, self.rows[table])
        self._shapes[table] = shape
        return shape

    def set_last(self, table: str, column: str, value: Any) -> None:
        """Change one field of the row added last to ``table``."""
        index = self.columns[table].index(column)
        last = self.rows[table][-1]
        self.rows[table][-1] = (*last[:index], value, *last[index + 1 :])

    def past(self, days: int) -> datetime:
        # Whole minutes before 9:00: no microseconds to strip.
        return self.now - timedelta(
            days=self.rng.randint(0, days), minutes=self.rng.randint(0, 600)
        )

    # --- organizations -------------------------------------------------------------

    def organization(
        self,
        name: str,
        kind: OrganizationKind,
        *,
        city: tuple[str, str] | None,
        parent: int | None = None,
        municipality: int | None = None,
    ) -> int:
        org_id = self.add(
            "organization",
            name=name,
            short_name="",
            kind=kind,
            parent_id=parent,
            municipality_id=municipality,
            website=f"https://www.{_domain(name)}",
            notes="",
            uid=None,
            sort_key=sort_key(name),
            created_at=self.past(900),
            updated_at=self.past(400),
            deleted_at=None,
        )
        self.org_kind[org_id] = kind
        self.org_name[org_id] = name
        self.org_municipality[org_id] = municipality
        self.org_domain[org_id] = _domain(name)
        if city is not None:
            street = self.rng.choice(self.words["streets"])
            self.add(
                "address",
                organization_id=org_id,
                person_id=None,
                affiliation_id=None,
                kind=AddressKind.BUSINESS,
                street=f"{street} {self.rng.randint(1, 120)}",
                postal_code=city[1],
                city=city[0],
                country="DE",
                is_primary=True,
            )
            self._phone("organization_id", org_id, city[1], ContactKind.PHONE, "Zentrale")
        return org_id

    def _phone(
        self, owner: str, owner_id: int, postal: str, kind: ContactKind, label: str = ""
    ) -> None:
        area = "2" + postal[:3] if kind is not ContactKind.MOBILE else "15" + postal[:2]
        number = f"{self.rng.randint(100000, 9999999)}"
        self.add(
            "contact_point",
            person_id=owner_id if owner == "person_id" else None,
            organization_id=owner_id if owner == "organization_id" else None,
            affiliation_id=owner_id if owner == "affiliation_id" else None,
            kind=kind,
            value=f"0{area} {number}",
            normalized=f"+49{area}{number}",
            label=label,
            is_primary=True,
        )

    def organizations(self) -> None:
        words = self.words
        target = max(200, self.n // 5)
        cities = [tuple(c) for c in words["municipalities"]]
        city_org: dict[str, int] = {}
        for city in cities:
            prefix = words["municipality_prefix"].get(city[0], "Stadt")
            org_id = self.organization(
                f"{prefix} {city[0]}", OrganizationKind.MUNICIPALITY, city=city
            )
            self.org_municipality[org_id] = org_id
            self.set_last("organization", "municipality_id", org_id)
            city_org[city[0]] = org_id
            self.municipality_ids.append(org_id)
        for city in cities[:10]:
            parent = city_org[city[0]]
            for department in self.rng.sample(words["departments"], 2):
                self.organization(
                    f"{self.org_name[parent]} – {department}",
                    OrganizationKind.MUNICIPALITY,
                    city=city,
                    parent=parent,
                    municipality=parent,
                )
        for district in words["districts"]:
            city = self.rng.choice(cities)
            org_id = self.organization(district, OrganizationKind.DISTRICT, city=city)
            self.municipality_ids.append(org_id)
        for ministry in words["ministries"]:
            self.organization(
                ministry, OrganizationKind.PUBLIC_AUTHORITY, city=("Düsseldorf", "40213")
            )
        stems = words["company_stems"] + words["last_names"][:60]
        patterns: list[tuple[OrganizationKind, list[str], list[str]]] = [
            (OrganizationKind.COMPANY, words["company_kinds"], stems),
            (OrganizationKind.ASSOCIATION, words["association_kinds"], [c[0] for c in cities]),
            (
                OrganizationKind.FOUNDATION,
                words["foundations"],
                [c[0] for c in cities] + stems[:20],
            ),
            (OrganizationKind.EDUCATION_RESEARCH, words["education"], [c[0] for c in cities]),
            (OrganizationKind.MEDIA, words["media"], [c[0] for c in cities]),
        ]
        weights = _cumulative([45, 35, 8, 7, 5])
        by_name = {c[0]: c for c in cities}
        count = len(self.org_kind)
        while count < target:
            kind, templates, fillers = self.rng.pick(patterns, weights)
            template = self.rng.choice(templates)
            filler = self.rng.choice(fillers)
            name = template.format(filler)
            if kind is OrganizationKind.ASSOCIATION:
                kind = infer_organization_kind(name)
            # "Volkshochschule Köln" is in Köln, not in a town drawn at random.
            city = by_name.get(filler) or self.rng.choice(cities)
            self.organization(name, kind, city=city, municipality=city_org[city[0]])
            count += 1

    # --- people ---------------------------------------------------------------------

    def person_name(self) -> tuple[SalutationForm, str, str, str, str]:
        words, rng = self.words, self.rng
        roll = rng.random()
        particle = ""
        if roll < 0.12:
            group = words["international"][rng.choice(sorted(words["international"]))]
            gender = rng.choice(["female", "male"])
            first = rng.choice(group[gender])
            male_form, _, female_form = rng.choice(group["last"]).partition("|")
            last = female_form if gender == "female" and female_form else male_form
        else:
            gender = rng.pick(_GENDERS, _GENDER_WEIGHTS)
            first = rng.choice(words[f"{gender}_first"])
            # Zipf-like: Müller is common (a few per cent), the tail is long.
            last = rng.pick(words["last_names"], self.last_name_weights)
            if rng.random() < 0.005:
                particle, last = rng.choice(words["particles"])
            if rng.random() < 0.05:
                last = f"{last}-{rng.choice(words['last_names'])}"
        salutation = {
            "female": SalutationForm.FRAU,
            "male": SalutationForm.HERR,
        }.get(gender, SalutationForm.NEUTRAL)
        title = rng.choice(words["titles"]) if rng.random() < 0.1 else ""
        return salutation, title, first, particle, last

    def people(self) -> None:
        words, rng = self.words, self.rng
        org_ids = list(self.org_kind)
        by_kind: dict[OrganizationKind, list[int]] = {}
        for org_id, kind in self.org_kind.items():
            by_kind.setdefault(kind, []).append(org_id)
        tag_ids = [self.add("tag", name=t, key=fold(t)) for t in words["tags"]]
        for _ in range(self.n):
            salutation, title, first, particle, last = self.person_name()
            created = self.past(900)
            person_id = self.add(
                "person",
                salutation=salutation,
                academic_title=title,
                first_name=first,
                name_particle=particle,
                last_name=last,
                sort_key=sort_key(last, first, particle),
                address_form="informal" if rng.random() < 0.08 else "formal",
                language="en" if rng.random() < 0.05 else "de",
                notes="Kennengelernt beim Netzwerkabend." if rng.random() < 0.05 else "",
                do_not_contact=rng.random() < 0.01,
                created_at=created,
                updated_at=max(created, self.past(365)),
                deleted_at=None,
            )
            roles = rng.pick(_ROLE_COUNTS, _ROLE_COUNT_WEIGHTS)
            chosen = rng.sample(org_ids, roles)
            for index, org_id in enumerate(chosen):
                self.role(person_id, org_id, first, last, primary=index == 0, salutation=salutation)
            if rng.random() < 0.05:
                self.role(
                    person_id,
                    rng.choice(org_ids),
                    first,
                    last,
                    primary=False,
                    former=True,
                    salutation=salutation,
                )
            if rng.random() < 0.3:
                city = rng.choice(words["municipalities"])
                self.add(
                    "address",
                    organization_id=None,
                    person_id=person_id,
                    affiliation_id=None,
                    kind=AddressKind.PRIVATE,
                    street=f"{rng.choice(words['streets'])} {rng.randint(1, 80)}",
                    postal_code=city[1],
                    city=city[0],
                    country="DE",
                    is_primary=False,
                )
            if rng.random() < 0.15:
                self._phone("person_id", person_id, "50667", ContactKind.MOBILE, "privat")
            for tag_id in rng.sample(tag_ids, rng.pick(_TAG_COUNTS, _TAG_COUNT_WEIGHTS)):
                self.add("person_tag", person_id=person_id, tag_id=tag_id)
            if rng.random() < 0.04:
                self.add(
                    "consent",
                    person_id=person_id,
                    channel=rng.choice([ConsentChannel.POST, ConsentChannel.EMAIL]),
                    purpose=ConsentPurpose.INVITATIONS,
                    state=ConsentState.WITHDRAWN,
                    given_on=self.past(300).date(),
                    source="Telefonat",
                    note="",
                    recorded_at=self.now,
                )
            elif rng.random() < 0.3:
                self.add(
                    "consent",
                    person_id=person_id,
                    channel=ConsentChannel.EMAIL,
                    purpose=rng.choice(list(ConsentPurpose)),
                    state=ConsentState.GRANTED,
                    given_on=self.past(600).date(),
                    source="Anmeldeformular",
                    note="",
                    recorded_at=self.now,
                )
        for org_id in rng.sample(org_ids, len(org_ids) // 4):
            self.add("organization_tag", organization_id=org_id, tag_id=rng.choice(tag_ids))

    def role(
        self,
        person_id: int,
        org_id: int,
        first: str,
        last: str,
        *,
        primary: bool,
        salutation: SalutationForm,
        former: bool = False,
    ) -> None:
        kind = self.org_kind[org_id]
        male_form, _, female_form = self.rng.choice(self.words["functions"][kind.value]).partition(
            "|"
        )
        function = female_form if salutation is SalutationForm.FRAU else male_form
        start = self.past(3000).date()
        until = (self.today - timedelta(days=self.rng.randint(30, 700))) if former else None
        if until is not None and until < start:
            start = until - timedelta(days=400)
        aff_id = self.add(
            "affiliation",
            person_id=person_id,
            organization_id=org_id,
            function=function,
            department="",
            use_organization_address=True,
            is_primary=primary,
            valid_from=start,
            valid_until=until,
        )
        local = fold(f"{first} {last}").replace(" ", ".")
        self.add(
            "contact_point",
            person_id=None,
            organization_id=None,
            affiliation_id=aff_id,
            kind=ContactKind.EMAIL,
            value=f"{local}@{self.org_domain[org_id]}",
            normalized=f"{local}@{self.org_domain[org_id]}",
            label="",
            is_primary=True,
        )
        self._phone("affiliation_id", aff_id, "40213", ContactKind.PHONE)
        if not former:
            self.person_affiliations.setdefault(person_id, []).append((aff_id, org_id, function))


def generate_demo(
    session: Session,
    *,
    people: int = 300,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo network (one transaction, the caller's)."""
    if people < 10:
        raise ValidationError("people", translate("demo", "The demo needs at least 10 people."))
    existing = session.scalar(select(func.count(Person.id))) or 0
    if existing:
        raise ValidationError(
            "people",
            translate(
                "demo",
                "The database already holds {count} people; the demo network is only loaded "
                "into an empty database. Use --db with a new file name.",
            ).format(count=existing),
        )
    say = progress or (lambda _text: None)
    builder = _Builder(people, seed, today or date.today())
    say(translate("demo", "Creating organizations and people…"))
    builder.organizations()
    builder.people()
    from partnercrm.services.demo_events import add_events, add_interactions

    say(translate("demo", "Creating interactions and events…"))
    add_interactions(builder)
    add_events(builder)
    connection = session.connection()
    say(translate("demo", "Writing to the database…"))
    _write(connection, builder, large=people > _LARGE)
    say(translate("demo", "Building the search index…"))
    search_index.rebuild_people(connection)
    search_index.rebuild_organizations(connection)
    interaction_index.rebuild_interactions(connection)
    if connection.dialect.name == "sqlite":
        # An approximate ANALYZE (400 rows per index) is enough for the planner and
        # takes a fraction of a second instead of a pass over every index.
        connection.exec_driver_sql("PRAGMA analysis_limit=400")
        connection.exec_driver_sql("ANALYZE")
    rows = builder.rows
    return DemoSummary(
        people=len(rows.get("person", [])),
        organizations=len(rows.get("organization", [])),
        affiliations=len(rows.get("affiliation", [])),
        interactions=len(rows.get("interaction", [])),
        events=len(rows.get("event", [])),
        participations=len(rows.get("participation", [])),
    )


_ORDER: tuple[tuple[str, Table], ...] = (
    ("organization", cast(Table, Organization.__table__)),
    ("tag", cast(Table, Tag.__table__)),
    ("person", cast(Table, Person.__table__)),
    ("affiliation", cast(Table, Affiliation.__table__)),
    ("address", cast(Table, Address.__table__)),
    ("contact_point", cast(Table, ContactPoint.__table__)),
    ("person_tag", person_tag),
    ("organization_tag", organization_tag),
    ("consent", cast(Table, Consent.__table__)),
    ("event", cast(Table, Event.__table__)),
    ("event_partner", cast(Table, EventPartner.__table__)),
    ("event_session", cast(Table, EventSession.__table__)),
    ("interaction", cast(Table, Interaction.__table__)),
    ("interaction_person", interaction_person),
    ("interaction_organization", interaction_organization),
    ("participation", cast(Table, Participation.__table__)),
    ("session_participation", cast(Table, SessionParticipation.__table__)),
)


def _write(connection: Connection, builder: _Builder, *, large: bool) -> None:
    tables = [table.name for _key, table in _ORDER]
    assert all(name in Base.metadata.tables for name in tables)
    # A fresh file: foreign keys checked once after the load, not for each of 2.5M rows.
    with (
        foreign_keys_checked_at_end(connection),
        indexes_deferred(connection, tables) if large else nullcontext(),
    ):
        for key, table in _ORDER:
            if key in builder.rows:
                insert_tuples(connection, table, builder.columns[key], builder.rows[key])
