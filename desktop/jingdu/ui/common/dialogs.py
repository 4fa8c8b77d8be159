"""The settings dialog and the keyboard shortcuts help."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jingdu.ui.common import settings as S
from jingdu.ui.common.themes import THEMES


@dataclass
class Preferences:
    language: str
    theme: str
    font_size: float
    column_ems: int


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, label in (
            ("", self.tr("Follow the system")),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.theme = QComboBox()
        names = {"light": self.tr("Light"), "sepia": self.tr("Sepia"), "dark": self.tr("Dark")}
        for name in THEMES:
            self.theme.addItem(names[name], name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(S.MIN_FONT, S.MAX_FONT)
        self.font_size.setSingleStep(1.0)
        self.font_size.setDecimals(0)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(prefs.font_size)
        self.column = QSpinBox()
        self.column.setRange(S.MIN_COLUMN, S.MAX_COLUMN)
        self.column.setSuffix(self.tr(" characters"))
        self.column.setValue(prefs.column_ems)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), self.font_size)
        form.addRow(self.tr("Column width"), self.column)
        note = QLabel(self.tr("A new language takes effect when Jingdu starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            font_size=float(self.font_size.value()),
            column_ems=int(self.column.value()),
        )


class ShortcutsDialog(QDialog):
    """Every action of the window with its keys, read from the actions themselves."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (a.text().replace("&", ""), ", ".join(k.toString() for k in a.shortcuts()))
            for a in actions
            if a.shortcuts()
        ]
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (name, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(name))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(460, 520)
