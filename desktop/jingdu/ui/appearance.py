"""How the window looks and what it remembers: zoom, column width, theme, the font
check, settings and shortcuts dialogs, and the window state saved between sessions.

Part of :class:`jingdu.ui.main_window.MainWindow`, split out by feature (the window
was 1,200 lines); the attributes used here are built in ``MainWindow._build``.
"""

# The widgets and state used here are built in MainWindow._build; naming each for mypy
# would repeat that method, so attribute checks are off in these parts of the window.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
)

from jingdu.ui.common import settings as S
from jingdu.ui.common.dialogs import Preferences, SettingsDialog, ShortcutsDialog
from jingdu.ui.common.themes import apply_palette, theme


class AppearanceMixin(QMainWindow):
    # -- appearance -----------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        size = (
            S.FONT_SIZE.default
            if step == 0
            else min(S.MAX_FONT, max(S.MIN_FONT, self.reader.point_size + step))
        )
        self.reader.set_point_size(size)
        if self.settings is not None:
            S.FONT_SIZE.set(self.settings, size)
        self.status_label.setText(self.tr("Text size %1 pt").replace("%1", f"{size:.0f}"))

    def widen(self, step: int) -> None:
        ems = min(S.MAX_COLUMN, max(S.MIN_COLUMN, self.reader.column_ems + step))
        self.reader.set_column_ems(ems)
        if self.settings is not None:
            S.COLUMN_EMS.set(self.settings, ems)

    def set_theme(self, name: str) -> None:
        t = theme(name)
        self.theme_actions[t.name].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, t)
        self.reader.set_theme(t)
        self.search_panel.model.mark = t.find
        if self.settings is not None:
            S.THEME.set(self.settings, t.name)

    def show_settings(self) -> None:
        prefs = Preferences(
            language=S.LANGUAGE.get(self.settings) if self.settings else "",
            theme=self.reader.theme.name,
            font_size=self.reader.point_size,
            column_ems=self.reader.column_ems,
        )
        dialog = SettingsDialog(prefs, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        new = dialog.preferences()
        if self.settings is not None:
            S.LANGUAGE.set(self.settings, new.language)
        self.set_theme(new.theme)
        if new.font_size != self.reader.point_size:
            self.reader.set_point_size(new.font_size)
            if self.settings is not None:
                S.FONT_SIZE.set(self.settings, new.font_size)
        if new.column_ems != self.reader.column_ems:
            self.widen(new.column_ems - self.reader.column_ems)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.all_actions(), self).exec()

    def _restore_state(self) -> None:
        assert self.settings is not None
        geometry = S.WINDOW_GEOMETRY.get(self.settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = S.WINDOW_STATE.get(self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = S.SPLITTER_STATE.get(self.settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.side_tabs.setCurrentIndex(S.SIDE_TAB.get(self.settings))
        self.reader.point_size = S.FONT_SIZE.get(self.settings)
        self.reader.column_ems = S.COLUMN_EMS.get(self.settings)
        self.set_theme(S.THEME.get(self.settings))
        self.action_snap.setChecked(S.SNAP_WORDS.get(self.settings))
        self.action_trim.setChecked(S.TRIM_PUNCTUATION.get(self.settings))

    def save_state(self) -> None:
        if self.settings is None:
            return
        self._save_position()
        S.WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
        S.WINDOW_STATE.set(self.settings, self.saveState())
        S.SPLITTER_STATE.set(self.settings, self.splitter.saveState())
        S.SIDE_TAB.set(self.settings, self.side_tabs.currentIndex())
        self.settings.sync()

    def _check_font(self) -> None:
        if (
            self.reader.family is not None
            or self.settings is None
            or S.FONT_WARNING_SHOWN.get(self.settings)
        ):
            return
        S.FONT_WARNING_SHOWN.set(self.settings, True)
        QMessageBox.information(
            self,
            self.tr("No Chinese font"),
            self.tr(
                "No font that can show Chinese was found, so the text may appear as boxes.\n"
                "Install one, for example on Debian or Ubuntu:\n"
                "    sudo apt install fonts-noto-cjk fonts-wqy-microhei\n"
                "then start Jingdu again."
            ),
        )
