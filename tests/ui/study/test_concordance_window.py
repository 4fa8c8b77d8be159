"""词语索引 in the window: reached from the reader's menu and the search panel, sorted by
a click on a column, filtered by document, lines highlighted in one undo step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeySequence

from jingdu.notes.store import Filter
from jingdu.ui.study.concordance_model import LEFT, LINE_ROLE, RIGHT
from tests.ui.driving import select, type_chinese
from tests.ui.notes.test_context_menu import entry, right_click


def _concordance(window, qtbot, query: str):
    window.studying.show_concordance(query)
    c = window.studying.concordance
    assert c is not None
    qtbot.waitUntil(lambda: c.result is not None and c.result.query == query, timeout=10_000)
    return c


def _lines(c) -> list:
    return [c.proxy.index(r, 0).data(LINE_ROLE) for r in range(c.proxy.rowCount())]


def _click_header(qtbot, c, column: int) -> None:
    header = c.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_index_this_term_from_the_readers_menu(window, qtbot) -> None:
    text = window.current.text
    start = text.index("新质生产力")
    select(window, qtbot, start, start + 5)
    with qtbot.waitSignal(window.studying.shown, timeout=10_000):
        right_click(window, start + 2, lambda m: entry(m, "Index this term").trigger())
    c = window.studying.concordance
    assert c.isVisible() and c.edit.text() == '"新质生产力"'
    expected = window.library.concordance("新质生产力")
    assert c.proxy.rowCount() == expected.total
    assert f"{expected.total:,}" in c.status.text()
    first = _lines(c)[0]
    assert first.match == "新质生产力"
    assert window.library.document(first.doc).text[first.start : first.end] == "新质生产力"
    c.close()


def test_index_the_query_from_the_search_panel(window, qtbot) -> None:
    panel = window.search_panel
    type_chinese(panel.edit, "卡脖子")
    with qtbot.waitSignal(window.studying.shown, timeout=10_000):
        qtbot.mouseClick(panel.index_button, Qt.MouseButton.LeftButton)
    c = window.studying.concordance
    assert c.edit.text() == "卡脖子"
    assert c.proxy.rowCount() == window.library.concordance("卡脖子").total == 25
    c.close()


def test_sorting_by_a_click_on_the_left_or_right_context(window, qtbot) -> None:
    c = _concordance(window, qtbot, "卡脖子")
    _click_header(qtbot, c, LEFT)
    lefts = [x.left[::-1] for x in _lines(c)]
    assert lefts == sorted(lefts) or lefts == sorted(lefts, reverse=True)
    _click_header(qtbot, c, RIGHT)
    rights = [x.right for x in _lines(c)]
    assert rights == sorted(rights) or rights == sorted(rights, reverse=True)
    assert rights != [x.right for x in window.library.concordance("卡脖子").lines]
    c.close()


def test_filtering_by_document(window, qtbot) -> None:
    c = _concordance(window, qtbot, "新质生产力")
    row = next(i for i in range(c.docs.count()) if c.docs.itemData(i) == "004_d840023fb8f8f993")
    c.docs.setCurrentIndex(row)
    lines = _lines(c)
    assert {x.doc for x in lines} == {"004_d840023fb8f8f993"}
    assert len(lines) == c.result.per_doc["004_d840023fb8f8f993"]
    assert f"({len(lines)})" in c.docs.currentText()
    c.docs.setCurrentIndex(0)
    assert c.proxy.rowCount() == c.result.total
    c.close()


def test_selected_lines_highlighted_at_once_and_undone_at_once(window, qtbot) -> None:
    c = _concordance(window, qtbot, "卡脖子")
    assert not c.highlight_button.isEnabled()
    selection = c.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 3, 4):
        selection.select(c.proxy.index(row, 0), flags)
    assert c.highlight_button.isEnabled()
    chosen = _lines(c)
    chosen = [chosen[0], chosen[3], chosen[4]]
    entry(c.highlight_button.menu(), "Green").trigger()
    made = window.library.highlights(Filter())
    assert sorted((h.doc, h.start, h.end, h.color) for h in made) == sorted(
        (x.doc, x.start, x.end, "green") for x in chosen
    )
    window.commands["undo"].trigger()
    assert window.library.highlights(Filter()) == []
    assert "new highlights" in window.status_label.text()
    c.close()


def test_enter_on_a_line_shows_the_passage_in_the_reader(window, qtbot) -> None:
    c = _concordance(window, qtbot, "因地制宜")
    line = _lines(c)[-1]
    c.view.setFocus()
    c.view.setCurrentIndex(c.proxy.index(c.proxy.rowCount() - 1, 2))
    qtbot.keyClick(c.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == line.doc)
    assert window.reader.passage() == (line.start, line.end)
    c.close()


def test_a_query_without_occurrences_says_so_and_keeps_the_lines(window, qtbot) -> None:
    c = _concordance(window, qtbot, "因地制宜")
    rows = c.proxy.rowCount()
    for bad in ("量子纠缠态", "", "-创新"):
        c.edit.setText(bad)
        with qtbot.waitSignal(c.shown, timeout=10_000):
            c.run_now()
        assert c.proxy.rowCount() == rows
        assert c.status.text() and "occurrences in" not in c.status.text()
        if bad == "量子纠缠态":
            assert c.status.text() == "“量子纠缠态” does not occur in the library."
    assert window.library.highlights(Filter()) == []
    c.close()


def test_the_study_menu_opens_both_windows(window, qtbot) -> None:
    window.commands["concordance"].trigger()
    assert window.studying.concordance.isVisible()
    window.commands["counts"].trigger()
    assert window.studying.counts.isVisible()
    assert QKeySequence("Ctrl+Shift+I") in window.commands["concordance"].shortcuts()


def test_a_very_common_term_lists_the_first_lines_and_says_so(window, qtbot, monkeypatch) -> None:
    from jingdu.ui.study import concordance_window

    monkeypatch.setattr(concordance_window, "MAX_LINES", 100)
    c = _concordance(window, qtbot, "新质生产力")
    assert c.proxy.rowCount() == 100
    assert "2,261 occurrences" in c.status.text() and "first 100 listed" in c.status.text()
    assert _lines(c) == window.library.concordance("新质生产力", limit=100).lines
    c.close()
