"""The bar beside a selection or a clicked highlight."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.driving import point_of, select


def _click(window, qtbot, offset: int) -> None:
    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, offset)
    )


def test_the_bar_shows_the_clicked_highlights_colour_checked(window, qtbot) -> None:
    select(window, qtbot, 300, 320)
    window.annotating.highlight_selection("green")
    select(window, qtbot, 400, 420)
    window.annotating.highlight_selection("pink")
    _click(window, qtbot, 310)
    checked = [c for c, b in window.selection_bar.swatches.items() if b.isChecked()]
    assert window.selection_bar.isVisible() and checked == ["green"]
    _click(window, qtbot, 410)
    checked = [c for c, b in window.selection_bar.swatches.items() if b.isChecked()]
    assert checked == ["pink"]
    select(window, qtbot, 500, 520)  # a new selection has no colour yet
    assert not any(b.isChecked() for b in window.selection_bar.swatches.values())


def test_the_colours_are_named_in_the_interfaces_language(window, qtbot, chinese) -> None:
    from jingdu.ui.notes.selection_bar import SelectionBar

    bar = SelectionBar(window.reader.viewport())
    tips = [b.toolTip() for b in bar.swatches.values()]
    assert tips[:2] == ["黄色 (1)", "绿色 (2)"]
    assert [b.accessibleName() for b in bar.swatches.values()][2] == "蓝色"


def test_in_english_the_colours_have_english_names(window) -> None:
    tips = [b.toolTip() for b in window.selection_bar.swatches.values()]
    assert tips[:2] == ["Yellow (1)", "Green (2)"]
