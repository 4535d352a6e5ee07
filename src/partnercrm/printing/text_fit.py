"""Fitting lines of text into a box: shrink to a floor size, then wrap, report the rest.

``drawString`` neither wraps nor clips, and a platypus ``Paragraph`` per label costs five
times as much (perf-baselines §4), so labels and badges are laid out here with
``stringWidth`` alone. Nothing is cut silently: what does not fit is returned.
"""

from __future__ import annotations

import re
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


class _GlyphWidths(dict[str, float]):
    """Advance widths per character (1/1000 em), filled on first use of each character.

    ``pdfmetrics.stringWidth`` runs a Python generator per character when reportlab's
    optional C accelerator (rl_accel) is missing; summing cached widths through ``map``
    is several times faster and gives the same numbers.
    """

    def __init__(self, font_name: str) -> None:
        super().__init__()
        self._face = pdfmetrics.getFont(font_name).face

    def __missing__(self, char: str) -> float:
        width = float(self._face.charWidths.get(ord(char), self._face.defaultWidth))
        self[char] = width
        return width


@cache
def _glyph_widths(font_name: str) -> _GlyphWidths | None:
    font = pdfmetrics.getFont(font_name)
    # Only TrueType faces carry charWidths; other fonts go the reportlab way.
    return _GlyphWidths(font_name) if hasattr(getattr(font, "face", None), "charWidths") else None


def text_width(text: str, font_name: str, size: float) -> float:
    """Return the width of ``text`` in points, as ``pdfmetrics.stringWidth`` would."""
    widths = _glyph_widths(font_name)
    if widths is None:
        return float(pdfmetrics.stringWidth(text, font_name, size))
    return 0.001 * size * sum(map(widths.__getitem__, text))


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
            continue
        # Too long for a line of its own: break after hyphens first ("Foto-" /
        # "Einwilligung"), and inside a part only when that part alone is too long.
        current = ""
        for part in re.split(r"(?<=-)(?=.)", word):
            if text_width(current + part, font_name, size) <= width:
                current += part
                continue
            if current:
                lines.append(current)
            if text_width(part, font_name, size) <= width:
                current = part
            else:
                *full, current = _break_word(part, font_name, size, width)
                lines.extend(full)
    if current:
        lines.append(current)
    return lines


_Row = tuple[str, float, int, float]  # text, size, source line, width in points


def _layout(
    texts: list[str],
    unit_widths: list[float],
    font_name: str,
    max_size: float,
    min_size: float,
    width: float,
) -> tuple[list[_Row], bool, bool]:
    """Shrink each line towards ``min_size``; wrap at ``min_size`` what is still too wide.

    Widths scale linearly with size, so each line is measured once, at 1 pt.
    """
    rows: list[_Row] = []
    shrunk = wrapped = False
    for index, text in enumerate(texts):
        natural = unit_widths[index] * max_size
        if natural <= width:
            rows.append((text, max_size, index, natural))
            continue
        shrunk = True
        # Round down to the step so the shrunk line surely fits.
        size = int(width / unit_widths[index] / _SIZE_STEP) * _SIZE_STEP
        if size >= min_size and unit_widths[index] * size <= width:
            rows.append((text, size, index, unit_widths[index] * size))
            continue
        wrapped = True
        rows.extend(
            (part, min_size, index, text_width(part, font_name, min_size))
            for part in wrap(text, font_name, min_size, width)
        )
    return rows, shrunk, wrapped


def _baselines(rows: list[_Row], ascent: float, leading: float) -> list[float]:
    """Return each row's baseline from the box top; a row's leading follows its own size."""
    result: list[float] = []
    for index, row in enumerate(rows):
        size = row[1]
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
    unit_widths = [text_width(text, font_name, 1.0) for text in clean]
    ascent, descent = _vertical_metrics(font_name)
    min_size = min(min_size, size)
    base = size
    while True:
        rows, shrunk, wrapped = _layout(clean, unit_widths, font_name, base, min_size, width)
        if uniform and rows:
            smallest = min(row[1] for row in rows)
            if smallest < base:
                base = smallest
                rows, shrunk, wrapped = _layout(
                    clean, unit_widths, font_name, base, min_size, width
                )
                shrunk = True
        baselines = _baselines(rows, ascent, leading)
        needed = baselines[-1] - descent * rows[-1][1] if rows else 0.0
        if needed <= height + 1e-6 or base <= min_size:
            break
        base = max(min_size, base - _SIZE_STEP)
    shrunk = shrunk or base < size
    placed: list[PlacedLine] = []
    overflow: list[str] = []
    for (text, line_size, source, line_width), baseline in zip(rows, baselines, strict=True):
        fits_vertically = baseline - descent * line_size <= height + 1e-6
        if not fits_vertically or line_width > width + 1e-6:
            # The whole input line is reported, not only the part that fell off; the
            # part that fits stays printed so the preview shows where the text went.
            if clean[source] not in overflow:
                overflow.append(clean[source])
            continue
        x = (width - line_width) / 2 if align is Align.CENTER else 0.0
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
