"""Where else is this said, and the quotations index, in the window: reached from the
reader's context menu, the margin signs, the Study menu and the search results, and
opening what they list in the reader."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from jingdu.ui.main_window import MainWindow
from jingdu.ui.study.quotes_model import QUOTE_ROLE
from tests.ui.driving import select, type_chinese
from tests.ui.notes.test_context_menu import entry, right_click

DEFINITION = "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径"
DIGEST = "001_e0edea38aaf4c3b6-02"


def open_digest(win: MainWindow, qtbot) -> None:
    """The 摘编 of 习近平's words, its margin signs counted (once search is ready)."""
    qtbot.waitUntil(lambda: win.searching.is_ready, timeout=30_000)
    with qtbot.waitSignal(win.where_said.counted, timeout=60_000):
        win.open_document(DIGEST)
    assert win.current is not None and win.current.id == DIGEST


def test_the_context_menu_lists_every_place_quoting_a_selection(window, qtbot) -> None:
    open_digest(window, qtbot)
    start = window.current.text.index(DEFINITION)
    select(window, qtbot, start, start + len(DEFINITION))
    with qtbot.waitSignal(window.where_said.found, timeout=30_000):
        right_click(window, start + 5, lambda m: entry(m, "Where else is this said").trigger())
    pw = window.where_said.parallels_window
    assert pw is not None and pw.isVisible()
    places = pw.model.parallels
    assert len({p.doc for p in places}) >= 12
    assert all(
        p.doc != DIGEST or not (p.start < start + len(DEFINITION) and p.end > start) for p in places
    )
    assert str(len(places)) in pw.status.text()
    # The first place, side by side with the passage, then opened with Enter.
    first = places[0]
    assert pw.view.currentIndex().row() == 0
    assert DEFINITION[:10] in pw.there.toPlainText() and DEFINITION[:10] in pw.here.toPlainText()
    pw.view.setFocus()
    qtbot.keyClick(pw.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == first.doc)
    assert window.reader.passage() == (first.start, first.end)
    assert window.current.text[first.start : first.end] == first.snippet


def test_a_margin_sign_counts_the_documents_and_lists_them_on_a_click(window, qtbot) -> None:
    open_digest(window, qtbot)
    signs = window.where_said.signs
    doc = window.current
    para = next(p for p in doc.paragraphs if DEFINITION in doc.text[p.start : p.end])
    assert signs.isVisible() and signs.counts[para.start] >= 12
    window.reader.scroll_to_offset(para.start)
    qtbot.wait(50)
    point = signs.sign_point(para.start)
    assert point is not None
    with qtbot.waitSignal(window.where_said.found, timeout=30_000):
        qtbot.mouseClick(signs, Qt.MouseButton.LeftButton, pos=point)
    pw = window.where_said.parallels_window
    assert pw is not None and pw.found is not None
    assert (pw.found.start, pw.found.end) == (para.start, para.end)
    assert len({p.doc for p in pw.found.parallels if p.doc != DIGEST}) == signs.counts[para.start]


def test_a_click_beside_a_sign_is_the_readers(window, qtbot) -> None:
    open_digest(window, qtbot)
    signs = window.where_said.signs
    assert signs.sign_at(QPoint(1, signs.height() - 2)) is None
    qtbot.mouseClick(signs, Qt.MouseButton.LeftButton, pos=QPoint(1, signs.height() - 2))
    assert window.where_said.parallels_window is None


def test_the_study_menu_looks_up_the_paragraph_at_the_caret(window, qtbot) -> None:
    open_digest(window, qtbot)
    doc = window.current
    para = next(p for p in doc.paragraphs if DEFINITION in doc.text[p.start : p.end])
    window.reader.scroll_to_offset(para.start + 3)  # puts the caret there
    window.reader.setFocus()
    with qtbot.waitSignal(window.where_said.found, timeout=30_000):
        qtbot.keyClick(
            window.reader,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    pw = window.where_said.parallels_window
    assert pw.found is not None and (pw.found.start, pw.found.end) == (para.start, para.end)


def test_punctuation_alone_is_refused_with_a_message_in_chinese(window, qtbot, chinese) -> None:
    open_digest(window, qtbot)
    text = window.current.text
    comma = text.index("，")
    select(window, qtbot, comma, comma + 1)
    window.annotating.take_selection(comma, comma + 1)  # (selection edges drop punctuation)
    with qtbot.waitSignal(window.where_said.found, timeout=30_000):
        window.where_said.find_here()
    pw = window.where_said.parallels_window
    assert pw.status.text().startswith("所选文字只有 0 个可比对的字")
    assert pw.model.rowCount() == 0


def test_the_quotations_index_narrows_and_opens_a_quotation(window, qtbot, chinese) -> None:
    open_digest(window, qtbot)
    window.commands["quotes"].trigger()
    qw = window.where_said.quotes_window
    qtbot.waitUntil(lambda: qw.model.rowCount() > 0, timeout=30_000)
    assert qw.windowTitle() == "引文索引"
    shown = qw.proxy.rowCount()
    counts = [qw.proxy.index(r, 1).data() for r in range(shown)]
    assert all(int(c) >= 2 for c in counts) and int(counts[0]) >= 10
    qw.min_docs.setValue(1)
    assert qw.proxy.rowCount() > shown
    type_chinese(qw.filter, "积极培育未来产业")
    assert qw.proxy.rowCount() >= 1
    kept = [qw.proxy.index(r, 0).data(QUOTE_ROLE) for r in range(qw.proxy.rowCount())]
    assert all("积极培育未来产业" in q.text + "".join(q.titles.values()) for q in kept)
    quote = kept[0]
    assert len(quote.docs) >= 10 and qw.places.topLevelItemCount() == len(quote.occurrences)
    item = qw.places.topLevelItem(0)
    occurrence = quote.occurrences[0]
    qw.places.setCurrentItem(item)
    qw.places.setFocus()
    qtbot.keyClick(qw.places, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current is not None and window.current.id == occurrence.doc)
    assert window.reader.passage() == (occurrence.start, occurrence.end)


def test_a_search_result_offers_its_parallels(window, qtbot) -> None:
    open_digest(window, qtbot)
    with qtbot.waitSignal(window.search_shown, timeout=20_000):
        window.search('"摆脱传统经济增长方式"')
    panel = window.search_panel
    hit = panel.current_hit()
    assert hit is not None
    rect = panel.view.visualRect(panel.view.currentIndex())
    menu = window.where_said.search_menu(panel, rect.center())
    assert isinstance(menu, QMenu)
    with qtbot.waitSignal(window.where_said.found, timeout=30_000):
        entry(menu, "Where else is this said").trigger()
    pw = window.where_said.parallels_window
    assert pw.found is not None and (pw.found.doc, pw.found.start, pw.found.end) == (
        hit.doc,
        hit.start,
        hit.end,
    )
    assert pw.model.rowCount() > 0


def test_markup_in_a_title_or_a_text_is_shown_as_written(qtbot) -> None:
    from jingdu.study.parallels import Parallel
    from jingdu.ui.search.model import SNIPPET_HTML_ROLE
    from jingdu.ui.study.parallels_model import ParallelsModel

    text = "前文<img src=a>新质生产力是创新起主导作用<b>后文"
    start = text.index("新质")
    place = Parallel(
        doc="x",
        start=start,
        end=start + 13,
        similarity=1.0,
        coverage=1.0,
        snippet=text[start : start + 13],
        title="<script>alert(1)</script>标题",
        headings=["<h1>章</h1>"],
    )
    model = ParallelsModel()
    model.set_parallels([place], {"x": text})
    html = model.data(model.index(0, 0), SNIPPET_HTML_ROLE)
    assert "<img" not in html and "<script>" not in html and "<b>" not in html
    assert "&lt;img" in html and "&lt;script&gt;" in html
