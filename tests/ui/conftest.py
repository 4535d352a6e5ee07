"""UI test fixtures: settings in a temporary INI file, never the user's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from partnercrm.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path, qapp: object) -> Iterator[Settings]:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield Settings(qsettings)
    qsettings.sync()
