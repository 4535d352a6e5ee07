"""The organisation editor, and on the same page its people and sub-organisations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import ConflictError, UserError, ValidationError
from partnercrm.model.enums import AddressKind, ContactKind, OrganizationKind
from partnercrm.services import organizations, validation
from partnercrm.services.organization_kinds import infer_organization_kind
from partnercrm.ui.commands.organizations import (
    CreateOrganizationCommand,
    EditOrganizationCommand,
    OrganizationSnapshot,
)
from partnercrm.ui.context import AppContext
from partnercrm.ui.editors.conflict import ConflictChoice, ask_about_conflict
from partnercrm.ui.editors.fields import CheckedLineEdit, EnumCombo, ErrorLabel, check_with
from partnercrm.ui.editors.person_editor import section_title
from partnercrm.ui.editors.row_lists import AddressRow, ContactPointRow, RowList
from partnercrm.ui.icons import icon
from partnercrm.ui.labels import label

# Sections other capabilities add to an organisation's page (interactions, event
# history): a title and a factory ``(ctx, organization_id) -> QWidget``.
ORGANIZATION_SECTIONS: list[tuple[str, Callable[[AppContext, int], QWidget]]] = []

ID_ROLE = Qt.ItemDataRole.UserRole


class OrganizationPicker(QLineEdit):
    """Picks an existing organisation by typing (completion); ``organization_id`` or None."""

    picked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.organization_id: int | None = None
        self.known: dict[str, int] = {}
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._on_text)
        self.textEdited.connect(self._on_edited)
        self.setPlaceholderText(self.tr("None (type to search)"))

    def _on_edited(self, text: str) -> None:
        if len(text.strip()) >= 2:
            refs = self.ctx.read(lambda s: organizations.find_organizations(s, text, limit=15))
            self.known = {r.name: r.id for r in refs}
            self.completions.setStringList(list(self.known))
        self._on_text(text)

    def _on_text(self, text: str) -> None:
        self.organization_id = self.known.get(text) if text.strip() else None
        self.picked.emit()

    def set_organization(self, ref: organizations.OrganizationRef | None) -> None:
        self.organization_id = ref.id if ref else None
        self.known = {ref.name: ref.id} if ref else {}
        self.setText(ref.name if ref else "")

    def valid(self) -> bool:
        return not self.text().strip() or self.organization_id is not None


class OrganizationEditor(QWidget):
    """Edits one organisation (or a new one) and lists its people.

    Signals:
        organization_saved(id), dirty_changed(bool), open_requested(entity, id)
    """

    organization_saved = Signal(int)
    dirty_changed = Signal(bool)
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("organization_editor")
        self.org_id: int | None = None
        self.version = 0
        self.before: OrganizationSnapshot | None = None
        self.dirty = False
        self._loading = False

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.trash_note = QLabel(self.tr("This organisation is in the trash."))
        self.trash_note.setStyleSheet("color: #b03a2e;")
        self.trash_note.hide()
        self.name = CheckedLineEdit(accessible_name=self.tr("Name"))
        self.short_name = QLineEdit()
        self.short_name.setAccessibleName(self.tr("Short name"))
        self.kind = EnumCombo(
            tuple(OrganizationKind),
            accessible_name=self.tr("Kind"),
            none_text=self.tr("From the name"),
        )
        self.kind_hint = QLabel()
        self.parent_picker = OrganizationPicker(ctx)
        self.parent_picker.setAccessibleName(self.tr("Parent organisation"))
        self.parent_error = ErrorLabel()
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.website = CheckedLineEdit(
            check_with(validation.normalize_url),
            placeholder="www.example.org",
            accessible_name=self.tr("Website"),
        )
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. Bürgerengagement, Stiftung"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.addresses = RowList[object](
            lambda: AddressRow((AddressKind.BUSINESS, AddressKind.POSTAL)),
            self.tr("Add an address"),
        )
        self.contact_points = RowList[object](
            lambda: ContactPointRow(tuple(ContactKind)), self.tr("Add e-mail, phone or web")
        )
        self.current_people = QListWidget()
        self.current_people.setAccessibleName(self.tr("Current people"))
        self.former_people = QListWidget()
        self.former_people.setAccessibleName(self.tr("Former people"))
        self.sub_organizations = QListWidget()
        self.sub_organizations.setAccessibleName(self.tr("Sub-organisations"))
        for listing in (self.current_people, self.former_people, self.sub_organizations):
            listing.setMaximumHeight(150)
            listing.itemActivated.connect(self._open_item)

        self.message = ErrorLabel()
        self.save_button = QPushButton(icon("save"), self.tr("&Save"))
        self.revert_button = QPushButton(self.tr("&Discard changes"))

        form = QFormLayout()
        for text, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("S&hort name:"), self.short_name),
            (self.tr("&Kind:"), self.kind),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow("", self.kind_hint)
        for text, field in (
            (self.tr("&Parent organisation:"), self.parent_picker),
            (self.tr("&Municipality:"), self.municipality),
            (self.tr("&Website:"), self.website),
            (self.tr("&Tags:"), self.tags),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
            if field is self.parent_picker:
                form.addRow("", self.parent_error)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.trash_note)
        body_layout.addLayout(form)
        body_layout.addWidget(section_title(self.tr("Addresses")))
        body_layout.addWidget(self.addresses)
        body_layout.addWidget(section_title(self.tr("Contact")))
        body_layout.addWidget(self.contact_points)
        body_layout.addWidget(section_title(self.tr("Notes")))
        body_layout.addWidget(self.notes)
        body_layout.addWidget(section_title(self.tr("People now")))
        body_layout.addWidget(self.current_people)
        body_layout.addWidget(section_title(self.tr("Former people")))
        body_layout.addWidget(self.former_people)
        body_layout.addWidget(section_title(self.tr("Sub-organisations")))
        body_layout.addWidget(self.sub_organizations)
        self.extra_sections = QVBoxLayout()
        body_layout.addLayout(self.extra_sections)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.name.edited.connect(self._on_edited)
        self.website.edited.connect(self._on_edited)
        for edit in (self.short_name, self.tags):
            edit.textEdited.connect(self._on_edited)
        self.notes.textChanged.connect(self._on_edited)
        self.kind.currentIndexChanged.connect(self._on_edited)
        self.municipality.currentIndexChanged.connect(self._on_edited)
        self.parent_picker.picked.connect(self._on_edited)
        for rows in (self.addresses, self.contact_points):
            rows.edited.connect(self._on_edited)
            rows.validity_changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.new_organization()

    # --- state ---------------------------------------------------------------------

    def _fill_municipalities(self, current: int | None) -> None:
        places = self.ctx.read(organizations.municipalities)
        self.municipality.clear()
        self.municipality.addItem(self.tr("None"), None)
        for place in places:
            if place.id != self.org_id:
                self.municipality.addItem(place.name, place.id)
        self.municipality.setCurrentIndex(max(self.municipality.findData(current), 0))

    def new_organization(self) -> None:
        self.org_id = None
        self.version = 0
        self.before = None
        self._fill(OrganizationSnapshot(organizations.OrganizationInput(name="")), None, None, None)
        self.heading.setText(self.tr("New organisation"))
        self.name.setFocus()

    def load(self, org_id: int) -> None:
        detail = self.ctx.read(lambda s: organizations.get_organization(s, org_id))
        self.org_id = detail.id
        self.version = detail.version
        self.before = OrganizationSnapshot.of(detail)
        self._fill(self.before, detail, detail.parent, detail.municipality)
        self.heading.setText(detail.name)

    def revert(self) -> None:
        if self.org_id is None:
            self.new_organization()
        else:
            self.load(self.org_id)

    def _fill(
        self,
        snapshot: OrganizationSnapshot,
        detail: organizations.OrganizationDetail | None,
        parent_ref: organizations.OrganizationRef | None,
        municipality: organizations.OrganizationRef | None,
    ) -> None:
        self._loading = True
        try:
            data = snapshot.data
            self.name.set_text(data.name)
            self.short_name.setText(data.short_name)
            self.kind.set_value(data.kind)
            self.parent_picker.set_organization(parent_ref)
            self.parent_error.show_message(None)
            self._fill_municipalities(municipality.id if municipality else None)
            self.website.set_text(data.website)
            self.tags.setText(", ".join(data.tags))
            self.notes.setPlainText(data.notes)
            self.addresses.set_values(snapshot.addresses)
            self.contact_points.set_values(snapshot.contact_points)
            self._fill_people(detail)
            self.trash_note.setVisible(detail is not None and detail.deleted_at is not None)
            self.message.show_message(None)
            self._update_kind_hint()
        finally:
            self._loading = False
        self._set_dirty(False)

    def _fill_people(self, detail: organizations.OrganizationDetail | None) -> None:
        for listing in (self.current_people, self.former_people, self.sub_organizations):
            listing.clear()
        while self.extra_sections.count():
            item = self.extra_sections.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if detail is None:
            return
        for listing, members in (
            (self.current_people, detail.current_people),
            (self.former_people, detail.former_people),
        ):
            for member in members:
                role = ", ".join(p for p in (member.function, member.department) if p)
                item = QListWidgetItem(
                    icon("person"), f"{member.name} — {role}" if role else member.name
                )
                item.setData(ID_ROLE, ("person", member.person_id))
                listing.addItem(item)
            if not members:
                listing.addItem(self.tr("Nobody"))
        for ref in detail.sub_organizations:
            item = QListWidgetItem(icon("organizations"), f"{ref.name} ({label(ref.kind)})")
            item.setData(ID_ROLE, ("organization", ref.id))
            self.sub_organizations.addItem(item)
        if not detail.sub_organizations:
            self.sub_organizations.addItem(self.tr("None"))
        for title, factory in ORGANIZATION_SECTIONS:
            self.extra_sections.addWidget(section_title(title))
            self.extra_sections.addWidget(factory(self.ctx, detail.id))

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(ID_ROLE)
        if target:
            self.open_requested.emit(target[0], int(target[1]))

    def _update_kind_hint(self) -> None:
        name = self.name.text().strip()
        if self.kind.value() is None and name:
            self.kind_hint.setText(
                self.tr("Kind from the name: {kind}").format(
                    kind=label(infer_organization_kind(name))
                )
            )
        else:
            self.kind_hint.setText("")
        self.kind_hint.setVisible(bool(self.kind_hint.text()))

    def snapshot(self) -> OrganizationSnapshot:
        kind = self.kind.value()
        place = self.municipality.currentData()
        return OrganizationSnapshot(
            data=organizations.OrganizationInput(
                name=self.name.text().strip(),
                short_name=self.short_name.text().strip(),
                kind=OrganizationKind(kind) if kind is not None else None,
                parent_id=self.parent_picker.organization_id,
                municipality_id=int(place) if place is not None else None,
                website=self.website.text().strip(),
                notes=self.notes.toPlainText(),
                tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            ),
            addresses=self.addresses.values(),  # type: ignore[arg-type]
            contact_points=self.contact_points.values(),  # type: ignore[arg-type]
        )

    def valid(self) -> bool:
        return (
            bool(self.name.text().strip())
            and self.website.valid
            and self.parent_picker.valid()
            and self.addresses.valid()
            and self.contact_points.valid()
        )

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self._update_kind_hint()
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self._update_buttons()
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_buttons(self) -> None:
        self.name.show_error(
            self.tr("Enter the organisation's name.")
            if self.dirty and not self.name.text().strip()
            else ""
        )
        self.parent_error.show_message(
            None
            if self.parent_picker.valid()
            else self.tr("Choose an existing organisation from the list, or leave it empty.")
        )
        self.save_button.setEnabled(self.dirty and self.valid())
        self.revert_button.setEnabled(self.dirty)

    # --- saving --------------------------------------------------------------------

    def save(self) -> bool:
        if not self.valid():
            self.message.show_message(self.tr("Correct the marked fields first."))
            return False
        snapshot = self.snapshot()
        if self.org_id is None:
            command: CreateOrganizationCommand | EditOrganizationCommand = (
                CreateOrganizationCommand(self.ctx, snapshot)
            )
        else:
            assert self.before is not None
            command = EditOrganizationCommand(
                self.ctx, self.org_id, self.before, snapshot, self.version
            )
        try:
            command.perform()
        except ConflictError as exc:
            return self._resolve_conflict(exc, snapshot)
        except ValidationError as exc:
            self.message.show_message(exc.message)
            if exc.field == "parent_id":
                self.parent_error.show_message(exc.message)
            return False
        except UserError as exc:
            self.message.show_message(exc.message)
            return False
        self.ctx.undo_stack.push(command)
        org_id = command.org_id
        assert org_id is not None
        self.load(org_id)
        self.organization_saved.emit(org_id)
        return True

    def _resolve_conflict(self, exc: ConflictError, mine: OrganizationSnapshot) -> bool:
        """Someone changed the organisation meanwhile: never overwrite silently."""
        choice = ask_about_conflict(self, exc.message)
        assert self.org_id is not None
        org_id = self.org_id
        if choice is ConflictChoice.SHOW_THEIRS:
            self.load(org_id)
            return False
        if choice is not ConflictChoice.SAVE_MINE:
            return False
        current = self.ctx.read(lambda s: organizations.get_organization(s, org_id))
        command = EditOrganizationCommand(
            self.ctx, org_id, OrganizationSnapshot.of(current), mine, current.version
        )
        try:
            command.perform()
        except UserError as error:
            self.message.show_message(error.message)
            return False
        self.ctx.undo_stack.push(command)
        self.load(org_id)
        self.organization_saved.emit(org_id)
        return True
