"""The start page: what needs attention today, and the welcome panel on an empty database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnercrm.services import organizations, people
from partnercrm.services.changes import Changes
from partnercrm.ui.activities.overdue import overdue_message
from partnercrm.ui.context import AppContext
from partnercrm.ui.icons import icon
from partnercrm.ui.settings import WELCOME_DONE
from partnercrm.ui.views.start_sections import DueFollowUps, UpcomingEvents
from partnercrm.ui.welcome import WelcomePanel

# Sections other views add to the start page (follow-ups due, upcoming events):
# a title and a factory building the widget from the AppContext. Integration of
# ui/activities and ui/events is one ``START_SECTIONS.append(...)`` each.
START_SECTIONS: list[tuple[str, Callable[[AppContext], QWidget]]] = []

DEMO_PEOPLE = 300


class RecentPeople(QListWidget):
    """The recently changed people; activating one opens them.

    Signals:
        open_requested(entity, id)
    """

    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Recently changed contacts"))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._open)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        rows = self.ctx.read(lambda s: people.recently_changed_people(s, 12))
        for row in rows:
            details = ", ".join(p for p in (row.function, row.organization) if p)
            text = f"{row.display_name}\n{details}" if details else row.display_name
            item = QListWidgetItem(icon("person"), text)
            item.setToolTip(text)
            item.setData(0x0100, row.id)
            self.addItem(item)
        if not rows:
            self.addItem(self.tr("No contacts yet."))

    def _open(self, item: QListWidgetItem) -> None:
        person_id = item.data(0x0100)
        if person_id is not None:
            self.open_requested.emit("person", int(person_id))


class StartPage(QStackedWidget):
    """Dashboard, or the welcome panel on the first start with an empty database.

    Signals:
        open_requested(entity, id): show a person or organisation.
        status_changed(text)
    """

    open_requested = Signal(str, int)
    status_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("start_page")
        self.welcome = WelcomePanel(self)
        self.welcome.import_chosen.connect(self._import)
        self.welcome.demo_chosen.connect(self._demo)
        self.welcome.empty_chosen.connect(self._start_empty)

        self.dashboard = QWidget(self)
        title = QLabel(self.tr("What needs attention"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel()
        self.overdue = QLabel()
        self.overdue.setObjectName("overdue_message")
        self.overdue.setStyleSheet("color: #b00020; font-weight: bold;")
        self.followups = DueFollowUps(ctx, self.dashboard)
        self.followups.interaction_activated.connect(
            lambda i: self.open_requested.emit("interaction", i)
        )
        self.upcoming = UpcomingEvents(ctx, self.dashboard)
        self.upcoming.open_requested.connect(self.open_requested.emit)
        self.recent = RecentPeople(ctx, self.dashboard)
        self.recent.open_requested.connect(self.open_requested.emit)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.addWidget(self._heading(self.tr("Follow-ups due")), 0, 0)
        grid.addWidget(self.followups, 1, 0, 3, 1)
        grid.addWidget(self._heading(self.tr("Upcoming events")), 0, 1)
        grid.addWidget(self.upcoming, 1, 1)
        grid.addWidget(self._heading(self.tr("Recently changed contacts")), 2, 1)
        grid.addWidget(self.recent, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(3, 1)
        for column, (section_title, factory) in enumerate(START_SECTIONS, start=2):
            grid.addWidget(self._heading(section_title), 0, column)
            grid.addWidget(factory(ctx), 1, column, 3, 1)
        layout = QVBoxLayout(self.dashboard)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.overdue)
        layout.addLayout(grid, 1)
        self.addWidget(self.dashboard)
        self.addWidget(self.welcome)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def refresh(self) -> None:
        counts = self.ctx.read(
            lambda s: (people.count_people(s), organizations.count_organizations(s))
        )
        self.counts = counts
        self.summary.setText(
            self.tr("%Ln person(s)", "", counts[0])
            + " · "
            + self.tr("%Ln organisation(s)", "", counts[1])
        )
        self.recent.refresh()
        self.overdue.setText(overdue_message(self.ctx.db))
        self.overdue.setVisible(bool(self.overdue.text()))

    def status_text(self) -> str:
        return self.summary.text()

    def is_empty(self) -> bool:
        return self.counts == (0, 0)

    def show_welcome_if_empty(self) -> bool:
        """Show the welcome panel if the database holds nobody yet; whether it did."""
        if self.is_empty() and not self.ctx.settings.get(WELCOME_DONE):
            self.setCurrentWidget(self.welcome)
            self.welcome.import_button.setFocus()
            return True
        return False

    def _done_welcome(self) -> None:
        self.ctx.settings.set(WELCOME_DONE, True)
        self.setCurrentWidget(self.dashboard)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("interaction"):
            self.overdue.setText(overdue_message(self.ctx.db))
            self.overdue.setVisible(bool(self.overdue.text()))
        if changes.touches("person") or changes.touches("organization"):
            self.refresh()
            if not self.is_empty() and self.currentWidget() is self.welcome:
                self._done_welcome()
            self.status_changed.emit(self.status_text())

    def _start_empty(self) -> None:
        self._done_welcome()

    def _import(self) -> None:
        from partnercrm.ui.documents import open_import_dialog

        open_import_dialog(self.ctx, self)

    def _demo(self) -> None:
        db = self.ctx.db

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            from partnercrm.services.demo_network import generate_demo

            report(0, 0)
            with db.transaction() as session:
                return generate_demo(session, people=DEMO_PEOPLE)

        self.welcome.setEnabled(False)
        self.ctx.tasks.run(
            work,
            title=self.tr("Loading the demo network…"),
            parent=self,
            on_done=self._after_demo,
            on_error=self._demo_failed,
        )

    def _demo_failed(self, exc: BaseException) -> None:
        self.welcome.setEnabled(True)
        QMessageBox.warning(self, self.tr("Load demo network"), str(getattr(exc, "message", exc)))

    def _after_demo(self, _summary: object) -> None:
        self.welcome.setEnabled(True)
        # A bulk load: every list redraws (no ids worth naming one by one).
        self.ctx.bus.changed.emit(
            Changes.of(
                created={"person": {0}, "organization": {0}, "event": {0}, "interaction": {0}}
            )
        )
        self._done_welcome()
