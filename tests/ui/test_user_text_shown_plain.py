"""Notes, tags and titles are shown as the text they are, never as HTML (issue 11, item 14).

Qt renders a tooltip string as rich text when it looks like markup, so a note
``<img src="file:///…">`` loaded a local file and a million-character note opening
with ``<h1>`` laid out a tooltip over a million pixels tall. Each test rests the pointer
where a user would and reads the tooltip Qt actually shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QToolTip, QWidget

from jingdu.ui.main_window import MainWindow
from jingdu.ui.notes.annotation_dialogs import NoteDialog
from jingdu.ui.notes.tag_tree import TAG_ROLE
from jingdu.ui.search.model import NOTE_ROLE, SNIPPET_HTML_ROLE
from tests.ui.driving import open_doc_with, select, type_chinese

IMG = '<img src="file:///etc/passwd">'
H1 = "<h1>x</h1>"
LINK = '<a href="https://example.com/">点这里</a>'
HUGE = ("<h1>" + "长" * 1_000_000)[:1_000_000]
"""As long as a note may be."""
TAG_IMG = '<img src="x.png" width="900">'
TAG_H1 = "<h1>重点"
"""Tags: a / would make levels of them."""
TIP_CHARS = 501
"""The longest tooltip text a user may see: 500 characters and the closing …."""


def _hover(widget: QWidget, point: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def hover_row(view: QAbstractItemView, index: QModelIndex) -> str:
    """The tooltip a user sees resting the pointer on ``index`` in ``view``."""
    assert index.isValid()
    view.scrollTo(index)
    return _hover(view.viewport(), view.visualRect(index).center())


def hover_reader(win: MainWindow, offset: int) -> str:
    """The tooltip over the character at ``offset`` (code points) in the reader."""
    win.reader.scroll_to_offset(offset)
    cursor = QTextCursor(win.reader.document())
    cursor.setPosition(win.reader.pmap.to_qt(offset))
    left = win.reader.cursorRect(cursor)
    cursor.setPosition(win.reader.pmap.to_qt(offset + 1))
    right = win.reader.cursorRect(cursor)
    # Right of the character's middle: the pointer is over it, not the one before.
    x = left.x() + (right.x() - left.x()) * 3 // 4
    return _hover(win.reader.viewport(), QPoint(x, left.center().y()))


def shown(tip: str) -> str:
    """The text Qt draws for a tooltip string (it renders what looks like HTML as HTML)."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def tip_label() -> QLabel:
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QLabel) and w.objectName() == "qtooltip_label" and w.isVisible()
    )


def annotate(win: MainWindow, qtbot, start: int, end: int, note: str, tags: list[str]) -> None:
    """Select a passage in the reader and give it a note and tags, as through the bar."""
    select(win, qtbot, start, end)
    win.annotating.tag_selection(tags)
    [h] = [h for h in win.reader.highlights if h.start <= start + 2 < h.end]
    win.reader.highlight_clicked.emit(h.id)
    win.annotating.note_selection(note)


def test_a_note_and_tags_that_look_like_html_show_as_written_in_the_reader(
    window: MainWindow, qtbot
) -> None:
    annotate(window, qtbot, 300, 330, IMG + LINK, [TAG_H1])
    tip = hover_reader(window, 303)
    assert "&lt;img" in tip  # escaped: nothing is loaded
    assert shown(tip) == f"#{TAG_H1}\n{IMG}{LINK}"


def test_a_million_character_note_makes_a_short_tooltip(window: MainWindow, qtbot) -> None:
    annotate(window, qtbot, 300, 330, HUGE, [])
    text = shown(hover_reader(window, 303))
    assert text.startswith("<h1>长长") and text.endswith("…") and len(text) <= TIP_CHARS
    screen = QApplication.primaryScreen().availableGeometry()
    assert tip_label().height() < screen.height()


def test_a_note_of_many_lines_is_cut_to_a_few(window: MainWindow, qtbot) -> None:
    annotate(window, qtbot, 300, 330, "\n".join(f"第{i}行" for i in range(1000)), [])
    text = shown(hover_reader(window, 303))
    assert text.startswith("第0行\n第1行") and text.endswith("…") and text.count("\n") < 20


def test_a_footnote_that_looks_like_html_shows_as_written(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    text = f"# 注释\n\n正文有一个注释①，后面还有话。\n\n① {IMG}《出处》，2020年。\n"
    open_doc_with(window, qtbot, tmp_path / "notes.txt", text)
    doc = window.current
    assert doc is not None and doc.footnotes
    tip = hover_reader(window, doc.footnotes[0].start)
    assert "&lt;img" in tip and shown(tip) == f"① {IMG}《出处》，2020年。"


def test_the_side_list_and_the_browser_show_notes_and_tags_as_text(
    window: MainWindow, qtbot
) -> None:
    annotate(window, qtbot, 300, 330, IMG, [TAG_IMG])
    panel = window.doc_notes
    row = panel.proxy.index(0, 0)
    assert "&lt;img" in hover_row(panel.view, row) and shown(hover_row(panel.view, row)) == IMG

    window.companions.show_browser()
    b = window.companions.browser
    assert b is not None
    cols = b.model.COLUMNS
    note_tip = hover_row(b.table, b.proxy.index(0, cols.index("Note")))
    assert "&lt;img" in note_tip and shown(note_tip) == IMG
    quote = window.reader.highlights[0].quote
    assert shown(hover_row(b.table, b.proxy.index(0, cols.index("Quote")))) == quote
    items = b.tag_tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    node = next(i for i in items if i.data(0, TAG_ROLE) == TAG_IMG)
    b.tag_tree.scrollToItem(node)
    tip = _hover(b.tag_tree.viewport(), b.tag_tree.visualItemRect(node).center())
    assert "&lt;img" in tip and shown(tip) == TAG_IMG


def test_a_huge_note_is_short_in_the_side_list_and_the_browser(window: MainWindow, qtbot) -> None:
    annotate(window, qtbot, 300, 330, HUGE, [])
    panel = window.doc_notes
    assert len(shown(hover_row(panel.view, panel.proxy.index(0, 0)))) <= TIP_CHARS
    window.companions.show_browser()
    b = window.companions.browser
    assert b is not None
    index = b.proxy.index(0, b.model.COLUMNS.index("Note"))
    assert len(shown(hover_row(b.table, index))) <= TIP_CHARS


def test_your_annotations_in_search_results_show_as_text_and_stay_short(
    window: MainWindow, qtbot
) -> None:
    annotate(window, qtbot, 300, 330, ("要讨论" + IMG + HUGE)[:1_000_000], [TAG_H1])
    window.commands["next_doc"].trigger()
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, "要讨论")
    model, view = window.search_panel.model, window.search_panel.view
    row = model.index(0, 0, model.index(0, 0))
    assert row.data(NOTE_ROLE) is not None
    tip = hover_row(view, row)
    assert shown(tip).startswith("要讨论" + IMG) and len(shown(tip)) <= TIP_CHARS
    html = row.data(SNIPPET_HTML_ROLE)  # what the row's delegate lays out at every paint
    assert "&lt;img" in html and "&lt;h1&gt;" in html and len(html) < 2000


def test_titles_and_headings_from_an_imported_file_show_as_text(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    text = f"{IMG} 标题\n\n正文第一段，讲新质生产力。\n\n## {LINK}小节\n\n第二段。\n"
    doc_id = open_doc_with(window, qtbot, tmp_path / "hostile.txt", text)
    doc = window.current
    assert doc is not None and doc.title.startswith("<img")
    panel = window.library_panel
    row = panel.proxy.mapFromSource(window.library_model.index_of(doc_id))
    tip = hover_row(panel.view, row)
    assert "&lt;img" in tip and shown(tip).startswith(doc.title + "\n")
    heading = window.outline_model.find(f"{LINK}小节")
    tip = hover_row(window.outline_view, heading)
    assert "&lt;a href" in tip and shown(tip) == f"{LINK}小节"


def test_the_export_dialog_lists_hostile_titles_and_tags_as_text(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    doc_id = open_doc_with(window, qtbot, tmp_path / "hostile.txt", f"{H1}\n\n正文一段，讲发展。\n")
    lib = window.library
    assert lib is not None
    lib.add_highlight(doc_id, 0, 4, "yellow", tags=[TAG_IMG])
    window.companions.show_export()
    d = window.companions.export_dialog
    assert d is not None
    docs = d.scope.doc_list
    item = next(docs.item(r) for r in range(docs.count()) if docs.item(r).text().startswith(H1))
    tip = _hover(docs.viewport(), docs.visualItemRect(item).center())
    assert "&lt;h1&gt;" in tip and shown(tip).startswith(H1 + "\n")
    tree = d.scope.tag_tree
    items = tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    node = next(i for i in items if i.data(0, TAG_ROLE) == TAG_IMG)
    tip = _hover(tree.viewport(), tree.visualItemRect(node).center())
    assert "&lt;img" in tip and shown(tip) == TAG_IMG
    for label in (d.font_row.label, d.font_warning, d.count_label, d.result_label):
        assert label.textFormat() == Qt.TextFormat.PlainText  # they name files and errors


def test_the_note_dialog_quotes_the_passage_as_text() -> None:
    dialog = NoteDialog(IMG + "的原文", "")
    [label] = [w for w in dialog.findChildren(QLabel) if "原文" in w.text()]
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == f"“{IMG}的原文”"


def test_the_search_status_shows_a_message_as_text(window: MainWindow) -> None:
    window.search_panel.set_message(f"查询有误：{H1}")
    assert window.search_panel.status.textFormat() == Qt.TextFormat.PlainText
