"""The search box answers while the window builds a library's first index."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jingdu.library import Library
from jingdu.search.index import SearchIndex
from jingdu.ui.common.worker import Worker
from jingdu.ui.main_window import MainWindow
from tests.ui.driving import type_chinese


def test_the_search_box_answers_while_a_first_index_is_built(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync()
        expected = lib.search("新质生产力").total
    shutil.rmtree(data / "index")  # as on a first start with a large library
    go_on, building = threading.Event(), threading.Event()
    rebuild = SearchIndex.rebuild

    def slow_rebuild(self, *args, **kwargs):
        building.set()
        go_on.wait(60)
        return rebuild(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "rebuild", slow_rebuild)
    win = MainWindow(data, worker=Worker())  # the real lanes: the build holds one
    qtbot.addWidget(win)
    win.show()
    win.start()
    try:
        usable = QCoreApplication.translate("Searching", "Search: ready, building the index…")
        qtbot.waitUntil(
            lambda: win.searching.search_state.text().startswith(usable), timeout=30_000
        )
        # (The status is set when the documents are read, a moment before the build.)
        assert building.wait(30) and not go_on.is_set()
        win.focus_search()
        with qtbot.waitSignal(win.search_shown, timeout=30_000):
            type_chinese(win.search_panel.edit, "新质生产力")
        results = win.search_panel.model.results
        assert results is not None and results.total == expected > 100
        assert not (data / "index").exists()  # answered before the index was there
        with qtbot.waitSignal(win.search_ready, timeout=60_000):
            go_on.set()
        assert win.searching.search_state.text() == QCoreApplication.translate(
            "Searching", "Search: ready"
        )
    finally:
        go_on.set()
        win.close()
