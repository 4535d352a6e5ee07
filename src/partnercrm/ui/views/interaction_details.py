"""One interaction read back: what happened, with whom, and what is still to do."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from partnercrm.services import interactions
from partnercrm.services.interactions import InteractionDetail
from partnercrm.store.database import Database
from partnercrm.ui.activities.labels import interaction_kind_label


class InteractionDetailsDialog(QDialog):
    """Shows an interaction; the names in it are links to the person, organisation or event.

    Signals:
        open_requested(entity, id): a link was followed.
    """

    open_requested = Signal(str, int)

    def __init__(self, db: Database, interaction_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with db.session() as session:
            self.detail = interactions.get_interaction(session, interaction_id=interaction_id)
        self.setWindowTitle(self.detail.subject or interaction_kind_label(self.detail.kind))
        self.resize(560, 420)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Interaction"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setHtml(self._html(self.detail))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _html(self, detail: InteractionDetail) -> str:
        when = detail.occurred_at.strftime("%d.%m.%Y %H:%M")
        parts = [
            f"<h3>{escape(detail.subject)}</h3>",
            f"<p>{escape(interaction_kind_label(detail.kind))} · {when}</p>",
        ]
        links = [f'<a href="person:{p.id}">{escape(p.name)}</a>' for p in detail.people]
        links += [
            f'<a href="organization:{o.id}">{escape(o.name)}</a>' for o in detail.organizations
        ]
        if links:
            parts.append(f"<p><b>{escape(self.tr('With'))}:</b> {', '.join(links)}</p>")
        if detail.event_id is not None:
            event = f'<a href="event:{detail.event_id}">{escape(detail.event_title)}</a>'
            parts.append(f"<p><b>{escape(self.tr('Event'))}:</b> {event}</p>")
        if detail.text:
            parts.append(f"<p>{escape(detail.text).replace(chr(10), '<br>')}</p>")
        if detail.followup_due is not None:
            state = self.tr("done") if detail.followup_done else self.tr("open")
            due = detail.followup_due.strftime("%d.%m.%Y")
            owner = f" ({escape(detail.followup_owner)})" if detail.followup_owner else ""
            parts.append(
                f"<p><b>{escape(self.tr('Follow-up'))}:</b> {due}{owner}, {escape(state)}"
                f"<br>{escape(detail.followup_note)}</p>"
            )
        return "".join(parts)

    def _follow(self, url: QUrl) -> None:
        entity, _, number = url.toString().partition(":")
        if number.isdigit():
            self.open_requested.emit(entity, int(number))
            self.accept()
