"""The greeting on start: how many follow-ups are overdue.

Apart from the follow-ups view so that the main window can say it at start without
loading the view's widgets.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from partnercrm.services import followups
from partnercrm.store.database import Database


def overdue_message(db: Database, *, today: date | None = None, owner: str | None = None) -> str:
    """What the app says on start about overdue follow-ups; empty when none are overdue."""
    with db.session() as session:
        count = followups.overdue_count(session, today=today or date.today(), owner=owner)
    if not count:
        return ""
    return QCoreApplication.translate(
        "activities", "%n follow-up(s) overdue. See Activities.", "", count
    )
