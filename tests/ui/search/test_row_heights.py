"""Narrowing the side panel re-wraps the results: no passage runs into the next."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument

from jingdu.ui.main_window import MainWindow
from jingdu.ui.search.model import SNIPPET_HTML_ROLE
from tests.ui.driving import type_chinese

GAP = 8
"""The most a row may be taller than its text needs (the padding, and rounding)."""


def _misfits(window: MainWindow) -> list[str]:
    """Visible passages whose row is lower than their text needs at the row's width,
    or leaves a gap under it."""
    view = window.search_panel.view
    model = view.model()
    short = []
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            rect = view.visualRect(index)
            if not rect.intersects(view.viewport().rect()):
                continue
            doc = QTextDocument()
            doc.setDefaultFont(view.font())
            doc.setHtml(index.data(SNIPPET_HTML_ROLE))
            doc.setTextWidth(rect.width() - 8)  # the rows' padding, 4 px a side
            needed = doc.size().height() + 4  # the text starts 4 px down
            if not needed <= rect.height() <= needed + GAP:
                short.append(f"row {g}.{r}: {rect.height()} px for {needed:.0f} px")
    return short


def _drag_panel_edge(window: MainWindow, qtbot, width: int) -> None:
    """Drag the separator left of the side panel with the mouse until the panel is
    ``width`` pixels wide."""
    dock = window.side_dock.geometry()
    x = (window.centralWidget().geometry().right() + dock.left()) // 2  # on the separator
    y = dock.center().y()
    to = x + dock.width() - width
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    step = 10 if to > x else -10
    for at in [*range(x, to, step), to]:
        qtbot.mouseMove(window, QPoint(at, y))
        qtbot.wait(1)  # the window follows the separator between moves
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(to, y))


def test_rows_grow_when_the_side_panel_is_narrowed(window: MainWindow, qtbot) -> None:
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, "全要素生产率")
    view = window.search_panel.view
    qtbot.waitUntil(lambda: view.visualRect(view.currentIndex()).height() > 0)
    assert _misfits(window) == []
    wide = view.viewport().width()
    _drag_panel_edge(window, qtbot, 260)
    qtbot.waitUntil(lambda: view.viewport().width() < wide - 40)
    qtbot.wait(50)  # the view lays out again after a resize
    assert abs(window.side_dock.width() - 260) < 10
    assert _misfits(window) == []
    # And back: the rows shrink again, leaving no gaps.
    _drag_panel_edge(window, qtbot, 420)
    qtbot.waitUntil(lambda: view.viewport().width() > wide)
    qtbot.wait(50)
    assert _misfits(window) == []
