"""A quoted phrase with a space inside finds nothing in texts written without one:
the panel says why and offers the phrase without the spaces, with its count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jingdu.ui.main_window import MainWindow
from tests.ui.driving import type_chinese


def _search(window: MainWindow, qtbot, query: str) -> None:
    window.focus_search()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        type_chinese(window.search_panel.edit, query)


@pytest.mark.parametrize(
    ("query", "shown", "runs"),
    [
        ('"高质量 发展"', "“高质量 发展”", '"高质量发展"'),
        # A full-width space, in Chinese quotes.
        ("“高质量\u3000发展”", "“高质量\u3000发展”", "“高质量发展”"),
        # The rest of the query is kept.
        ('"新质 生产力" 创新', "“新质 生产力” 创新", '"新质生产力" 创新'),
    ],
)
def test_a_spaced_phrase_that_finds_nothing_offers_it_without_spaces(
    window: MainWindow, qtbot, query: str, shown: str, runs: str
) -> None:
    assert window.library is not None
    expected = window.library.search(runs, limit=0).total
    assert expected > 0
    _search(window, qtbot, query)
    panel = window.search_panel
    assert panel.model.results is not None and panel.model.results.total == 0
    status = panel.status.text()
    assert "spaces" in status and shown in status
    offer = panel.unspaced_button
    assert offer.isVisible()
    assert f"{expected} passage" in offer.text()
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert panel.edit.text() == runs
    assert panel.model.results is not None and panel.model.results.total == expected
    assert not offer.isVisible()


def test_the_offer_says_so_when_the_unspaced_phrase_finds_nothing_either(
    window: MainWindow, qtbot
) -> None:
    _search(window, qtbot, '"没有 这样的 短语"')
    status = window.search_panel.status.text()
    assert "“没有这样的短语”" in status and "either" in status
    assert not window.search_panel.unspaced_button.isVisible()


def test_no_offer_for_a_phrase_that_is_found_or_has_no_spaces(window: MainWindow, qtbot) -> None:
    _search(window, qtbot, '"不存在的短语"')
    assert window.search_panel.status.text().startswith("No passage contains this.")
    assert not window.search_panel.unspaced_button.isVisible()


def test_the_offer_in_chinese(window: MainWindow, qtbot, chinese) -> None:
    _search(window, qtbot, '"高质量 发展"')
    assert window.library is not None
    n = window.library.search('"高质量发展"', limit=0).total
    assert "短语中的空格" in window.search_panel.status.text()
    assert f"{n} 段" in window.search_panel.unspaced_button.text()


def test_typing_on_while_the_unspaced_phrase_is_counted_drops_the_offer(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    """The count runs in the background as part of the search: a query typed meanwhile
    waits for it, then runs, and the stale offer never shows."""
    held = []
    real_submit = window.worker.submit

    def hold(name, fn, *args, **kw):  # type: ignore[no-untyped-def]
        if name == "search without spaces" and not held:
            held.append((fn, kw["on_success"]))
            return None
        return real_submit(name, fn, *args, **kw)

    monkeypatch.setattr(window.worker, "submit", hold)
    window.focus_search()
    type_chinese(window.search_panel.edit, '"高质量 发展"')
    window.search_panel.run_now()
    assert held and window.searching._search_running  # the count is under way
    window.search_panel.edit.setText("新质生产力")
    with qtbot.waitSignal(window.search_shown, timeout=5000):
        window.search_panel.run_now()  # waits for the count...
        fn, done = held[0]
        done(fn())  # ...which then arrives
    results = window.search_panel.model.results
    assert results is not None and results.query == "新质生产力" and results.total > 0
    assert not window.search_panel.unspaced_button.isVisible()
    assert not window.searching._search_running
