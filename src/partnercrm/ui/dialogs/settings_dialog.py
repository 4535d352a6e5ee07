"""The settings dialog: the user's preferences (language for now)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from partnercrm.ui.settings import LANGUAGE, Settings


class SettingsDialog(QDialog):
    """Edits the preferences; a language change takes effect at the next start."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system (German on a German system)"), "auto")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        index = self.language.findData(settings.get(LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        self.language.setAccessibleName(self.tr("Language"))
        form = QFormLayout()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        note = QLabel(self.tr("A new language shows after PartnerCRM is restarted."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.sync()
        super().accept()
