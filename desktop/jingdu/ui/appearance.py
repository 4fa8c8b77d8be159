"""How the window looks and what it remembers: zoom, column width, theme, the font
check, settings and shortcuts dialogs, and the window state saved between sessions.

A controller: the settings dialog's options, the View menu's commands and the
window's saved state all go through it, and through the Session's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter, QTabWidget

from jingdu.ui.common import settings as S
from jingdu.ui.common.commands import Commands
from jingdu.ui.common.dialogs import SettingsDialog, ShortcutsDialog
from jingdu.ui.common.reading_fonts import covers_cjk, reading_family
from jingdu.ui.common.themes import apply_palette, theme
from jingdu.ui.reader.reading import Reading
from jingdu.ui.reader.view import ReaderView
from jingdu.ui.search.panel import SearchPanel
from jingdu.ui.session import Session


class Appearance(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        reading: Reading,
        panels: tuple[QSplitter, QTabWidget, SearchPanel],
        commands: Commands,
    ) -> None:
        """``commands``: the window's, whose theme actions ("theme_<name>"), "snap",
        "trim" and "side" this keeps in step with the settings."""
        super().__init__(window)
        self.window, self.session, self.reading = window, session, reading
        self.reader: ReaderView = reading.reader
        self.splitter, self.side_tabs, self.search_panel = panels
        self.commands = commands

    @property
    def settings(self) -> QSettings | None:
        return self.session.settings

    def _say(self, text: str) -> None:
        self.session.message.emit(text)

    def zoom(self, step: int) -> None:
        size = (
            S.FONT_SIZE.default
            if step == 0
            else min(S.MAX_FONT, max(S.MIN_FONT, self.reader.point_size + step))
        )
        self.reader.set_point_size(size)
        if self.settings is not None:
            S.FONT_SIZE.set(self.settings, size)
        self._say(self.tr("Text size %1 pt").replace("%1", f"{size:.0f}"))

    def widen(self, step: int) -> None:
        """Ctrl+] and Ctrl+[. The column width is the widest the column gets: a window too
        narrow for it shows fewer characters, and the status bar says so, and why. Wider
        raises that width (seen at once, or once the window is wider); narrower counts
        from the width shown, so that it always narrows what the reader sees."""
        reader = self.reader
        base = reader.column_ems if step > 0 else reader.effective_ems()
        self.set_column_ems(base + step)

    def set_column_ems(self, ems: int) -> None:
        ems = S.COLUMN_EMS.clean(ems)
        self.reader.set_column_ems(ems)
        if self.settings is not None:
            S.COLUMN_EMS.set(self.settings, ems)
        self._say_column()

    def _say_column(self) -> None:
        reader = self.reader
        shown = reader.effective_ems()
        if reader.column_ems > shown or shown >= reader.fitting_ems():
            side = self.commands["side"].shortcut()
            keys = side.toString(QKeySequence.SequenceFormat.NativeText)
            text = self.tr(
                "Column: %1 characters, all this window holds (%2 set). Widen the window "
                "or hide the side panel (%3) for more."
            )
            text = text.replace("%1", str(shown)).replace("%2", str(reader.column_ems))
            self._say(text.replace("%3", keys))
        else:
            self._say(self.tr("Column: %1 characters").replace("%1", str(shown)))

    def set_font_size(self, size: float) -> None:
        self.reader.set_point_size(size)
        if self.settings is not None:
            S.FONT_SIZE.set(self.settings, self.reader.point_size)

    def set_reading_font(self, family: str) -> None:
        self.reader.set_family(family or reading_family())
        if self.settings is not None:
            S.READING_FONT.set(self.settings, family)

    def set_line_spacing(self, spacing: float) -> None:
        self.reader.set_line_spacing(spacing)
        if self.settings is not None:
            S.LINE_SPACING.set(self.settings, self.reader.line_spacing)

    def set_language(self, language: str) -> None:
        """Stored for the next start: the interface is translated as it starts."""
        if self.settings is not None:
            S.LANGUAGE.set(self.settings, language)

    def set_theme(self, name: str) -> None:
        t = theme(name)
        self.commands[f"theme_{t.name}"].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, t)
        self.reader.set_theme(t)
        self.search_panel.model.mark = t.find
        if self.settings is not None:
            S.THEME.set(self.settings, t.name)

    def _preferences(self) -> dict[str, object]:
        """The settings dialog's options as they are now, by setting key."""
        return {
            # As stored: empty while Jingdu picks the font, which Cancel keeps so.
            S.READING_FONT.key: S.READING_FONT.get(self.settings) if self.settings else "",
            S.FONT_SIZE.key: self.reader.point_size,
            S.LINE_SPACING.key: self.reader.line_spacing,
            S.COLUMN_EMS.key: self.reader.column_ems,
            S.THEME.key: self.reader.theme.name,
            S.SNAP_WORDS.key: self.commands["snap"].isChecked(),
            S.TRIM_PUNCTUATION.key: self.commands["trim"].isChecked(),
            S.LANGUAGE.key: S.LANGUAGE.get(self.settings) if self.settings else "",
        }

    def apply_preference(self, key: str, value: object) -> None:
        """Apply one option of the settings dialog, and remember it."""
        apply: dict[str, Callable[[Any], object]] = {
            S.READING_FONT.key: self.set_reading_font,
            S.FONT_SIZE.key: self.set_font_size,
            S.LINE_SPACING.key: self.set_line_spacing,
            S.COLUMN_EMS.key: self.set_column_ems,
            S.THEME.key: self.set_theme,
            S.SNAP_WORDS.key: self.commands["snap"].setChecked,
            S.TRIM_PUNCTUATION.key: self.commands["trim"].setChecked,
            S.LANGUAGE.key: self.set_language,
        }
        apply[key](value)

    def show_settings(self) -> None:
        """Options apply as they change, so the text shows what they do; Cancel puts
        back what the dialog opened with."""
        dialog = SettingsDialog(self._preferences(), self.window)
        dialog.edited.connect(self.apply_preference)
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        if not accepted:
            for key in dialog.changes():
                self.apply_preference(key, dialog.initial[key])
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        ShortcutsDialog([a for a in self.commands if a.text()], self.window).exec()

    def restore_state(self) -> None:
        assert self.settings is not None
        geometry = S.WINDOW_GEOMETRY.get(self.settings)
        if not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        state = S.WINDOW_STATE.get(self.settings)
        if not state.isEmpty():
            self.window.restoreState(state)
        splitter = S.SPLITTER_STATE.get(self.settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.side_tabs.setCurrentIndex(S.SIDE_TAB.get(self.settings))
        self.reader.point_size = S.FONT_SIZE.get(self.settings)
        self.reader.column_ems = S.COLUMN_EMS.get(self.settings)
        self.reader.line_spacing = S.LINE_SPACING.get(self.settings)
        family = S.READING_FONT.get(self.settings)
        if family and covers_cjk(family):  # else (uninstalled since?) the best there is
            self.reader.family = family
        self.set_theme(S.THEME.get(self.settings))
        self.commands["snap"].setChecked(S.SNAP_WORDS.get(self.settings))
        self.commands["trim"].setChecked(S.TRIM_PUNCTUATION.get(self.settings))

    def save_state(self) -> None:
        if self.settings is None:
            return
        self.reading.save_position()
        S.WINDOW_GEOMETRY.set(self.settings, self.window.saveGeometry())
        S.WINDOW_STATE.set(self.settings, self.window.saveState())
        S.SPLITTER_STATE.set(self.settings, self.splitter.saveState())
        S.SIDE_TAB.set(self.settings, self.side_tabs.currentIndex())
        self.settings.sync()

    def check_font(self) -> None:
        if (
            self.reader.family is not None
            or self.settings is None
            or S.FONT_WARNING_SHOWN.get(self.settings)
        ):
            return
        S.FONT_WARNING_SHOWN.set(self.settings, True)
        QMessageBox.information(
            self.window,
            self.tr("No Chinese font"),
            self.tr(
                "No font that can show Chinese was found, so the text may appear as boxes.\n"
                "Install one, for example on Debian or Ubuntu:\n"
                "    sudo apt install fonts-noto-cjk fonts-wqy-microhei\n"
                "then start Jingdu again."
            ),
        )
