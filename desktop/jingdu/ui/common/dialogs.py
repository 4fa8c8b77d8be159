"""The settings dialog and the keyboard shortcuts help.

The settings dialog is a few pages, one per group of options. A page binds each of
its widgets to one declared setting (:mod:`jingdu.ui.common.settings`): it shows the
values it is given and gives back its own, by the settings' keys, so adding an option
is one declaration there and one ``add`` here (and how the window applies it).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    QStringListModel,
    Signal,
)
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jingdu.ui.common import settings as S
from jingdu.ui.common.reading_fonts import covers_cjk, reading_family
from jingdu.ui.common.themes import THEMES
from jingdu.ui.common.themes import label as theme_label

MIN_WIDTH, MIN_HEIGHT = 460, 340
"""Room for the pages' widest row and the title with the window's buttons beside it
(at Qt's natural size the dialog was 200 pixels wide and the title cut short)."""


@functools.cache
def _covers_cjk(family: str) -> bool:
    return covers_cjk(family)


class _ChineseFamilies(QSortFilterProxyModel):
    """Only the families that can draw Chinese. A proxy, not a list of our own: the font
    box rebuilds a plain list model of every family whenever its font is set."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        family = self.sourceModel().index(row, 0, parent).data()
        return isinstance(family, str) and _covers_cjk(family)


class ReadingFontBox(QFontComboBox):
    """The installed font families that cover Chinese, each shown in its own face."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        proxy = _ChineseFamilies(self)
        proxy.setSourceModel(QStringListModel(QFontDatabase.families(), proxy))
        self.setModel(proxy)


# -- one widget bound to one setting --------------------------------------------------


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QFontComboBox):
        return widget.currentText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    raise TypeError(f"no setting binds a {type(widget).__name__}")


def _show(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QFontComboBox):  # no family chosen: the one found for Chinese
        widget.setCurrentIndex(max(0, widget.findText(str(value) or reading_family() or "")))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value)


def _on_edit(widget: QWidget, slot: Any) -> None:
    if isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.valueChanged.connect(slot)


class Page(QWidget):
    """A group of options, each one widget bound to one setting."""

    edited = Signal(str, object)
    """The user changed an option: its setting's key and the new value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        """The page's tab."""
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._options: list[tuple[S.Setting[Any], QWidget]] = []

    def add(self, label: str, setting: S.Setting[Any], widget: QWidget) -> QWidget:
        """A row of the page: ``label`` (empty for a check box, which has its own) and the
        widget that edits ``setting``."""
        if label:
            self.form.addRow(label, widget)
        else:
            self.form.addRow(widget)
        self._options.append((setting, widget))
        _on_edit(widget, lambda *_: self.edited.emit(setting.key, setting.clean(_value(widget))))
        return widget

    def load(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (by setting key; a missing one as its default), quietly."""
        for setting, widget in self._options:
            with QSignalBlocker(widget):
                _show(widget, setting.clean(values.get(setting.key, setting.default)))

    def values(self) -> dict[str, Any]:
        return {s.key: s.clean(_value(w)) for s, w in self._options}


def _spin(lo: float, hi: float, step: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    return box


class ReadingPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Reading")
        self.font_family = self.add(self.tr("Font"), S.READING_FONT, ReadingFontBox())
        self.font_size = self.add(
            self.tr("Text size"), S.FONT_SIZE, _spin(S.MIN_FONT, S.MAX_FONT, 1.0, 0, " pt")
        )
        spacing = S.LINE_SPACING
        self.line_spacing = self.add(
            self.tr("Line spacing"), spacing, _spin(spacing.lo, spacing.hi, 0.05, 2, "×")
        )
        column = QSpinBox()
        column.setRange(S.MIN_COLUMN, S.MAX_COLUMN)
        column.setSingleStep(2)
        column.setSuffix(self.tr(" characters"))
        column.setToolTip(self.tr("The widest the column gets; a narrower window shows fewer."))
        self.column = self.add(self.tr("Column width"), S.COLUMN_EMS, column)
        theme = QComboBox()
        for name, t in THEMES.items():
            theme.addItem(theme_label(t), name)
        self.theme = self.add(self.tr("Theme"), S.THEME, theme)


class AnnotatingPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Annotating")
        self.snap = self.add("", S.SNAP_WORDS, QCheckBox(self.tr("Selections snap to whole words")))
        self.trim = self.add(
            "",
            S.TRIM_PUNCTUATION,
            QCheckBox(self.tr("Selections drop punctuation at the ends")),
        )


class GeneralPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("General")
        language = QComboBox()
        for code, label in (
            ("", self.tr("Follow the system")),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            language.addItem(label, code)
        self.language = self.add(self.tr("Language"), S.LANGUAGE, language)
        note = QLabel(self.tr("A new language takes effect when Jingdu starts again."))
        note.setWordWrap(True)
        self.form.addRow(note)


class SettingsDialog(QDialog):
    """Preferences, applied as they are changed (``edited``): OK keeps them, Cancel
    asks for the values the dialog opened with (:meth:`changes` against :attr:`initial`)."""

    edited = Signal(str, object)

    def __init__(self, values: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.initial = dict(values)
        self.pages: list[Page] = [ReadingPage(), AnnotatingPage(), GeneralPage()]
        self.tabs = QTabWidget()
        for page in self.pages:
            page.load(values)
            page.edited.connect(self.edited)
            self.tabs.addTab(page, page.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)

    def page(self, kind: type[Page]) -> Any:
        return next(p for p in self.pages if isinstance(p, kind))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for page in self.pages:
            out.update(page.values())
        return out

    def changes(self) -> dict[str, Any]:
        """What differs from the values the dialog opened with."""
        return {k: v for k, v in self.values().items() if v != self.initial.get(k)}


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
