from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from jingdu.library import Library
from jingdu.ui.app import install_translators
from jingdu.ui.common.language import speak
from jingdu.ui.common.worker import Worker
from jingdu.ui.main_window import MainWindow

# The tests speak English unless they ask for Chinese, whatever this machine's locale.
speak("en")


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


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch) -> None:
    """A message box no test asked for fails the test (a modal box would hang it)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args) -> None:
        raise AssertionError(f"an unexpected message box: {args[1:3]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_at_exit(qapp) -> Iterator[None]:
    """Qt's offscreen platform crashes at exit when its clipboard still holds QMimeData
    (a Qt bug: the same program exits cleanly under X11); the citation tests fill it."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def chinese(qapp):
    """The interface in Simplified Chinese, as a Chinese user has it: Jingdu's and Qt's
    own translations, installed as the application installs them."""
    translators = install_translators(qapp, "zh_CN")
    assert len(translators) == 2  # ours, and Qt's (its dialogs' buttons)
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)
    speak("en")
