"""Icons of the program: our own SVG files in resources/icons, loaded once each."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from partnercrm.resources import ResourceMissingError, resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if it is missing).

    SVG renders sharp at every device pixel ratio, so one file serves every
    HiDPI scale factor.
    """
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except ResourceMissingError:
        return QIcon()
