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


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    """Median wall time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--version", default="3.0", choices=["3.0", "4.0"])
    args = parser.parse_args()
    cards = make_cards(args.cards)
    data = write_vcards(cards, version=args.version)
    parsed = read_vcards(data, source="bench.vcf")
    assert len(parsed.cards) == len(cards) and not parsed.problems
    write_s = median_seconds(lambda: write_vcards(cards, version=args.version))
    read_s = median_seconds(lambda: read_vcards(data, source="bench.vcf"))
    print(f"{args.cards} cards, vCard {args.version}, {len(data) / 1e6:.1f} MB")
    print(f"serialise: {write_s:.3f} s  ({write_s / args.cards * 1e6:.1f} µs/card)")
    print(f"parse:     {read_s:.3f} s  ({read_s / args.cards * 1e6:.1f} µs/card)")


if __name__ == "__main__":
    main()
