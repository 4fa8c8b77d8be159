"""The main window: library on the left, the reader in the centre, the outline on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTreeView,
)

from jingdu.corpus.document import Document
from jingdu.errors import DatabaseError, UserError
from jingdu.library import DocumentSummary, Library, SyncReport, backup_time, open_library, recover
from jingdu.notes import autobackup
from jingdu.paths import default_data_dir
from jingdu.ui import settings as S
from jingdu.ui.fonts import reading_family
from jingdu.ui.library_model import DOC_ID_ROLE, LibraryModel
from jingdu.ui.library_view import LibraryView
from jingdu.ui.outline_model import OFFSET_ROLE, OutlineModel
from jingdu.ui.reader import ReaderView
from jingdu.ui.worker import Worker


class MainWindow(QMainWindow):
    library_loaded = Signal()
    document_shown = Signal(str)

    def __init__(self, data_dir: Path | None, worker: Worker | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.worker = worker or Worker(parent=self)
        self.library: Library | None = None
        self.current: Document | None = None
        self._pending_open: str | None = None
        self.setWindowTitle(self.tr("Jingdu — close reading"))
        self.resize(1280, 820)
        self._build()
        self._connect_signals()
        self.reader.family = reading_family()
        self.settings: QSettings | None = None

    # -- construction ----------------------------------------------------------

    def _build(self) -> None:
        self.library_model = LibraryModel(self)
        self.library_view = LibraryView()
        self.library_view.setModel(self.library_model)

        self.reader = ReaderView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library_view)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        self.setCentralWidget(self.splitter)

        self.outline_model = OutlineModel(self)
        self.outline_view = QTreeView()
        self.outline_view.setObjectName("outline")
        self.outline_view.setHeaderHidden(True)
        self.outline_view.setModel(self.outline_model)
        self.outline_dock = QDockWidget(self.tr("Outline"), self)
        self.outline_dock.setObjectName("outline_dock")
        self.outline_dock.setWidget(self.outline_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.outline_dock)
        self.resizeDocks([self.outline_dock], [280], Qt.Orientation.Horizontal)

        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.action_outline = self.outline_dock.toggleViewAction()
        self.action_outline.setShortcut(QKeySequence("Ctrl+Shift+O"))
        view_menu.addAction(self.action_outline)
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.action_quit)
        self.menuBar().insertMenu(view_menu.menuAction(), file_menu)

    def _connect_signals(self) -> None:
        self.library_view.selectionModel().selectionChanged.connect(
            self._on_library_selection_changed
        )
        self.outline_view.activated.connect(self._on_outline_activated)
        self.outline_view.clicked.connect(self._on_outline_activated)
        self.reader.position_changed.connect(self._on_reader_position_changed)
        self.worker.busy_changed.connect(self._on_worker_busy_changed)
        self.action_quit.triggered.connect(self.close)

    # -- start-up --------------------------------------------------------------

    def start(self, open_doc: str | None = None) -> None:
        """Open the library in the background; the window is usable meanwhile."""
        self._pending_open = open_doc
        self.status_label.setText(self.tr("Opening the library…"))
        self.worker.submit(
            "open library",
            _open_and_sync,
            self.data_dir,
            on_success=self._on_library_opened,
            on_failure=self._on_library_failed,
        )

    def _on_library_opened(self, result: tuple[Library, SyncReport, list[DocumentSummary]]) -> None:
        self.library, report, docs = result
        from jingdu.ui.settings import open_settings

        self.settings = open_settings(str(self.library.data_dir))
        self._restore_state()
        self.library_model.set_documents(docs)
        self.status_label.setText(self.tr("%n document(s)", "", len(docs)))
        if report.warnings:
            QMessageBox.warning(self, self.tr("Library"), "\n".join(report.warnings))
        target = self._pending_open or S.LAST_DOCUMENT.get(self.settings)
        index = self.library_model.index_of(self._resolve(target)) if target else QModelIndex()
        if not index.isValid() and docs:
            index = self.library_model.index_of(docs[0].id)
        if index.isValid():
            self.library_view.expand(index.parent())
            self.library_view.setCurrentIndex(index)
            self.library_view.scrollTo(index)
        self.library_loaded.emit()

    def _resolve(self, ref: str) -> str:
        """The document id for ``ref``, or "" (with a status message) when there is none."""
        assert self.library is not None
        try:
            return self.library.resolve(ref)
        except UserError as exc:
            self.status_label.setText(str(exc))
            return ""

    def _on_library_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("The library could not be opened."))
        folder = self.data_dir or default_data_dir()
        copies = autobackup.backups(folder) if isinstance(exc, DatabaseError) else []
        if not copies:
            QMessageBox.critical(self, self.tr("Library"), str(exc))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Library"),
            str(exc)
            + "\n\n"
            + self.tr(
                "Restore the automatic backup made %1? The damaged file is kept beside it."
            ).replace("%1", backup_time(copies[0])),
        )
        if answer == QMessageBox.StandardButton.Yes:
            recover(self.data_dir)
            self.start(self._pending_open)

    # -- reading ---------------------------------------------------------------

    def open_document(self, doc_id: str) -> None:
        if self.library is None:
            self._pending_open = doc_id
            return
        self.worker.submit(
            "load document", self.library.document, doc_id, on_success=self._on_document_loaded
        )

    def _on_library_selection_changed(
        self, selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        doc_id = indexes[0].data(DOC_ID_ROLE)
        if doc_id and (self.current is None or self.current.id != doc_id):
            self.open_document(doc_id)

    def _on_document_loaded(self, doc: Document) -> None:
        self.current = doc
        self.reader.show_document(doc)
        self.outline_model.set_outline(doc.outline)
        self.outline_view.expandAll()
        self.setWindowTitle(self.tr("%1 — Jingdu").replace("%1", doc.title))
        self.status_label.setText(
            self.tr("%1 · %2 characters").replace("%1", doc.source).replace("%2", f"{doc.chars:,}")
        )
        if self.settings is not None:
            S.LAST_DOCUMENT.set(self.settings, doc.id)
        self.document_shown.emit(doc.id)

    def _on_outline_activated(self, index: QModelIndex) -> None:
        offset = index.data(OFFSET_ROLE)
        if offset is not None:
            self.reader.scroll_to_offset(int(offset))

    def _on_reader_position_changed(self, offset: int) -> None:
        # Follow the reading position in the outline: the last heading at or above it.
        best = QModelIndex()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.outline_model.rowCount(parent)):
                idx = self.outline_model.index(row, 0, parent)
                start = idx.data(OFFSET_ROLE)
                if (
                    start is not None
                    and start <= offset
                    and (not best.isValid() or start >= best.data(OFFSET_ROLE))
                ):
                    best = idx
                stack.append(idx)
        if best.isValid() and best != self.outline_view.currentIndex():
            blocker = self.outline_view.selectionModel().blockSignals(True)
            self.outline_view.setCurrentIndex(best)
            self.outline_view.selectionModel().blockSignals(blocker)

    def _on_worker_busy_changed(self, busy: bool) -> None:
        # Only show progress for work that lasts: a short job never flashes a bar.
        if busy:
            QTimer.singleShot(500, self._show_progress_if_busy)
        else:
            self.progress.hide()
        self._busy = busy

    def _show_progress_if_busy(self) -> None:
        if getattr(self, "_busy", False):
            self.progress.show()

    # -- state -----------------------------------------------------------------

    def _restore_state(self) -> None:
        assert self.settings is not None
        geometry = S.WINDOW_GEOMETRY.get(self.settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = S.WINDOW_STATE.get(self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = S.SPLITTER_STATE.get(self.settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            S.WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
            S.WINDOW_STATE.set(self.settings, self.saveState())
            S.SPLITTER_STATE.set(self.settings, self.splitter.saveState())
            self.settings.sync()
        self.worker.shutdown()
        if self.library is not None:
            self.library.close()
        super().closeEvent(event)


def _open_and_sync(data_dir: Path | None) -> tuple[Library, SyncReport, list[DocumentSummary]]:
    """Runs on the worker thread: open the database, bring it up to date, list documents."""
    lib = open_library(data_dir)
    report = lib.sync()
    return lib, report, lib.documents()
