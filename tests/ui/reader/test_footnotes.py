"""Footnote markers as a reader meets them: hover shows the note, click goes to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from jingdu.ui.main_window import MainWindow
from tests.ui.driving import open_doc_with

FILLER = "这是正文段落，讲述新质生产力的内涵和外延，必须深刻领会其中的道理和要求。" * 3
SOURCE = "\n\n".join(
    [
        "# 脚注测试",
        "习近平总书记指出：“要以科技创新推动产业创新。”[1] 全会强调：“要因地制宜发展"
        "新质生产力。”① 这是重要论述②，必须深刻领会。",
        *[FILLER] * 14,
        "① 习近平：《论科技创新》，人民出版社，2024年，第3页。",
    ]
)
NOTE = "① 习近平：《论科技创新》，人民出版社，2024年，第3页。"


def marker_points(win: MainWindow, start: int, end: int) -> list[QPoint]:
    """Points over the left edge, the middle and the right edge of a marker as drawn."""
    [rect] = win.reader.span_rects(start, end)
    shift = QPoint(win.reader.horizontalScrollBar().value(), win.reader.verticalScrollBar().value())
    y = int(rect.center().y()) - shift.y()
    xs = (rect.left() + 1, rect.center().x(), rect.right() - 1)
    return [QPoint(int(x) - shift.x(), y) for x in xs]


def hover(win: MainWindow, point: QPoint) -> str:
    """What a reader resting the pointer at ``point`` is shown."""
    QToolTip.hideText()
    viewport = win.reader.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def open_notes(win: MainWindow, qtbot, tmp_path: Path) -> dict[str, tuple[int, int, int, int]]:
    open_doc_with(win, qtbot, tmp_path / "脚注.txt", SOURCE)
    assert win.current is not None
    marks = {f.label: (f.start, f.end, f.note_start, f.note_end) for f in win.current.footnotes}
    assert set(marks) == {"1", "①", "②"}
    s, e = marks["①"][2:]
    assert win.current.text[s:e] == NOTE  # as the cleaner links them
    win.reader.verticalScrollBar().setValue(0)
    return marks


def test_the_whole_marker_shows_its_note(window: MainWindow, qtbot, tmp_path: Path) -> None:
    marks = open_notes(window, qtbot, tmp_path)
    for point in marker_points(window, *marks["①"][:2]):
        assert NOTE in hover(window, point)
    for label in ("1", "②"):  # printed without their notes
        for point in marker_points(window, *marks[label][:2]):
            assert "not in this document" in hover(window, point)
    body = marks["①"][0] - 5
    [rect] = window.reader.span_rects(body, body + 1)
    plain = rect.center().toPoint() - QPoint(0, window.reader.verticalScrollBar().value())
    hover(window, plain)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # ordinary text: no tip


def test_clicking_a_marker_goes_to_its_note_and_keeps_the_place_for_back(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    marks = open_notes(window, qtbot, tmp_path)
    reader = window.reader
    start, end, note_start, note_end = marks["①"]
    assert not reader.shows(note_start, note_end)
    before = reader.verticalScrollBar().value()
    left: list[int] = []  # where the view was when the reader announced the jump
    reader.notes.leaving.connect(lambda: left.append(reader.verticalScrollBar().value()))
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=marker_points(window, start, end)[0]
    )
    assert reader.shows(note_start, note_end) and reader.passage() == (note_start, note_end)
    assert left == [before] and reader.notes.back_stack == [0]
    assert reader.notes.back()
    assert reader.verticalScrollBar().value() == before and reader.passage() is None
    assert window.current is not None and window.current.footnotes  # still this document


def test_clicking_a_marker_without_its_note_says_so_and_stays(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    marks = open_notes(window, qtbot, tmp_path)
    reader = window.reader
    QToolTip.hideText()
    middle = marker_points(window, *marks["②"][:2])[1]
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert reader.verticalScrollBar().value() == 0 and not reader.notes.back_stack
    assert QToolTip.isVisible() and "note ② is not in this document" in QToolTip.text()


def test_tab_and_enter_follow_a_marker_from_the_keyboard(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    marks = open_notes(window, qtbot, tmp_path)
    reader = window.reader
    reader.setFocus()
    for _ in range(2):  # [1], then ①
        qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.textCursor().selectedText() == "①"
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert reader.passage() == marks["①"][2:]
