"""One event in tabs: details and sessions, participants, check-in, statistics.

A convenience for the main window: ``EventWorkspace(db, event_id)`` keeps the tabs
in step (a check-in refreshes the participants and the statistics).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from partnercrm.store.database import Database
from partnercrm.ui.events.check_in_view import CheckInView
from partnercrm.ui.events.event_editor import EventEditor
from partnercrm.ui.events.participants_view import ParticipantsView
from partnercrm.ui.events.statistics_view import StatisticsView


class EventWorkspace(QWidget):
    """Tabs of one event. Attributes: editor, participants, check_in, statistics."""

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = EventEditor(db, event_id)
        self.participants = ParticipantsView(db, event_id)
        self.check_in = CheckInView(db, event_id)
        self.statistics = StatisticsView(db, event_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Details and sessions"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.check_in, self.tr("Check-in"))
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        self.check_in.checked_in.connect(self._participations_changed)
        self.check_in.undo_stack.indexChanged.connect(self._participations_changed)
        self.participants.participations_changed.connect(self._participations_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _tab_changed(self, _index: int) -> None:
        # Sessions edited in the first tab appear in the participants' session box.
        self.participants.reload_sessions()

    def _participations_changed(self, *_args: object) -> None:
        self.participants.model.reload()
        self.statistics.reload()
        self.check_in.reload()
