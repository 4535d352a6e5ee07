"""The Activities view of the main window: open follow-ups and finding interactions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from partnercrm.services import interactions
from partnercrm.services.changes import Changes
from partnercrm.ui.activities.followups_view import FollowUpsView
from partnercrm.ui.activities.labels import interaction_kind_label
from partnercrm.ui.activities.log_dialog import LogInteractionDialog
from partnercrm.ui.context import AppContext

INTERACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class ActivitiesView(QWidget):
    """Follow-ups (overdue, today, this week, later) above a search over all interactions.

    Follow-up actions go on the app's undo stack and are announced on its data bus.

    Signals:
        interaction_activated(int): open this interaction.
    """

    interaction_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.followups = FollowUpsView(ctx.db, undo_stack=ctx.undo_stack)
        self.followups.followups_changed.connect(ctx.bus.changed)
        self.followups.interaction_activated.connect(self.interaction_activated)

        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.log_button.setToolTip(self.tr("Ctrl+L from anywhere"))
        self.log_button.clicked.connect(self.log_interaction)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all interactions…"))
        self.search.setAccessibleName(self.tr("Search all interactions"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Interactions"))
        self.results.itemActivated.connect(
            lambda item: self.interaction_activated.emit(item.data(INTERACTION_ROLE))
        )
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<b>Follow-ups</b>")), 1)
        header.addWidget(self.log_button)
        top_layout.addLayout(header)
        top_layout.addWidget(self.followups)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.results_title = QLabel()
        search_bar = QHBoxLayout()
        search_bar.addWidget(self.results_title)
        search_bar.addWidget(self.search, 1)
        bottom_layout.addLayout(search_bar)
        bottom_layout.addWidget(self.results)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        ctx.bus.changed.connect(self._changed)
        self.run_search()
        # Undo and redo change follow-ups behind the view's back.
        ctx.undo_stack.indexChanged.connect(self._undo_index_changed)

    def log_interaction(self) -> LogInteractionDialog:
        dialog = LogInteractionDialog(self._ctx.db, undo_stack=self._ctx.undo_stack, parent=self)
        dialog.interaction_logged.connect(lambda _id, changes: self._ctx.bus.changed.emit(changes))
        dialog.open()
        return dialog

    def run_search(self) -> None:
        """Interactions matching the search; the latest ones while the field is empty."""
        query = self.search.text()
        if query.strip():
            self.results_title.setText(self.tr("<b>Found interactions</b>"))
            hits = self._ctx.read(lambda s: interactions.search_interactions(s, query=query))
        else:
            self.results_title.setText(self.tr("<b>Latest interactions</b>"))
            hits = self._ctx.read(lambda s: interactions.latest_interactions(s, limit=50))
        self.results.clear()
        for hit in hits:
            who = ", ".join(name for _id, name in hit.people + hit.organizations)
            text = (
                f"{hit.occurred_at.strftime('%d.%m.%Y')}  {interaction_kind_label(hit.kind)}  "
                f"{hit.subject}  —  {who}"
            )
            item = QListWidgetItem(text)
            item.setData(INTERACTION_ROLE, hit.id)
            self.results.addItem(item)

    def _undo_index_changed(self, _index: int) -> None:
        # The app's undo stack may outlive this view (it is cleared when the window
        # closes, after the views' widgets are gone).
        if isValid(self.followups.owner):
            self.followups.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("interaction") or changes.touches("person"):
            self.followups.reload()
            self.run_search()
