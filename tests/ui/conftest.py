from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jingdu.ui.main_window import MainWindow
from jingdu.ui.worker import Worker


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """The main window on a fresh library, its worker running jobs inline."""
    win = MainWindow(data_dir, worker=Worker(synchronous=True))
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    win.start()
    assert win.library is not None
    yield win
    win.close()
