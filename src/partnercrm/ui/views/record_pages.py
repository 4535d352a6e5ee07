"""A person's or organisation's page: the editor, the timeline and the event history in tabs."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from partnercrm.ui.activities.timeline_view import TimelineView
from partnercrm.ui.context import AppContext
from partnercrm.ui.events.event_history_view import EventHistoryView

DETAILS, TIMELINE, EVENTS = 0, 1, 2


class _Host(QWidget):
    """Holds the page of one record; replaced when another record is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 6, 4, 4)
        self.page: QWidget | None = None
        self.record_id: int | None = None

    def set_page(self, page: QWidget | None, record_id: int | None) -> None:
        if self.page is not None:
            self.layout_.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        self.record_id = record_id
        if page is not None:
            self.layout_.addWidget(page)


class RecordPages(QTabWidget):
    """Details (the editor), Timeline and Event history of one person or organisation.

    The timeline and the history are read when their tab is shown, for the record
    ``set_record`` named last.

    Signals:
        open_requested(entity, id): ("event" | "organization" | "interaction", id).
    """

    open_requested = Signal(str, int)

    def __init__(
        self,
        ctx: AppContext,
        editor: QWidget,
        entity: Literal["person", "organization"],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.record_id: int | None = None
        self.setDocumentMode(True)
        self.timeline_host = _Host(self)
        self.history_host = _Host(self)
        self.addTab(editor, self.tr("Details"))
        self.addTab(self.timeline_host, self.tr("Timeline"))
        self.addTab(self.history_host, self.tr("Event history"))
        self.currentChanged.connect(lambda _index: self._ensure())
        self._enable()

    @property
    def timeline(self) -> TimelineView | None:
        page = self.timeline_host.page
        return page if isinstance(page, TimelineView) else None

    @property
    def history(self) -> EventHistoryView | None:
        page = self.history_host.page
        return page if isinstance(page, EventHistoryView) else None

    def set_record(self, record_id: int | None) -> None:
        """Show the pages of this record (None: a new, unsaved one)."""
        if record_id == self.record_id:
            return
        self.record_id = record_id
        self._enable()
        self._ensure()

    def reload(self) -> None:
        """Read the shown timeline or history again (after a change elsewhere)."""
        for host in (self.timeline_host, self.history_host):
            host.record_id = None
        self._ensure()

    def _enable(self) -> None:
        has_record = self.record_id is not None
        self.setTabEnabled(TIMELINE, has_record)
        self.setTabEnabled(EVENTS, has_record)
        if not has_record:
            self.setCurrentIndex(DETAILS)

    def _ensure(self) -> None:
        index = self.currentIndex()
        if self.record_id is None or index == DETAILS:
            return
        host = self.timeline_host if index == TIMELINE else self.history_host
        if host.record_id == self.record_id and host.page is not None:
            return
        host.set_page(self._build(index, self.record_id), self.record_id)

    def _build(self, index: int, record_id: int) -> QWidget:
        key = "person_id" if self.entity == "person" else "organization_id"
        if index == TIMELINE:
            timeline = TimelineView(self.ctx.db, **{key: record_id})
            timeline.event_activated.connect(lambda i: self.open_requested.emit("event", i))
            timeline.interaction_activated.connect(
                lambda i: self.open_requested.emit("interaction", i)
            )
            timeline.organization_activated.connect(
                lambda i: self.open_requested.emit("organization", i)
            )
            return timeline
        history = EventHistoryView(self.ctx.db, **{key: record_id})
        if history.model.rowCount() == 0:
            history.deleteLater()
            text = (
                self.tr("Has not taken part in an event yet.")
                if self.entity == "person"
                else self.tr("Nobody from this organisation has taken part in an event yet.")
            )
            empty = QLabel(text)
            empty.setObjectName("no_event_history")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            return empty
        history.event_activated.connect(lambda i: self.open_requested.emit("event", i))
        return history
