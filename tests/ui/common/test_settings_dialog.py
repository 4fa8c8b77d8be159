"""The settings dialog as a user meets it: big enough to read, and its reading options
(font, line spacing) applied to the text while it is open and kept for next time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlockFormat
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from jingdu.ui.common import settings as S
from jingdu.ui.common.dialogs import ReadingPage, SettingsDialog
from jingdu.ui.common.reading_fonts import covers_cjk
from jingdu.ui.main_window import MainWindow
from tests.ui.conftest import make_window


def with_settings(win: MainWindow, act: Callable[[SettingsDialog], None]) -> None:
    """Open the settings from the menu action, do ``act`` in the dialog, which closes it."""
    failures: list[BaseException] = []

    def inside() -> None:
        dialog = win.findChild(SettingsDialog)
        try:
            assert dialog is not None and dialog.isVisible()
            act(dialog)
        except BaseException as exc:  # reported after the dialog is gone
            failures.append(exc)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, inside)
    win.commands["settings"].trigger()
    if failures:
        raise failures[0]


def press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(which).click()


def line_height(win: MainWindow) -> float:
    return win.reader.document().lastBlock().blockFormat().lineHeight()


def fits(widget: QWidget) -> bool:
    return widget.width() >= widget.minimumSizeHint().width()


def check_room(dialog: SettingsDialog) -> None:
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    # The title bar also holds the icon and three buttons: about 160 pixels.
    assert dialog.width() >= max(400, title + 160) and dialog.height() >= 300
    for page in dialog.pages:
        dialog.tabs.setCurrentWidget(page)
        for child in page.findChildren(QWidget):
            if child.isVisibleTo(page):
                assert fits(child), f"{type(child).__name__} cut short on {page.title}"
    press(dialog, QDialogButtonBox.StandardButton.Cancel)


def test_the_dialog_has_room_for_its_title_and_options(window: MainWindow) -> None:
    with_settings(window, check_room)


def test_the_dialog_has_room_in_chinese(window: MainWindow, chinese) -> None:
    with_settings(window, check_room)


def test_font_and_line_spacing_apply_at_once_and_are_kept(qtbot, data_dir: Path) -> None:
    win = make_window(qtbot, data_dir, "000")
    assert win.reader.line_spacing == S.LINE_SPACING.default
    seen: dict[str, object] = {}

    def choose(dialog: SettingsDialog) -> None:
        page = dialog.page(ReadingPage)
        families = [page.font_family.itemText(i) for i in range(page.font_family.count())]
        assert families and all(covers_cjk(f) for f in families)  # only fonts for Chinese
        other = next((f for f in families if f != win.reader.family), families[0])
        page.font_family.setCurrentIndex(families.index(other))
        page.line_spacing.setValue(2.0)
        seen.update(family=win.reader.family, height=line_height(win), chosen=other)
        press(dialog, QDialogButtonBox.StandardButton.Ok)

    with_settings(win, choose)
    assert seen["family"] == seen["chosen"] and seen["height"] == 200  # while still open
    assert win.reader.document().defaultFont().family() == seen["chosen"]
    win.close()
    again = make_window(qtbot, data_dir)
    assert again.reader.family == seen["chosen"] and again.reader.line_spacing == 2.0
    assert line_height(again) == 200


def test_cancel_puts_the_reading_options_back(window: MainWindow) -> None:
    family, size = window.reader.family, window.reader.point_size

    def try_and_cancel(dialog: SettingsDialog) -> None:
        page = dialog.page(ReadingPage)
        page.line_spacing.setValue(S.LINE_SPACING.hi)
        page.font_size.setValue(size + 4)
        assert window.reader.point_size == size + 4
        press(dialog, QDialogButtonBox.StandardButton.Cancel)

    with_settings(window, try_and_cancel)
    assert window.reader.point_size == size and window.reader.family == family
    assert line_height(window) == round(S.LINE_SPACING.default * 100)
    assert window.settings is not None
    assert S.LINE_SPACING.get(window.settings) == S.LINE_SPACING.default


def test_line_spacing_is_checked_like_every_setting(qtbot, data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text(
        "[reader]\nline_spacing=nan\nfont_family=No Such Font\n", encoding="utf-8"
    )
    win = make_window(qtbot, data_dir, "000")
    assert win.reader.line_spacing == S.LINE_SPACING.default
    assert win.reader.family is None or covers_cjk(win.reader.family)
    assert QTextBlockFormat.LineHeightTypes.ProportionalHeight.value == (
        win.reader.document().lastBlock().blockFormat().lineHeightType()
    )
