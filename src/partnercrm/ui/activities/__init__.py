"""Activities in the desktop app: log dialog, timelines, follow-ups, e-mail drop.

Standalone widgets with explicit constructors; the main window places them:

* ``LogInteractionDialog(db, person_ids=..., organization_ids=..., event_id=...)``;
  ``LogShortcut(db, main_window, current=lambda: CurrentContact(...))`` opens it
  with Ctrl+L from anywhere, with the current contact filled in;
* ``TimelineView(db, person_id=... | organization_id=...)`` for a person's or an
  organization's page;
* ``FollowUpsView(db)`` for the Start page and the Activities view, and
  ``overdue_message(db)`` for the greeting on start;
* ``EmailDropFilter(db, widget, person_id=...)`` makes a widget accept .eml files.
"""

from partnercrm.ui.activities.email_drop import EmailDropFilter
from partnercrm.ui.activities.followups_view import FollowUpsModel, FollowUpsView, overdue_message
from partnercrm.ui.activities.log_dialog import LogInteractionDialog
from partnercrm.ui.activities.log_shortcut import CurrentContact, LogShortcut
from partnercrm.ui.activities.timeline_view import TimelineModel, TimelineView

__all__ = [
    "CurrentContact",
    "EmailDropFilter",
    "FollowUpsModel",
    "FollowUpsView",
    "LogInteractionDialog",
    "LogShortcut",
    "TimelineModel",
    "TimelineView",
    "overdue_message",
]
