"""Importing from the window: files or folders, with progress, Cancel and a summary.

Each file is read on the worker's long-jobs lane and stored as a job of its own
on the write lane, so a highlight made while a hundred files import is saved
between two of them, not after the last. The import window (``import_dialog``)
counts files (and a PDF's pages) and lists what became of each file, in the
interface's language, as it happens; Cancel stops after the file being read,
keeping what went in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from jingdu.errors import UserError
from jingdu.importer import ImportReport, Refused, expand
from jingdu.library import Library
from jingdu.sources import Prepared
from jingdu.ui.common import failures
from jingdu.ui.common.worker import LONG, Worker, checkpoint
from jingdu.ui.importing.dialog import ImportDialog

SHOW_AFTER_MS = 400
"""A quick import (a file or two) shows its window only at the end, never flashing."""


def reason_text(reason: str) -> str:
    """Why a file was not imported, in the interface's language."""
    table = {
        "missing": QCoreApplication.translate("ImportReasons", "the file does not exist"),
        "special": QCoreApplication.translate(
            "ImportReasons", "not a regular file (a device or a pipe)"
        ),
        "folder": QCoreApplication.translate(
            "ImportReasons", "a folder with no document Jingdu reads"
        ),
        "empty": QCoreApplication.translate("ImportReasons", "the file holds no text"),
        "binary": QCoreApplication.translate("ImportReasons", "a binary file, not a document"),
        "too_large": QCoreApplication.translate("ImportReasons", "the file is too large"),
        "encoding": QCoreApplication.translate(
            "ImportReasons", "the text encoding could not be recognised; save it as UTF-8"
        ),
        "damaged": QCoreApplication.translate(
            "ImportReasons", "the file is damaged or not what its name says"
        ),
        "encrypted": QCoreApplication.translate(
            "ImportReasons", "the PDF is protected by a password"
        ),
        "scanned": QCoreApplication.translate(
            "ImportReasons", "a scanned PDF without a text layer; run OCR on it first"
        ),
        "unsupported": QCoreApplication.translate("ImportReasons", "not a format Jingdu reads"),
        "duplicate": QCoreApplication.translate(
            "ImportReasons", "the same text is in the library already"
        ),
    }
    return table.get(
        reason, QCoreApplication.translate("ImportReasons", "the file could not be read")
    )


class _Cancelled(Exception):
    pass


class ImportFlow(QObject):
    """Runs an import of paths chosen or dropped by the user."""

    finished = Signal(object)
    """The :class:`ImportReport`, when the last file is done (or after Cancel)."""
    _pages = Signal(int, int)

    def __init__(self, parent: QWidget, worker: Worker, library: Callable[[], Library | None]):
        super().__init__(parent)
        self._parent = parent
        self._worker = worker
        self._library = library
        self._files: list[Path] = []
        self._report = ImportReport()
        self._cancel = False
        self.dialog: ImportDialog | None = None
        """The import window while files are read."""
        self.summary: ImportDialog | None = None
        """The same window once the import is over."""
        self._summary = True
        self._pages.connect(self._on_pages)

    @property
    def running(self) -> bool:
        return self.dialog is not None

    def start(self, paths: list[Path], summary: bool = True) -> None:
        """Import ``paths``; ``summary=False`` (a file opened with Jingdu, which shows the
        document itself) keeps the summary for a file that was refused."""
        if self.running or self._library() is None or not paths:
            return
        files, refused = expand(paths)
        self._files, self._report, self._cancel = files, ImportReport(refused=refused), False
        self._summary = summary
        self.dialog = dialog = ImportDialog(len(files), self._parent)
        dialog.cancel_requested.connect(self._on_cancel)
        for r in refused:
            dialog.add_row(r.file, reason_text(r.reason), r.message)
        QTimer.singleShot(SHOW_AFTER_MS, lambda: _show_while_running(dialog))
        self._next(0)

    def _next(self, n: int) -> None:
        lib = self._library()
        if self.dialog is None or lib is None:
            return
        if n >= len(self._files) or self._cancel:
            self._finish()
            return
        file = self._files[n]
        self.dialog.show_file(n, len(self._files), file.name)

        def pages(done: int, total: int, _what: str) -> None:  # on the worker
            if self._cancel:
                raise _Cancelled
            checkpoint()  # the window is closing
            self._pages.emit(done, total)

        def stored(docs: list) -> None:  # type: ignore[type-arg]
            self._report.imported.append((str(file), [d.id for d in docs]))
            if self.dialog is not None:
                self.dialog.add_row(str(file), self.dialog.imported_as([d.title for d in docs]), "")
            self._next(n + 1)

        def read(prepared: Prepared) -> None:
            # Storing is quick and writes: it queues with the highlights.
            self._worker.submit(
                "store import", lib.commit_import, prepared, on_success=stored, on_failure=failed
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, _Cancelled):
                self._finish()
                return
            reason = getattr(exc, "reason", "unreadable")
            if not isinstance(exc, UserError):  # a bug, not the file: keep its traceback
                failures.log.error("importing %s failed", file, exc_info=exc)
            refused = Refused(str(file), reason, str(exc), getattr(exc, "documents", ()))
            (self._report.duplicates if reason == "duplicate" else self._report.refused).append(
                refused
            )
            if self.dialog is not None:
                self.dialog.add_row(str(file), reason_text(reason), str(exc))
            self._next(n + 1)

        # Reading and structuring the file is the slow part (a long PDF): it runs on the
        # long-jobs lane, so highlights made meanwhile are saved at once, and closing
        # the window abandons it.
        self._worker.submit(
            "read for import", lib.prepare_import, file, None, pages,
            on_success=read, on_failure=failed, lane=LONG,
        )  # fmt: skip

    def _on_pages(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 1:
            self.dialog.show_pages(done, total)

    def _on_cancel(self) -> None:
        self._cancel = True

    def _finish(self) -> None:
        dialog, report = self.dialog, self._report
        self.dialog = None
        if dialog is None:
            return
        dialog.finish(report, self._cancel)
        self.finished.emit(report)
        if report.refused or (self._summary and (report.imported or report.duplicates)):
            self.summary = dialog
            dialog.show()
        else:
            dialog.deleteLater()


def _show_while_running(dialog: ImportDialog) -> None:
    if dialog.running:
        dialog.show()
