"""The one helper that finds files of the top-level resources/ folder.

Installed from a wheel, the files sit in the package as ``partnercrm/_resources``
(copied there by setup.py); in a checkout or an editable install they are read
from ``resources/`` beside ``src/``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path


class ResourceMissingError(FileNotFoundError):
    """A resource that the program ships is not where it should be (a packaging bug)."""


@cache
def resource_root() -> Path:
    """Return the folder that holds the shipped resources."""
    packaged = importlib_resources.files("partnercrm") / "_resources"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise ResourceMissingError(
        "The resources folder of PartnerCRM is missing; reinstall the program."
    )


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissingError(f"Resource {'/'.join(parts)} is missing; reinstall the program.")
    return path
