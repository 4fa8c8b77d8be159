from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from jingdu.library import Library
from jingdu.paths import resources_dir
from jingdu.ui.main_window import MainWindow
from jingdu.ui.worker import Worker


@pytest.fixture(scope="session")
def prepared_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with its search index built once; each test gets a copy."""
    folder = tmp_path_factory.mktemp("ui") / "data"
    with Library(folder) as lib:
        lib.sync()
        lib.search_engine()
    return folder


@pytest.fixture
def data_dir(tmp_path: Path, prepared_library: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(prepared_library, target)
    return target


def make_window(qtbot, data_dir: Path, open_doc: str | None = None) -> MainWindow:
    win = MainWindow(data_dir, worker=Worker(synchronous=True))
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    win.start(open_doc)
    return win


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """The main window on a copy of the prepared library, its worker running jobs inline."""
    win = make_window(qtbot, data_dir)
    assert win.library is not None
    yield win
    win.close()


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_at_exit(qapp) -> Iterator[None]:
    """Qt's offscreen platform crashes at exit when its clipboard still holds QMimeData
    (a Qt bug: the same program exits cleanly under X11); the citation tests fill it."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def chinese(qapp):
    """The interface in Simplified Chinese, as a Chinese user has it."""
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "i18n" / "jingdu_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
