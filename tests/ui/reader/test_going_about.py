"""Moving about the library as Zotero and calibre users expect: Back and Forward over
jumps, recent documents, the compilation's row, full screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jingdu.ui.library.model import DOC_ID_ROLE
from jingdu.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


def _outline_jump(window: MainWindow, qtbot, row: int) -> int:
    view = window.outline_view
    index = window.outline_model.index(row, 0)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return window.reader.offset_at_top()


def test_alt_left_goes_back_over_an_outline_jump_and_alt_right_returns(window, qtbot) -> None:
    window.commands["side"].setChecked(True)
    window.side_tabs.setCurrentIndex(0)
    start = window.reader.offset_at_top()
    assert not window.commands["back"].isEnabled()
    last = window.outline_model.rowCount() - 1
    jumped = _outline_jump(window, qtbot, last)
    assert jumped > start + 100
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, ALT)
    assert abs(window.reader.offset_at_top() - start) < 50
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, ALT)
    assert abs(window.reader.offset_at_top() - jumped) < 50


def test_back_returns_to_the_document_left_and_the_place_in_it(window, qtbot) -> None:
    first = window.current
    window.reader.scroll_to_offset(3000)
    place = window.reader.offset_at_top()
    qtbot.keyClick(window.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    second = window.current
    assert second.id != first.id
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, ALT)
    assert window.current.id == first.id and abs(window.reader.offset_at_top() - place) < 50
    assert window.library_view.currentIndex().data(DOC_ID_ROLE) == first.id
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, ALT)
    assert window.current.id == second.id
    assert not window.commands["forward"].isEnabled()


def test_recent_documents_lists_the_last_opened_first_and_opens_them(window, qtbot) -> None:
    first = window.current.id
    window.commands["next_doc"].trigger()
    second = window.current.id
    window.commands["next_doc"].trigger()
    third = window.current.id
    window.commands.menus["recent"].aboutToShow.emit()
    items = [a for a in window.commands.menus["recent"].actions() if a.text()]
    titles = {d.id: d.title for d in window.library_model.documents()}
    assert [a.text().split("  ", 1)[1] for a in items[:3]] == [
        titles[third].replace("&", "&&"),
        titles[second].replace("&", "&&"),
        titles[first].replace("&", "&&"),
    ]
    items[2].trigger()
    assert window.current.id == first


def test_choosing_a_compilation_opens_its_first_piece(window, qtbot) -> None:
    model = window.library_panel.proxy
    group = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.rowCount(model.index(r, 0))
    )
    first_piece = model.index(0, 0, group)
    label = group.data()
    assert first_piece.data() in label and ".txt" not in label  # named by its first piece
    view = window.library_view
    window.library_view.collapseAll()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(group).center()
    )
    assert window.current.id == first_piece.data(DOC_ID_ROLE)


def test_the_status_bar_names_no_file_code(window) -> None:
    text = window.status_label.text()
    assert window.current.source not in text and ".txt" not in text
    assert f"{window.current.chars:,}" in text


def test_ctrl_l_goes_to_the_library_filter(window, qtbot) -> None:
    qtbot.keyClick(window.reader, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.library_panel.filter.hasFocus()


def test_f11_shows_the_reader_alone_and_again_brings_the_panels_back(window, qtbot) -> None:
    window.side_dock.show()
    qtbot.keyClick(window.reader, Qt.Key.Key_F11)
    assert window.commands["full_screen"].isChecked()
    assert not window.library_panel.isVisible() and not window.side_dock.isVisible()
    qtbot.keyClick(window.reader, Qt.Key.Key_F11)
    assert window.library_panel.isVisible() and window.side_dock.isVisible()
