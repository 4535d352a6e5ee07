"""What starting the window loads: only what the first view needs.

Start-up time is measured by benchmarks/bench_ui.py; this test guards the design that
keeps it low: import machinery, printing, the command-line modules and the e-mail
parser are loaded when first used, not when the window opens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from partnercrm.services.demo_network import generate_demo
from partnercrm.store.database import Database

SRC = Path(__file__).resolve().parents[2] / "src"

CHILD = r"""
import gc, json, sys
sys.path.insert(0, {src!r})
from partnercrm.cli.main import open_window, window_arguments
args = window_arguments(["--db", {db!r}])
import partnercrm.ui.app as app_module

def show_and_report(db_arg):
    from PySide6.QtCore import QSettings
    from partnercrm.store.database import open_database
    from partnercrm.ui.main_window import MainWindow
    from partnercrm.ui.settings import LAST_VIEW, WELCOME_DONE, Settings

    app = app_module.create_application([])
    settings = Settings(QSettings({ini!r}, QSettings.Format.IniFormat))
    settings.set(LAST_VIEW, "people")
    settings.set(WELCOME_DONE, True)
    app_module.install_translators(app, "de")
    db = open_database(db_arg)
    window = MainWindow(db, settings)
    window.show()
    app.processEvents()
    rows = window.widgets["people"].model.rowCount()
    collecting = gc.isenabled()
    app_module.settle_after_start()
    print(json.dumps({{
        "rows": rows,
        "modules": sorted(sys.modules),
        "collecting_during_start": collecting,
        "collecting_after": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
    }}))
    db.close()
    return 0

app_module.run_app = show_and_report
sys.exit(open_window(args.db))
"""

NOT_AT_START = (
    "vobject",
    "reportlab",
    "openpyxl",
    "rapidfuzz",
    "pypdfium2",
    "alembic",
    "email.parser",
    "partnercrm.cli.event_commands",
    "partnercrm.cli.import_commands",
    "partnercrm.interchange.vcard_reader",
    "partnercrm.interchange.table_import",
    "partnercrm.interchange.email_import",
    "partnercrm.services.contact_import",
    "partnercrm.printing.labels",
    "partnercrm.ui.exchange.import_dialog",
    "partnercrm.ui.activities.log_dialog",
    "partnercrm.ui.activities.activities_view",
    "partnercrm.ui.views.start_page",
)


def test_opening_the_people_view_loads_none_of_the_heavy_modules(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    with db.transaction() as session:
        generate_demo(session, people=40, today=date.today())
    db.close()
    code = CHILD.format(src=str(SRC), db=str(db_path), ini=str(tmp_path / "s.ini"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["rows"] > 0, "the people list shows the demo"
    loaded = set(report["modules"])
    assert "sqlalchemy.orm" in loaded and "PySide6.QtWidgets" in loaded  # the check can fail
    # The collector pauses while the start builds what lives on, and runs again after.
    assert not report["collecting_during_start"]
    assert report["collecting_after"] and report["frozen"] > 10_000
    early = sorted(name for name in NOT_AT_START if name in loaded)
    assert early == [], f"loaded at start although the first view does not need them: {early}"
