"""Printer calibrations: the x/y offset measured per printer and label format, kept in JSON.

A calibration is a fact about the user's printer, not about the contacts, so it lives
in a small settings file in the user's data folder (platformdirs), not in the database.
The file carries a version so later releases can upgrade it; an unreadable file is
reported, never silently overwritten.

File layout (version 1)::

    {"version": 1,
     "calibrations": {"<printer>": {"<format id>": {"offset_x_mm": 0.5, "offset_y_mm": -1.0}}},
     "next_start": {"<format id>": 7}}
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from partnercrm.errors import InputFileError, ValidationError
from partnercrm.i18n import translate

FILE_NAME = "print-settings.json"
VERSION = 1
DEFAULT_PRINTER = "default"
MAX_OFFSET_MM = 20.0  # more than this is a wrong format, not a printer's shift


@dataclass(frozen=True)
class Calibration:
    """A printer's shift on one label format: positive x moves right, positive y down."""

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0


def default_settings_path() -> Path:
    """The settings file in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("PartnerCRM", appauthor=False) / FILE_NAME


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"version": VERSION, "calibrations": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputFileError(
            translate(
                "print",
                "The print settings file {path} cannot be read ({error}). Delete it to "
                "start again with no printer calibration.",
            ).format(path=path, error=exc)
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("calibrations", {}), dict):
        raise InputFileError(
            translate(
                "print",
                "The print settings file {path} has an unknown layout. Delete it to start "
                "again with no printer calibration.",
            ).format(path=path)
        )
    data.setdefault("calibrations", {})
    data["version"] = VERSION  # version 1 is the first; later upgrades go here
    return data


def _check(value: float, field: str) -> float:
    if not -MAX_OFFSET_MM <= value <= MAX_OFFSET_MM:
        raise ValidationError(
            field,
            translate(
                "print",
                "An offset of {value} mm is more than a printer shifts (at most ±{limit} mm). "
                "Check that the label format is right.",
            ).format(value=value, limit=MAX_OFFSET_MM),
        )
    return float(value)


def load_calibration(
    *, format_id: str, printer: str = DEFAULT_PRINTER, path: Path | None = None
) -> Calibration:
    """The saved calibration for ``printer`` and ``format_id`` (zero when none is saved)."""
    data = _read(path or default_settings_path())
    entry = data["calibrations"].get(printer or DEFAULT_PRINTER, {}).get(format_id)
    if not isinstance(entry, dict):
        return Calibration()
    try:
        return Calibration(float(entry["offset_x_mm"]), float(entry["offset_y_mm"]))
    except (KeyError, TypeError, ValueError):
        return Calibration()


def save_calibration(
    calibration: Calibration,
    *,
    format_id: str,
    printer: str = DEFAULT_PRINTER,
    path: Path | None = None,
) -> None:
    """Remember ``calibration`` for ``printer`` and ``format_id`` (written atomically)."""
    target = path or default_settings_path()
    x = _check(calibration.offset_x_mm, "offset_x_mm")
    y = _check(calibration.offset_y_mm, "offset_y_mm")
    data = _read(target)
    data["calibrations"].setdefault(printer or DEFAULT_PRINTER, {})[format_id] = {
        "offset_x_mm": round(x, 2),
        "offset_y_mm": round(y, 2),
    }
    _write(target, data)


def _write(target: Path, data: dict[str, Any]) -> None:
    """Replace the file atomically: a crash never leaves half a settings file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(data, stream, indent=2, sort_keys=True)
    os.replace(temporary, target)


def saved_calibrations(*, path: Path | None = None) -> dict[str, dict[str, Calibration]]:
    """Every saved calibration by printer and format id."""
    data = _read(path or default_settings_path())
    result: dict[str, dict[str, Calibration]] = {}
    for printer, formats in data["calibrations"].items():
        if not isinstance(formats, dict):
            continue
        for format_id in formats:
            result.setdefault(printer, {})[format_id] = load_calibration(
                format_id=format_id, printer=printer, path=path
            )
    return result


def load_next_start(*, format_id: str, path: Path | None = None) -> int:
    """The first free label on the partly used sheet the last print run left (1: none)."""
    data = _read(path or default_settings_path())
    value = data.get("next_start", {}).get(format_id, 1)
    return value if isinstance(value, int) and value >= 1 else 1


def save_next_start(position: int, *, format_id: str, path: Path | None = None) -> None:
    """Remember where the next run on ``format_id`` sheets can start (reference §4)."""
    target = path or default_settings_path()
    data = _read(target)
    next_start = data.setdefault("next_start", {})
    if not isinstance(next_start, dict):
        next_start = data["next_start"] = {}
    next_start[format_id] = max(int(position), 1)
    _write(target, data)
