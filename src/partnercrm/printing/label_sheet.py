"""Label sheet formats: the shipped catalogue, user formats, lookup and cell geometry.

All lengths are millimetres measured from the top-left corner of the page, as label
vendors and the glabels/LibreOffice databases give them; conversion to PDF points
(origin bottom-left) happens in the document modules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from partnercrm.i18n import translate
from partnercrm.resources import resource_path

# The catalogue's A4 entries may assume a 296.86 mm page (LibreOffice); allow for it.
SANITY_TOLERANCE_MM = 0.6
# Office printers cannot print the outer 4–5 mm of a sheet; text stays inside this.
DEFAULT_UNPRINTABLE_MM = 5.0

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "Letter": (215.9, 279.4),
    "A5": (148.0, 210.0),
}
_VENDOR_WORDS = ("avery", "zweckform", "herma")


class LabelFormatError(ValueError):
    """A label format is unknown, unreadable or geometrically impossible (user-fixable)."""


@dataclass(frozen=True)
class Rect:
    """A rectangle in mm: ``x``/``y`` of its top-left corner from the page's top-left."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, max(self.w - 2 * dx, 0.0), max(self.h - 2 * dy, 0.0))

    def intersect(self, other: Rect) -> Rect:
        x, y = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        return Rect(x, y, max(right - x, 0.0), max(bottom - y, 0.0))

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


@dataclass(frozen=True)
class LabelFormat:
    """One sheet of labels in a regular grid.

    Attributes: id ("avery-l7160"), vendor, name, aliases (vendor part numbers that
    share the geometry), kind ("address", "badge"), page name, page and label size,
    columns, rows, left/top of the first label, pitch (corner to corner), corner
    radius, and where the numbers were verified.
    """

    id: str
    vendor: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    page: str
    page_w_mm: float
    page_h_mm: float
    label_w_mm: float
    label_h_mm: float
    columns: int
    rows: int
    left_mm: float
    top_mm: float
    pitch_x_mm: float
    pitch_y_mm: float
    corner_radius_mm: float = 0.0
    verified_in: str = ""

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page_rect(self) -> Rect:
        return Rect(0.0, 0.0, self.page_w_mm, self.page_h_mm)

    def problems(self) -> list[str]:
        """Return what is geometrically wrong with this format (empty when it is sound)."""
        found: list[str] = []
        if self.columns < 1 or self.rows < 1:
            found.append(translate("print", "needs at least one column and one row"))
        if min(self.label_w_mm, self.label_h_mm, self.page_w_mm, self.page_h_mm) <= 0:
            found.append(translate("print", "sizes must be positive"))
        if self.left_mm < 0 or self.top_mm < 0:
            found.append(translate("print", "the first label starts outside the page"))
        if self.columns > 1 and self.pitch_x_mm + 1e-6 < self.label_w_mm:
            found.append(
                translate("print", "labels overlap horizontally (pitch smaller than width)")
            )
        if self.rows > 1 and self.pitch_y_mm + 1e-6 < self.label_h_mm:
            found.append(
                translate("print", "labels overlap vertically (pitch smaller than height)")
            )
        right = self.left_mm + (self.columns - 1) * self.pitch_x_mm + self.label_w_mm
        bottom = self.top_mm + (self.rows - 1) * self.pitch_y_mm + self.label_h_mm
        if right > self.page_w_mm + SANITY_TOLERANCE_MM:
            found.append(
                translate("print", "the last column ends at {mm} mm, past the page width").format(
                    mm=f"{right:.2f}"
                )
            )
        if bottom > self.page_h_mm + SANITY_TOLERANCE_MM:
            found.append(
                translate("print", "the last row ends at {mm} mm, past the page height").format(
                    mm=f"{bottom:.2f}"
                )
            )
        return found

    def cell(self, slot: int) -> Rect:
        """Return the rectangle of label ``slot`` (0-based, row by row) on a sheet."""
        if not 0 <= slot < self.per_sheet:
            raise IndexError(f"slot {slot} outside 0..{self.per_sheet - 1}")
        row, column = divmod(slot, self.columns)
        return Rect(
            self.left_mm + column * self.pitch_x_mm,
            self.top_mm + row * self.pitch_y_mm,
            self.label_w_mm,
            self.label_h_mm,
        )

    def cells(self) -> list[Rect]:
        return [self.cell(slot) for slot in range(self.per_sheet)]

    def content_rect(
        self,
        slot: int,
        padding_x_mm: float,
        padding_y_mm: float,
        unprintable_mm: float = DEFAULT_UNPRINTABLE_MM,
    ) -> Rect:
        """Return where text may go: the cell less padding, and never in the unprintable
        border (borderless sheets such as Zweckform 3474 put labels right at the edge)."""
        inner = self.cell(slot).inset(padding_x_mm, padding_y_mm)
        printable = self.page_rect.inset(unprintable_mm, unprintable_mm)
        return inner.intersect(printable)


@dataclass(frozen=True)
class Placement:
    """Where one item goes: page index (0-based) and slot on that sheet (0-based)."""

    page: int
    slot: int


def placements(count: int, per_sheet: int, start_position: int = 1) -> Iterator[Placement]:
    """Yield sheet positions for ``count`` items, skipping used labels on the first sheet.

    ``start_position`` is 1-based and applies to the first page only (a partly used sheet).
    """
    if not 1 <= start_position <= per_sheet:
        raise LabelFormatError(
            translate("print", "Start position must be between 1 and {n}.").format(n=per_sheet)
        )
    offset = start_position - 1
    for index in range(count):
        page, slot = divmod(index + offset, per_sheet)
        yield Placement(page, slot)


def _pair(raw: Mapping[str, Any], key: str) -> tuple[float, float]:
    value = raw[key]
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise LabelFormatError(
            translate("print", "{key} must be a pair of numbers").format(key=key)
        )
    return float(value[0]), float(value[1])


def format_from_dict(raw: Mapping[str, Any]) -> LabelFormat:
    """Build a format from one JSON entry of the catalogue schema."""
    try:
        page = str(raw.get("page", "A4"))
        if "page_size_mm" in raw:
            page_w, page_h = _pair(raw, "page_size_mm")
        elif page in PAGE_SIZES_MM:
            page_w, page_h = PAGE_SIZES_MM[page]
        else:
            raise LabelFormatError(
                translate("print", "unknown page {page} and no page_size_mm").format(page=page)
            )
        label_w, label_h = _pair(raw, "label_size_mm")
        columns, rows = (int(v) for v in raw["grid"])
        left, top = _pair(raw, "origin_mm")
        pitch_x, pitch_y = _pair(raw, "pitch_mm") if "pitch_mm" in raw else (label_w, label_h)
        return LabelFormat(
            id=str(raw["id"]).strip(),
            vendor=str(raw.get("vendor", "")),
            name=str(raw.get("name", raw["id"])),
            aliases=tuple(str(a) for a in raw.get("aliases", ())),
            kind=str(raw.get("kind", "address")),
            page=page,
            page_w_mm=page_w,
            page_h_mm=page_h,
            label_w_mm=label_w,
            label_h_mm=label_h,
            columns=columns,
            rows=rows,
            left_mm=left,
            top_mm=top,
            pitch_x_mm=pitch_x,
            pitch_y_mm=pitch_y,
            corner_radius_mm=float(raw.get("corner_radius_mm", 0.0)),
            verified_in=str(raw.get("verified_in", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, LabelFormatError):
            raise
        raise LabelFormatError(
            translate("print", "incomplete or malformed entry: {error}").format(error=error)
        ) from error


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "", text.strip().lower())


def _without_vendor(text: str) -> str:
    """Strip vendor words in front ("Avery Zweckform 3490" → "3490")."""
    key = _key(text)
    stripped = True
    while stripped:
        stripped = False
        for word in _VENDOR_WORDS:
            if key.startswith(word) and len(key) > len(word):
                key = key[len(word) :].lstrip("-")
                stripped = True
    return key


class LabelCatalog:
    """The known label formats, looked up by id or vendor number, case-insensitively."""

    def __init__(self, formats: Iterable[LabelFormat]) -> None:
        self._formats: dict[str, LabelFormat] = {}
        self._index: dict[str, str] = {}
        for label_format in formats:
            self.add(label_format)

    def add(self, label_format: LabelFormat) -> None:
        """Add a format; its id and aliases must not clash with a known one."""
        problems = label_format.problems()
        if problems:
            raise LabelFormatError(f"{label_format.id}: " + "; ".join(problems))
        if _key(label_format.id) in self._index:
            raise LabelFormatError(
                translate("print", "format id {id} is defined twice").format(id=label_format.id)
            )
        self._formats[label_format.id] = label_format
        self._index[_key(label_format.id)] = label_format.id
        for alias in label_format.aliases:
            # Aliases of later formats never steal an id or an earlier alias.
            for key in {_key(alias), _without_vendor(alias)}:
                self._index.setdefault(key, label_format.id)

    @property
    def formats(self) -> list[LabelFormat]:
        return list(self._formats.values())

    def find(self, key: str) -> LabelFormat | None:
        """Return the format for an id ("avery-l7160") or vendor number ("l7160", "3475")."""
        for candidate in (_key(key), _without_vendor(key)):
            format_id = self._index.get(candidate)
            if format_id is not None:
                return self._formats[format_id]
        return None

    def get(self, key: str) -> LabelFormat:
        found = self.find(key)
        if found is None:
            raise LabelFormatError(
                translate("print", "Unknown label format: {key}").format(key=key)
            )
        return found

    def __len__(self) -> int:
        return len(self._formats)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.find(key) is not None


def read_formats_file(path: Path) -> list[LabelFormat]:
    """Read formats from a JSON file: ``{"formats": [...]}`` or a bare list of entries."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise LabelFormatError(
            translate("print", "{path}: cannot read label formats: {error}").format(
                path=path, error=error
            )
        ) from error
    entries = data.get("formats") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise LabelFormatError(
            translate("print", "{path}: expected a list of label formats").format(path=path)
        )
    result = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise LabelFormatError(
                translate("print", "{path}: entry {number} is not an object").format(
                    path=path, number=number
                )
            )
        try:
            result.append(format_from_dict(entry))
        except LabelFormatError as error:
            raise LabelFormatError(
                translate("print", "{path}: entry {number}: {error}").format(
                    path=path, number=number, error=error
                )
            ) from error
    return result


@cache
def _shipped_formats() -> tuple[LabelFormat, ...]:
    return tuple(read_formats_file(resource_path("labels", "formats.json")))


def load_catalog(user_file: Path | None = None) -> LabelCatalog:
    """Return the shipped formats plus, if given, the user's own formats file."""
    catalog = LabelCatalog(_shipped_formats())
    if user_file is not None:
        for label_format in read_formats_file(user_file):
            try:
                catalog.add(label_format)
            except LabelFormatError as error:
                raise LabelFormatError(f"{user_file}: {error}") from error
    return catalog
