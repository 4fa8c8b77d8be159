"""The window's tests, in one of two modes chosen by ``JINGDU_TEST_WORKER``:

- ``sync`` (the default): ``Worker(synchronous=True)`` runs every background job
  inline on the GUI thread;
- ``threads``: :class:`~tests.ui.waiting_worker.WaitingWorker` runs them on the real
  lane threads, delivers results by the real queued signal, and the GUI thread's
  connection is read-only, as in the application; ``submit`` still returns only once
  the job is delivered, so the tests read the same in both modes.

``make test`` runs this suite once in each mode.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from jingdu.library import Library
from jingdu.ui.app import install_translators
from jingdu.ui.common.language import speak
from jingdu.ui.common.worker import Worker
from jingdu.ui.main_window import MainWindow
from tests.ui import waiting_worker

# The tests speak English unless they ask for Chinese, whatever this machine's locale.
speak("en")

WORKER_MODE = os.environ.get("JINGDU_TEST_WORKER", "sync") or "sync"
if WORKER_MODE not in ("sync", "threads"):
    raise pytest.UsageError(f"JINGDU_TEST_WORKER={WORKER_MODE!r}: use 'sync' or 'threads'")
THREADED = WORKER_MODE == "threads"

only_inline = pytest.mark.skipif(THREADED, reason="needs the worker to run jobs inline")
"""For a test that depends on jobs running inline by design (say, one that holds jobs)."""


def new_worker() -> Worker:
    """The worker a test window gets in this mode: inline, or threaded but waiting."""
    return waiting_worker.WaitingWorker() if THREADED else Worker(synchronous=True)


def _worker_as_asked(synchronous: bool = False, parent=None) -> Worker:
    """``Worker`` as a test module sees it in threaded mode: what asks for the inline
    worker gets the waiting threaded one; ``Worker()`` stays the plain threaded one."""
    if synchronous:
        return waiting_worker.WaitingWorker(parent=parent)
    return Worker(parent=parent)


def pytest_report_header(config) -> str:
    return f"jingdu UI worker: {WORKER_MODE}" + (
        f" (lane threads, submit waits up to {waiting_worker.DEFAULT_TIMEOUT:g} s)"
        if THREADED
        else " (jobs run inline)"
    )


def _wait_for_end(workers: set[waiting_worker.WaitingWorker], timeout: float) -> list[str]:
    """The threads of these waiting workers still running after ``timeout`` seconds.

    (Only theirs: a test that builds a plain ``Worker()`` may leave a daemon thread in
    a job it abandons on purpose, as the application abandons a stuck long job.)"""
    deadline = time.monotonic() + timeout
    for worker in workers:
        worker.stop_threads(max(0.0, deadline - time.monotonic()))
    return sorted(name for worker in workers for name in worker.threads_alive())


@pytest.fixture(scope="session", autouse=True)
def _test_calls_routed() -> Iterator[None]:
    """In threaded mode, a test's own library calls run on its window's write lane."""
    if not THREADED:
        yield
        return
    with waiting_worker.route_test_calls():
        yield


@pytest.fixture(autouse=True)
def _worker_mode(request, monkeypatch) -> Iterator[None]:
    """In threaded mode, a test module that builds ``MainWindow(..., Worker(synchronous=True))``
    itself gets the waiting threaded worker too; after the test (its windows closed),
    no worker it started may be left open or with a thread running."""
    if not THREADED:
        yield
        return
    if getattr(request.module, "Worker", None) is Worker:
        monkeypatch.setattr(request.module, "Worker", _worker_as_asked)
    before = set(waiting_worker.made)
    yield
    mine = set(waiting_worker.made) - before
    left = [w for w in mine if not w._closed]
    alive = _wait_for_end(mine, 10)
    assert not left, f"the test left {len(left)} window worker(s) open (a window not closed)"
    assert not alive, f"the test left worker threads running: {alive}"


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
    win = MainWindow(data_dir, worker=new_worker())
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    win.start(open_doc)
    return win


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """The main window on a copy of the prepared library, its worker as the mode says."""
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


@pytest.fixture(scope="session", autouse=True)
def _nothing_left_at_exit(qapp) -> Iterator[None]:
    """The suite ends with no main window shown and no waiting worker's thread running.

    (Dialogs a test left open, such as an import's summary, whose window was closed
    under them, are closed here: the application quits with its window.)"""
    yield
    QCoreApplication.processEvents()
    lanes = _wait_for_end(set(waiting_worker.made), 10)
    shown = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    windows = [type(w).__name__ for w in shown if isinstance(w, MainWindow)]
    for w in shown:
        w.close()
    QCoreApplication.processEvents()
    assert not lanes, f"worker threads still running at the end of the suite: {lanes}"
    assert not windows, f"windows still shown at the end of the suite: {windows}"
