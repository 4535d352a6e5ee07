"""Micro benchmark: parse and serialise 10,000 generated German vCards (median of 5).

Run from the checkout: ``python benchmarks/bench_vcard_core.py [--cards N] [--version 4.0]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from partnercrm.interchange.vcard_card import (
    Email,
    Organization,
    Phone,
    PostalAddress,
    StructuredName,
    Url,
    VCardContact,
)
from partnercrm.interchange.vcard_reader import read_vcards
from partnercrm.interchange.vcard_writer import write_vcards

GIVEN = ["Anna", "Jürgen", "Özlem", "Björn", "Maria", "Lukas", "Sophie", "Jörg", "Käthe", "Ali"]
FAMILY = ["Müller", "Schmidt", "Weiß", "Schröder", "Yılmaz", "Groß", "Bäcker", "Krüger", "Neumann"]
PREFIX = ["", "", "Dr.", "Prof. Dr.", "Dr. med."]
ORGS = [
    ("Stadt Köln", "Amt für Bürgerengagement", "Referentin Ehrenamt"),
    ("Bürgerstiftung Münster", "", "Vorständin"),
    ("Landkreis Görlitz", "Sozialamt", "Sachgebietsleitung"),
    ("Freiwilligenagentur Halle e.V.", "", "Koordination, Beratung"),
    ("Ministerium für Kultur und Wissenschaft NRW", "Referat 413", "Referent"),
]
STREETS = ["Hauptstraße", "Rathausplatz", "Schloßallee", "Am Grünen Weg", "Königstraße"]
CITIES = [("50667", "Köln"), ("48143", "Münster"), ("02826", "Görlitz"), ("06108", "Halle (Saale)")]
TAGS = ["Bürgerengagement", "Unternehmensengagement", "Kommune", "Stiftung", "Presse"]


def make_cards(count: int, seed: int = 20261123) -> list[VCardContact]:
    """Generate ``count`` realistic German contacts, reproducibly."""
    rng = random.Random(seed)
    cards: list[VCardContact] = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        org, dept, title = rng.choice(ORGS)
        postal, city = rng.choice(CITIES)
        mail = f"{given.lower()}.{family.lower()}{i}@example.org"
        cards.append(
            VCardContact(
                formatted_name=f"{given} {family}",
                name=StructuredName(family, given, "", rng.choice(PREFIX), ""),
                organizations=(Organization(org, dept, "", title),),
                emails=(Email(mail, ("work",), 1), Email(f"privat{i}@example.net", ("home",))),
                phones=(
                    Phone(f"+49 221 {rng.randrange(100000, 999999)}", ("work", "voice")),
                    Phone(f"+49 170 {rng.randrange(1000000, 9999999)}", ("cell",), label="Dienst"),
                ),
                addresses=(
                    PostalAddress(
                        street=f"{rng.choice(STREETS)} {rng.randrange(1, 120)}",
                        city=city,
                        postal_code=postal,
                        country="Deutschland",
                        types=("work",),
                    ),
                ),
                urls=(Url("https://www.example.org/engagement"),),
                notes=(
                    f"Kennengelernt beim Netzwerkabend {2020 + i % 6}; Wiedervorlage, Förderung.",
                ),
                categories=tuple(rng.sample(TAGS, 2)),
                birthday=dt.date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                uid=f"urn:uuid:00000000-0000-4000-8000-{i:012d}",
            )
        )
    return cards


def median_seconds(action: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """Median wall time and median process CPU time of ``runs`` calls.

    CPU time is the steadier figure on a shared machine: it ignores time spent
    waiting for a core.
    """
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--version", default="3.0", choices=["3.0", "4.0"])
    parser.add_argument(
        "--vobject",
        type=int,
        default=0,
        metavar="N",
        help="also time vobject.readComponents on the first N cards, for a machine-free ratio",
    )
    args = parser.parse_args()
    cards = make_cards(args.cards)
    data = write_vcards(cards, version=args.version)
    parsed = read_vcards(data, source="bench.vcf")
    assert len(parsed.cards) == len(cards) and not parsed.problems
    write_s, write_cpu = median_seconds(lambda: write_vcards(cards, version=args.version))
    read_s, read_cpu = median_seconds(lambda: read_vcards(data, source="bench.vcf"))
    print(f"{args.cards} cards, vCard {args.version}, {len(data) / 1e6:.1f} MB (median of 5)")
    print(f"serialise: {write_s:.3f} s wall, {write_cpu:.3f} s CPU")
    print(f"parse:     {read_s:.3f} s wall, {read_cpu:.3f} s CPU")
    if args.vobject:
        _compare_vobject(cards[: args.vobject], args.version)


def _compare_vobject(cards: list[VCardContact], version: str) -> None:
    """Time vobject and our reader on the same cards (vobject is slow: keep N small)."""
    import vobject

    data = write_vcards(cards, version=version)
    text = data.decode("utf-8")
    ours = median_seconds(lambda: read_vcards(data), runs=3)[1]
    theirs = median_seconds(lambda: sum(1 for _ in vobject.readComponents(text)), runs=3)[1]
    print(
        f"vobject on {len(cards)} cards: {theirs:.3f} s CPU vs ours {ours:.3f} s "
        f"({theirs / ours:.1f}x faster)"
    )


if __name__ == "__main__":
    main()
