"""The offer made when the open database holds no program: explore the demo, or start one."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartChoice(Enum):
    DEMO = "demo"
    NEW_PROGRAM = "new_program"
    LATER = "later"


class FirstStartDialog(QDialog):
    """Three clear choices; nothing is written until one is taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = FirstStartChoice.LATER
        self.setWindowTitle(self.tr("Welcome to CoopDesk"))
        text = QLabel(
            self.tr(
                "This database holds no program yet.\n\n"
                "Load the demo program to explore CoopDesk with a realistic cooperation "
                "program (PROCAP, AMEXCID–UNDP: 112 specialists, the budget revisions of its "
                "record, consultancies, milestones and risks), or create your own program."
            ),
            self,
        )
        text.setWordWrap(True)
        # a wrapped label gets its height from a known width; without one it is cut short
        text.setFixedWidth(440)
        buttons = QDialogButtonBox(self)
        self.demo_button = QPushButton(self.tr("Load the &demo program"), self)
        self.new_button = QPushButton(self.tr("&Create a program…"), self)
        self.later_button = QPushButton(self.tr("&Not now"), self)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_button.clicked.connect(lambda: self._choose(FirstStartChoice.DEMO))
        self.new_button.clicked.connect(lambda: self._choose(FirstStartChoice.NEW_PROGRAM))
        self.later_button.clicked.connect(self.reject)
        self.demo_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _choose(self, choice: FirstStartChoice) -> None:
        self.choice = choice
        self.accept()
