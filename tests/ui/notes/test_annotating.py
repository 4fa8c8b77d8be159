"""Annotating in the reader, as a user does it: select, press a key, see it painted and stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from jingdu.notes.store import Filter
from jingdu.ui.main_window import MainWindow
from jingdu.ui.notes.browser import TAG_ROLE, AnnotationBrowser
from jingdu.ui.notes.highlight_models import HIGHLIGHT_ROLE
from jingdu.ui.notes.tag_manager import TagManager
from tests.ui.driving import open_doc_with, passage, point_of, reader_text, select, type_chinese


def test_pressing_h_on_a_selection_stores_exactly_the_selected_passage(window, qtbot) -> None:
    assert window.current is not None and window.library is not None
    text = window.current.text
    s = next(i for i in range(200, len(text)) if text[i] == "，")  # start on punctuation
    select(window, qtbot, s, s + 25)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    [h] = window.library.highlights(Filter(doc=window.current.id))
    assert text[h.start] != "，"  # the edge was tidied
    assert h.quote == text[h.start : h.end] and s < h.start < h.end <= s + 25
    assert [x.id for x in window.reader.highlights] == [h.id]
    assert window.doc_notes.proxy.rowCount() == 1
    counts = {d.id: d.highlights for d in window.library_model.documents()}
    assert counts[window.current.id] == 1


def test_a_highlight_after_astral_characters_lands_on_the_selected_words(
    window, qtbot, tmp_path: Path
) -> None:
    open_doc_with(
        window,
        qtbot,
        tmp_path / "生僻字.txt",
        "# 生僻字\n\n" + "𠮷野家的𩸽鱼与𠀀字" * 30 + "，其后是要高亮的句子。\n",
    )
    s, e = passage(window, "要高亮的句子")
    select(window, qtbot, s, e)
    window.commands["highlight"].trigger()
    [h] = window.library.highlights(Filter(doc=window.current.id))
    assert (h.start, h.end, h.quote) == (s, e, "要高亮的句子")
    assert reader_text(window, h.start, h.end) == "要高亮的句子"


def test_a_number_key_recolours_the_clicked_highlight_and_undo_brings_the_old_colour_back(
    window, qtbot
) -> None:
    select(window, qtbot, 300, 320)
    window.annotating.highlight_selection("yellow")
    [h] = window.reader.highlights
    window.reader.highlight_clicked.emit(h.id)
    assert window.selection_bar.isVisible() and window.selection_bar.delete_button.isVisibleTo(
        window.selection_bar
    )
    qtbot.keyClick(window.reader, Qt.Key.Key_3)  # the third swatch: blue
    assert window.library.highlight(h.id).color == "blue"
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.highlight(h.id).color == "yellow"
    assert window.reader.highlights[0].color == "yellow"
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.library.highlight(h.id).color == "blue"


def test_delete_key_removes_the_clicked_highlight_and_undo_restores_it(window, qtbot) -> None:
    select(window, qtbot, 400, 430)
    window.annotating.highlight_selection("green")
    [h] = window.reader.highlights
    window.reader.highlight_clicked.emit(h.id)
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert window.reader.highlights == [] and window.doc_notes.proxy.rowCount() == 0
    window.session.undo()
    assert [x.id for x in window.reader.highlights] == [h.id]


def test_tags_and_notes_are_stored_and_the_side_list_filters_by_tag(window, qtbot) -> None:
    select(window, qtbot, 500, 520)
    window.annotating.tag_selection(["政策/科技", "重点"])
    select(window, qtbot, 600, 620)
    window.annotating.note_selection("联系本地实际")
    tagged, noted = sorted(window.reader.highlights, key=lambda h: h.start)
    assert set(tagged.tags) == {"政策/科技", "重点"} and noted.note == "联系本地实际"
    panel = window.doc_notes
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("政策/科技"))
    shown = [
        panel.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
        for r in range(panel.proxy.rowCount())
    ]
    assert len(shown) == 1 and "#政策/科技" in shown[0]
    panel.tag_box.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 2


def test_choosing_an_entry_in_the_side_list_scrolls_the_reader_to_it(window, qtbot) -> None:
    text = window.current.text
    far = len(text) - 200
    select(window, qtbot, far, far + 10)
    window.annotating.highlight_selection("pink")
    window.reader.scroll_to_offset(0)
    assert window.reader.offset_at_top() < far - 2000
    window.doc_notes.view.clicked.emit(window.doc_notes.proxy.index(0, 0))
    top = window.reader.offset_at_top()
    assert top <= far and far - top < 3000


def test_copy_with_citation_puts_quote_and_source_on_the_clipboard(window, qtbot) -> None:
    s, e = 300, 330
    select(window, qtbot, s, e)
    picked = window.reader.selected_range()
    assert picked is not None
    window.commands["cite"].trigger()
    mime = QApplication.clipboard().mimeData()
    quote = window.current.text[picked[0] : picked[1]]
    assert quote in mime.text() and f"《{window.current.title}》" in mime.text()
    assert "<blockquote>" in mime.html()


def test_a_selection_of_only_punctuation_makes_no_highlight(window, qtbot) -> None:
    text = window.current.text
    s = text.index("。")
    select(window, qtbot, s, s + 1)
    window.annotating.highlight_selection("yellow")
    assert window.library.highlights(Filter(doc=window.current.id)) == []


# -- the annotation browser -------------------------------------------------------------------


@pytest.fixture
def browser(window: MainWindow, qtbot) -> AnnotationBrowser:
    """Three highlights in two documents: 政策/科技 (yellow), 政策 (green), untagged (red)."""
    select(window, qtbot, 300, 320)
    window.annotating.tag_selection(["政策/科技"])
    select(window, qtbot, 400, 420)
    window.annotating.highlight_selection("green")
    window.annotating.tag_selection(["政策"])
    window.commands["next_doc"].trigger()
    select(window, qtbot, 200, 230)
    window.annotating.highlight_selection("red")
    window.companions.show_browser()
    b = window.companions.browser
    assert b is not None and b.isVisible()
    return b


def choose_tag(b: AnnotationBrowser, tag: str) -> None:
    items = b.tag_tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    b.tag_tree.setCurrentItem(next(i for i in items if i.data(0, TAG_ROLE) == tag))


def test_the_browser_lists_every_annotation_and_a_tag_selects_its_subtree(browser) -> None:
    assert browser.proxy.rowCount() == 3
    choose_tag(browser, "政策")
    assert browser.proxy.rowCount() == 2  # 政策 and 政策/科技
    choose_tag(browser, "政策/科技")
    assert browser.proxy.rowCount() == 1
    expected = browser.tr("%1 of %2 annotations").replace("%1", "1").replace("%2", "3")
    assert browser.count_label.text() == expected


def test_the_browser_filters_by_colour_text_and_orphan_state(browser, window) -> None:
    browser.color_box.setCurrentIndex(browser.color_box.findData("red"))
    assert browser.proxy.rowCount() == 1
    browser.color_box.setCurrentIndex(0)
    quote = browser.proxy.index(0, 0).data(HIGHLIGHT_ROLE).quote
    browser.text_edit.setText(quote[2:8])
    assert browser.proxy.rowCount() >= 1
    browser.text_edit.setText("不存在的字样𠀀")
    assert browser.proxy.rowCount() == 0
    browser.text_edit.clear()
    browser.orphan_check.setChecked(True)
    assert browser.proxy.rowCount() == 0


def test_bulk_recolour_tag_and_delete_then_undo(browser, window) -> None:
    browser.table.selectAll()
    browser.recolour("purple")
    assert {h.color for h in window.library.highlights()} == {"purple"}
    browser.table.selectAll()
    browser.add_tags(["复习"])
    assert all("复习" in h.tags for h in window.library.highlights())
    assert browser.proxy.rowCount() == 3
    browser.table.selectAll()
    browser.delete_selected(confirm=False)
    assert window.library.highlights() == [] and browser.proxy.rowCount() == 0
    window.session.undo()
    assert len(window.library.highlights()) == 3 and browser.proxy.rowCount() == 3
    window.session.undo()  # one step undoes the tag on all three, not on one of them
    assert not any("复习" in h.tags for h in window.library.highlights())
    assert window.status_label.text() == "Undone: edit highlights"
    window.session.undo()
    assert {h.color for h in window.library.highlights()} != {"purple"}


def test_the_tag_manager_counts_a_tag_with_the_tags_under_it(browser, window, chinese) -> None:
    manager = TagManager(window.session, window)
    counts = {
        manager.tree.topLevelItem(i).text(0): manager.tree.topLevelItem(i).text(1)
        for i in range(manager.tree.topLevelItemCount())
    }
    assert counts == {"政策": "2", "政策/科技": "1"}  # as the browser's tag tree counts
    assert manager.windowTitle() == "标签"  # the platform adds the application's name


def test_undo_says_what_it_undid_in_chinese(window, qtbot, chinese) -> None:
    select(window, qtbot, 300, 320)
    window.annotating.highlight_selection("yellow")
    [h] = window.reader.highlights
    window.reader.highlight_clicked.emit(h.id)
    window.annotating.note_selection("笔记")
    window.session.undo()
    assert window.status_label.text() == "已撤销：编辑批注"
    window.session.undo()
    window.session.undo()
    assert window.status_label.text() == "没有可撤销的操作。"


def test_double_click_opens_the_highlight_in_its_document(browser, window) -> None:
    choose_tag(browser, "政策/科技")
    browser.table.selectRow(0)
    h = browser.selected()[0]
    browser.open_current()
    assert window.current is not None and window.current.id == h.doc
    assert h.id in [x.id for x in window.reader.highlights]


def test_an_orphan_is_listed_and_can_be_reattached_to_a_new_selection(
    window, qtbot, tmp_path: Path
) -> None:
    f = tmp_path / "会议纪要.txt"
    doc = open_doc_with(
        window, qtbot, f, "# 会议纪要\n\n第一段讲发展。\n\n第二段提出要点甲乙丙。\n"
    )
    select(window, qtbot, *passage(window, "要点甲乙丙"))
    window.annotating.highlight_selection("yellow")
    f.write_text("# 会议纪要\n\n第一段讲发展。\n\n第二段改写为全新的内容。\n", encoding="utf-8")
    window.library.import_file(f, replace=doc)
    [h] = window.library.highlights(Filter(doc=doc))
    assert h.orphan
    window.reading.current = None  # (the stored copy changed: read it again)
    window.open_document(doc)
    window.companions.show_browser()
    b = window.companions.browser
    b.orphan_check.setChecked(True)
    assert b.proxy.rowCount() == 1
    assert b.proxy.index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith("[")
    select(window, qtbot, *passage(window, "全新的内容"))
    b.table.selectRow(0)
    b.reattach_current()
    moved = window.library.highlight(h.id)
    assert not moved.orphan and moved.quote == "全新的内容"
    assert b.proxy.rowCount() == 0


def test_the_tag_manager_renames_a_level_with_its_subtree_and_undo_reverts(browser, window) -> None:
    manager = TagManager(window.session, window)
    item = manager.tree.findItems("政策", Qt.MatchFlag.MatchExactly)[0]
    manager.tree.setCurrentItem(item)
    manager.rename("方针")
    names = {n for n, _ in window.library.tags()}
    assert {"方针", "方针/科技"} <= names and "政策" not in names
    window.session.undo()
    names = {n for n, _ in window.library.tags()}
    assert {"政策", "政策/科技"} <= names


def test_with_snapping_on_a_half_word_selection_becomes_the_whole_word(
    window, qtbot, tmp_path: Path
) -> None:
    from jingdu.search import segment
    from jingdu.ui.common import settings as S

    segment.tokenizer()
    open_doc_with(
        window,
        qtbot,
        tmp_path / "分词.txt",
        "# 分词\n\n发展新质生产力是推动高质量发展的内在要求。\n",
    )
    window.commands["snap"].setChecked(True)
    s, _ = passage(window, "质生产")
    select(window, qtbot, s, s + 3)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    [h] = window.library.highlights(Filter(doc=window.current.id))
    assert h.quote == "新质生产力"
    assert S.SNAP_WORDS.get(window.settings) is True


def test_the_library_search_lists_matching_annotations_first_and_opens_them(window, qtbot) -> None:
    from jingdu.ui.search.model import NOTE_ROLE

    select(window, qtbot, 300, 320)
    window.annotating.note_selection("学习会上要讨论")
    [h] = window.reader.highlights
    window.commands["next_doc"].trigger()
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, "讨论")
    model = window.search_panel.model
    group = model.index(0, 0)
    assert model.rowCount(group) == 1 and model.index(0, 0, group).data(NOTE_ROLE).id == h.id
    label = QCoreApplication.translate("SearchResultsModel", "Your annotations")
    assert group.data().startswith(label) and model.index(0, 0, group).data() == h.quote
    window.search_panel.view.setCurrentIndex(model.index(0, 0, group))
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Return)
    assert window.current.id == h.doc


def test_sorting_a_column_orders_the_rows_and_keeps_the_selection(browser) -> None:
    quote_col = browser.model.COLUMNS.index("Quote")
    browser.table.selectRow(1)
    chosen = browser.selected()[0].id
    browser.table.sortByColumn(quote_col, Qt.SortOrder.AscendingOrder)
    quotes = [browser.proxy.index(r, 0).data(HIGHLIGHT_ROLE).quote for r in range(3)]
    assert quotes == sorted(quotes)
    browser.table.sortByColumn(quote_col, Qt.SortOrder.DescendingOrder)
    quotes = [browser.proxy.index(r, 0).data(HIGHLIGHT_ROLE).quote for r in range(3)]
    assert quotes == sorted(quotes, reverse=True)
    assert [h.id for h in browser.selected()] == [chosen]


def test_keeping_punctuation_is_an_option_that_is_remembered(window, qtbot, data_dir) -> None:
    from tests.ui.conftest import make_window

    text = window.current.text
    s = text.index("。") - 10
    window.commands["trim"].setChecked(False)
    select(window, qtbot, s, s + 11)
    window.annotating.highlight_selection("blue")
    [h] = window.reader.highlights
    assert h.quote.endswith("。") and h.quote == text[s : s + 11]
    window.close()
    again = make_window(qtbot, data_dir)
    assert not again.commands["trim"].isChecked() and again.reader.trim_punctuation is False
    again.close()


def test_hovering_a_highlight_shows_its_note_and_tags(window, qtbot) -> None:
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QToolTip

    select(window, qtbot, 300, 330)
    window.annotating.tag_selection(["重点"])
    [h] = window.reader.highlights
    window.reader.highlight_clicked.emit(h.id)
    window.annotating.note_selection("会上讨论")
    window.reader.scroll_to_offset(h.start)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.pmap.to_qt(h.start + 3))
    point = window.reader.cursorRect(cursor).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, window.reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.reader.viewport(), event)
    assert "#重点" in QToolTip.text() and "会上讨论" in QToolTip.text()


@pytest.mark.parametrize("let_go", ["click elsewhere", "Esc"])
def test_a_highlight_let_go_is_not_recoloured_by_a_number_key(window, qtbot, let_go) -> None:
    select(window, qtbot, 300, 320)
    window.annotating.highlight_selection("yellow")
    [h] = window.reader.highlights
    viewport = window.reader.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_of(window, 310))
    assert window.selection_bar.isVisible()  # the click took the highlight in hand
    if let_go == "Esc":
        qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_of(window, 360))
    assert not window.selection_bar.isVisible()
    qtbot.keyClick(window.reader, Qt.Key.Key_3)
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert window.library.highlight(h.id).color == "yellow"


def test_delete_acts_only_on_a_highlight_in_sight_and_says_how_to_undo(
    window, qtbot, chinese
) -> None:
    select(window, qtbot, 300, 320)
    window.annotating.highlight_selection("yellow")
    [h] = window.reader.highlights
    window.reader.highlight_clicked.emit(h.id)
    window.reader.scroll_to_offset(len(window.current.text) - 10)  # far away
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert [x.id for x in window.reader.highlights] == [h.id]
    window.reader.scroll_to_offset(300)
    window.reader.highlight_clicked.emit(h.id)
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert window.reader.highlights == []
    assert window.status_label.text() == "已删除 · Ctrl+Z 撤销"


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_saves_the_note_and_enter_makes_a_new_line(qtbot, enter) -> None:
    from jingdu.ui.notes.annotation_dialogs import NoteDialog

    dialog = NoteDialog("发展新质生产力", "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setFocus()
    dialog.edit.insertPlainText("line 1")  # (QTest types Latin text only; an IME types Chinese)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.edit, "line 2")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.edit, enter, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == NoteDialog.DialogCode.Accepted
    assert dialog.note() == "line 1\nline 2"


def test_the_browsers_colour_column_shows_every_colour_name_whole(browser) -> None:
    from jingdu.ui.common import palette

    metrics = browser.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(n) for n in palette.names().values())
    assert browser.table.columnWidth(3) >= widest + 20  # the name and its swatch
