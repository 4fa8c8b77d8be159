"""What the reader shows: an opened passage keeps its highlight's colour; the column
keys do something a reader can see, or say why not."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from jingdu.notes.model import PALETTE
from jingdu.notes.store import Filter
from jingdu.ui.main_window import MainWindow
from tests.ui.driving import select


def paper_under(win: MainWindow, start: int, end: int) -> QColor:
    """The commonest colour on screen under the passage [start, end): its background,
    as the eye takes it in (the glyphs are the minority of the pixels)."""
    reader = win.reader
    image = reader.viewport().grab().toImage()
    shift = QPoint(reader.horizontalScrollBar().value(), reader.verticalScrollBar().value())
    seen: Counter[int] = Counter()
    for rect in reader.span_rects(start, end):
        r = rect.toRect().translated(-shift).adjusted(2, 2, -2, -2)
        for x in range(r.left(), r.right(), 2):
            for y in range(r.top(), r.bottom(), 2):
                seen[image.pixel(x, y)] += 1
    assert seen, "the passage is not on screen"
    return QColor.fromRgb(seen.most_common(1)[0][0])


def hue_gap(a: QColor, b: QColor) -> int:
    d = abs(a.hslHue() - b.hslHue()) % 360
    return min(d, 360 - d)


def test_an_opened_highlight_keeps_its_colour_and_is_marked_apart(
    window: MainWindow, qtbot
) -> None:
    assert window.current is not None and window.library is not None
    select(window, qtbot, 300, 330)
    qtbot.keyClick(window.reader, Qt.Key.Key_2)  # the second swatch: green
    [h] = window.library.highlights(Filter(doc=window.current.id))
    assert h.color == "green"
    window.reader.scroll_to_offset(len(window.current.text) - 10)  # elsewhere, as from a list
    window.open_highlight(h)
    marked = paper_under(window, h.start, h.end)
    nearest = min(PALETTE, key=lambda c: hue_gap(marked, QColor(c.ink)))
    assert nearest.key == "green"  # the highlight's colour shows through the mark
    theme = window.reader.theme
    for find in (theme.find, theme.current):  # and it is no find match
        assert hue_gap(marked, QColor(find)) > 30
    assert window.reader.passage() == (h.start, h.end)
    window.reader.clear_mark()
    assert paper_under(window, h.start, h.end) != marked  # the mark is there to see


def test_a_search_hit_is_marked_unlike_a_find_match(window: MainWindow, qtbot) -> None:
    assert window.current is not None
    window.open_document(window.current.id, mark=(400, 410))
    passage = paper_under(window, 400, 410)
    window.reader.clear_mark()
    window.reader.set_find_matches([(400, 410)], 0)  # the current match
    found = paper_under(window, 400, 410)
    assert passage != found and passage.name() not in {c.ink for c in PALETTE}


def line_chars(win: MainWindow) -> int:
    """Characters in the longest line of the reader's longest paragraph."""
    qdoc, longest = win.reader.document(), None
    block = qdoc.begin()
    while block.isValid():
        if longest is None or block.length() > longest.length():
            longest = block
        block = block.next()
    assert longest is not None and longest.layout() is not None
    lines = longest.layout()
    return max(lines.lineAt(i).textLength() for i in range(lines.lineCount()))


def test_wider_and_narrower_columns_show_at_the_default_window_size(
    window: MainWindow, qtbot
) -> None:
    reader = window.reader
    reader.setFocus()
    before = line_chars(window)
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    after = line_chars(window)
    said = window.status_label.text()
    assert after > before or ("Widen the window" in said and str(after) in said)
    qtbot.keyClick(reader, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert line_chars(window) < after  # narrower narrows what is seen, at once
    assert window.status_label.text() == f"Column: {reader.effective_ems()} characters"
