"""Right-clicking in the reader: highlight, note, cite, search the library."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from jingdu.notes.store import Filter
from tests.ui.driving import point_of, select


def right_click(window, offset: int, choose: Callable[[QMenu], None]) -> list[str]:
    """Right-click at ``offset``; ``choose`` acts on the menu as it is shown (it runs
    its own event loop). Returns the menu's entries."""
    seen: list[str] = []

    failed: list[BaseException] = []

    def act() -> None:
        menu = QApplication.activePopupWidget()
        try:
            assert isinstance(menu, QMenu)
            seen.extend(a.text() for a in menu.actions() if a.text())
            choose(menu)
        except BaseException as exc:
            failed.append(exc)
        finally:
            if menu is not None:
                menu.close()

    QTimer.singleShot(50, act)
    pos = point_of(window, offset)
    viewport = window.reader.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    if failed:
        raise failed[0]
    return seen


def entry(menu: QMenu, starts: str):
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(starts))


def test_right_click_on_a_selection_highlights_it_in_a_chosen_colour(window, qtbot) -> None:
    select(window, qtbot, 300, 320)

    def green(menu: QMenu) -> None:
        colours = entry(menu, "Highlight").menu()
        entry(colours, "Green").trigger()

    seen = right_click(window, 310, green)
    assert any("Search the library" in s.replace("&", "") for s in seen)
    [h] = window.library.highlights(Filter(doc=window.current.id))
    assert (h.start, h.end, h.color) == (300, 320, "green")


def test_right_click_on_a_highlight_offers_its_colour_checked_and_delete(window, qtbot) -> None:
    select(window, qtbot, 300, 320)
    window.annotating.highlight_selection("blue")
    window.annotating.let_go()
    checked: list[str] = []

    def delete(menu: QMenu) -> None:
        colours = entry(menu, "Colour").menu()
        checked.extend(a.text() for a in colours.actions() if a.isChecked())
        entry(menu, "Delete the highlight").trigger()

    right_click(window, 310, delete)
    assert [c.split(" ")[0] for c in checked] == ["Blue"]
    assert window.library.highlights(Filter(doc=window.current.id)) == []


def test_search_the_library_for_the_selection(window, qtbot) -> None:
    text = window.current.text
    start = text.index("新质生产力")
    select(window, qtbot, start, start + 5)
    with qtbot.waitSignal(window.search_shown, timeout=10_000):
        right_click(window, start + 2, lambda m: entry(m, "Search the library").trigger())
    assert window.search_panel.edit.text() == '"新质生产力"'
    assert window.search_panel.model.results is not None
    assert window.search_panel.model.results.total > 10


def test_right_click_on_plain_text_offers_nothing(window, qtbot) -> None:
    shown = []
    QTimer.singleShot(50, lambda: shown.append(QApplication.activePopupWidget()))
    pos = point_of(window, 500)
    viewport = window.reader.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    qtbot.wait(100)
    assert shown == [None]
