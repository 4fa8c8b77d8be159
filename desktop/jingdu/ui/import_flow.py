"""Importing from the window: files or folders, with progress, Cancel and a summary.

Each file is its own job on the worker's write lane, so a highlight made while
a hundred files import is saved between two of them, not after the last. The
progress dialog counts files (and a PDF's pages); Cancel stops after the file
being read, keeping what went in. The summary names every file with what
became of it, in the interface's language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jingdu.importer import ImportReport, Refused, expand
from jingdu.library import Library
from jingdu.sources import Prepared
from jingdu.ui.plain import plain_label, tooltip
from jingdu.ui.worker import LONG, Worker, checkpoint


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
        self.dialog: QProgressDialog | None = None
        self.summary: ImportSummary | None = None
        self._pages.connect(self._on_pages)

    @property
    def running(self) -> bool:
        return self.dialog is not None

    def start(self, paths: list[Path]) -> None:
        if self.running or self._library() is None or not paths:
            return
        files, refused = expand(paths)
        self._files, self._report, self._cancel = files, ImportReport(refused=refused), False
        self._titles: dict[str, str] = {}
        self.dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(files))
        self.dialog.setParent(self._parent, Qt.WindowType.Dialog)
        self.dialog.setWindowTitle(self.tr("Import"))
        self.dialog.setLabel(plain_label())  # file names are shown as written, never as HTML
        self.dialog.setLabelText(self.tr("Importing…"))
        self.dialog.setMinimumDuration(400)  # a single small file never flashes a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._on_cancel)
        self._next(0)

    def _next(self, n: int) -> None:
        lib = self._library()
        if self.dialog is None or lib is None:
            return
        if self.dialog.wasCanceled():
            self._cancel = True
        if n >= len(self._files) or self._cancel:
            self._finish()
            return
        file = self._files[n]
        self.dialog.setValue(n)
        self.dialog.setLabelText(
            self.tr("File %1 of %2: %3")
            .replace("%1", str(n + 1))
            .replace("%2", str(len(self._files)))
            .replace("%3", file.name)
        )

        def pages(done: int, total: int, _what: str) -> None:  # on the worker
            if self._cancel:
                raise _Cancelled
            checkpoint()  # the window is closing
            self._pages.emit(done, total)

        def stored(docs: list) -> None:  # type: ignore[type-arg]
            self._report.imported.append((str(file), [d.id for d in docs]))
            self._titles.update((d.id, d.title) for d in docs)
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
            refused = Refused(str(file), reason, str(exc))
            (self._report.duplicates if reason == "duplicate" else self._report.refused).append(
                refused
            )
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
            text = self.dialog.labelText().split("\n")[0]
            page = self.tr("page %1 of %2").replace("%1", str(done + 1)).replace("%2", str(total))
            self.dialog.setLabelText(f"{text}\n{page}")

    def _on_cancel(self) -> None:
        self._cancel = True

    def _finish(self) -> None:
        cancelled = self._cancel
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._on_cancel)  # closing it "cancels" too
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        report = self._report
        self.finished.emit(report)
        if report.imported or report.refused or report.duplicates:
            # In an event of its own: building and painting a summary of a hundred files
            # after the window has taken in the new documents was one long freeze.
            QTimer.singleShot(0, lambda: self._show_summary(report, cancelled))

    def _show_summary(self, report: ImportReport, cancelled: bool) -> None:
        self.summary = ImportSummary(report, cancelled, self._titles, self._parent)
        self.summary.show()


class ImportSummary(QDialog):
    """What became of every file: imported (as which documents), already there, or why not."""

    def __init__(
        self, report: ImportReport, cancelled: bool, titles: dict[str, str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(640, 420)
        docs = len(report.documents)
        head = self.tr("%n document(s) imported", "", docs)
        if report.duplicates:
            head += " · " + self.tr("%n file(s) already in the library", "", len(report.duplicates))
        if report.refused:
            head += " · " + self.tr("%n file(s) not imported", "", len(report.refused))
        if cancelled:
            head += " · " + self.tr("cancelled")
        self.headline = plain_label(head)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 260)
        for file, ids in report.imported:
            names = "、".join(f"《{titles.get(i, i)}》" for i in ids[:3])
            if len(ids) > 3:
                names += " " + self.tr("and %n more", "", len(ids) - 3)
            self._row(file, self.tr("imported: %1").replace("%1", names), "")
        for r in report.duplicates:
            self._row(r.file, reason_text(r.reason), r.message)
        for r in report.refused:
            self._row(r.file, reason_text(r.reason), r.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.accepted.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Hover a row for the details.")))
        layout.addWidget(buttons)

    def _row(self, file: str, result: str, detail: str) -> None:
        item = QTreeWidgetItem([Path(file).name.replace("\n", " "), result])
        item.setToolTip(0, tooltip(file))
        item.setToolTip(1, tooltip(detail or result))
        self.list.addTopLevelItem(item)

    def results(self) -> list[tuple[str, str]]:
        """(file name, result) of every row, for tests and screen readers."""
        rows = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [(row.text(0), row.text(1)) for row in rows if row is not None]
