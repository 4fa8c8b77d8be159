"""Changes to the library from the window or elsewhere: importing; renaming, replacing
and deleting documents; another process's changes.

Part of :class:`jingdu.ui.main_window.MainWindow`, split out by feature (the window
was 1,200 lines); the attributes used here are built in ``MainWindow._build``.
"""

# The widgets and state used here are built in MainWindow._build; naming each for mypy
# would repeat that method, so attribute checks are off in these parts of the window.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QPoint,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
)

from jingdu.importer import ImportReport
from jingdu.library import DocumentSummary
from jingdu.ui.library.document_actions import file_filter
from jingdu.ui.library.removed_dialog import RemovedDialog


class LibraryChangesMixin(QMainWindow):
    removed_dialog: RemovedDialog | None

    # -- importing ------------------------------------------------------------------------

    def _on_import_triggered(self) -> None:
        if self.library is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), "", file_filter(self)
        )
        self.import_flow.start([Path(f) for f in files])

    def _on_import_folder_triggered(self) -> None:
        if self.library is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.import_flow.start([Path(folder)])

    def _on_imported(self, report: ImportReport) -> None:
        # One new document is what the user came to read; after a batch the page being
        # read stays, as in calibre and Zotero (the summary lists the new ones), and
        # rendering one more document while the index takes in the batch froze the window.
        new = report.documents
        current = self.current.id if self.current is not None else None
        self._reload_documents(new[0] if len(new) == 1 or (new and not current) else current, False)

    def _on_documents_changed(self, said: str) -> None:
        self.status_label.setText(said)
        self._reload_documents(self.current.id if self.current is not None else None, True)

    def _reload_documents(self, open_doc: str | None, changed: bool) -> None:
        """Read the library list again; show ``open_doc`` (or the first document when the
        one shown is gone). ``changed``: documents were renamed or replaced, so the one
        shown is read again (re-rendering a long one is the window's slowest step)."""
        lib = self.library
        if lib is None:
            return

        def shown(docs: list[DocumentSummary]) -> None:
            self.library_model.set_documents(docs)
            ids = [d.id for d in docs]
            target = open_doc if open_doc in ids else (ids[0] if ids else None)
            if target is not None:
                self.library_panel.select(target)
                if changed and self.current is not None and target == self.current.id:
                    # Renamed or replaced: show the new title or text (the position stays).
                    self.reading.reload_current()
            self.session.annotations_changed.emit(None)  # counts, and orphans made

        self.session.run("list documents", lib.documents, on_success=shown)

    def _on_library_context(self, doc: DocumentSummary, where: QPoint) -> None:
        siblings = [d for d in self.library_model.documents() if d.source == doc.source]
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.open_document(doc.id))
        menu.addAction(self.tr("&Rename…"), lambda: self.document_actions.rename(doc))
        menu.addAction(
            self.tr("Replace with a &new version…"), lambda: self.document_actions.replace(doc)
        )
        menu.addSeparator()
        menu.addAction(
            self.tr("&Delete…"),
            lambda: self.document_actions.delete(
                doc, len(siblings) - 1, sum(d.highlights for d in siblings)
            ),
        )
        menu.exec(where)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_flow.start(paths)

    def _on_documents_listed(self, docs: list[DocumentSummary]) -> None:
        """The Session listed the documents afresh (a change here or elsewhere)."""
        self.library_model.set_documents(docs)
        if self.current is not None:
            self.library_panel.select(self.current.id)

    def show_removed(self) -> None:
        """What the cleanup removed from the document shown (View menu)."""
        if self.current is not None:
            self.removed_dialog = RemovedDialog(self.current, self)
            self.removed_dialog.show()
