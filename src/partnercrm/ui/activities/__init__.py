"""Activities in the desktop app: log dialog, timelines, follow-ups, e-mail drop.

The package imports nothing itself: the main window loads each module when it is
first needed, so that starting the program does not pay for all of them.

Standalone widgets with explicit constructors; the main window places them:

* ``ActivitiesView(ctx)``: the "Activities" view (follow-ups, log button, search);

* ``LogInteractionDialog(db, person_ids=..., organization_ids=..., event_id=...)``;
  ``LogShortcut(db, main_window, current=lambda: CurrentContact(...))`` opens it
  with Ctrl+L from anywhere, with the current contact filled in;
* ``TimelineView(db, person_id=... | organization_id=...)`` for a person's or an
  organization's page;
* ``FollowUpsView(db)`` for the Start page and the Activities view, and
  ``overdue_message(db)`` for the greeting on start;
* ``EmailDropFilter(db, widget, person_id=...)`` makes a widget accept .eml files.
"""
