"""Selecting in the reader as a user does: Shift+arrows, a double-click on a word."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt

from jingdu.notes.edges import EDGE
from jingdu.notes.store import Filter
from jingdu.search import segment
from jingdu.ui.main_window import MainWindow
from tests.ui.driving import point_of

SHIFT = Qt.KeyboardModifier.ShiftModifier
NEW_QUALITY = "002_1faaaa7bcac61f4f"  # a bundled document on 新质生产力


def centre_of(win: MainWindow, offset: int) -> QPoint:
    """The middle of the character at ``offset`` as drawn in the reader's viewport."""
    [rect] = win.reader.span_rects(offset, offset + 1)
    shift = QPoint(win.reader.horizontalScrollBar().value(), win.reader.verticalScrollBar().value())
    return rect.center().toPoint() - shift


def double_click(qtbot, win: MainWindow, offset: int) -> None:
    """What a double-click delivers (qtbot.mouseDClick alone sends only the third event)."""
    viewport, left, pos = win.reader.viewport(), Qt.MouseButton.LeftButton, centre_of(win, offset)
    qtbot.mousePress(viewport, left, pos=pos)
    qtbot.mouseRelease(viewport, left, pos=pos)
    qtbot.mousePress(viewport, left, pos=pos)
    qtbot.mouseDClick(viewport, left, pos=pos)
    qtbot.mouseRelease(viewport, left, pos=pos)


def test_shift_arrows_select_and_h_highlights_exactly_that(window: MainWindow, qtbot) -> None:
    assert window.current is not None and window.library is not None
    text = window.current.text
    start = re.search(r"[\u4e00-\u9fff]{10}", text[200:]).start() + 202  # type: ignore[union-attr]
    reader = window.reader
    reader.setFocus()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, start))
    assert reader.pmap.to_offset(reader.textCursor().position()) == start  # the caret
    made: list[tuple[int, int]] = []
    reader.selection_made.connect(lambda s, e: made.append((s, e)))
    qtbot.keyPress(reader, Qt.Key.Key_Shift, SHIFT)
    for _ in range(6):
        qtbot.keyPress(reader, Qt.Key.Key_Right, SHIFT)
    assert not made  # nothing reported until Shift is let go
    qtbot.keyRelease(reader, Qt.Key.Key_Shift)
    assert made[-1] == (start, start + 6)
    qtbot.keyClick(reader, Qt.Key.Key_H)
    [h] = window.library.highlights(Filter(doc=window.current.id))
    assert (h.start, h.end, h.quote) == (start, start + 6, text[start : start + 6])


def test_the_caret_starts_from_what_is_on_screen(window: MainWindow, qtbot) -> None:
    reader = window.reader
    reader.setFocus()
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum() // 2)
    top = reader.offset_at_top()
    made: list[tuple[int, int]] = []
    reader.selection_made.connect(lambda s, e: made.append((s, e)))
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Down, SHIFT)
    qtbot.keyRelease(reader, Qt.Key.Key_Shift)
    s, e = made[-1]
    assert top - 60 <= s <= top + 60 and e - s > 20  # three lines from the top of the view


def test_down_scrolls_a_line_and_ctrl_shift_right_selects_on(window: MainWindow, qtbot) -> None:
    reader = window.reader
    reader.setFocus()
    bar = reader.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    assert bar.value() > before  # reading on, as before there was a caret
    qtbot.keyClick(reader, Qt.Key.Key_Right, SHIFT | Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(reader, Qt.Key.Key_Shift)
    assert reader.textCursor().hasSelection()


def test_page_down_after_scrolling_turns_the_page_on_screen(window: MainWindow, qtbot) -> None:
    reader = window.reader
    reader.setFocus()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, 300))
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the wheel: the caret stays behind
    middle = bar.value()
    qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    assert bar.value() > middle  # not back to the caret near the top


def test_double_click_takes_a_word_never_a_run_of_clauses(window: MainWindow, qtbot) -> None:
    segment.tokenizer()  # loaded in the background by the time anyone double-clicks
    window.open_document(NEW_QUALITY)
    assert window.current is not None
    text = window.current.text
    s = text.index("新质生产力", 400)
    window.reader.scroll_to_offset(s)
    made: list[tuple[int, int]] = []
    window.reader.selection_made.connect(lambda a, b: made.append((a, b)))
    double_click(qtbot, window, s + 3)
    word = window.reader.textCursor().selectedText()
    assert word in {"新质生产力", "生产力"}
    assert made and text[made[-1][0] : made[-1][1]] == word
    # On punctuation: nothing.
    comma = text.index("，", s)
    window.reader.scroll_to_offset(comma)
    double_click(qtbot, window, comma)
    assert not any(ch in EDGE for ch in window.reader.textCursor().selectedText())


def test_double_click_before_jieba_loads_takes_a_short_run(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(segment, "is_ready", lambda: False)
    window.open_document(NEW_QUALITY)
    assert window.current is not None
    text = window.current.text
    s = text.index("新质生产力", 400)
    window.reader.scroll_to_offset(s)
    double_click(qtbot, window, s + 2)
    picked = window.reader.textCursor().selectedText()
    assert 2 <= len(picked) <= 9 and "生" in picked
    assert not any(ch in EDGE for ch in picked)
