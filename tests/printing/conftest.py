"""Helpers that read generated PDFs back with pdfplumber."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.units import mm

from partnercrm.printing.label_sheet import LabelCatalog, Rect, load_catalog

INTERNATIONAL_NAMES = [
    "Łukasz Wiśniewski",
    "Ayşe Yılmaz",
    "Nguyễn Thị Bích Ngọc",
    "Þórunn Guðmundsdóttir",
]


@pytest.fixture(scope="session")
def catalog() -> LabelCatalog:
    return load_catalog()


def pages_of(path: Path) -> Iterator[Any]:
    with pdfplumber.open(path) as pdf:
        yield from pdf.pages


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def rect_pt(rect: Rect) -> tuple[float, float, float, float]:
    """Return (x0, top, x1, bottom) in points, pdfplumber's top-left system."""
    return rect.x * mm, rect.y * mm, rect.right * mm, rect.bottom * mm


def char_inside(char: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    eps = 0.01
    return (
        char["x0"] >= x0 - eps
        and char["x1"] <= x1 + eps
        and char["top"] >= top - eps
        and char["bottom"] <= bottom + eps
    )


def lines_of(chars: list[dict[str, Any]]) -> list[str]:
    """Group characters into lines by baseline, top to bottom, left to right."""
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in chars:
        key = round(char["bottom"], 1)
        rows.setdefault(key, []).append(char)
    return [
        "".join(c["text"] for c in sorted(row, key=lambda c: c["x0"]))
        for _, row in sorted(rows.items())
    ]
