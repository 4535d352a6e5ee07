"""A person's roles in the editor: organisation (completed or created), function, contact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from partnercrm.model.enums import AddressKind, ContactKind
from partnercrm.services.affiliations import AffiliationInput
from partnercrm.services.organization_kinds import infer_organization_kind
from partnercrm.services.organizations import OrganizationRef
from partnercrm.ui.editors.fields import OptionalDateEdit
from partnercrm.ui.editors.row_lists import AddressRow, ContactPointRow, RowList, RowWidget
from partnercrm.ui.labels import label

FindOrganizations = Callable[[str], list[OrganizationRef]]


class AffiliationRow(RowWidget):
    """One role. The organisation is picked by completion or typed; a new name is
    created on save with the kind its name suggests (shown below the field)."""

    def __init__(self, find: FindOrganizations) -> None:
        super().__init__()
        self.find = find
        self.affiliation_id: int | None = None
        self.organization_id: int | None = None
        self.known: dict[str, int] = {}
        self.setObjectName("affiliation_row")

        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("Organisation (type to search)"))
        self.organization.setAccessibleName(self.tr("Organisation"))
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.organization.setCompleter(completer)
        completer.activated.connect(self._on_completed)
        self.organization_hint = QLabel()
        self.organization_hint.setStyleSheet("color: palette(mid);")
        self.function = QLineEdit()
        self.function.setAccessibleName(self.tr("Function"))
        self.function.setPlaceholderText(self.tr("e.g. CSR manager"))
        self.department = QLineEdit()
        self.department.setAccessibleName(self.tr("Department"))
        self.primary = QCheckBox(self.tr("Primary role"))
        self.use_org_address = QCheckBox(self.tr("Use the organisation's address"))
        self.use_org_address.setChecked(True)
        self.valid_from = OptionalDateEdit(accessible_name=self.tr("From"))
        self.valid_until = OptionalDateEdit(accessible_name=self.tr("Until"))
        self.contacts = RowList[object](
            lambda: ContactPointRow(
                (ContactKind.EMAIL, ContactKind.PHONE, ContactKind.MOBILE, ContactKind.FAX)
            ),
            self.tr("Add business e-mail or phone"),
        )
        self.addresses = RowList[object](
            lambda: AddressRow((AddressKind.BUSINESS, AddressKind.POSTAL)),
            self.tr("Add an address of this role"),
        )
        self.addresses.setVisible(False)

        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(frame)
        org_row = QHBoxLayout()
        org_row.addWidget(self.organization, 1)
        org_row.addWidget(self.primary)
        org_row.addWidget(self._remove_button())
        form.addRow(self._label(self.tr("&Organisation:"), self.organization), org_row)
        form.addRow("", self.organization_hint)
        form.addRow(self._label(self.tr("F&unction:"), self.function), self.function)
        form.addRow(self._label(self.tr("Department:"), self.department), self.department)
        dates = QHBoxLayout()
        dates.addWidget(self.valid_from)
        dates.addWidget(QLabel(self.tr("until")))
        dates.addWidget(self.valid_until)
        dates.addStretch(1)
        form.addRow(self._label(self.tr("From:"), self.valid_from), dates)
        form.addRow(self.tr("Business contact:"), self.contacts)
        form.addRow("", self.use_org_address)
        form.addRow("", self.addresses)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(frame)

        self.organization.textEdited.connect(self._on_organization_edited)
        for edit in (self.function, self.department):
            edit.textEdited.connect(lambda _t: self.edited.emit())
        self.primary.toggled.connect(lambda _c: self.edited.emit())
        self.use_org_address.toggled.connect(self._on_use_org_address)
        for date_edit in (self.valid_from, self.valid_until):
            date_edit.dateChanged.connect(lambda _d: self.edited.emit())
        for rows in (self.contacts, self.addresses):
            rows.edited.connect(self.edited.emit)
            rows.validity_changed.connect(self.validity_changed.emit)
        self.setFocusProxy(self.organization)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        result = QLabel(text)
        result.setBuddy(buddy)
        return result

    def _on_organization_edited(self, text: str) -> None:
        self.organization_id = self.known.get(text)
        if len(text.strip()) >= 2:
            refs = self.find(text)
            self.known = {ref.name: ref.id for ref in refs}
            self.completions.setStringList([ref.name for ref in refs])
            self.organization_id = self.known.get(text)
        self._update_hint()
        self.edited.emit()

    def _on_completed(self, text: str) -> None:
        self.organization_id = self.known.get(text)
        self._update_hint()
        self.edited.emit()

    def _update_hint(self) -> None:
        name = self.organization.text().strip()
        if not name or self.organization_id is not None:
            self.organization_hint.setText("")
            self.organization_hint.hide()
            return
        self.organization_hint.show()
        self.organization_hint.setText(
            self.tr("New organisation, created on save as: {kind}").format(
                kind=label(infer_organization_kind(name))
            )
        )

    def _on_use_org_address(self, checked: bool) -> None:
        self.addresses.setVisible(not checked)
        if not checked and not self.addresses.rows:
            self.addresses.add_row()
        self.edited.emit()

    def valid(self) -> bool:
        return self.contacts.valid() and (
            self.use_org_address.isChecked() or self.addresses.valid()
        )

    def set_value(self, value: AffiliationInput) -> None:
        self.affiliation_id = value.id
        self.organization_id = value.organization_id
        if value.organization_id is not None:
            self.known = {value.organization_name: value.organization_id}
        self.organization.setText(value.organization_name)
        self.function.setText(value.function)
        self.department.setText(value.department)
        self.primary.setChecked(value.is_primary)
        self.valid_from.set_value(value.valid_from)
        self.valid_until.set_value(value.valid_until)
        self.contacts.set_values(value.contact_points)
        self.addresses.set_values(value.addresses)
        self.use_org_address.setChecked(value.use_organization_address)
        self.addresses.setVisible(not value.use_organization_address)
        self._update_hint()

    def value(self) -> AffiliationInput | None:
        name = self.organization.text().strip()
        if not name and self.organization_id is None and not self.function.text().strip():
            return None
        return AffiliationInput(
            id=self.affiliation_id,
            organization_id=self.organization_id,
            organization_name=name,
            function=self.function.text().strip(),
            department=self.department.text().strip(),
            use_organization_address=self.use_org_address.isChecked(),
            is_primary=self.primary.isChecked(),
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            contact_points=self.contacts.values(),  # type: ignore[arg-type]
            addresses=() if self.use_org_address.isChecked() else self.addresses.values(),  # type: ignore[arg-type]
        )
