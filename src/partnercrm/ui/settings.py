"""User preferences: each declared once with type, default and description, in QSettings.

Window and column state (geometry, splitters, header state) also goes to QSettings,
under the keys of ``WindowState``; facts about the user's data live in the database.
The file carries a version; ``upgrade`` runs the steps from older versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Preference:
    """One user preference.

    Attributes:
        key: the QSettings key.
        type: bool, int or str.
        default: the value when nothing is stored.
        description: one line saying what it does (shown in the settings dialog).
    """

    key: str
    type: type
    default: Any
    description: str


LANGUAGE = Preference(
    "ui/language",
    str,
    "auto",
    "Language of the user interface: auto (German on a German system), de or en.",
)
LAST_VIEW = Preference("ui/last_view", str, "start", "The view shown at the last exit.")
WELCOME_DONE = Preference(
    "ui/welcome_done", bool, False, "The welcome panel was answered once; do not show it again."
)
PAGE_SIZE = Preference(
    "lists/page_size", int, 200, "Rows fetched from the database at once while scrolling."
)

PREFERENCES: tuple[Preference, ...] = (LANGUAGE, LAST_VIEW, WELCOME_DONE, PAGE_SIZE)
SUPPORTED_LANGUAGES = ("de", "en")


def _convert(preference: Preference, value: Any) -> Any:
    if value is None:
        return preference.default
    if preference.type is bool:
        if isinstance(value, str):
            return value.lower() in {"1", "true", "yes"}
        return bool(value)
    try:
        return preference.type(value)
    except (TypeError, ValueError):
        return preference.default


class Settings:
    """Typed access to the preferences and window state (one QSettings underneath)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.upgrade()

    def get(self, preference: Preference) -> Any:
        return _convert(preference, self.qsettings.value(preference.key))

    def set(self, preference: Preference, value: Any) -> None:
        self.qsettings.setValue(preference.key, preference.type(value))

    def state(self, key: str) -> Any:
        """A piece of window state (QByteArray, list ...) or None."""
        return self.qsettings.value(f"state/{key}")

    def set_state(self, key: str, value: Any) -> None:
        self.qsettings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self.qsettings.sync()

    def upgrade(self) -> None:
        """Bring settings written by an older version up to ``SETTINGS_VERSION``."""
        stored = int(self.qsettings.value("settings_version", 0) or 0)
        # Version 0 → 1: nothing to convert (first version with a number).
        if stored != SETTINGS_VERSION:
            self.qsettings.setValue("settings_version", SETTINGS_VERSION)


def ui_language(settings: Settings, system: QLocale | None = None) -> str:
    """The language to show: the chosen one, else German on a German system, else English."""
    chosen = settings.get(LANGUAGE)
    if chosen in SUPPORTED_LANGUAGES:
        return str(chosen)
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        return "de" if name.lower().startswith("de") else "en"
    return "de" if locale.language() == QLocale.Language.German else "en"
