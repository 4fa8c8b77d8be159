"""What the window does with a failure nobody expected: log it, and tell the user.

A bug in a background job, a slot or a thread must not vanish (a failed import that
shows nothing) nor kill the window: its traceback goes to ``jingdu.log`` in the data
folder and a dialog in the interface's language says what happened and where the
details are. :func:`install` hooks Python's two exception hooks to the same report.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal

LOG_NAME = "jingdu.log"
log = logging.getLogger("jingdu")


def open_log(folder: Path) -> Path:
    """Send the log to ``folder/jingdu.log`` (kept small: two files of 1 MB)."""
    path = folder / LOG_NAME
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        try:
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=1, encoding="utf-8"
            )
        except OSError:  # a read-only or full data folder: the log is a nicety
            return path
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


class Reporter(QObject):
    """Carries failures to the GUI thread, whichever thread they happened on."""

    failed = Signal(str, str)
    """(what failed, in a word or two; the exception's one-line summary)"""

    def report(self, what: str, exc: BaseException) -> None:
        log.error(
            "%s failed:\n%s",
            what,
            "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        )
        self.failed.emit(what, f"{type(exc).__name__}: {exc}")


def install(reporter: Reporter) -> None:
    """Report uncaught exceptions (in slots, on the GUI thread, or in any thread)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        reporter.report("the window", exc.with_traceback(tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "a thread"
            reporter.report(name, args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook
