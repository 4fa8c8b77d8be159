"""The library as the window's views share it: one Session per window.

The Session owns the :class:`~jingdu.library.Library`, the one :class:`Worker` and the
settings. Views never refresh one another: they ask the Session to do something
(:meth:`Session.run`, :meth:`Session.change`) and subscribe to what it says happened
(``annotations_changed``, ``documents_changed``). The database rule holds as before:
every write runs on the worker's write lane; the GUI thread only reads, on a
connection of its own that sees committed data only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from jingdu.errors import DiskFullError, UserError
from jingdu.library import DocumentSummary, Library, SyncReport, open_library
from jingdu.notes.history import Change
from jingdu.ui.common import settings as S
from jingdu.ui.common.failures import Reporter, open_log
from jingdu.ui.common.messages import change_name, user_text
from jingdu.ui.common.worker import WRITE, Job, Worker

ELSEWHERE_POLL_MS = 3000


class Session(QObject):
    annotations_changed = Signal(object)
    """Highlights or tags changed: the :class:`Change` made here, or None (an undo,
    another program, a failed change whose views should read the truth again)."""
    documents_changed = Signal(object)
    """The documents changed (imported, renamed, replaced, deleted, or elsewhere):
    the new list of :class:`DocumentSummary`."""
    message = Signal(str)
    """A short message for the status bar, in the interface's language."""
    failed = Signal(str)
    """Something the user asked for failed: a message for a dialog."""

    def __init__(
        self, data_dir: Path | None, worker: Worker | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.worker = worker or Worker(parent=self)
        self.library: Library | None = None
        self.settings: QSettings | None = None
        self.reporter = Reporter(self)
        self.reporter.failed.connect(self._on_bug)
        # Another process (the command line, a second window) may import or annotate:
        # a cheap check of two counters every few seconds shows its changes here.
        self.elsewhere_timer = QTimer(self)
        self.elsewhere_timer.setInterval(ELSEWHERE_POLL_MS)
        self.elsewhere_timer.timeout.connect(self._poll_elsewhere)
        self._polling = False

    # -- opening ----------------------------------------------------------------------

    def open(
        self,
        on_opened: Callable[[SyncReport, list[DocumentSummary]], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        """Open the library on the worker (it may take a while: new or changed sources
        are cleaned); then ``on_opened(report, documents)``, the settings read."""

        def opened(result: tuple[Library, SyncReport, list[DocumentSummary]]) -> None:
            lib, report, docs = result
            self.library = lib
            # This (the GUI) thread only reads, on a connection of its own: it never sees
            # a write in progress on the worker, and a write slipped in here would fail.
            if not self.worker.synchronous:  # (tests may run jobs on this thread)
                lib.reads_only_here()
            self.settings = S.open_settings(str(lib.data_dir))
            open_log(lib.data_dir)  # where a failure's details go (the dialog names it)
            self.elsewhere_timer.start()
            on_opened(report, docs)

        self.run(
            "open library", _open_and_sync, self.data_dir, on_success=opened, on_failure=on_failed
        )

    # -- running work -----------------------------------------------------------------

    def run(
        self,
        name: str,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        lane: str = WRITE,
    ) -> Job:
        """``fn(*args)`` on the worker; ``on_success(result)`` on the GUI thread. Without
        ``on_failure`` a failure is never silent: a user error is shown in a dialog
        in the interface's language, a bug is logged and reported."""
        return self.worker.submit(
            name,
            fn,
            *args,
            on_success=on_success,
            on_failure=on_failure or (lambda exc: self.report(name, exc)),
            lane=lane,
        )

    def report(self, what: str, exc: BaseException) -> None:
        """Tell the user about a failure: theirs to fix (a UserError), or ours (logged)."""
        if isinstance(exc, UserError):
            self.failed.emit(user_text(exc))
        else:
            self.reporter.report(what, exc)

    def _on_bug(self, what: str, summary: str) -> None:
        text = self.tr(
            "Something went wrong (%1). Nothing you saved is lost; the details are in "
            "jingdu.log in the data folder.\n\n%2"
        )
        self.failed.emit(text.replace("%1", what).replace("%2", summary))

    # -- annotations ------------------------------------------------------------------

    def change(
        self,
        label: str,
        fn: Callable[[], object],
        then: Callable[[object], None] | None = None,
    ) -> None:
        """An annotation change on the write lane; afterwards ``annotations_changed``
        tells every view, and ``then(result)`` runs (on success only)."""

        def done(result: object) -> None:
            self.annotations_changed.emit(result if isinstance(result, Change) else None)
            if then is not None:
                then(result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                self.report(label, exc)
            elif isinstance(exc, DiskFullError):
                self.message.emit(self.tr("The disk is full: the change was not saved."))
            else:
                self.message.emit(user_text(exc))
            self.annotations_changed.emit(None)  # the views show what is really stored

        self.worker.submit(label, fn, on_success=done, on_failure=failed)

    def reread_annotations(self) -> None:
        """Documents changed (an orphan made, a count moved): every view reads its
        annotations afresh."""
        self.annotations_changed.emit(None)

    def undo(self) -> None:
        self._history_step(True)

    def redo(self) -> None:
        self._history_step(False)

    def _history_step(self, undo: bool) -> None:
        lib = self.library
        if lib is None:
            return

        def done(label: object) -> None:
            said = self.tr("Undone: %1") if undo else self.tr("Redone: %1")
            self.message.emit(said.replace("%1", change_name(str(label))))
            self.annotations_changed.emit(None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.message.emit(user_text(exc))
            else:
                self.report("undo" if undo else "redo", exc)

        step = lib.undo if undo else lib.redo
        self.worker.submit("undo" if undo else "redo", step, on_success=done, on_failure=failed)

    # -- documents --------------------------------------------------------------------

    def reload_documents(self) -> None:
        """List the documents again; ``documents_changed`` tells every view."""
        if self.library is not None:
            self.run("list documents", self.library.documents, on_success=self._listed)

    def _listed(self, docs: list[DocumentSummary]) -> None:
        self.documents_changed.emit(docs)
        self.annotations_changed.emit(None)  # counts per document, orphans

    def _poll_elsewhere(self) -> None:
        lib = self.library
        if lib is None or self._polling:
            return
        self._polling = True

        def check() -> tuple[bool, bool, list[DocumentSummary] | None]:
            docs, notes = lib.changed_elsewhere()
            return docs, notes, lib.documents() if docs else None

        def seen(result: tuple[bool, bool, list[DocumentSummary] | None]) -> None:
            self._polling = False
            docs_changed, notes_changed, docs = result
            if docs is not None:
                self.documents_changed.emit(docs)
                self.message.emit(self.tr("The library was changed by another program."))
            if docs_changed or notes_changed:
                self.annotations_changed.emit(None)

        def failed(_exc: BaseException) -> None:
            self._polling = False  # a busy database: the next tick asks again

        self.worker.submit("check for changes elsewhere", check, on_success=seen, on_failure=failed)


def _open_and_sync(data_dir: Path | None) -> tuple[Library, SyncReport, list[DocumentSummary]]:
    """Runs on the worker thread: open the database, bring it up to date, list documents."""
    lib = open_library(data_dir)
    lib.index_in_child = True  # the window's thread must not share the GIL with Whoosh
    report = lib.sync()
    return lib, report, lib.documents()
