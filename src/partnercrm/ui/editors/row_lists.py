"""Repeating rows in the editors: contact points, addresses and consents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import ValidationError
from partnercrm.model.enums import (
    AddressKind,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    ContactKind,
)
from partnercrm.services import validation
from partnercrm.services.consents import ConsentData, ConsentInput
from partnercrm.services.contact_data import AddressInput, ContactPointInput
from partnercrm.ui.editors.fields import (
    CheckedLineEdit,
    EnumCombo,
    ErrorLabel,
    check_with,
    contact_check,
)
from partnercrm.ui.icons import icon
from partnercrm.ui.labels import label

V = TypeVar("V")


class RowWidget(QWidget):
    """One row; subclasses build fields and convert to and from a service input.

    Signals:
        edited(), remove_requested(), validity_changed(bool)
    """

    edited = Signal()
    remove_requested = Signal()
    validity_changed = Signal()

    def _remove_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon("delete"))
        button.setAutoRaise(True)
        button.setToolTip(self.tr("Remove this line"))
        button.setAccessibleName(self.tr("Remove this line"))
        button.clicked.connect(self.remove_requested.emit)
        return button

    def valid(self) -> bool:
        return True


class RowList(QWidget, Generic[V]):
    """A column of rows with an "Add" button.

    Signals:
        edited(): a row was changed, added or removed.
        validity_changed(): some row's validity changed.
    """

    edited = Signal()
    validity_changed = Signal()

    def __init__(
        self, make_row: Callable[[], RowWidget], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.make_row = make_row
        self.rows: list[RowWidget] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("add"), add_text, self)
        self.add_button.setFlat(True)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self._on_add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_row(self) -> RowWidget:
        row = self.make_row()
        row.edited.connect(self.edited.emit)
        row.validity_changed.connect(self.validity_changed.emit)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()  # addWidget would show a former top-level widget only later, queued
        return row

    def _on_add(self) -> None:
        row = self.add_row()
        row.setFocus()
        self.edited.emit()

    def _remove(self, row: RowWidget) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.edited.emit()
        self.validity_changed.emit()

    def clear(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def valid(self) -> bool:
        return all(row.valid() for row in self.rows)

    def set_values(self, values: tuple[V, ...]) -> None:
        self.clear()
        for value in values:
            self.add_row().set_value(value)  # type: ignore[attr-defined]

    def values(self) -> tuple[V, ...]:
        result = [row.value() for row in self.rows]  # type: ignore[attr-defined]
        return tuple(v for v in result if v is not None)


class ContactPointRow(RowWidget):
    """Kind, value (checked as typed), label, primary."""

    def __init__(self, kinds: tuple[ContactKind, ...] = tuple(ContactKind)) -> None:
        super().__init__()
        self.kind = EnumCombo(kinds, accessible_name=self.tr("Kind of contact"))
        self.value_field = CheckedLineEdit(
            contact_check(ContactKind.EMAIL),
            placeholder=self.tr("Address or number"),
            accessible_name=self.tr("E-mail address or phone number"),
        )
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("Label, e.g. office"))
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.primary = QCheckBox(self.tr("Primary"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.value_field, 3)
        layout.addWidget(self.label_edit, 1)
        layout.addWidget(self.primary)
        layout.addWidget(self._remove_button())
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.value_field.edited.connect(self.edited.emit)
        self.value_field.validity_changed.connect(lambda _v: self.validity_changed.emit())
        self.label_edit.textEdited.connect(lambda _t: self.edited.emit())
        self.primary.toggled.connect(lambda _c: self.edited.emit())

    def _on_kind(self) -> None:
        kind = self.kind.value()
        assert isinstance(kind, ContactKind)
        self.value_field.set_check(contact_check(kind))
        self.edited.emit()

    def valid(self) -> bool:
        return self.value_field.valid

    def set_value(self, value: ContactPointInput) -> None:
        self.kind.set_value(value.kind)
        self.value_field.set_text(value.value)
        self.label_edit.setText(value.label)
        self.primary.setChecked(value.is_primary)

    def value(self) -> ContactPointInput | None:
        text = self.value_field.text().strip()
        if not text:
            return None
        kind = self.kind.value()
        assert isinstance(kind, ContactKind)
        return ContactPointInput(
            kind, text, self.label_edit.text().strip(), self.primary.isChecked()
        )


class AddressRow(RowWidget):
    """Kind, street, addition, postal code (checked for the country), city, country."""

    def __init__(self, kinds: tuple[AddressKind, ...] = tuple(AddressKind)) -> None:
        super().__init__()
        self.kind = EnumCombo(kinds, accessible_name=self.tr("Kind of address"))
        self.street = QLineEdit()
        self.street.setPlaceholderText(self.tr("Street and number"))
        self.street.setAccessibleName(self.tr("Street and number"))
        self.addition = QLineEdit()
        self.addition.setPlaceholderText(self.tr("Addition, e.g. c/o or floor"))
        self.addition.setAccessibleName(self.tr("Address addition"))
        self.postal_code = CheckedLineEdit(
            self._check_postal_code,
            placeholder=self.tr("Postal code"),
            accessible_name=self.tr("Postal code"),
        )
        self.postal_code.setMaximumWidth(90)
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("City"))
        self.city.setAccessibleName(self.tr("City"))
        self.country = CheckedLineEdit(
            check_with(validation.normalize_country),
            placeholder=self.tr("Country"),
            accessible_name=self.tr("Country"),
        )
        self.country.set_text("DE")
        self.country.setMaximumWidth(56)
        self.primary = QCheckBox(self.tr("Primary"))
        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        place.addWidget(self.country)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.street, 0, 1)
        grid.addWidget(self.primary, 0, 2)
        grid.addWidget(self._remove_button(), 0, 3)
        grid.addWidget(self.addition, 1, 1)
        grid.addLayout(place, 2, 1)
        grid.setColumnStretch(1, 1)
        for edit in (self.street, self.addition, self.city):
            edit.textEdited.connect(lambda _t: self.edited.emit())
        self.postal_code.edited.connect(self.edited.emit)
        self.country.edited.connect(self._on_country)
        self.kind.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.primary.toggled.connect(lambda _c: self.edited.emit())
        for field in (self.postal_code, self.country):
            field.validity_changed.connect(lambda _v: self.validity_changed.emit())

    def _country_code(self) -> str:
        try:
            return validation.normalize_country(self.country.text())
        except ValidationError:  # the country field shows its own message
            return ""

    def _check_postal_code(self, text: str) -> str | None:
        country = self._country_code() if hasattr(self, "country") else "DE"
        if not country:
            return None
        return check_with(lambda t: validation.normalize_postal_code(t, country))(text)

    def _on_country(self) -> None:
        self.postal_code.revalidate()
        self.edited.emit()

    def valid(self) -> bool:
        return self.postal_code.valid and self.country.valid

    def set_value(self, value: AddressInput) -> None:
        self.kind.set_value(value.kind)
        self.street.setText(value.street)
        self.addition.setText(value.addition)
        self.city.setText(value.city)
        self.country.set_text(value.country)
        self.postal_code.set_text(value.postal_code)
        self.primary.setChecked(value.is_primary)

    def value(self) -> AddressInput | None:
        kind = self.kind.value()
        assert isinstance(kind, AddressKind)
        result = AddressInput(
            kind=kind,
            street=self.street.text().strip(),
            addition=self.addition.text().strip(),
            postal_code=self.postal_code.text().strip(),
            city=self.city.text().strip(),
            country=self.country.text().strip() or "DE",
            is_primary=self.primary.isChecked(),
        )
        return None if result.is_empty else result


class ConsentRow(RowWidget):
    """A consent event: stored ones are read-only (the log is append-only)."""

    def __init__(self) -> None:
        super().__init__()
        self.stored: ConsentData | None = None
        self.channel = EnumCombo(tuple(ConsentChannel), accessible_name=self.tr("Channel"))
        self.purpose = EnumCombo(tuple(ConsentPurpose), accessible_name=self.tr("Purpose"))
        self.state = EnumCombo(tuple(ConsentState), accessible_name=self.tr("Consent"))
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd.MM.yyyy")
        self.given_on.setAccessibleName(self.tr("Date of the consent"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Source, e.g. registration form"))
        self.source.setAccessibleName(self.tr("Source of the consent"))
        self.summary = QLabel()
        self.summary.hide()
        self.remove = self._remove_button()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.channel, self.purpose, self.state, self.given_on):
            layout.addWidget(widget)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.remove)
        for combo in (self.channel, self.purpose, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.source.textEdited.connect(lambda _t: self.edited.emit())
        self.given_on.dateChanged.connect(lambda _d: self.edited.emit())

    def set_value(self, value: ConsentInput) -> None:
        self.channel.set_value(value.channel)
        self.purpose.set_value(value.purpose)
        self.state.set_value(value.state)
        self.given_on.setDate(QDate(value.given_on.year, value.given_on.month, value.given_on.day))
        self.source.setText(value.source)
        if isinstance(value, ConsentData) and value.id:
            self.stored = value
            self.summary.setText(
                self.tr("{channel}, {purpose}: {state} on {date} ({source})").format(
                    channel=label(value.channel),
                    purpose=label(value.purpose),
                    state=label(value.state),
                    date=value.given_on.strftime("%d.%m.%Y"),
                    source=value.source or "–",
                )
            )
            for widget in (self.channel, self.purpose, self.state, self.given_on, self.source):
                widget.hide()
            self.remove.hide()
            self.summary.show()

    def value(self) -> ConsentInput | None:
        if self.stored is not None:
            return self.stored
        channel, purpose, state = self.channel.value(), self.purpose.value(), self.state.value()
        assert isinstance(channel, ConsentChannel)
        assert isinstance(purpose, ConsentPurpose)
        assert isinstance(state, ConsentState)
        given: date = self.given_on.date().toPython()  # type: ignore[assignment]
        return ConsentInput(channel, purpose, state, given, self.source.text().strip())


__all__ = ["AddressRow", "ConsentRow", "ContactPointRow", "ErrorLabel", "RowList"]
