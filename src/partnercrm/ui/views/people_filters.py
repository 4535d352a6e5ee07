"""The search field and the filters above the people list; they make a PersonFilter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from partnercrm.model.enums import ConsentChannel, OrganizationKind, Sector
from partnercrm.services import organizations as organization_service
from partnercrm.services import tags as tag_service
from partnercrm.services.people import PersonFilter
from partnercrm.ui.context import AppContext
from partnercrm.ui.icons import icon
from partnercrm.ui.labels import label


class LazyChoiceCombo(QComboBox):
    """A filter combo whose choices are read from the database when first opened.

    Tags are counted over every person: reading them at start would delay the
    first paint of the list, and most sessions never open this filter.
    """

    def __init__(self, all_text: str, load: Callable[[], list[tuple[str, int]]]) -> None:
        super().__init__()
        self.all_text = all_text
        self.load = load
        self.stale = True
        self.addItem(all_text, None)

    def refresh(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.all_text, None)
        for text, value in self.load():
            self.addItem(text, value)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)
        self.stale = False

    def ensure_loaded(self) -> None:
        if self.stale:
            self.refresh()

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)


class PeopleFilterBar(QWidget):
    """Search as you type plus tag, organisation kind/sector, municipality and consent.

    Signals:
        filter_changed(PersonFilter): the user changed the search or a filter.
        save_requested(): "Save as distribution list" was pressed.
    """

    filter_changed = Signal(object)
    save_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setObjectName("people_search")
        self.search.setPlaceholderText(self.tr("Search people (Ctrl+F): name, organisation, city…"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(260)

        self.tag = LazyChoiceCombo(
            self.tr("All tags"),
            lambda: [(t.name, t.id) for t in self.ctx.read(tag_service.all_tags)],
        )
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Filter by kind of organisation"))
        self.kind.addItem(self.tr("All organisations"), None)
        for sector in Sector:
            self.kind.addItem(label(sector), f"sector:{sector.value}")
        for kind in OrganizationKind:
            self.kind.addItem("   " + label(kind), f"kind:{kind.value}")
        self.municipality = LazyChoiceCombo(
            self.tr("All municipalities"),
            lambda: [(p.name, p.id) for p in self.ctx.read(organization_service.municipalities)],
        )
        self.municipality.setAccessibleName(self.tr("Filter by municipality"))
        self.contact = QComboBox(self)
        self.contact.setAccessibleName(self.tr("Filter by consent"))
        self.contact.addItem(self.tr("Any consent"), None)
        self.contact.addItem(self.tr("May be contacted by post"), ConsentChannel.POST.value)
        self.contact.addItem(self.tr("May be contacted by e-mail"), ConsentChannel.EMAIL.value)
        self.save_button = QPushButton(icon("list-save"), self.tr("Save as list…"), self)
        self.save_button.setToolTip(self.tr("Save this selection as a distribution list"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.tag, self.kind, self.municipality, self.contact):
            # Long municipality names must not widen the window: the popup shows them whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            layout.addWidget(combo)
            combo.activated.connect(self._emit)
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save_requested.emit)
        # Keystrokes arriving faster than the list repaints are coalesced into one query.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._pending.start())

    def refresh_choices(self) -> None:
        """The tags and municipalities offered are read again when next opened."""
        for combo in (self.tag, self.municipality):
            combo.stale = True

    def person_filter(self) -> PersonFilter:
        choice = str(self.kind.currentData() or "")
        tag = self.tag.currentData()
        place = self.municipality.currentData()
        channel = self.contact.currentData()
        return PersonFilter(
            query=self.search.text(),
            tag_ids=(int(tag),) if tag is not None else (),
            organization_kinds=(
                (OrganizationKind(choice[5:]),) if choice.startswith("kind:") else ()
            ),
            sectors=(Sector(choice[7:]),) if choice.startswith("sector:") else (),
            municipality_id=int(place) if place is not None else None,
            may_contact_by=ConsentChannel(channel) if channel else None,
        )

    def _emit(self, *_args: object) -> None:
        self._pending.stop()
        self.filter_changed.emit(self.person_filter())
