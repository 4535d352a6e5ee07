"""Start-up pieces: language choice, translators, settings declared once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from partnercrm import i18n
from partnercrm.ui.app import install_translators
from partnercrm.ui.settings import LANGUAGE, PREFERENCES, Settings, ui_language


def test_german_system_gets_german_and_others_english(settings: Settings) -> None:
    assert ui_language(settings, QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert ui_language(settings, QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"
    settings.set(LANGUAGE, "en")
    assert ui_language(settings, QLocale(QLocale.Language.German)) == "en"


def test_preferences_have_defaults_and_descriptions(settings: Settings) -> None:
    keys = [p.key for p in PREFERENCES]
    assert len(keys) == len(set(keys))
    for preference in PREFERENCES:
        assert preference.description
        assert settings.get(preference) == preference.default


def test_german_translators_translate_qt_dialogs(qapp: QCoreApplication) -> None:
    translators = install_translators(qapp, "de")
    try:
        # qtbase_de is Qt's own catalogue: standard buttons speak German.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert i18n.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in translators.installed:
            qapp.removeTranslator(translator)
        i18n.install_translator(lambda _context, text: text)
