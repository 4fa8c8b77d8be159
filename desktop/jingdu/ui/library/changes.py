"""Changes to the library from the window or elsewhere: importing (menu, drag and
drop); renaming, replacing and deleting documents; another program's changes.

A controller: it asks the import flow and the document actions to do the work, and
when the Session lists the documents afresh it brings the library list up to date.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from jingdu.corpus.document import Document
from jingdu.importer import ImportReport
from jingdu.library import DocumentSummary
from jingdu.ui.importing.flow import ImportFlow
from jingdu.ui.library.document_actions import DocumentActions, file_filter
from jingdu.ui.library.model import LibraryModel
from jingdu.ui.library.panel import LibraryPanel
from jingdu.ui.library.removed_dialog import RemovedDialog
from jingdu.ui.reader.reading import Reading
from jingdu.ui.session import Session


class LibraryChanges(QObject):
    """Imports (menu, drag and drop), renames, replacements and deletions, and other
    programs' changes, carried into the library list and the reader."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        reading: Reading,
        model: LibraryModel,
        panel: LibraryPanel,
        import_flow: ImportFlow,
        document_actions: DocumentActions,
    ) -> None:
        super().__init__(window)
        self.window, self.session, self.reading = window, session, reading
        self.library_model, self.library_panel = model, panel
        self.import_flow, self.document_actions = import_flow, document_actions
        self.removed_dialog: RemovedDialog | None = None
        window.setAcceptDrops(True)  # files and folders dropped on the window are imported
        window.installEventFilter(self)
        import_flow.finished.connect(self._on_imported)
        document_actions.changed.connect(self._on_documents_changed)
        panel.view.context_requested.connect(self._on_library_context)
        session.documents_changed.connect(self._on_documents_listed)

    @property
    def current(self) -> Document | None:
        doc: Document | None = self.reading.current
        return doc

    # -- importing ------------------------------------------------------------------------

    def import_files(self) -> None:
        if self.session.library is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import files"), "", file_filter(self.window)
        )
        self.import_flow.start([Path(f) for f in files])

    def import_folder(self) -> None:
        if self.session.library is None:
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"))
        if folder:
            self.import_flow.start([Path(folder)])

    def _on_imported(self, report: ImportReport) -> None:
        # One new document is what the user came to read; after a batch the page being
        # read stays, as in calibre and Zotero (the summary lists the new ones), and
        # rendering one more document while the index takes in the batch froze the window.
        # One file that was in the library already opens its document there.
        new = report.documents
        current = self.current.id if self.current is not None else None
        target = report.to_open or (new[0] if new and not current else current)
        self._reload_documents(target, False)

    def _on_documents_changed(self, said: str) -> None:
        self.session.message.emit(said)
        self._reload_documents(self.current.id if self.current is not None else None, True)

    def _reload_documents(self, open_doc: str | None, changed: bool) -> None:
        """Read the library list again; show ``open_doc`` (or the first document when the
        one shown is gone). ``changed``: documents were renamed or replaced, so the one
        shown is read again (re-rendering a long one is the window's slowest step)."""
        lib = self.session.library
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
            self.session.reread_annotations()  # counts, and orphans made

        self.session.run("list documents", lib.documents, on_success=shown)

    def _on_library_context(self, doc: DocumentSummary, where: QPoint) -> None:
        siblings = [d for d in self.library_model.documents() if d.source == doc.source]
        menu = QMenu(self.window)
        menu.addAction(self.tr("&Open"), lambda: self.reading.open_document(doc.id))
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files and folders dropped anywhere on the window are imported."""
        if watched is self.window and isinstance(event, (QDragEnterEvent, QDropEvent)):
            urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
            paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                    self.import_flow.start(paths)
                return True
        return super().eventFilter(watched, event)

    def _on_documents_listed(self, docs: list[DocumentSummary]) -> None:
        """The Session listed the documents afresh (a change here or elsewhere)."""
        self.library_model.set_documents(docs)
        if self.current is not None:
            self.library_panel.select(self.current.id)

    def show_removed(self) -> None:
        """What the cleanup removed from the document shown (View menu)."""
        if self.current is not None:
            self.removed_dialog = RemovedDialog(self.current, self.window)
            self.removed_dialog.show()
