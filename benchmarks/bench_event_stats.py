"""Benchmark: event statistics over 1,000 events with 50,000 participations.

Generates a temporary SQLite database (migrated by PartnerCRM, filled with Core bulk
inserts), then times the cross-event report over all events, one year's report,
and the per-event statistics of every event. Target: the cross-event report of all
1,000 events under 1 s.

    python benchmarks/bench_event_stats.py [--events 1000] [--participations 50000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from partnercrm.model import (
    MUNICIPAL_KINDS,
    Event,
    EventKind,
    Organization,
    OrganizationKind,
    Participation,
    ParticipationRole,
    ParticipationStatus,
    Person,
)
from partnercrm.services.event_statistics import cross_event_statistics, event_statistics
from partnercrm.services.events import event_ids_in
from partnercrm.store.database import open_database
from partnercrm.store.text_folding import sort_key

KINDS = [k for k in OrganizationKind if k not in MUNICIPAL_KINDS]
STATUS_WEIGHTS = {
    ParticipationStatus.ATTENDED: 60,
    ParticipationStatus.REGISTERED: 5,
    ParticipationStatus.NO_SHOW: 8,
    ParticipationStatus.INVITED: 12,
    ParticipationStatus.DECLINED: 8,
    ParticipationStatus.CANCELLED: 4,
    ParticipationStatus.WAITLISTED: 3,
}


def generate(path: Path, n_events: int, n_participations: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    db = open_database(str(path))
    n_orgs, n_people = 3000, 20000
    with db.engine.begin() as connection:
        orgs = []
        for i in range(1, n_orgs + 1):
            kind = OrganizationKind.MUNICIPALITY if i <= 400 else rng.choice(KINDS)
            name = f"Stadt {i}" if i <= 400 else f"Organisation {i}"
            parent = rng.randint(1, 400) if i > 400 and rng.random() < 0.1 else None
            orgs.append(
                {
                    "id": i,
                    "name": name,
                    "kind": kind,
                    "parent_id": parent,
                    "sort_key": sort_key(name),
                }
            )
        connection.execute(insert(Organization), orgs)
        people = [
            {
                "id": i,
                "first_name": f"Vorname{i}",
                "last_name": f"Nachname{i}",
                "sort_key": sort_key(f"Nachname{i}", f"Vorname{i}"),
            }
            for i in range(1, n_people + 1)
        ]
        connection.execute(insert(Person), people)
        start = datetime(2020, 1, 1, 10)
        events = [
            {
                "id": i,
                "title": f"Veranstaltung {i}",
                "kind": rng.choice(list(EventKind)),
                "series": f"Reihe {i % 20}",
                "starts_at": start + timedelta(days=2 * i),
            }
            for i in range(1, n_events + 1)
        ]
        connection.execute(insert(Event), events)
        statuses = list(STATUS_WEIGHTS)
        weights = list(STATUS_WEIGHTS.values())
        pairs: set[tuple[int, int]] = set()
        rows = []
        while len(rows) < n_participations:
            event_id = rng.randint(1, n_events)
            person_id = rng.randint(1, n_people)
            if (event_id, person_id) in pairs:
                continue
            pairs.add((event_id, person_id))
            org = orgs[(person_id * 7) % n_orgs]
            municipal = (
                org["id"] if org["kind"] is OrganizationKind.MUNICIPALITY else org["parent_id"]
            )
            rows.append(
                {
                    "event_id": event_id,
                    "person_id": person_id,
                    "org_id": org["id"],
                    "org_name": org["name"],
                    "org_kind": org["kind"],
                    "org_function": "",
                    "municipality_id": municipal,
                    "municipality_name": f"Stadt {municipal}" if municipal else "",
                    "role": rng.choice(
                        [ParticipationRole.PARTICIPANT] * 8 + list(ParticipationRole)
                    ),
                    "status": rng.choices(statuses, weights)[0],
                }
            )
        connection.execute(insert(Participation), rows)
    db.close()


def timed(label: str, func, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        func()
        runs.append(time.perf_counter() - began)
    best, median = min(runs), statistics.median(runs)
    print(f"{label:<55} best {best * 1000:8.1f} ms   median {median * 1000:8.1f} ms")
    return median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--participations", type=int, default=50000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        began = time.perf_counter()
        generate(path, args.events, args.participations)
        print(
            f"generated {args.events} events, {args.participations} participations "
            f"in {time.perf_counter() - began:.1f} s"
        )
        db = open_database(str(path))
        with db.session() as session:
            ids = event_ids_in(session)
            year = event_ids_in(session, year=2021)
            report = cross_event_statistics(session, event_ids=ids)
            print(
                f"attendances {report.attendances}, people {report.people}, new {report.new}, "
                f"returning {report.returning}, municipalities {len(report.municipalities)}, "
                f"organisations {len(report.organizations)}"
            )
            median = timed(
                f"cross-event report, all {len(ids)} events",
                lambda: cross_event_statistics(session, event_ids=ids),
            )
            timed(
                f"cross-event report, one year ({len(year)} events)",
                lambda: cross_event_statistics(session, event_ids=year),
            )
            timed(
                f"per-event statistics of all {len(ids)} events",
                lambda: [event_statistics(session, event_id=i) for i in ids],
                repeat=2,
            )
            one = max(ids, key=lambda i: 0)
            timed("statistics of one event", lambda: event_statistics(session, event_id=one))
        db.close()
        print(
            "target: cross-event report of all events < 1000 ms: "
            + ("met" if median < 1.0 else "MISSED")
        )


if __name__ == "__main__":
    main()
