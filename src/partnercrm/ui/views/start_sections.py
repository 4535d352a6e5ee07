"""The start page's sections from other areas: follow-ups due and upcoming events."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget
from shiboken6 import isValid

from partnercrm.services import events
from partnercrm.services.changes import Changes
from partnercrm.services.followups import Bucket
from partnercrm.ui.activities.followups_view import FollowUpsView
from partnercrm.ui.context import AppContext
from partnercrm.ui.icons import icon

DUE_BUCKETS = frozenset({Bucket.OVERDUE, Bucket.TODAY, Bucket.WEEK})
UPCOMING_EVENTS = 5
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


class DueFollowUps(FollowUpsView):
    """Follow-ups overdue, due today and this week, with "Done…" and "Snooze…" at hand."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.db, undo_stack=ctx.undo_stack, buckets=DUE_BUCKETS, parent=parent)
        self.setObjectName("due_followups")
        self.table.setAccessibleName(self.tr("Follow-ups due"))
        self.owner.setAccessibleName(self.tr("Whose follow-ups"))
        self.table.setColumnHidden(4, True)  # owner: the filter above says whose
        self.table.setColumnHidden(1, True)  # the original interaction's date
        self.table.setColumnWidth(0, 200)
        self.reassign_button.hide()
        self.followups_changed.connect(ctx.bus.changed)
        ctx.bus.changed.connect(self._changed)
        ctx.undo_stack.indexChanged.connect(self._undo_index_changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("interaction") or changes.touches("person"):
            self.reload()

    def _undo_index_changed(self, _index: int) -> None:
        if isValid(self.owner):
            self.reload()


class UpcomingEvents(QListWidget):
    """The next few events: date, title, registered of capacity; activating opens one.

    Signals:
        open_requested(entity, id): ("event", id).
    """

    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("upcoming_events")
        self.setAccessibleName(self.tr("Upcoming events"))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Room for the five events, no empty half-box below them.
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(UPCOMING_EVENTS * (2 * line + 8) + 2 * self.frameWidth() + 4)
        self.itemActivated.connect(self._open)
        ctx.bus.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        now = datetime.now().replace(second=0, microsecond=0)
        rows = self.ctx.read(lambda s: events.upcoming_events(s, now=now, limit=UPCOMING_EVENTS))
        for row in rows:
            when = row.starts_at.strftime("%d.%m.%Y %H:%M")
            if row.capacity:
                seats = self.tr("{registered} of {capacity} registered").format(
                    registered=row.registered, capacity=row.capacity
                )
            else:
                seats = self.tr("%n registered", "", row.registered)
            item = QListWidgetItem(icon("events"), f"{when}  {row.title}\n{seats}")
            item.setData(EVENT_ROLE, row.id)
            item.setToolTip(row.venue or row.title)
            self.addItem(item)
        if not rows:
            self.addItem(self.tr("No upcoming events."))

    def event_ids(self) -> list[int]:
        return [
            int(self.item(row).data(EVENT_ROLE))
            for row in range(self.count())
            if self.item(row).data(EVENT_ROLE) is not None
        ]

    def _open(self, item: QListWidgetItem) -> None:
        event_id = item.data(EVENT_ROLE)
        if event_id is not None:
            self.open_requested.emit("event", int(event_id))

    def _changed(self, changes: Changes) -> None:
        if changes.touches("event") or changes.touches("participation"):
            self.refresh()
