"""Benchmark: import and export of 10,000 vCards and a 10,000-row CSV beside 100,000 people.

Needs a database holding the demo network of 100,000 people. Pass one, or let the
script create it once (``partnercrm demo --people 100000``; this takes minutes):

    python benchmarks/bench_exchange.py [--base /path/to/100k.sqlite] [--cards 10000]

Each run works on a copy of the base file. Matching is on (half of the generated
cards carry the e-mail of a stored person, so they are updates; the rest are new).
Aims (issue "exchange"): whole import ≤ 2 s, export ≤ 0.5 s. ``--exports-only``
times the exports (vCard 3.0 and 4.0, CSV, XLSX) without the imports before them.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from partnercrm.interchange.contact_files import ImportOptions, prepare_import, run_import
from partnercrm.interchange.table_export import export_table
from partnercrm.interchange.vcard_card import (
    Email,
    Organization,
    Phone,
    PostalAddress,
    StructuredName,
    VCardContact,
)
from partnercrm.interchange.vcard_export import export_vcards
from partnercrm.interchange.vcard_writer import write_vcards
from partnercrm.model import Affiliation, ContactKind, ContactPoint
from partnercrm.store.database import open_database

FIRST = ["Anna", "Jürgen", "Özlem", "Lukas", "Marie", "Björn", "Sophie", "Mehmet", "Jana", "Paul"]
LAST = ["Müller", "Schröder", "Weiß", "Yılmaz", "Krüger", "Groß", "Becker", "Nowak", "Haas"]
ORGS = ["Stadt Köln", "Bürgerstiftung Bonn", "Freiwilligenagentur Essen", "ACME GmbH"]


def _base(path: str | None, work: Path) -> Path:
    if path:
        return Path(path)
    base = work / "base-100k.sqlite"
    print("creating the 100,000-people demo database (once; this takes minutes) ...")
    subprocess.run(
        [sys.executable, "-m", "partnercrm", "--db", str(base), "demo", "--people", "100000"],
        check=True,
    )
    return base


def _cards(count: int, stored_emails: list[str], rng: random.Random) -> list[VCardContact]:
    cards = []
    for i in range(count):
        known = i % 2 == 0 and stored_emails
        # i // 2: each stored e-mail once (i % len would use only the even half, twice).
        email = stored_emails[(i // 2) % len(stored_emails)] if known else f"neu{i}@example.org"
        cards.append(
            VCardContact(
                formatted_name=f"{FIRST[i % 10]} {LAST[i % 9]}{i}",
                name=StructuredName(family=f"{LAST[i % 9]}{i}", given=FIRST[i % 10]),
                organizations=(Organization(name=rng.choice(ORGS), title="Referentin"),),
                emails=(Email(email, ("work",)),),
                phones=(Phone(f"+49 221 {100000 + i}", ("work", "voice")),),
                addresses=(
                    PostalAddress(
                        street=f"Hauptstraße {i % 200 + 1}",
                        city="Köln",
                        postal_code="50667",
                        country="Deutschland",
                        types=("work",),
                    ),
                ),
                categories=("Bürgerengagement",),
                uid=f"bench-{i}",
            )
        )
    return cards


def _timed(label: str, fn: object) -> object:
    start = time.perf_counter()
    result = fn()  # type: ignore[operator]
    print(f"{label:<48} {time.perf_counter() - start:7.2f} s")
    return result


def _timed_cpu(label: str, fn: object) -> object:
    """``_timed`` with the process's CPU time too: steadier on a shared machine."""
    start, start_cpu = time.perf_counter(), time.process_time()
    result = fn()  # type: ignore[operator]
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(f"{label:<48} {wall:7.2f} s  (CPU {cpu:.2f} s)")
    return result


def _import(db_file: Path, path: Path, label: str) -> None:
    db = open_database(str(db_file))
    try:
        with db.session() as session:
            preview = _timed_cpu(
                f"{label}: read + match (plan)",
                lambda: prepare_import(session, [path], ImportOptions()),
            )
            summary = _timed_cpu(
                f"{label}: apply (write)",
                lambda: run_import(session, preview),  # type: ignore[arg-type]
            )
            session.commit()
        s: Any = summary
        print(
            f"    {s.created} new, {s.updated} updated, {s.unchanged} unchanged, "
            f"{s.skipped} skipped, {s.merged} merged into a person already imported"
        )
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", help="a database with the 100,000-people demo network")
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--exports-only", action="store_true", help="skip the imports")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        # Only ever copy the given base: opening a database upgrades its schema in place,
        # and the base may be shared with other runs (and older checkouts).
        master = work / "base.sqlite"
        shutil.copyfile(_base(args.base, work), master)
        base = master
        db = open_database(str(base))
        with db.session() as session:
            # One e-mail per stored person, as in a re-imported address book.
            emails = list(
                session.scalars(
                    select(func.min(ContactPoint.normalized))
                    .join(Affiliation, Affiliation.id == ContactPoint.affiliation_id)
                    .where(ContactPoint.kind == ContactKind.EMAIL)
                    .group_by(Affiliation.person_id)
                    .limit(args.cards // 2)
                )
            )
            ids = list(
                session.scalars(
                    select(ContactPoint.person_id)
                    .where(ContactPoint.person_id.is_not(None))
                    .limit(args.cards)
                )
            )
        db.close()
        vcf = work / "cards.vcf"
        vcf.write_bytes(write_vcards(_cards(args.cards, emails, rng)))
        print(f"{args.cards} generated vCards ({vcf.stat().st_size // 1024} KiB); base {base}")

        copy = work / "run.sqlite"
        shutil.copyfile(base, copy)
        if args.exports_only:
            _exports(copy, list(dict.fromkeys(ids))[: args.cards], work)
            return
        _import(copy, vcf, "vCard import")

        _exports(copy, list(dict.fromkeys(ids))[: args.cards], work)

        shutil.copyfile(base, copy)
        csv_path = work / "rows.csv"
        _timed("CSV written from the vCard data (setup)", lambda: _write_csv(copy, vcf, csv_path))
        _import(copy, csv_path, "CSV import")


def _exports(db_file: Path, people: list[int], work: Path, runs: int = 3) -> None:
    """Each export format, timed ``runs`` times (median, min and max printed)."""
    exports = {
        "vCard 3.0": lambda s: export_vcards(s, people, work / "out.vcf"),
        "vCard 4.0": lambda s: export_vcards(s, people, work / "out.vcf", version="4.0"),
        "CSV": lambda s: export_table(s, people, work / "out.csv"),
        "XLSX": lambda s: export_table(s, people, work / "out.xlsx", format="xlsx"),
    }
    db = open_database(str(db_file))
    try:
        with db.session() as session:
            for name, export in exports.items():
                times = []
                for _ in range(runs):
                    start = time.perf_counter()
                    export(session)
                    times.append(time.perf_counter() - start)
                print(
                    f"{name + ' export of ' + str(len(people)) + ' people':<48} "
                    f"{statistics.median(times):7.2f} s (median of {runs}; "
                    f"{min(times):.2f}–{max(times):.2f})"
                )
    finally:
        db.close()


def _write_csv(db_file: Path, vcf: Path, target: Path) -> None:
    """A 10,000-row CSV with the same people as the cards (German Outlook headers)."""
    from partnercrm.interchange.vcard_reader import read_vcards

    lines = ["Vorname;Nachname;Firma;Position;E-Mail-Adresse;Telefon geschäftlich;Ort geschäftlich"]
    for card in read_vcards(vcf.read_bytes()).cards:
        lines.append(
            ";".join(
                (
                    card.name.given,
                    card.name.family,
                    card.organizations[0].name,
                    "Referentin",
                    card.emails[0].value,
                    card.phones[0].value,
                    "Köln",
                )
            )
        )
    target.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


if __name__ == "__main__":
    main()
