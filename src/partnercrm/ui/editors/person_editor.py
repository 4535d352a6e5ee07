"""The person editor: name and address form, roles, private contact data, tags, consents.

Validation runs as you type; Save is possible only when every field is valid. A
save is an undoable command; if it fails, everything typed stays in the editor.
If someone changed the person meanwhile, the user chooses what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import ConflictError, UserError, ValidationError
from partnercrm.model.enums import AddressForm, AddressKind, ContactKind, SalutationForm
from partnercrm.services import organizations as organization_service
from partnercrm.services import people
from partnercrm.ui.commands.people import CreatePersonCommand, EditPersonCommand, PersonSnapshot
from partnercrm.ui.context import AppContext
from partnercrm.ui.editors.affiliation_rows import AffiliationRow
from partnercrm.ui.editors.conflict import ConflictChoice, ask_about_conflict
from partnercrm.ui.editors.fields import CheckedLineEdit, EnumCombo, ErrorLabel, OptionalDateEdit
from partnercrm.ui.editors.row_lists import AddressRow, ConsentRow, ContactPointRow, RowList
from partnercrm.ui.icons import icon
from partnercrm.ui.labels import LANGUAGES, language_label


def section_title(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    title.setFont(font)
    title.setContentsMargins(0, 10, 0, 2)
    return title


class PersonEditor(QWidget):
    """Edits one person (or a new one).

    Signals:
        person_saved(person_id): a save went through (created or updated).
        dirty_changed(bool): there are unsaved changes, or no longer.
    """

    person_saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.version = 0
        self.before: PersonSnapshot | None = None
        self.dirty = False
        self._loading = False
        self.setObjectName("person_editor")

        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trash_note = QLabel(self.tr("This person is in the trash."))
        self.trash_note.setStyleSheet("color: #b03a2e;")
        self.trash_note.hide()

        self.salutation = EnumCombo(tuple(SalutationForm), accessible_name=self.tr("Salutation"))
        self.academic_title = QLineEdit()
        self.academic_title.setPlaceholderText(self.tr("e.g. Dr."))
        self.first_name = QLineEdit()
        self.name_particle = QLineEdit()
        self.name_particle.setPlaceholderText(self.tr("e.g. von, van, de"))
        self.last_name = CheckedLineEdit(accessible_name=self.tr("Last name"))
        self.address_form = EnumCombo(
            tuple(AddressForm), accessible_name=self.tr("Form of address")
        )
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.birthday = OptionalDateEdit(accessible_name=self.tr("Birthday"))
        self.do_not_contact = QCheckBox(self.tr("Do not contact (wins over every consent)"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. Bürgerengagement, Stiftung"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        for widget, name in (
            (self.academic_title, self.tr("Academic title")),
            (self.first_name, self.tr("First name")),
            (self.name_particle, self.tr("Name particle")),
            (self.language, self.tr("Language")),
            (self.tags, self.tr("Tags")),
            (self.notes, self.tr("Notes")),
        ):
            widget.setAccessibleName(name)

        find = self._find_organizations
        self.affiliations = RowList[object](
            lambda: AffiliationRow(find), self.tr("Add a role at an organisation")
        )
        self.contact_points = RowList[object](
            lambda: ContactPointRow(tuple(ContactKind)), self.tr("Add e-mail, phone or web")
        )
        self.addresses = RowList[object](
            lambda: AddressRow((AddressKind.PRIVATE, AddressKind.POSTAL)),
            self.tr("Add a private address"),
        )
        self.consents = RowList[object](ConsentRow, self.tr("Record a consent"))

        self.message = ErrorLabel()
        self.save_button = QPushButton(icon("save"), self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Discard changes"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add_row(form, self.tr("Sa&lutation:"), self.salutation)
        self._add_row(form, self.tr("&Academic title:"), self.academic_title)
        self._add_row(form, self.tr("&First name:"), self.first_name)
        self._add_row(form, self.tr("Name &particle:"), self.name_particle)
        self._add_row(form, self.tr("&Last name:"), self.last_name)
        self._add_row(form, self.tr("Form of a&ddress:"), self.address_form)
        self._add_row(form, self.tr("Lan&guage:"), self.language)
        self._add_row(form, self.tr("&Birthday:"), self.birthday)
        self._add_row(form, self.tr("&Tags:"), self.tags)
        form.addRow("", self.do_not_contact)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.trash_note)
        body_layout.addLayout(form)
        body_layout.addWidget(section_title(self.tr("Roles at organisations")))
        body_layout.addWidget(self.affiliations)
        body_layout.addWidget(section_title(self.tr("Private contact")))
        body_layout.addWidget(self.contact_points)
        body_layout.addWidget(self.addresses)
        body_layout.addWidget(section_title(self.tr("Communication consents")))
        body_layout.addWidget(self.consents)
        body_layout.addWidget(section_title(self.tr("Notes")))
        body_layout.addWidget(self.notes)
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

        for edit in (self.academic_title, self.first_name, self.name_particle, self.tags):
            edit.textEdited.connect(self._on_edited)
        self.last_name.edited.connect(self._on_edited)
        self.notes.textChanged.connect(self._on_edited)
        for combo in (self.salutation, self.address_form, self.language):
            combo.currentIndexChanged.connect(self._on_edited)
        self.birthday.dateChanged.connect(self._on_edited)
        self.do_not_contact.toggled.connect(self._on_edited)
        for rows in (self.affiliations, self.contact_points, self.addresses, self.consents):
            rows.edited.connect(self._on_edited)
            rows.validity_changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.new_person()

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _find_organizations(self, text: str) -> list[organization_service.OrganizationRef]:
        return self.ctx.read(lambda s: organization_service.find_organizations(s, text, limit=15))

    # --- state ---------------------------------------------------------------------

    def new_person(self) -> None:
        """Show an empty editor for a new person."""
        self.person_id = None
        self.version = 0
        self.before = None
        self._fill(PersonSnapshot(people.PersonInput()), deleted=False)
        self.heading.setText(self.tr("New person"))
        self.first_name.setFocus()

    def load(self, person_id: int) -> None:
        """Show the stored person ``person_id`` (discarding unsaved changes)."""
        detail = self.ctx.read(lambda s: people.get_person(s, person_id))
        self.person_id = detail.id
        self.version = detail.version
        self.before = PersonSnapshot.of(detail)
        self._fill(self.before, deleted=detail.deleted_at is not None)
        self.heading.setText(detail.display_name)

    def revert(self) -> None:
        if self.person_id is None:
            self.new_person()
        else:
            self.load(self.person_id)

    def _fill(self, snapshot: PersonSnapshot, *, deleted: bool) -> None:
        self._loading = True
        try:
            data = snapshot.data
            self.salutation.set_value(data.salutation)
            self.academic_title.setText(data.academic_title)
            self.first_name.setText(data.first_name)
            self.name_particle.setText(data.name_particle)
            self.last_name.set_text(data.last_name)
            self.address_form.set_value(data.address_form)
            index = self.language.findData(data.language)
            if index < 0:
                self.language.addItem(data.language, data.language)
                index = self.language.count() - 1
            self.language.setCurrentIndex(index)
            self.birthday.set_value(data.birthday)
            self.do_not_contact.setChecked(data.do_not_contact)
            self.tags.setText(", ".join(data.tags))
            self.notes.setPlainText(data.notes)
            self.affiliations.set_values(snapshot.affiliations)
            self.contact_points.set_values(snapshot.contact_points)
            self.addresses.set_values(snapshot.addresses)
            self.consents.set_values(snapshot.consents)
            self.trash_note.setVisible(deleted)
            self.message.show_message(None)
        finally:
            self._loading = False
        self._set_dirty(False)

    def snapshot(self) -> PersonSnapshot:
        """What the editor holds now, as service inputs."""
        salutation = self.salutation.value()
        address_form = self.address_form.value()
        assert isinstance(salutation, SalutationForm)
        assert isinstance(address_form, AddressForm)
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        data = people.PersonInput(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            salutation=salutation,
            academic_title=self.academic_title.text().strip(),
            name_particle=self.name_particle.text().strip(),
            address_form=address_form,
            language=str(self.language.currentData() or "de"),
            birthday=self.birthday.value(),
            notes=self.notes.toPlainText(),
            do_not_contact=self.do_not_contact.isChecked(),
            tags=tags,
            **self._kept_fields(),
        )
        return PersonSnapshot(
            data=data,
            addresses=self.addresses.values(),  # type: ignore[arg-type]
            contact_points=self.contact_points.values(),  # type: ignore[arg-type]
            affiliations=self.affiliations.values(),  # type: ignore[arg-type]
            consents=self.consents.values(),  # type: ignore[arg-type]
        )

    def _kept_fields(self) -> dict[str, str]:
        """Fields the editor does not show, kept as stored (suffix, nickname)."""
        if self.before is None:
            return {}
        return {"name_suffix": self.before.data.name_suffix, "nickname": self.before.data.nickname}

    def valid(self) -> bool:
        has_name = bool(self.first_name.text().strip() or self.last_name.text().strip())
        return has_name and all(
            rows.valid()
            for rows in (self.affiliations, self.contact_points, self.addresses, self.consents)
        )

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self._update_buttons()
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_buttons(self) -> None:
        has_name = bool(self.first_name.text().strip() or self.last_name.text().strip())
        self.last_name.show_error(
            "" if has_name or not self.dirty else self.tr("Enter at least a first or a last name.")
        )
        self.save_button.setEnabled(self.dirty and self.valid())
        self.revert_button.setEnabled(self.dirty)

    # --- saving --------------------------------------------------------------------

    def save(self) -> bool:
        """Save through an undoable command; False (and the typing kept) if it fails."""
        if not self.valid():
            self.message.show_message(self.tr("Correct the marked fields first."))
            return False
        snapshot = self.snapshot()
        if self.person_id is None:
            command: CreatePersonCommand | EditPersonCommand = CreatePersonCommand(
                self.ctx, snapshot
            )
        else:
            assert self.before is not None
            command = EditPersonCommand(
                self.ctx, self.person_id, self.before, snapshot, self.version
            )
        try:
            command.perform()
        except ConflictError as exc:
            return self._resolve_conflict(exc, snapshot)
        except ValidationError as exc:
            self.message.show_message(exc.message)
            if exc.field == "last_name":
                self.last_name.show_error(exc.message)
            return False
        except UserError as exc:
            self.message.show_message(exc.message)
            return False
        self.ctx.undo_stack.push(command)
        person_id = command.person_id
        assert person_id is not None
        self.load(person_id)
        self.person_saved.emit(person_id)
        return True

    def _resolve_conflict(self, exc: ConflictError, mine: PersonSnapshot) -> bool:
        """Someone changed the person meanwhile: never overwrite silently."""
        choice = ask_about_conflict(self, exc.message)
        assert self.person_id is not None
        if choice is ConflictChoice.SHOW_THEIRS:
            self.load(self.person_id)
            return False
        if choice is not ConflictChoice.SAVE_MINE:
            return False
        person_id = self.person_id
        current = self.ctx.read(lambda s: people.get_person(s, person_id))
        self.before = PersonSnapshot.of(current)
        self.version = current.version
        return self.save_over(mine)

    def save_over(self, mine: PersonSnapshot) -> bool:
        """Save ``mine`` over the stored version the editor now knows."""
        assert self.person_id is not None and self.before is not None
        command = EditPersonCommand(self.ctx, self.person_id, self.before, mine, self.version)
        try:
            command.perform()
        except UserError as exc:
            self.message.show_message(exc.message)
            return False
        self.ctx.undo_stack.push(command)
        self.load(self.person_id)
        self.person_saved.emit(self.person_id)
        return True
