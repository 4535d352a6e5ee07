"""Editor building blocks: fields validated as you type, combos of enum values, dates.

Validation calls the same functions the services use (services.validation), so a
field that shows no message will also be accepted on save.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import ValidationError
from partnercrm.model.enums import ContactKind
from partnercrm.services import validation
from partnercrm.ui.labels import label

Check = Callable[[str], str | None]


def check_with(normalize: Callable[[str], object]) -> Check:
    """A Check from a service normaliser: None when valid, else its message."""

    def check(text: str) -> str | None:
        if not text.strip():
            return None
        try:
            normalize(text)
        except ValidationError as exc:
            return exc.message
        return None

    return check


def contact_check(kind: ContactKind) -> Check:
    if kind is ContactKind.EMAIL:
        return check_with(validation.normalize_email)
    if kind is ContactKind.WEB:
        return check_with(validation.normalize_url)
    return check_with(validation.normalize_phone)


class ErrorLabel(QLabel):
    """A message next to a field; hidden while the field is valid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b03a2e;")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class CheckedLineEdit(QWidget):
    """A line edit whose text is checked on every keystroke, with the message below it.

    Signals:
        edited(): the user changed the text.
        validity_changed(bool): the field became valid or invalid.
    """

    edited = Signal()
    validity_changed = Signal(bool)

    def __init__(
        self,
        check: Check | None = None,
        *,
        placeholder: str = "",
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(accessible_name or placeholder)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self._valid = True
        self.edit.textEdited.connect(self._on_edited)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.revalidate()

    def set_check(self, check: Check | None) -> None:
        self.check = check
        self.revalidate()

    @property
    def valid(self) -> bool:
        return self._valid

    def revalidate(self) -> None:
        message = self.check(self.edit.text()) if self.check else None
        self.error.show_message(message)
        self.edit.setAccessibleDescription(message or "")
        valid = message is None
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def show_error(self, message: str) -> None:
        """Show a message the service gave on save (the field stays as typed)."""
        self.error.show_message(message)

    def _on_edited(self, _text: str) -> None:
        self.revalidate()
        self.edited.emit()


class EnumCombo(QComboBox):
    """A combo box of enum values with translated names; ``value()`` is the enum member.

    Members are kept in a list beside the items: Qt would hand a StrEnum back as str.
    """

    def __init__(
        self,
        values: Iterable[StrEnum],
        *,
        accessible_name: str = "",
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.members: list[StrEnum | None] = []
        if none_text is not None:
            self.addItem(none_text)
            self.members.append(None)
        for value in values:
            self.addItem(label(value))
            self.members.append(value)
        self.setAccessibleName(accessible_name)

    def value(self) -> StrEnum | None:
        index = self.currentIndex()
        return self.members[index] if 0 <= index < len(self.members) else None

    def set_value(self, value: StrEnum | None) -> None:
        index = self.members.index(value) if value in self.members else 0
        self.setCurrentIndex(index)


NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty (shown as "–"); ``value()`` is a date or None."""

    def __init__(self, *, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("–")
        self.setDisplayFormat("dd.MM.yyyy")
        self.setDate(NO_DATE)
        self.setAccessibleName(accessible_name)

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == NO_DATE else qdate.toPython()  # type: ignore[no-any-return]

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


def row_layout(*widgets: QWidget, stretch: Iterable[int] = ()) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    stretches = list(stretch)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, stretches[i] if i < len(stretches) else 0)
    return layout
