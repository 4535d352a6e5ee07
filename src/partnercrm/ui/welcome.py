"""The welcome panel shown on the first start with an empty database."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from partnercrm.ui.icons import icon


class WelcomePanel(QWidget):
    """Three ways to begin: import contacts, load the demo network, or start empty.

    Signals:
        import_chosen, demo_chosen, empty_chosen: the user pressed that button.
    """

    import_chosen = Signal()
    demo_chosen = Signal()
    empty_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to PartnerCRM"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Your database is still empty. Bring in the contacts you already have, "
                "look around in a demo network, or start with a blank page."
            )
        )
        text.setWordWrap(True)
        text.setFixedWidth(520)
        text.setMinimumHeight(text.heightForWidth(520))  # aligned in a layout: no wrap height
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.import_button = self._button("import", self.tr("Import contacts…"), self.import_chosen)
        self.demo_button = self._button("demo", self.tr("Load demo network"), self.demo_chosen)
        self.empty_button = self._button("start", self.tr("Start empty"), self.empty_chosen)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        for button in (self.import_button, self.demo_button, self.empty_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setTabOrder(self.import_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.empty_button)

    def _button(self, icon_name: str, text: str, signal: Signal) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setIconSize(QSize(22, 22))
        button.setMinimumWidth(280)
        button.setMinimumHeight(40)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(signal.emit)
        return button
