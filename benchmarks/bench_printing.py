"""Benchmark: 5,000 address labels and a 2,000-row sign-in sheet from generated data.

Run from the checkout: ``python benchmarks/bench_printing.py``. Prints the median of five
runs per document (goals from perf-baselines §4: labels ≤ 1 s, sign-in sheet ≤ 0.5 s).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from partnercrm.addressing import PostalAddress, Recipient, address_block
from partnercrm.model.enums import SalutationForm
from partnercrm.printing.documents import EventInfo, LabelItem, ParticipantRow
from partnercrm.printing.fonts import register_fonts
from partnercrm.printing.label_sheet import load_catalog
from partnercrm.printing.labels import LabelOptions, render_labels
from partnercrm.printing.signin_sheet import SignInOptions, render_signin_sheet

RUNS = 5
FIRST = ["Anna", "Jan", "Łukasz", "Ayşe", "Nguyễn Thị", "Þórunn", "Max", "Eva", "Jürgen", "Zoë"]
LAST = ["Müller", "Wiśniewski", "Yılmaz", "Bích Ngọc", "Guðmundsdóttir", "Schmidt", "Groß"]
ORGS = [
    "Stadt Musterstadt",
    "Gemeinde Beispielhausen",
    "Druckerei Großwede GmbH & Co. KG",
    "Freiwilligenagentur Rhein-Ruhr e. V.",
    "Stadtverwaltung Großwede – Amt für Bürgerengagement und Ehrenamt",
    "Bürgerstiftung Nord",
]


def _recipients(count: int, rng: random.Random) -> list[Recipient]:
    return [
        Recipient(
            salutation_form=rng.choice(list(SalutationForm)),
            academic_title=rng.choice(["", "", "Dr.", "Prof. Dr."]),
            first_name=rng.choice(FIRST),
            last_name=rng.choice(LAST),
            organization=rng.choice(ORGS),
            department=rng.choice(["", "Hauptamt", "Fachbereich Soziales"]),
            address=PostalAddress(
                street=f"Hauptstraße {rng.randint(1, 200)}",
                postal_code=f"{rng.randint(10000, 99999)}",
                city=rng.choice(["Düsseldorf", "Köln", "Großwede", "Münster"]),
            ),
        )
        for _ in range(count)
    ]


def _median(action: Callable[[], object]) -> tuple[float, float, float, float]:
    """Return median, min and max wall time and the median CPU time of the process.

    The project machine is shared and noisy; CPU time shows what the code itself costs.
    """
    times, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), min(times), max(times), statistics.median(cpu)


def main() -> None:
    rng = random.Random(5008)
    register_fonts()  # counted once at start-up, not per document
    label_format = load_catalog().get("L7160")
    recipients = _recipients(5000, rng)
    start = time.perf_counter()
    items = [LabelItem(address_block(r).lines, key=str(i)) for i, r in enumerate(recipients)]
    blocks = time.perf_counter() - start
    rows = [
        ParticipantRow(
            last_name=r.last_name,
            first_name=r.first_name,
            organization=r.organization,
            municipality=r.address.city,
            key=str(i),
        )
        for i, r in enumerate(recipients[:2000])
    ]
    event = EventInfo(
        title="Fachtag Bürgerengagement",
        date_text="23.11.2026",
        venue="Düsseldorf",
        organizer="Institut für Zivilgesellschaft",
        project_title="Engagiert vor Ort",
        reference="BENCH",
    )
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        sender = LabelOptions(sender_line="Institut · Postfach 1 · 10115 Berlin")
        label_result = render_labels(items, out / "labels.pdf", label_format=label_format)
        labels = _median(
            lambda: render_labels(items, out / "labels.pdf", label_format=label_format)
        )
        labels_sender = _median(
            lambda: render_labels(
                items, out / "labels.pdf", label_format=label_format, options=sender
            )
        )
        signin_result = render_signin_sheet(rows, out / "signin.pdf", event=event)
        signin = _median(
            lambda: render_signin_sheet(
                rows, out / "signin.pdf", event=event, options=SignInOptions(blank_rows=10)
            )
        )
        labels_kb = (out / "labels.pdf").stat().st_size / 1024
        signin_kb = (out / "signin.pdf").stat().st_size / 1024
    print(f"address blocks, 5,000 recipients: {blocks:.3f} s")
    print(
        f"labels, 5,000 on L7160: median {labels[0]:.3f} s (min {labels[1]:.3f}, "
        f"max {labels[2]:.3f}, CPU {labels[3]:.3f}), {label_result.pages} pages, "
        f"{labels_kb:.0f} kB, "
        f"{len(label_result.problems)} overflow reports"
    )
    print(
        f"labels with sender line: median {labels_sender[0]:.3f} s "
        f"(min {labels_sender[1]:.3f}, max {labels_sender[2]:.3f}, CPU {labels_sender[3]:.3f})"
    )
    print(
        f"sign-in sheet, 2,000 rows + 10 blank: median {signin[0]:.3f} s (min {signin[1]:.3f}, "
        f"max {signin[2]:.3f}, CPU {signin[3]:.3f}), {signin_result.pages} pages, "
        f"{signin_kb:.0f} kB"
    )


if __name__ == "__main__":
    main()
