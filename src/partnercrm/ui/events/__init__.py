"""Event widgets: list, editor with sessions, participants, check-in at the door, statistics.

Each is a standalone QWidget with a clear constructor (``CheckInView(db, event_id)``);
the main window places them (sidebar "Veranstaltungen").
"""
