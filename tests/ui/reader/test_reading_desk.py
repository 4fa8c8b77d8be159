"""The reading desk as a user drives it: typing, keys, and what appears on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

from jingdu.search.engine import SearchResults
from jingdu.search.fold import fold
from jingdu.ui.common.dialogs import ShortcutsDialog
from jingdu.ui.main_window import MainWindow
from jingdu.ui.side_panel import SEARCH_TAB
from tests.ui.conftest import make_window
from tests.ui.driving import reader_text, type_chinese


def test_typing_a_chinese_query_shows_results_grouped_by_document(
    window: MainWindow, qtbot
) -> None:
    window.commands["search"].trigger()
    assert window.side_tabs.currentIndex() == SEARCH_TAB and window.search_panel.edit.hasFocus()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, "全要素生产率")
    model = window.search_panel.model
    assert model.results is not None and model.results.total > 30
    first_doc = model.index(0, 0)
    n = model.rowCount(first_doc)
    hit = model.index(0, 0, first_doc).data(Qt.ItemDataRole.UserRole + 1)
    assert n >= 1 and first_doc.data() == f"{hit.title} ({n})"  # document, then its passages
    assert "全要素生产率" in hit.snippet
    total = model.results.total
    assert window.search_panel.status.text().startswith(
        f"{total} passages in {model.rowCount()} documents"
    )


def test_enter_opens_the_passage_with_the_match_marked(window: MainWindow, qtbot) -> None:
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, "数据要素")
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Down)
    hit = window.search_panel.current_hit()
    assert hit is not None
    with qtbot.waitSignal(window.document_shown, timeout=5000, raising=False):
        qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Return)
    assert window.current is not None and window.current.id == hit.doc
    s, e = hit.matches[0]
    assert window.reader.passage() == (s, e)
    assert window.reader.span_rects(s, e)  # laid out, so painted
    assert reader_text(window, s, e) == "数据要素"
    # The marked passage is on screen.
    top = window.reader.offset_at_top()
    assert top <= s


def test_a_search_hit_after_characters_outside_the_basic_plane(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    f = tmp_path / "生僻字.txt"
    f.write_text(
        "# 生僻字\n\n" + "𠮷野家的𩸽鱼与𠀀字" * 30 + "，其后是独一无二的检索目标词。\n",
        encoding="utf-8",
    )
    assert window.library is not None
    window.library.import_file(f)
    window.library_model.set_documents(window.library.documents())
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=10000):
        type_chinese(window.search_panel.edit, "检索目标词")
    hit = window.search_panel.current_hit()
    assert hit is not None and hit.doc == "生僻字"
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Return)
    s, e = hit.matches[0]
    assert window.current is not None and window.current.text[s:e] == "检索目标词"
    assert reader_text(window, s, e) == "检索目标词"  # Qt counts the astral characters twice


def test_stale_results_never_overwrite_newer_ones(window: MainWindow) -> None:
    shown = []
    window.search_panel.set_results = lambda r, a=None: shown.append(r.query if r else None)  # type: ignore[method-assign]
    window.searching._search_running = True  # a search for "旧" is under way
    window.searching._on_search_query_changed("新的查询")  # the user typed on
    assert window.library is not None
    window.searching._on_search_done((SearchResults("旧", 1, []), []))
    assert shown == ["新的查询"]


def test_find_in_document_counts_and_steps_through_matches(window: MainWindow, qtbot) -> None:
    window.open_document("002_1faaaa7bcac61f4f")
    doc = window.current
    assert doc is not None
    window.commands["find"].trigger()
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    type_chinese(window.find_bar.edit, "新質生產力")  # folded like library search
    expected = fold(doc.text).count("新质生产力")
    assert expected > 20
    assert len(window.find_bar.matches) == expected
    assert window.find_bar.count.text() == f"{window.find_bar.current + 1} of {expected}"
    first = window.find_bar.current
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.current == (first + 1) % expected
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.current == first
    s, e = window.find_bar.matches[first]
    assert reader_text(window, s, e) == "新质生产力"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.reader.marks() == []


def test_zoom_theme_and_column_keys(window: MainWindow, qtbot) -> None:
    size = window.reader.point_size
    window.commands["zoom_in"].trigger()
    assert window.reader.point_size == size + 1
    window.commands["zoom_reset"].trigger()
    assert window.reader.point_size == 13.0
    window.commands["theme_dark"].trigger()
    assert window.reader.theme.name == "dark"
    assert QApplication.palette().window().color().lightness() < 100
    window.commands["theme_light"].trigger()
    ems = window.reader.column_ems
    window.commands["wider"].trigger()
    assert window.reader.column_ems == ems + 2


def test_position_theme_and_size_survive_a_restart(qtbot, data_dir: Path) -> None:
    win = make_window(qtbot, data_dir, "000")
    doc = win.current
    assert doc is not None
    target = next(o for o in doc.outline if o.title.startswith("三、"))
    win.reader.scroll_to_offset(target.start)
    win.commands["theme_sepia"].trigger()
    win.commands["zoom_in"].trigger()
    saved = win.reader.offset_at_top()
    win.close()
    again = make_window(qtbot, data_dir)
    assert again.current is not None and again.current.id == doc.id  # the last document reopens
    assert again.reader.theme.name == "sepia" and again.reader.point_size == 14.0
    assert abs(again.reader.offset_at_top() - saved) < 40
    again.close()


def test_library_filter_narrows_the_list(window: MainWindow) -> None:
    panel = window.library_panel
    type_chinese(panel.filter, "杨开忠")
    proxy = panel.proxy
    assert proxy.rowCount() == 1  # the compilation group, with the one matching piece
    group = proxy.index(0, 0)
    assert proxy.rowCount(group) == 1
    assert "杨开忠" in proxy.index(0, 0, group).data(Qt.ItemDataRole.UserRole + 2)
    panel.filter.clear()
    assert proxy.rowCount() == 5


def test_every_action_has_keys_and_the_help_lists_them(window: MainWindow) -> None:
    actions = window.commands
    # (About is in the Help menu; nobody needs a key for it.)
    missing = [a.text() for a in actions if not a.shortcuts() and a is not window.commands["about"]]
    assert missing == []
    dialog = ShortcutsDialog(actions, window)
    table = dialog.findChild(QTableWidget, "shortcuts")
    assert table is not None and table.rowCount() == len([a for a in actions if a.shortcuts()])
    keys = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert "Ctrl+F" in keys and "F1" in keys


def test_the_outline_tab_and_library_focus_by_keyboard(window: MainWindow, qtbot) -> None:
    window.commands["outline"].trigger()
    assert window.side_tabs.currentIndex() == 0 and window.outline_view.hasFocus()
    window.commands["focus_library"].trigger()
    assert window.library_panel.filter.hasFocus()  # type to narrow, Down to go into the list
    qtbot.keyClick(window.library_panel.filter, Qt.Key.Key_Down)
    assert window.library_view.hasFocus()
    before = window.current.id if window.current else None
    window.commands["next_doc"].trigger()
    assert window.current is not None and window.current.id != before


def test_search_and_filter_models_pass_the_model_tester(
    window: MainWindow, qtbot, qtmodeltester
) -> None:
    window.search("创新 OR 发展")
    qtmodeltester.check(window.search_panel.model)
    window.library_panel.filter.setText("新质")
    qtmodeltester.check(window.library_panel.proxy)


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    """Qt fires neither of two actions bound to one key (an ambiguous shortcut)."""
    seen: dict[str, str] = {}
    clashes = []
    for action in [*window.actions(), *window.reader.actions()]:
        for key in action.shortcuts():
            name = key.toString()
            if name in seen:
                clashes.append((name, seen[name], action.text()))
            seen[name] = action.text()
    assert clashes == []
