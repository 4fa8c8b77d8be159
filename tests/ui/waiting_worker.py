"""A worker for tests that runs jobs on the real lane threads, yet whose ``submit``
returns only once the job's result has been delivered.

The UI tests are written in a synchronous style: after an action, what it did is
done. ``Worker(synchronous=True)`` gives them that by running every job inline on
the GUI thread, which never exercises the threads, the queued delivery, or the
GUI thread's read-only connection (``Library.reads_only_here``: the window calls
it only for a worker that is not synchronous). :class:`WaitingWorker` keeps the
style and the real machinery: the job runs on its lane's thread, its result comes
back through the queued signal, and ``submit`` spins the Qt event loop until that
delivery has been handled (the callback has run, or was dropped because the job
was cancelled). A job that a cancellation took out of its lane's queue, before it
ran, is never delivered; ``submit`` stops waiting for it too.

Jobs submitted from inside a callback (or from any event handled while waiting)
wait in a nested loop, as they would run inline in synchronous mode. A job
submitted from a lane's thread does not wait (it cannot spin the GUI event loop).
A job not delivered within ``timeout`` seconds fails the test: ``submit`` raises
:class:`WorkerTimeout` instead of hanging the suite.

The tests also change the library directly to set a scene (``win.library.add_highlight``,
``open_doc_with``'s import). On the GUI thread's read-only connection those writes
would be refused, as an application write there must be. :func:`route_test_calls`
runs a ``Library`` method called *from test code* on the GUI thread through the
window's write lane instead, as the application's own writes run, and hands back
its result (or raises its exception). A call from application code is never
rerouted, so a write the application makes on the GUI thread still fails.

Select it for the whole UI suite with ``JINGDU_TEST_WORKER=threads`` (see
``tests/ui/conftest.py``).
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject
from PySide6.QtWidgets import QApplication

from jingdu.library import Library
from jingdu.ui.common.worker import Job, Worker

DEFAULT_TIMEOUT = float(os.environ.get("JINGDU_TEST_WORKER_TIMEOUT", "60"))

# Every WaitingWorker made, so that the suite can check none is left with live threads.
made: weakref.WeakSet[WaitingWorker] = weakref.WeakSet()


class WorkerTimeout(AssertionError):
    """A job's result did not come back in time (a hang, a lost delivery)."""


class WaitingWorker(Worker):
    """The real two-lane worker, but ``submit`` waits until the job is delivered."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, parent: QObject | None = None) -> None:
        super().__init__(synchronous=False, parent=parent)
        self.timeout = timeout
        self._gui_thread = threading.current_thread()
        # A cancellation drains a lane's queue (``_Lane.cancel_all``, through
        # ``get_nowait``): a job taken out that way never runs and is never delivered.
        for lane in self._lanes.values():
            lane.jobs.get_nowait = self._recording_drains(lane.jobs.get_nowait)  # type: ignore[method-assign]
        made.add(self)

    def _recording_drains(self, get_nowait: Callable[[], Any]) -> Callable[[], Any]:
        def drain() -> Any:
            item = get_nowait()
            if item is not None:
                self._settle(item[0])
            return item

        return drain

    @staticmethod
    def _settle(job: Job) -> None:
        """The job was delivered (its callback ran or was dropped), or will never run."""
        job.settled_in_test = True  # type: ignore[attr-defined]

    @staticmethod
    def _settled(job: Job) -> bool:
        return getattr(job, "settled_in_test", False)

    def submit(self, name: str, fn: Callable[..., Any], *args: Any, **callbacks: Any) -> Job:
        """Worker.submit, then wait on the GUI thread until the job is delivered."""
        job = super().submit(name, fn, *args, **callbacks)
        if self._closed or threading.current_thread() is not self._gui_thread:
            return job  # refused (the window is closing), or from a lane's own thread
        deadline = time.monotonic() + self.timeout
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._settled(job):
                return job
            if time.monotonic() > deadline:
                raise WorkerTimeout(
                    f"the {job.lane} job {name!r} was not delivered within {self.timeout:g} s"
                    f" (cancelled: {job.cancelled.is_set()})"
                )
            time.sleep(0.001)

    def _deliver(self, job: Job, callback: Any, value: Any, is_error: bool) -> None:
        try:
            super()._deliver(job, callback, value, is_error)
        finally:
            self._settle(job)

    def call(self, name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)`` on the write lane, as a plain call: its result, or
        its exception raised here."""
        outcome: list[tuple[bool, Any]] = []
        self.submit(
            name,
            functools.partial(fn, *args, **kwargs),
            on_success=lambda value: outcome.append((True, value)),
            on_failure=lambda exc: outcome.append((False, exc)),
        )
        if not outcome:
            raise WorkerTimeout(f"{name}: the write lane dropped the call (the window closed?)")
        ok, value = outcome[0]
        if not ok:
            raise value
        return value

    def threads_alive(self) -> list[str]:
        """The names of this worker's lane threads still running."""
        return [lane.thread.name for lane in self._lanes.values() if lane.thread.is_alive()]

    def stop_threads(self, timeout: float = 10.0) -> list[str]:
        """Shut down (if the window did not) and join the lane threads; returns the
        names of those that did not end."""
        if not self._closed:
            self.shutdown(timeout)
        for lane in self._lanes.values():
            lane.thread.join(timeout)
        return self.threads_alive()


# -- test code's own library calls ---------------------------------------------------

TESTS = Path(__file__).resolve().parents[1]
_NOT_ROUTED = {"close", "reads_only_here"}


def _called_from_tests(frame: Any) -> bool:
    return frame is not None and _in_tests(frame.f_code.co_filename)


@functools.cache
def _in_tests(filename: str) -> bool:
    return Path(filename).resolve().is_relative_to(TESTS)


def _waiting_worker_of(lib: Library) -> WaitingWorker | None:
    """The worker of the window that has ``lib`` open, when it is a live WaitingWorker."""
    app = QApplication.instance()
    if app is None:
        return None
    for widget in QApplication.topLevelWidgets():
        session = getattr(widget, "session", None)
        worker = getattr(session, "worker", None)
        if (
            getattr(session, "library", None) is lib
            and isinstance(worker, WaitingWorker)
            and not worker._closed
            and threading.current_thread() is worker._gui_thread
        ):
            return worker
    return None


def _routed(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(self: Library, *args: Any, **kwargs: Any) -> Any:
        worker = _waiting_worker_of(self) if _called_from_tests(sys._getframe(1)) else None
        if worker is None:
            return method(self, *args, **kwargs)
        return worker.call(f"test: Library.{name}", method, self, *args, **kwargs)

    return call


@contextmanager
def route_test_calls() -> Iterator[None]:
    """While active, a test's own call of a Library method on the GUI thread, on a
    window's library, runs on that window's write lane (see the module's docstring)."""
    with pytest.MonkeyPatch.context() as mp:
        for name, member in inspect.getmembers(Library, inspect.isfunction):
            if not name.startswith("_") and name not in _NOT_ROUTED:
                mp.setattr(Library, name, _routed(name, member))
        yield
