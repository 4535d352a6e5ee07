"""Fitting lines of text into a box: shrink to a floor size, then wrap, report the rest.

``drawString`` neither wraps nor clips, and a platypus ``Paragraph`` per label costs five
times as much (perf-baselines §4), so labels and badges are laid out here with
``stringWidth`` alone. Nothing is cut silently: what does not fit is returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from reportlab.pdfbase import pdfmetrics

DEFAULT_MIN_SIZE = 8.0  # DIN 5008 floor for the Anschriftzone
DEFAULT_LEADING = 1.2
_SIZE_STEP = 0.5


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"


@dataclass(frozen=True)
class PlacedLine:
    """A line ready to draw: ``x`` from the box's left edge and ``baseline`` from its top
    (both in points), the font size, and which input line it came from."""

    text: str
    x: float
    baseline: float
    size: float
    source: int


@dataclass(frozen=True)
class FitResult:
    """The placed lines plus the input text that did not fit (empty when all did)."""

    lines: tuple[PlacedLine, ...]
    overflow: tuple[str, ...]
    shrunk: bool
    wrapped: bool

    @property
    def fits(self) -> bool:
        return not self.overflow


@cache
def _vertical_metrics(font_name: str) -> tuple[float, float]:
    """Return (ascent, descent) per point of size; descent is negative."""
    ascent, descent = pdfmetrics.getAscentDescent(font_name, 1000)
    return ascent / 1000.0, descent / 1000.0


def text_width(text: str, font_name: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font_name, size))


def _break_word(word: str, font_name: str, size: float, width: float) -> list[str]:
    """Split a word longer than the line at character boundaries (last resort)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font_name, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Greedily wrap ``text`` at spaces (and inside over-long words) to ``width`` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font_name, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if text_width(word, font_name, size) <= width:
            current = word
        else:
            *full, current = _break_word(word, font_name, size, width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


def _layout(
    texts: list[str], font_name: str, max_size: float, min_size: float, width: float
) -> tuple[list[tuple[str, float, int]], bool, bool]:
    """Shrink each line towards ``min_size``; wrap at ``min_size`` what is still too wide."""
    rows: list[tuple[str, float, int]] = []
    shrunk = wrapped = False
    for index, text in enumerate(texts):
        natural = text_width(text, font_name, max_size)
        if natural <= width:
            rows.append((text, max_size, index))
            continue
        shrunk = True
        # Width scales linearly with size; round down to the step so it surely fits.
        size = int(max_size * width / natural / _SIZE_STEP) * _SIZE_STEP
        if size >= min_size and text_width(text, font_name, size) <= width:
            rows.append((text, size, index))
            continue
        wrapped = True
        rows.extend((part, min_size, index) for part in wrap(text, font_name, min_size, width))
    return rows, shrunk, wrapped


def _baselines(rows: list[tuple[str, float, int]], ascent: float, leading: float) -> list[float]:
    """Return each row's baseline from the box top; a row's leading follows its own size."""
    result: list[float] = []
    for index, (_, size, _) in enumerate(rows):
        result.append(ascent * size if index == 0 else result[-1] + size * leading)
    return result


def fit_lines(
    texts: list[str] | tuple[str, ...],
    *,
    width: float,
    height: float,
    font_name: str,
    size: float = 10.0,
    min_size: float = DEFAULT_MIN_SIZE,
    leading: float = DEFAULT_LEADING,
    align: Align = Align.LEFT,
    uniform: bool = False,
) -> FitResult:
    """Place ``texts`` (one entry per line) inside a ``width`` × ``height`` box (points).

    Each too-wide line shrinks on its own down to ``min_size``, then wraps. If the lines
    are too tall together, all start smaller (down to ``min_size``). Lines that still do
    not fit are listed in ``overflow`` in full, so the caller can report the record.
    ``uniform`` gives all lines the smallest size any of them needed (Deutsche Post wants
    an address in one size).
    """
    clean = [text.strip() for text in texts if text and text.strip()]
    ascent, descent = _vertical_metrics(font_name)
    min_size = min(min_size, size)
    base = size
    while True:
        rows, shrunk, wrapped = _layout(clean, font_name, base, min_size, width)
        if uniform and rows:
            smallest = min(row_size for _, row_size, _ in rows)
            if smallest < base:
                base = smallest
                rows, shrunk, wrapped = _layout(clean, font_name, base, min_size, width)
                shrunk = True
        baselines = _baselines(rows, ascent, leading)
        last_size = rows[-1][1] if rows else 0.0
        needed = baselines[-1] - descent * last_size if rows else 0.0
        if needed <= height + 1e-6 or base <= min_size:
            break
        base = max(min_size, base - _SIZE_STEP)
    shrunk = shrunk or base < size
    placed: list[PlacedLine] = []
    overflow: list[str] = []
    for (text, line_size, source), baseline in zip(rows, baselines, strict=True):
        fits_vertically = baseline - descent * line_size <= height + 1e-6
        if not fits_vertically or text_width(text, font_name, line_size) > width + 1e-6:
            # The whole input line is reported, not only the part that fell off; the
            # part that fits stays printed so the preview shows where the text went.
            if clean[source] not in overflow:
                overflow.append(clean[source])
            continue
        x = 0.0
        if align is Align.CENTER:
            x = (width - text_width(text, font_name, line_size)) / 2
        placed.append(PlacedLine(text, x, baseline, line_size, source))
    return FitResult(tuple(placed), tuple(overflow), shrunk, wrapped)


def fit_single_line(
    text: str, *, width: float, font_name: str, size: float, min_size: float = DEFAULT_MIN_SIZE
) -> tuple[float, bool]:
    """Return the size at which ``text`` fits ``width`` and whether it fits at all."""
    natural = text_width(text, font_name, size)
    if natural <= width:
        return size, True
    fitted = int(size * width / natural / _SIZE_STEP) * _SIZE_STEP
    if fitted >= min_size and text_width(text, font_name, fitted) <= width:
        return fitted, True
    return min_size, False
