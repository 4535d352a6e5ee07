"""Starting the desktop program: QApplication, translations, database, main window."""

from __future__ import annotations

import gc
import logging
import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from partnercrm import i18n
from partnercrm.errors import DatabaseError
from partnercrm.resources import ResourceMissingError, resource_path
from partnercrm.ui.settings import Settings, ui_language

log = logging.getLogger(__name__)

ORGANIZATION_NAME = "PartnerCRM"
ORGANIZATION_DOMAIN = "partnercrm.local"
APPLICATION_NAME = "PartnerCRM"


@dataclass
class Translators:
    """The translators installed in the application (ours and Qt's own)."""

    language: str
    installed: list[QTranslator] = field(default_factory=list)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names that QSettings uses (or the one that exists)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    from partnercrm.ui.icons import icon

    app.setWindowIcon(icon("app"))
    return app


def install_translators(app: QCoreApplication, language: str) -> Translators:
    """Load our catalogue and Qt's own (qtbase) for ``language``; English needs none of Qt's."""
    result = Translators(language)
    QLocale.setDefault(
        QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    )
    ours = QTranslator(app)
    try:
        path = resource_path("translations", f"partnercrm_{language}.qm")
    except ResourceMissingError:
        # A checkout without `make translations`: the English source strings show.
        log.info("No compiled translation for %s; run `make translations`", language)
    else:
        if ours.load(str(path)):
            app.installTranslator(ours)
            result.installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            result.installed.append(qt)
    i18n.install_translator(QCoreApplication.translate)
    return result


def settle_after_start() -> None:
    """Once the window is up: keep what the start built out of the cyclic collector's
    walks (it lives on anyway) and let the collector run again (cli.main paused it)."""
    gc.freeze()
    gc.enable()


def run_app(db_arg: str | None) -> int:
    """Open the main window on the database ``db_arg`` (None: the default one); the exit code."""
    app = create_application()
    settings = Settings()
    install_translators(app, ui_language(settings))

    from partnercrm.store.database import open_database

    try:
        database = open_database(db_arg, memory_map=False)
    except DatabaseError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "PartnerCRM cannot open the database"),
            exc.message,
        )
        return 2

    from partnercrm.ui.main_window import MainWindow

    window = MainWindow(database, settings)
    window.show()
    QTimer.singleShot(0, settle_after_start)
    try:
        return app.exec()
    finally:
        window.tasks.wait()
        database.close()
