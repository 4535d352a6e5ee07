"""Benchmark: an organization's timeline with 200 people and 20,000 interactions.

Generates a temporary SQLite database (Core bulk inserts, search rows included):
one organization with 200 affiliated people and 20,000 interactions of theirs,
plus background interactions of other people up to ``--total``. Then measures
what opening the timeline costs (count + first page, as the timeline view does),
paging, the whole timeline, a text filter, and the global interaction search.

    python benchmarks/bench_timeline.py [--total 500000] [--keep PATH]

Target (issue): the timeline opens in under 200 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from partnercrm.model import (
    Affiliation,
    Interaction,
    Organization,
    OrganizationKind,
    Person,
    interaction_organization,
    interaction_person,
)
from partnercrm.services.followups import list_followups, overdue_count
from partnercrm.services.interactions import search_interactions
from partnercrm.services.timeline import (
    Subject,
    TimelineFilter,
    TimelineKind,
    timeline,
    timeline_count,
    timeline_entries,
    timeline_keys,
)
from partnercrm.store import interaction_index, search_index
from partnercrm.store.database import Database, open_database
from partnercrm.store.text_folding import sort_key

WORDS = [
    "Kooperation",
    "Förderantrag",
    "Ehrenamtspreis",
    "Stadtteilfest",
    "Jahresbericht",
    "Haushalt",
    "Freiwilligendienst",
    "Quartiersmanagement",
    "Netzwerktreffen",
    "Zuwendungsbescheid",
    "Bürgerbeteiligung",
    "Sponsoring",
    "Einladung",
    "Rückmeldung",
    "Protokoll",
    "Workshop",
    "Termin",
    "Vereinbarung",
    "Mitgliederversammlung",
    "Engagementstrategie",
    "Fachtag",
    "Gespräch",
]
KINDS = ("call", "meeting", "email", "letter", "visit", "note")
CHUNK = 20_000


def generate(db: Database, *, people: int, target_interactions: int, total: int) -> None:
    """Fill the database; organization 1 is the one under test."""
    rng = random.Random(7)
    start = datetime(2016, 1, 1)
    background_people = max(1000, total // 50)
    with db.transaction() as session:
        connection = session.connection()
        connection.execute(
            insert(Organization),
            [
                {
                    "id": 1,
                    "name": "Stadt Beispielstadt",
                    "kind": OrganizationKind.MUNICIPALITY,
                    "sort_key": sort_key("Stadt Beispielstadt"),
                },
                {
                    "id": 2,
                    "name": "Andere Organisation",
                    "kind": OrganizationKind.ASSOCIATION,
                    "sort_key": sort_key("Andere Organisation"),
                },
            ],
        )
        person_rows = []
        for pid in range(1, people + background_people + 1):
            first, last = f"Vor{pid}", f"Nach{pid}"
            person_rows.append(
                {
                    "id": pid,
                    "first_name": first,
                    "last_name": last,
                    "sort_key": sort_key(last, first),
                }
            )
        connection.execute(insert(Person), person_rows)
        affiliations = []
        for pid in range(1, people + 1):
            # A third of them left or joined during the period; the rest are open-ended.
            since = date(2016 + pid % 5, 1, 1) if pid % 3 == 0 else None
            until = date(2023, 6, 30) if pid % 3 == 1 else None
            affiliations.append(
                {
                    "person_id": pid,
                    "organization_id": 1,
                    "function": "Referent/in",
                    "valid_from": since,
                    "valid_until": until,
                }
            )
        affiliations += [
            {
                "person_id": pid,
                "organization_id": 2,
                "function": "",
                "valid_from": None,
                "valid_until": None,
            }
            for pid in range(people + 1, people + 1001)
        ]
        connection.execute(insert(Affiliation), affiliations)

        next_id = 1
        for block_start in range(0, total, CHUNK):
            block = range(block_start, min(total, block_start + CHUNK))
            rows, links, org_links = [], [], []
            for n in block:
                iid = next_id
                next_id += 1
                ours = n < target_interactions
                subject = " ".join(rng.sample(WORDS, 2))
                body = " ".join(rng.choices(WORDS, k=rng.randint(8, 60)))
                due = None
                if n % 40 == 0:
                    due = date(2026, 1, 1) + timedelta(days=rng.randint(-90, 90))
                rows.append(
                    {
                        "id": iid,
                        "kind": rng.choice(KINDS),
                        "occurred_at": start + timedelta(minutes=rng.randint(0, 5_000_000)),
                        "subject": subject,
                        "text": body,
                        "followup_due": due,
                        "followup_owner": "anna" if due else "",
                        "followup_done": False,
                    }
                )
                if ours:
                    links.append({"interaction_id": iid, "person_id": rng.randint(1, people)})
                    if n % 10 == 0:
                        org_links.append({"interaction_id": iid, "organization_id": 1})
                else:
                    links.append(
                        {
                            "interaction_id": iid,
                            "person_id": rng.randint(people + 1, people + background_people),
                        }
                    )
            connection.execute(insert(Interaction), rows)
            connection.execute(insert(interaction_person), links)
            if org_links:
                connection.execute(insert(interaction_organization), org_links)
            interaction_index.rebuild_interactions(connection, [r["id"] for r in rows])
        search_index.rebuild_people(connection)
        search_index.rebuild_organizations(connection)
        connection.exec_driver_sql("ANALYZE")


def measure(label: str, fn: Callable[[], object], runs: int = 7) -> float:
    fn()  # warm the page cache once, as a second opening would
    times = []
    result: object = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    size = len(result) if isinstance(result, list | tuple) else result
    median = statistics.median(times)
    print(f"  {label:<58} median {median:8.1f} ms  max {max(times):8.1f} ms  -> {size}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--interactions", type=int, default=20_000)
    parser.add_argument("--total", type=int, default=100_000, help="all interactions in the file")
    parser.add_argument(
        "--keep", type=Path, help="write the database here and keep it (reused when it exists)"
    )
    args = parser.parse_args()
    total = max(args.total, args.interactions)

    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "bench.sqlite"
    t0 = time.perf_counter()
    reuse = path.exists()
    db = open_database(str(path))
    org_id = 1
    if reuse:
        print(f"Reusing {path}")
    else:
        generate(db, people=args.people, target_interactions=args.interactions, total=total)
    print(
        f"Generated {args.people} people with {args.interactions} interactions in one "
        f"organization, {total} interactions in all, in {time.perf_counter() - t0:.1f} s "
        f"({path.stat().st_size / 1e6:.0f} MB)"
    )
    subject = Subject(organization_id=org_id)
    with db.session() as session:
        count = timeline_count(session, subject=subject)
        print(f"Organization timeline: {count} entries")

        def open_timeline() -> list[object]:
            # What TimelineView does: all keys (sorted ids), then the details of one page.
            keys = timeline_keys(session, subject=subject)
            return timeline_entries(session, keys[:200])  # type: ignore[return-value]

        opened = measure("open organization timeline (keys + first 200 entries)", open_timeline)
        measure("count only", lambda: timeline_count(session, subject=subject))
        measure(
            "page at offset 10,000 (200 rows)",
            lambda: timeline(session, subject=subject, offset=10_000, limit=200),
        )
        measure(
            "whole organization timeline (all rows)",
            lambda: timeline(session, subject=subject, limit=None),
            runs=3,
        )
        measure(
            "filter kind=call, 2020–2022",
            lambda: timeline(
                session,
                subject=subject,
                limit=200,
                filter=TimelineFilter(
                    kinds=frozenset({TimelineKind.CALL}),
                    since=date(2020, 1, 1),
                    until=date(2022, 12, 31),
                ),
            ),
        )
        measure(
            "filter text 'ehrenamt jahresb' (+ count)",
            lambda: (
                timeline_count(
                    session, subject=subject, filter=TimelineFilter(text="ehrenamt jahresb")
                ),
                timeline(
                    session,
                    subject=subject,
                    limit=200,
                    filter=TimelineFilter(text="ehrenamt jahresb"),
                ),
            )[1],
        )
        measure(
            "person timeline (first 200)",
            lambda: timeline(session, subject=Subject(person_id=3), limit=200),
        )
        measure(
            f"global search 'foerder protokoll' over {total}",
            lambda: search_interactions(session, query="foerder protokoll"),
        )
        measure(
            f"global search 'zu' (2-letter prefix) over {total}",
            lambda: search_interactions(session, query="zu"),
        )
        measure(
            "follow-ups of all buckets",
            lambda: list_followups(session, today=date(2026, 1, 1)).all(),
            runs=3,
        )
        measure("overdue count", lambda: overdue_count(session, today=date(2026, 1, 1)))
    db.close()
    verdict = "OK" if opened < 200 else "TOO SLOW"
    print(f"Target: timeline opens in < 200 ms -> {opened:.1f} ms {verdict}")


if __name__ == "__main__":
    main()
