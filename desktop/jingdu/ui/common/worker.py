"""Background work in three lanes; results return on the GUI thread.

*Writes* (every change to the database, and the short reads that follow one)
run one at a time, in order, on one thread, so that a highlight made while the
search index is being built is saved at once, not after the build. *Long* jobs
that only read the database (building the search index, which they alone write;
exporting; reading imports) run on a second thread, one at a time, and can be
cancelled: a cancelled job stops at its next :func:`checkpoint`. *Searches* run
on a third, so that a search never waits for a long job (a first index of a
large library takes a while to build, and the library answers meanwhile).

Closing waits for the writes already queued (see :meth:`Worker.finish_writes`)
and abandons long jobs; both threads are daemons, so a job stuck in a system
call never keeps the process alive. Callbacks run on the GUI thread through a
queued signal. Tests pass ``synchronous=True`` to run jobs inline, in order,
with the same callbacks.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

WRITE, LONG, SEARCH = "write", "long", "search"


class JobCancelled(Exception):
    """Raised inside a cancelled job at its next checkpoint."""


@dataclass
class Job:
    """A submitted job; ``cancel()`` stops it at its next checkpoint and drops its callbacks."""

    name: str
    lane: str = WRITE
    cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled.set()


_current = threading.local()


def checkpoint() -> None:
    """Call from inside a long job (a progress callback, say): raises JobCancelled when
    the job running on this thread was cancelled."""
    job: Job | None = getattr(_current, "job", None)
    if job is not None and job.cancelled.is_set():
        raise JobCancelled(job.name)


class _Lane:
    """One daemon thread running queued callables in order."""

    def __init__(self, name: str) -> None:
        self.jobs: queue.Queue[tuple[Job, Callable[[], None]] | None] = queue.Queue()
        self.running: Job | None = None
        self.thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while True:
            item = self.jobs.get()
            if item is None:
                return
            job, run = item
            self.running = job
            _current.job = job
            try:
                run()
            finally:
                self.running = None
                _current.job = None

    def cancel_all(self) -> None:
        """Cancel the running job and every queued one."""
        while True:
            try:
                item = self.jobs.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[0].cancel()
        running = self.running
        if running is not None:
            running.cancel()


class Worker(QObject):
    _delivered = Signal(object, object, object, object)  # job, callback, value, is_error
    busy_changed = Signal(bool)
    writes_pending = Signal(int)
    """How many writes are queued or running (0: everything is saved)."""

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync = synchronous
        self._lanes = (
            {}
            if synchronous
            else {
                WRITE: _Lane("jingdu-writes"),
                LONG: _Lane("jingdu-long-jobs"),
                SEARCH: _Lane("jingdu-searches"),
            }
        )
        self._pending = 0
        self._writes = 0
        self._closed = False
        self._delivered.connect(self._deliver)

    def submit(
        self,
        name: str,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        lane: str = WRITE,
    ) -> Job:
        """Run ``fn(*args)`` in the background. ``lane`` is WRITE for anything that
        changes the database (the default), LONG for long read-only work, SEARCH for
        searches."""
        job = Job(name, lane)
        if self._closed:
            job.cancel()
            return job
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if lane == WRITE:
            self._writes += 1
            self.writes_pending.emit(self._writes)

        def run() -> None:
            try:
                if job.cancelled.is_set():
                    raise JobCancelled(name)
                value = fn(*args)
            except BaseException as exc:  # reported to on_failure, never lost
                outcome = (job, on_failure, exc, True)
            else:
                outcome = (job, on_success, value, False)
            try:
                self._delivered.emit(*outcome)
            except RuntimeError:
                # The window closed while a long job (abandoned on closing) ran: the
                # worker is gone, and there is no one left to tell.
                if not job.cancelled.is_set():
                    raise

        if self._sync:
            run()
        else:
            self._lanes[lane].jobs.put((job, run))
        return job

    def _deliver(self, job: Job, callback: Any, value: Any, is_error: bool) -> None:
        self._pending -= 1
        if job.lane == WRITE:
            self._writes -= 1
            self.writes_pending.emit(self._writes)
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.cancelled.is_set() or (is_error and isinstance(value, JobCancelled)):
            return
        if callback is not None:
            callback(value)
        elif is_error:
            raise value

    @property
    def synchronous(self) -> bool:
        return self._sync

    @property
    def pending_writes(self) -> int:
        return self._writes

    def cancel_long_jobs(self) -> None:
        """Stop the index build, a search or an export (at their next checkpoint)."""
        for lane in (LONG, SEARCH):
            if lane in self._lanes:
                self._lanes[lane].cancel_all()

    def finish_writes(self, timeout: float = 30.0) -> bool:
        """Wait (delivering results meanwhile) until every queued write is done;
        False if ``timeout`` seconds were not enough."""
        deadline = time.monotonic() + timeout
        while self._writes > 0 and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        return self._writes == 0

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Cancel long jobs, finish the writes, accept no more work. Returns whether
        every write finished."""
        self.cancel_long_jobs()
        done = self.finish_writes(timeout)
        self._closed = True
        for lane in self._lanes.values():
            lane.jobs.put(None)
        return done
