"""One background worker for all library work; results return on the GUI thread.

Jobs run one at a time, in order, on a single thread, so that one thread owns
every write to the database (and later the index). Callbacks run on the GUI
thread through a queued signal. Tests pass ``synchronous=True`` to run jobs
inline, in order, with the same callbacks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal


@dataclass
class Job:
    """A submitted job; ``cancel()`` drops its callbacks if it has not reported yet."""

    name: str
    cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled.set()


class Worker(QObject):
    _delivered = Signal(object, object, object, object)  # job, callback, value, is_error
    busy_changed = Signal(bool)

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync = synchronous
        self._pool = (
            None if synchronous else ThreadPoolExecutor(1, thread_name_prefix="jingdu-worker")
        )
        self._pending = 0
        self._delivered.connect(self._deliver)

    def submit(
        self,
        name: str,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Job:
        job = Job(name)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def run() -> None:
            try:
                value = fn(*args)
            except BaseException as exc:  # reported to on_failure, never lost
                self._delivered.emit(job, on_failure, exc, True)
            else:
                self._delivered.emit(job, on_success, value, False)

        if self._pool is None:
            run()
        else:
            self._pool.submit(run)
        return job

    def _deliver(self, job: Job, callback: Any, value: Any, is_error: bool) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if job.cancelled.is_set():
            return
        if callback is not None:
            callback(value)
        elif is_error:
            raise value

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
