"""Benchmark: print runs including the database query, on a generated demo network.

Run from the checkout: ``python benchmarks/bench_print_selection.py [PEOPLE]``. Builds a
demo database with PEOPLE (default 5,200) people in a temporary file, then times

* 5,000 address labels: selection, consent check and address loading
  (``postal_mailing``), address blocks fitted to the label, and the PDF;
* a 2,000-row sign-in sheet of one event: participants with their represented role,
  and the PDF.

Goals (issue "Print"): labels ≤ 1 s, sign-in sheet ≤ 0.5 s. Prints the median of five
runs with min, max and CPU time, and the load average: the machine is shared.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import insert, select

from partnercrm.model import Affiliation, Organization, Participation, ParticipationStatus, Person
from partnercrm.printing.fonts import register_fonts
from partnercrm.printing.label_sheet import load_catalog
from partnercrm.printing.labels import LabelOptions
from partnercrm.printing.print_jobs import DocumentKind, PrintJob, label_items, run_job
from partnercrm.services.demo_network import generate_demo
from partnercrm.services.events import EventInput, create_event
from partnercrm.services.print_selection import Selection, participants, postal_mailing
from partnercrm.store.database import Database, open_database

RUNS = 5


def _median(action: Callable[[], object]) -> tuple[float, float, float, float]:
    times, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), min(times), max(times), statistics.median(cpu)


def _line(name: str, figures: tuple[float, float, float, float]) -> str:
    median, low, high, cpu = figures
    return f"{name}: median {median:.3f} s (min {low:.3f}, max {high:.3f}, CPU {cpu:.3f})"


def _big_event(db: Database, size: int) -> int:
    """An event with ``size`` registered participants, snapshotting their primary role."""
    with db.transaction() as session:
        event_id, _ = create_event(
            session,
            data=EventInput(title="Benchmark-Fachtag", starts_at=datetime(2026, 11, 30, 9)),
        )
        rows = session.execute(
            select(Person.id, Affiliation.id, Organization.id, Organization.name,
                   Organization.kind, Affiliation.function)
            .join(Affiliation, Affiliation.person_id == Person.id)
            .join(Organization, Organization.id == Affiliation.organization_id)
            .where(Affiliation.is_primary.is_(True), Person.deleted_at.is_(None))
            .order_by(Person.id)
            .limit(size)
        ).all()  # fmt: skip
        session.execute(
            insert(Participation),
            [
                {
                    "event_id": event_id, "person_id": p, "affiliation_id": a, "org_id": o,
                    "org_name": n, "org_kind": k, "org_function": f,
                    "status": ParticipationStatus.REGISTERED,
                }
                for p, a, o, n, k, f in rows
            ],
        )  # fmt: skip
    return event_id


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 5200
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        db = open_database(str(out / "bench.sqlite"))
        start = time.perf_counter()
        with db.transaction() as session:
            generate_demo(session, people=people)
        print(f"demo network with {people} people built in {time.perf_counter() - start:.1f} s")
        event_id = _big_event(db, 2000)
        with db.session() as session:
            ids = tuple(p.person_id for p in postal_mailing(session, Selection()).people[:5000])
        selection = Selection(ids=ids)
        label_format = load_catalog().get("zweckform-3475")

        def query() -> object:
            with db.session() as session:
                return postal_mailing(session, selection)

        with db.session() as session:
            mailing = postal_mailing(session, selection)

        def blocks() -> object:
            return label_items(list(mailing.people), label_format, LabelOptions())

        def labels() -> object:
            with db.session() as session:
                return run_job(
                    session,
                    PrintJob(DocumentKind.LABELS, selection, format_id=label_format.id,
                             offset_x_mm=0, offset_y_mm=0),
                    out / "labels.pdf",
                )  # fmt: skip

        signin_selection = Selection(event_id=event_id)

        def signin_query() -> object:
            with db.session() as session:
                return participants(session, signin_selection)

        def signin() -> object:
            with db.session() as session:
                return run_job(
                    session, PrintJob(DocumentKind.SIGNIN, signin_selection), out / "signin.pdf"
                )

        result = labels()
        sheet = signin()
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
              f"on {os.cpu_count()} cores")  # fmt: skip
        print(_line(f"label query ({len(mailing.people)} people, {len(mailing.skipped)} "
                    "skipped)", _median(query)))  # fmt: skip
        print(_line("label address blocks fitted to 3475", _median(blocks)))
        print(_line(f"labels total, query + PDF ({result.result.items} labels, "  # type: ignore[attr-defined]
                    f"{result.result.pages} pages)", _median(labels)))  # type: ignore[attr-defined]  # fmt: skip
        print(_line("sign-in query (2,000 participants)", _median(signin_query)))
        print(_line(f"sign-in sheet total, query + PDF ({sheet.result.items} rows, "  # type: ignore[attr-defined]
                    f"{sheet.result.pages} pages)", _median(signin)))  # type: ignore[attr-defined]  # fmt: skip
        db.close()


if __name__ == "__main__":
    main()
