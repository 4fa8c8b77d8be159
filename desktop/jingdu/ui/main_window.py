"""The reading desk: library left, the reader in the centre, outline and search right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QMimeData,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jingdu.corpus.document import Document
from jingdu.errors import DatabaseError, DiskFullError, UserError
from jingdu.importer import ImportReport
from jingdu.library import DocumentSummary, Library, SyncReport, backup_time, open_library, recover
from jingdu.notes import autobackup
from jingdu.notes.citation import citation
from jingdu.notes.model import COLORS, Highlight
from jingdu.notes.store import Filter
from jingdu.notes.tags import key as tag_key
from jingdu.paths import default_data_dir
from jingdu.search.engine import Hit, SearchResults
from jingdu.ui import palette
from jingdu.ui import settings as S
from jingdu.ui.annotation_dialogs import NoteDialog, TagDialog
from jingdu.ui.browser import AnnotationBrowser, TagManager
from jingdu.ui.dialogs import Preferences, SettingsDialog, ShortcutsDialog
from jingdu.ui.doc_notes import DocNotesPanel
from jingdu.ui.document_actions import DocumentActions, file_filter
from jingdu.ui.export_dialog import ExportDialog
from jingdu.ui.find_bar import FindBar
from jingdu.ui.fonts import reading_family
from jingdu.ui.import_flow import ImportFlow
from jingdu.ui.library_model import DOC_ID_ROLE, LibraryModel
from jingdu.ui.library_panel import LibraryPanel
from jingdu.ui.outline_model import OFFSET_ROLE, OutlineModel
from jingdu.ui.plain import literal, plain_label
from jingdu.ui.reader import ReaderView
from jingdu.ui.search_panel import SearchPanel
from jingdu.ui.selection_bar import SelectionBar
from jingdu.ui.themes import apply_palette, theme
from jingdu.ui.worker import LONG, Worker, checkpoint

SEARCH_LIMIT = 200
"""Passages fetched per search; the total is always exact."""
OUTLINE_TAB, SEARCH_TAB, NOTES_TAB = 0, 1, 2


ELSEWHERE_POLL_MS = 3000
SAVING_SHOWN_AFTER_MS = 300


class MainWindow(QMainWindow):
    library_loaded = Signal()
    document_shown = Signal(str)
    search_ready = Signal()
    search_shown = Signal()
    """Search results (or a message) are on screen for the latest query."""
    _progress = Signal(int, int, str)
    """From the worker thread: progress of a long job (index building)."""

    def __init__(self, data_dir: Path | None, worker: Worker | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.worker = worker or Worker(parent=self)
        self.library: Library | None = None
        self.current: Document | None = None
        self.settings: QSettings | None = None
        self._pending_open: str | None = None
        self._pending_mark: tuple[int, int] | None = None
        self._search_ready = False
        self._search_running = False
        self._search_wanted: str | None = None
        self._busy = False
        self._selection: tuple[int, int] | None = None
        self._active: str | None = None
        self.browser: AnnotationBrowser | None = None
        self.export_dialog: ExportDialog | None = None
        self.setWindowTitle(self.tr("Jingdu — close reading"))
        self.resize(1280, 820)
        self._build()
        self.import_flow = ImportFlow(self, self.worker, lambda: self.library)
        self.document_actions = DocumentActions(self, self.worker, lambda: self.library)
        self.setAcceptDrops(True)  # files and folders dropped on the window are imported
        self._build_actions()
        self._connect_signals()
        self.reader.family = reading_family()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.library_model = LibraryModel(self)
        self.library_panel = LibraryPanel(self.library_model)
        self.library_view = self.library_panel.view

        self.reader = ReaderView()
        self.find_bar = FindBar(self.reader)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reader, 1)
        column.addWidget(self.find_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        self.setCentralWidget(self.splitter)

        self.outline_model = OutlineModel(self)
        self.outline_view = QTreeView()
        self.outline_view.setObjectName("outline")
        self.outline_view.setHeaderHidden(True)
        self.outline_view.setModel(self.outline_model)
        self.search_panel = SearchPanel()
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("side_tabs")
        self.side_tabs.addTab(self.outline_view, self.tr("Outline"))
        self.side_tabs.addTab(self.search_panel, self.tr("Search"))
        self.doc_notes = DocNotesPanel()
        self.side_tabs.addTab(self.doc_notes, self.tr("This document"))
        self.selection_bar = SelectionBar(self.reader.viewport())
        self.side_dock = QDockWidget(self.tr("Side panel"), self)
        self.side_dock.setObjectName("side_dock")
        self.side_dock.setWidget(self.side_tabs)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
        self.resizeDocks([self.side_dock], [340], Qt.Orientation.Horizontal)

        self.status_label = plain_label()  # shows file names and messages: never HTML
        self.search_state = plain_label()
        self.saving_state = plain_label(self.tr("Saving…"))
        self.saving_state.setObjectName("saving_state")
        self.saving_state.hide()
        self.search_state.setObjectName("search_state")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.saving_state)
        self.statusBar().addPermanentWidget(self.search_state)
        # Another process (the command line, a second window) may import or annotate:
        # a cheap check of two counters every few seconds shows its changes here.
        self.elsewhere_timer = QTimer(self)
        self.elsewhere_timer.setInterval(ELSEWHERE_POLL_MS)
        self._polling = False
        self.saving_timer = QTimer(self)  # dies with the window, unlike a singleShot lambda
        self.saving_timer.setSingleShot(True)
        self.saving_timer.setInterval(SAVING_SHOWN_AFTER_MS)
        self.statusBar().addPermanentWidget(self.progress)

    def _action(
        self, text: str, keys: list[str] | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcut(keys)
        elif keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.action_import = a(self.tr("&Import files…"), ["Ctrl+O"])
        self.action_import_folder = a(self.tr("Import a &folder…"), ["Ctrl+Shift+O"])
        self.action_settings = a(self.tr("&Settings…"), ["Ctrl+,"])
        self.action_quit = a(self.tr("&Quit"), ["Ctrl+Q"])
        self.action_find = a(self.tr("&Find in document"), ["Ctrl+F"])
        self.action_find_next = a(self.tr("Find &next"), ["F3"])
        self.action_find_previous = a(self.tr("Find &previous"), ["Shift+F3"])
        self.action_search = a(self.tr("&Search the library"), ["Ctrl+K", "Ctrl+Shift+F"])
        self.action_zoom_in = a(self.tr("Zoom &in"), ["Ctrl+=", "Ctrl++"])
        self.action_zoom_out = a(self.tr("Zoom &out"), ["Ctrl+-"])
        self.action_zoom_reset = a(self.tr("&Actual size"), ["Ctrl+0"])
        self.action_wider = a(self.tr("&Wider column"), ["Ctrl+]"])
        self.action_narrower = a(self.tr("&Narrower column"), ["Ctrl+["])
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for name, label, key in (
            ("light", self.tr("&Light theme"), "Ctrl+Shift+1"),
            ("sepia", self.tr("S&epia theme"), "Ctrl+Shift+2"),
            ("dark", self.tr("&Dark theme"), "Ctrl+Shift+3"),
        ):
            act = a(label, [key])
            act.setCheckable(True)
            act.setData(name)
            self.theme_group.addAction(act)
            self.theme_actions[name] = act
        self.action_side = self.side_dock.toggleViewAction()
        self.action_side.setText(self.tr("Side &panel"))
        self.action_side.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.addAction(self.action_side)
        self.action_outline = a(self.tr("&Outline"), ["Ctrl+Shift+T"])
        self.action_focus_library = a(self.tr("Go to the &library"), ["Ctrl+L"])
        self.action_focus_reader = a(self.tr("Go to the &reader"), ["Ctrl+E"])
        self.action_next_doc = a(self.tr("Ne&xt document"), ["Ctrl+PgDown"])
        self.action_previous_doc = a(self.tr("Pre&vious document"), ["Ctrl+PgUp"])
        self.action_shortcuts = a(self.tr("&Keyboard shortcuts"), ["F1"])
        self.action_undo = a(self.tr("&Undo"), ["Ctrl+Z"])
        self.action_redo = a(self.tr("&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.action_cite = a(self.tr("&Copy with citation"), ["Ctrl+Shift+C"])
        self.action_browser = a(self.tr("All &annotations…"), ["Ctrl+Shift+A"])
        self.action_tag_manager = a(self.tr("&Tag manager…"), ["Ctrl+Shift+G"])
        self.action_export = a(self.tr("&Export briefing notes…"), ["Ctrl+Shift+E"])
        self.action_doc_notes = a(self.tr("Annotations of this &document"), ["Ctrl+Shift+D"])
        self.action_snap = a(self.tr("Selections snap to whole &words"), ["Ctrl+Shift+W"])
        self.action_snap.setCheckable(True)
        self.action_trim = a(self.tr("Selections drop &punctuation at the ends"), ["Ctrl+Shift+P"])
        self.action_trim.setCheckable(True)
        self.action_trim.setChecked(True)  # as the reader starts; restoring a False toggles it
        self.action_snap.setToolTip(
            self.tr("Widen a selection that cuts a word in half to the whole word (jieba)")
        )
        # Single keys act on the reader only, where typing them cannot mean text.
        self.action_highlight = self._reader_action(self.tr("&Highlight (last colour)"), "H")
        self.action_tag = self._reader_action(self.tr("&Tag the passage…"), "T")
        self.action_note = self._reader_action(self.tr("&Note on the passage…"), "N")
        self.action_delete_highlight = self._reader_action(self.tr("&Delete the highlight"), "Del")
        names = palette.names()
        self.color_actions = [
            self._reader_action(self.tr("Highlight in %1").replace("%1", names[c]), str(n))
            for n, c in enumerate(COLORS, start=1)
        ]
        # "?" opens the help too, where typing it cannot mean a question mark.
        for widget in (self.reader, self.library_view, self.outline_view):
            QShortcut(
                QKeySequence("?"),
                widget,
                self.show_shortcuts,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for act in (
            self.action_import,
            self.action_import_folder,
            self.action_export,
            self.action_settings,
            self.action_quit,
        ):
            file_menu.addAction(act)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for act in (
            self.action_find,
            self.action_find_next,
            self.action_find_previous,
            self.action_search,
        ):
            edit_menu.addAction(act)
        view_menu = bar.addMenu(self.tr("&View"))
        for act in (self.action_zoom_in, self.action_zoom_out, self.action_zoom_reset):
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in (self.action_wider, self.action_narrower):
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in self.theme_actions.values():
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in (self.action_side, self.action_outline):
            view_menu.addAction(act)
        go_menu = bar.addMenu(self.tr("&Go"))
        for act in (
            self.action_focus_library,
            self.action_focus_reader,
            self.action_next_doc,
            self.action_previous_doc,
        ):
            go_menu.addAction(act)
        notes_menu = bar.addMenu(self.tr("&Annotate"))
        for act in (
            self.action_highlight, *self.color_actions, self.action_tag, self.action_note,
            self.action_delete_highlight, self.action_cite, self.action_undo, self.action_redo,
            self.action_doc_notes, self.action_browser, self.action_tag_manager,
            self.action_export,
        ):  # fmt: skip
            notes_menu.addAction(act)
        notes_menu.addSeparator()
        notes_menu.addAction(self.action_snap)
        notes_menu.addAction(self.action_trim)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_shortcuts)

    def _reader_action(self, text: str, key: str) -> QAction:
        action = QAction(text, self.reader)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reader.addAction(action)
        return action

    def all_actions(self) -> list[QAction]:
        return [a for a in [*self.actions(), *self.reader.actions()] if a.text()]

    def _connect_signals(self) -> None:
        self.library_view.selectionModel().selectionChanged.connect(
            self._on_library_selection_changed
        )
        self.outline_view.activated.connect(self._on_outline_activated)
        self.outline_view.clicked.connect(self._on_outline_activated)
        self.reader.position_changed.connect(self._on_reader_position_changed)
        self.search_panel.query_changed.connect(self._on_search_query_changed)
        self.search_panel.hit_activated.connect(self._on_search_hit_activated)
        self.worker.busy_changed.connect(self._on_worker_busy_changed)
        self.worker.writes_pending.connect(self._on_writes_pending)
        self.elsewhere_timer.timeout.connect(self._poll_elsewhere)
        self.saving_timer.timeout.connect(
            lambda: self.saving_state.setVisible(self.worker.pending_writes > 0)
        )
        self._progress.connect(self._on_progress)
        self.action_import.triggered.connect(self._on_import_triggered)
        self.action_import_folder.triggered.connect(self._on_import_folder_triggered)
        self.import_flow.finished.connect(self._on_imported)
        self.document_actions.changed.connect(self._on_documents_changed)
        self.library_view.context_requested.connect(self._on_library_context)
        self.action_settings.triggered.connect(self.show_settings)
        self.action_quit.triggered.connect(self.close)
        self.action_find.triggered.connect(self.find_bar.open_bar)
        self.action_find_next.triggered.connect(self._on_find_next)
        self.action_find_previous.triggered.connect(self._on_find_previous)
        self.action_search.triggered.connect(self.focus_search)
        self.action_zoom_in.triggered.connect(lambda: self.zoom(+1))
        self.action_zoom_out.triggered.connect(lambda: self.zoom(-1))
        self.action_zoom_reset.triggered.connect(lambda: self.zoom(0))
        self.action_wider.triggered.connect(lambda: self.widen(+2))
        self.action_narrower.triggered.connect(lambda: self.widen(-2))
        self.theme_group.triggered.connect(lambda act: self.set_theme(str(act.data())))
        self.action_outline.triggered.connect(self._on_outline_requested)
        self.action_focus_library.triggered.connect(self.library_view.setFocus)
        self.action_focus_reader.triggered.connect(self.reader.setFocus)
        self.action_next_doc.triggered.connect(lambda: self._step_document(+1))
        self.action_previous_doc.triggered.connect(lambda: self._step_document(-1))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self.reader.selection_made.connect(self._on_selection_made)
        self.reader.highlight_clicked.connect(self._on_highlight_clicked)
        self.selection_bar.color_chosen.connect(self.highlight_selection)
        self.selection_bar.tag_requested.connect(self.tag_selection)
        self.selection_bar.note_requested.connect(self.note_selection)
        self.selection_bar.copy_requested.connect(self.copy_citation)
        self.selection_bar.delete_requested.connect(self.delete_active)
        self.action_highlight.triggered.connect(lambda: self.highlight_selection(None))
        for act, color in zip(self.color_actions, COLORS, strict=True):
            act.triggered.connect(lambda _=False, c=color: self.highlight_selection(c))
        self.action_tag.triggered.connect(lambda: self.tag_selection(None))
        self.action_note.triggered.connect(lambda: self.note_selection(None))
        self.action_delete_highlight.triggered.connect(self.delete_active)
        self.action_cite.triggered.connect(self.copy_citation)
        self.action_undo.triggered.connect(self.undo)
        self.action_redo.triggered.connect(self.redo)
        self.action_doc_notes.triggered.connect(self._on_doc_notes_requested)
        self.action_browser.triggered.connect(self.show_browser)
        self.action_tag_manager.triggered.connect(self.show_tag_manager)
        self.action_export.triggered.connect(lambda: self.show_export())
        self.action_snap.toggled.connect(self.set_snap_words)
        self.action_trim.toggled.connect(self.set_trim_punctuation)
        self.doc_notes.highlight_chosen.connect(self._on_doc_note_chosen)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(400)
        self._position_timer.timeout.connect(self._save_position)

    # -- start-up -------------------------------------------------------------------------

    def start(self, open_doc: str | None = None) -> None:
        """Open the library in the background; the window is usable meanwhile."""
        self._pending_open = open_doc
        self.status_label.setText(self.tr("Opening the library…"))
        self.search_state.setText(self.tr("Search: waiting"))
        self.worker.submit(
            "open library",
            _open_and_sync,
            self.data_dir,
            on_success=self._on_library_opened,
            on_failure=self._on_library_failed,
        )

    def _on_library_opened(self, result: tuple[Library, SyncReport, list[DocumentSummary]]) -> None:
        self.library, report, docs = result
        # This (the GUI) thread only reads, on a connection of its own: it never sees
        # a write in progress on the worker, and a write slipped in here would fail.
        if not self.worker.synchronous:  # (tests run the worker's jobs on this thread)
            self.library.reads_only_here()
        self.settings = S.open_settings(str(self.library.data_dir))
        self._restore_state()
        self.library_model.set_documents(docs)
        self.status_label.setText(self.tr("%n document(s)", "", len(docs)))
        warnings = [
            self.tr(
                "The disk is full: the library is open for reading only, and nothing can be "
                "changed until there is space. Your annotations can still be exported."
            )
            if w == self.library.read_only
            else w
            for w in [*self.library.warnings, *report.warnings]
        ]
        if warnings:
            self._message(QMessageBox.warning, self.tr("Library"), "\n".join(warnings))
        self.elsewhere_timer.start()
        target = self._pending_open or S.LAST_DOCUMENT.get(self.settings)
        doc_id = self._resolve(target) if target else ""
        if not (doc_id and self.library_panel.select(doc_id)) and docs:
            self.library_panel.select(docs[0].id)
        self.library_loaded.emit()
        self._check_font()
        if self.current is not None or not docs:
            self._prepare_search()
        else:
            # jieba and the index load once the first document is on screen, so
            # that typesetting it does not share the interpreter with them.
            self.document_shown.connect(
                self._prepare_search, Qt.ConnectionType.SingleShotConnection
            )

    def _prepare_search(self, *_: object) -> None:
        if self.library is None or self._search_ready:
            return
        self.search_state.setText(self.tr("Search: preparing…"))

        def progress(done: int, total: int, what: str) -> None:  # on the worker
            checkpoint()  # closing the window stops the build here
            self._progress.emit(done, total, what)

        self.worker.submit(
            "prepare search",
            self.library.search_engine,
            progress,
            on_success=self._on_search_prepared,
            on_failure=self._on_search_failed,
            lane=LONG,
        )

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
            self._message(QMessageBox.critical, self.tr("Library"), str(exc))
            return
        question = self.tr(
            "Restore the automatic backup made %1? The damaged file is kept beside it."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Library"),
            str(exc) + "\n\n" + question.replace("%1", backup_time(copies[0])),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                recover(self.data_dir, force=True)
            except UserError as failed:  # every copy damaged too, or the library in use
                self._message(QMessageBox.critical, self.tr("Library"), str(failed))
                return
            self.start(self._pending_open)

    def _on_search_prepared(self, _engine: object) -> None:
        self._search_ready = True
        self.search_state.setText(self.tr("Search: ready"))
        self.search_ready.emit()
        if self._search_wanted is not None:
            self._run_search()

    def _on_search_failed(self, exc: BaseException) -> None:
        self.search_state.setText(self.tr("Search: unavailable"))
        self.search_panel.set_message(str(exc))

    def _on_progress(self, done: int, total: int, _what: str) -> None:
        if total:
            self.search_state.setText(
                self.tr("Building the search index… %1%").replace("%1", str(100 * done // total))
            )

    def _check_font(self) -> None:
        if (
            self.reader.family is not None
            or self.settings is None
            or S.FONT_WARNING_SHOWN.get(self.settings)
        ):
            return
        S.FONT_WARNING_SHOWN.set(self.settings, True)
        QMessageBox.information(
            self,
            self.tr("No Chinese font"),
            self.tr(
                "No font that can show Chinese was found, so the text may appear as boxes.\n"
                "Install one, for example on Debian or Ubuntu:\n"
                "    sudo apt install fonts-noto-cjk fonts-wqy-microhei\n"
                "then start Jingdu again."
            ),
        )

    # -- reading --------------------------------------------------------------------------

    def open_document(self, doc_id: str, mark: tuple[int, int] | None = None) -> None:
        """Show a document; ``mark`` scrolls to and marks a passage (code points)."""
        self._pending_mark = mark
        if self.library is None:
            self._pending_open = doc_id
            return
        if self.current is not None and self.current.id == doc_id:
            if mark is not None:
                self.reader.scroll_to_offset(mark[0], mark)
            return
        self.library_panel.select(doc_id)
        self.worker.submit(
            "load document", self.library.document, doc_id, on_success=self._on_document_loaded
        )

    def _on_library_selection_changed(
        self, selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        indexes = selected.indexes()
        if not indexes or self.library is None:
            return
        doc_id = indexes[0].data(DOC_ID_ROLE)
        if doc_id and (self.current is None or self.current.id != doc_id):
            self.worker.submit(
                "load document", self.library.document, doc_id, on_success=self._on_document_loaded
            )

    def _on_document_loaded(self, doc: Document) -> None:
        if self.current is not None and self.settings is not None:
            S.save_position(self.settings, self.current.id, self.reader.offset_at_top())
        self.current = doc
        mark, self._pending_mark = self._pending_mark, None
        offset = (
            S.positions(self.settings).get(doc.id, 0)
            if self.settings is not None and mark is None
            else 0
        )
        self.reader.show_document(doc, offset)
        if mark is not None:
            self.reader.scroll_to_offset(mark[0], mark)
        self.outline_model.set_outline(doc.outline)
        self.outline_view.expandAll()
        self._selection, self._active = None, None
        self.selection_bar.hide()
        self.refresh_annotations()
        self._on_reader_position_changed(self.reader.offset_at_top())
        if self.find_bar.isVisible():
            self.find_bar.refresh()
        self.setWindowTitle(self.tr("%1 — Jingdu").replace("%1", doc.title))
        self.status_label.setText(
            self.tr("%1 · %2 characters").replace("%1", doc.source).replace("%2", f"{doc.chars:,}")
        )
        if self.settings is not None:
            S.LAST_DOCUMENT.set(self.settings, doc.id)
        self.document_shown.emit(doc.id)

    def _step_document(self, step: int) -> None:
        ids = [d.id for d in self.library_model.documents()]
        if not ids:
            return
        i = (
            ids.index(self.current.id)
            if self.current is not None and self.current.id in ids
            else -step
        )
        self.open_document(ids[(i + step) % len(ids)])

    def _on_outline_activated(self, index: QModelIndex) -> None:
        offset = index.data(OFFSET_ROLE)
        if offset is not None:
            self.reader.scroll_to_offset(int(offset))

    def _on_outline_requested(self) -> None:
        self.side_dock.show()
        self.side_tabs.setCurrentIndex(OUTLINE_TAB)
        self.outline_view.setFocus()

    def _on_reader_position_changed(self, offset: int) -> None:
        self._position_timer.start()
        # Follow the reading position in the outline: the last heading at or above it.
        best = self.outline_model.entry_at(offset)
        if best.isValid() and best != self.outline_view.currentIndex():
            blocker = self.outline_view.selectionModel().blockSignals(True)
            self.outline_view.setCurrentIndex(best)
            self.outline_view.selectionModel().blockSignals(blocker)

    def _save_position(self) -> None:
        if self.current is not None and self.settings is not None:
            S.save_position(self.settings, self.current.id, self.reader.offset_at_top())

    def _on_find_next(self) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        else:
            self.find_bar.find_next()

    def _on_find_previous(self) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        else:
            self.find_bar.find_previous()

    # -- appearance -----------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        size = (
            S.FONT_SIZE.default
            if step == 0
            else min(S.MAX_FONT, max(S.MIN_FONT, self.reader.point_size + step))
        )
        self.reader.set_point_size(size)
        if self.settings is not None:
            S.FONT_SIZE.set(self.settings, size)
        self.status_label.setText(self.tr("Text size %1 pt").replace("%1", f"{size:.0f}"))

    def widen(self, step: int) -> None:
        ems = min(S.MAX_COLUMN, max(S.MIN_COLUMN, self.reader.column_ems + step))
        self.reader.set_column_ems(ems)
        if self.settings is not None:
            S.COLUMN_EMS.set(self.settings, ems)

    def set_theme(self, name: str) -> None:
        t = theme(name)
        self.theme_actions[t.name].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, t)
        self.reader.set_theme(t)
        self.search_panel.model.mark = t.find
        if self.settings is not None:
            S.THEME.set(self.settings, t.name)

    def show_settings(self) -> None:
        prefs = Preferences(
            language=S.LANGUAGE.get(self.settings) if self.settings else "",
            theme=self.reader.theme.name,
            font_size=self.reader.point_size,
            column_ems=self.reader.column_ems,
        )
        dialog = SettingsDialog(prefs, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        new = dialog.preferences()
        if self.settings is not None:
            S.LANGUAGE.set(self.settings, new.language)
        self.set_theme(new.theme)
        if new.font_size != self.reader.point_size:
            self.reader.set_point_size(new.font_size)
            if self.settings is not None:
                S.FONT_SIZE.set(self.settings, new.font_size)
        if new.column_ems != self.reader.column_ems:
            self.widen(new.column_ems - self.reader.column_ems)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.all_actions(), self).exec()

    # -- library search -------------------------------------------------------------------

    def focus_search(self) -> None:
        self.side_dock.show()
        self.side_tabs.setCurrentIndex(SEARCH_TAB)
        self.search_panel.focus_query()

    def search(self, query: str) -> None:
        """Run a library search now, as if typed (for --search)."""
        self.focus_search()
        self.search_panel.edit.setText(query)
        self.search_panel.run_now()

    def _on_search_query_changed(self, text: str) -> None:
        self._search_wanted = text
        if not self._search_running:
            self._run_search()

    def _run_search(self) -> None:
        """Search for the newest query. One search at a time: typing while one runs only
        replaces what runs next, so an older result never lands after a newer one."""
        query, self._search_wanted = self._search_wanted, None
        if query is None:
            return
        if not query:
            self.search_panel.set_results(None)
            self.search_shown.emit()
            return
        if not self._search_ready or self.library is None:
            self._search_wanted = query
            self.search_panel.set_message(self.tr("Search is starting…"))
            return
        self._search_running = True
        lib = self.library

        def both() -> tuple[SearchResults, list[Highlight]]:
            return lib.search(query, None, SEARCH_LIMIT), lib.search_annotations(query)

        self.worker.submit(
            "search",
            both,
            on_success=self._on_search_done,
            on_failure=self._on_search_error,
            lane=LONG,
        )

    def _on_search_done(self, found: tuple[SearchResults, list[Highlight]]) -> None:
        self._search_running = False
        if self._search_wanted is not None:
            self._run_search()  # newer text arrived meanwhile: this result is already stale
            return
        self.search_panel.set_results(*found)
        self.search_shown.emit()

    def _on_search_error(self, exc: BaseException) -> None:
        self._search_running = False
        if self._search_wanted is not None:
            self._run_search()
            return
        if not isinstance(exc, UserError):
            raise exc
        self.search_panel.set_results(None)
        self.search_panel.set_message(str(exc))
        self.search_shown.emit()

    def _on_search_hit_activated(self, hit: Hit | Highlight) -> None:
        if isinstance(hit, Highlight):
            self.open_highlight(hit)
            self.reader.setFocus()
            return
        first = hit.matches[0] if hit.matches else (hit.start, hit.end)
        self.open_document(hit.doc, mark=first)
        self.reader.setFocus()

    # -- annotating -----------------------------------------------------------------------

    def refresh_annotations(self) -> None:
        """Read the open document's highlights and the library's counts again."""
        if self.library is None or self.current is None:
            return
        lib, doc_id = self.library, self.current.id

        def read() -> tuple[str, list[Highlight], dict[str, int]]:
            return doc_id, lib.highlights(Filter(doc=doc_id)), lib.notes.count_by_doc()

        self.worker.submit("read highlights", read, on_success=self._on_annotations_read)

    def _on_annotations_read(self, result: tuple[str, list[Highlight], dict[str, int]]) -> None:
        doc_id, items, counts = result
        if self.current is None or self.current.id != doc_id:
            return
        self.reader.set_highlights(items, self._active or "")
        self.doc_notes.set_items(items)
        self.library_model.update_counts(counts)

    def _on_selection_made(self, start: int, end: int) -> None:
        self._selection, self._active = (start, end), None
        self.reader.set_highlights(self.reader.highlights, "")
        cursor = self.reader.textCursor()
        self.selection_bar.show_at(self.reader.cursorRect(cursor).bottomLeft(), editing=False)

    def _on_highlight_clicked(self, hid: str) -> None:
        self._selection, self._active = None, hid
        self.reader.set_highlights(self.reader.highlights, hid)
        h = next((x for x in self.reader.highlights if x.id == hid), None)
        if h is not None:
            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(self.reader.pmap.to_qt(h.end))
            self.selection_bar.show_at(self.reader.cursorRect(cursor).bottomLeft(), editing=True)
            self.doc_notes.select(hid)

    def _target(self) -> Highlight | None:
        return (
            next((x for x in self.reader.highlights if x.id == self._active), None)
            if self._active
            else None
        )

    def change_annotations(
        self, label: str, fn: Callable[[], object], then: Callable[[], None] | None = None
    ) -> None:
        """An annotation change, on the worker; then every view reads the result back."""

        def done(result: object) -> None:
            if isinstance(result, Highlight):
                self._active = result.id
                self._selection = None
            self.selection_bar.hide()
            self._reread_annotations()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            if isinstance(exc, DiskFullError):
                self.status_label.setText(self.tr("The disk is full: the change was not saved."))
            else:
                self.status_label.setText(str(exc))
            self._reread_annotations()
            if then is not None:
                then()

        self.worker.submit(label, fn, on_success=done, on_failure=failed)

    def _reread_annotations(self) -> None:
        """After a change: the reader and side list, and the browser and export dialog
        if they are showing (hidden ones read afresh when shown)."""
        self.refresh_annotations()
        if self.browser is not None and self.browser.isVisible():
            self.browser.reload()
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.refresh()

    def _annotate(
        self, label: str, new: dict[str, object], edit: Callable[[Library, Highlight], object]
    ) -> None:
        """Make the selection a highlight with ``new``'s fields, or apply ``edit`` to the
        clicked highlight."""
        if self.library is None or self.current is None:
            return
        lib, doc_id, target = self.library, self.current.id, self._target()
        if self._selection is not None:
            s, e = self._selection
            self.change_annotations(label, lambda: lib.add_highlight(doc_id, s, e, **new))  # type: ignore[arg-type]
        elif target is not None:
            self.change_annotations(label, lambda: edit(lib, target))

    def highlight_selection(self, color: str | None = None) -> None:
        """Highlight the selection in ``color`` (else the last) or recolour the clicked one."""
        if self.library is None or self.current is None:
            return
        color = color or self._last_color()
        if self.settings is not None:
            S.LAST_COLOR.set(self.settings, color)
        label = "highlight" if self._selection is not None else "recolour"
        self._annotate(
            label, {"color": color}, lambda lib, t: lib.edit_highlight(t.id, color=color)
        )

    def tag_selection(self, tags: list[str] | None = None) -> None:
        if self.library is None or self.current is None:
            return
        target = self._target()
        if self._selection is None and target is None:
            return
        if tags is None:
            dialog = TagDialog(
                [n for n, _ in self.library.tags()], list(target.tags) if target else [], self
            )
            if dialog.exec() != TagDialog.DialogCode.Accepted:
                return
            tags = dialog.tags()
        chosen = tags

        def retag(lib: Library, t: Highlight) -> object:
            keep = {tag_key(x) for x in chosen}
            gone = [x for x in t.tags if tag_key(x) not in keep]
            return lib.edit_highlight(t.id, add_tags=chosen, remove_tags=gone)

        self._annotate("tag", {"color": self._last_color(), "tags": chosen}, retag)

    def note_selection(self, text: str | None = None) -> None:
        if self.library is None or self.current is None:
            return
        target = self._target()
        if self._selection is None and target is None:
            return
        if text is None:
            quote = target.quote if target else self.current.text[slice(*self._selection)]  # type: ignore[misc]
            dialog = NoteDialog(quote, target.note if target else "", self)
            if dialog.exec() != NoteDialog.DialogCode.Accepted:
                return
            text = dialog.note()
        note = text
        self._annotate(
            "note",
            {"color": self._last_color(), "note": note},
            lambda lib, t: lib.edit_highlight(t.id, note=note),
        )

    def delete_active(self) -> None:
        target = self._target()
        if self.library is None or target is None:
            return
        lib = self.library
        self._active = None
        self.change_annotations("delete", lambda: lib.delete_highlights([target.id]))

    def copy_citation(self) -> None:
        """The quote and its source on the clipboard, as plain text and as HTML."""
        if self.current is None:
            return
        target = self._target()
        if target is None and self._selection is not None:
            s, e = self._selection
            target = Highlight("", self.current.id, s, e, self.current.text[s:e], "", "")
        if target is None:
            return
        plain, html = citation(target, self.current)
        mime = QMimeData()
        mime.setText(plain)
        mime.setHtml(html)
        QApplication.clipboard().setMimeData(mime)
        self.status_label.setText(self.tr("Copied with its citation."))

    def _last_color(self) -> str:
        return S.LAST_COLOR.get(self.settings) if self.settings else "yellow"

    def undo(self) -> None:
        self._history_step("undo")

    def redo(self) -> None:
        self._history_step("redo")

    def _history_step(self, which: str) -> None:
        if self.library is None:
            return
        step = self.library.undo if which == "undo" else self.library.redo

        def done(label: object) -> None:
            self.status_label.setText(
                (self.tr("Undone: %1") if which == "undo" else self.tr("Redone: %1")).replace(
                    "%1", str(label)
                )
            )
            self._reread_annotations()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            self.status_label.setText(str(exc))

        self.worker.submit(which, step, on_success=done, on_failure=failed)

    def _on_doc_notes_requested(self) -> None:
        self.side_dock.show()
        self.side_tabs.setCurrentIndex(NOTES_TAB)
        self.doc_notes.view.setFocus()

    def _on_doc_note_chosen(self, h: Highlight) -> None:
        self._active, self._selection = h.id, None
        self.reader.set_highlights(self.reader.highlights, h.id)
        self.reader.scroll_to_offset(h.start)

    def open_highlight(self, h: Highlight) -> None:
        """Show a highlight in its document (from the browser or search)."""
        self.open_document(h.doc, mark=None if h.orphan else (h.start, h.end))
        self._active = h.id
        if self.current is not None and self.current.id == h.doc:
            self.reader.set_highlights(self.reader.highlights, h.id)
            self.doc_notes.select(h.id)

    def show_browser(self) -> None:
        if self.library is None:
            return
        if self.browser is None:
            self.browser = AnnotationBrowser(self)
        self.browser.reload()
        self.browser.show()
        self.browser.raise_()

    def set_snap_words(self, on: bool) -> None:
        self.reader.snap_words = on
        if self.settings is not None:
            S.SNAP_WORDS.set(self.settings, on)

    def set_trim_punctuation(self, on: bool) -> None:
        self.reader.trim_punctuation = on
        if self.settings is not None:
            S.TRIM_PUNCTUATION.set(self.settings, on)

    def show_export(
        self,
        docs: list[str] | None = None,
        tags: list[str] | None = None,
        colors: list[str] | None = None,
    ) -> None:
        """The export dialog, read afresh, its scope narrowed to these (each: all if None)."""
        if self.library is None:
            return
        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self)
        self.export_dialog.reload(docs, tags, colors)
        self.export_dialog.show()
        self.export_dialog.raise_()

    def show_tag_manager(self) -> None:
        if self.library is not None:
            TagManager(self).exec()  # its changes re-read the views as they are made

    def reattach(self, hid: str) -> bool:
        """Put an orphan (or any highlight) on the current selection."""
        if self.library is None or self.current is None or self._selection is None:
            self.status_label.setText(self.tr("Select the passage in the reader first."))
            return False
        lib, doc_id, (s, e) = self.library, self.current.id, self._selection
        self.change_annotations(
            "re-attach", lambda: lib.edit_highlight(hid, move_to=(doc_id, s, e))
        )
        return True

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
        self._reload_documents(report.documents[0] if report.documents else None)

    def _on_documents_changed(self, said: str) -> None:
        self.status_label.setText(said)
        self._reload_documents(self.current.id if self.current is not None else None)

    def _reload_documents(self, open_doc: str | None) -> None:
        """Read the library list again; show ``open_doc`` (or the first document when the
        one shown is gone)."""
        lib = self.library
        if lib is None:
            return

        def shown(docs: list[DocumentSummary]) -> None:
            self.library_model.set_documents(docs)
            ids = [d.id for d in docs]
            target = open_doc if open_doc in ids else (ids[0] if ids else None)
            if target is not None:
                self.library_panel.select(target)
                if self.current is not None and target == self.current.id:
                    # Renamed or replaced: show the new title or text (the position stays).
                    self.worker.submit(
                        "load document", lib.document, target, on_success=self._on_document_loaded
                    )
            self._reread_annotations()

        self.worker.submit("list documents", lib.documents, on_success=shown)

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

    # -- busy state, window state ---------------------------------------------------------

    def _on_worker_busy_changed(self, busy: bool) -> None:
        # Only show progress for work that lasts: a short job never flashes a bar.
        self._busy = busy
        if busy:
            QTimer.singleShot(500, self._show_progress_if_busy)
        else:
            self.progress.hide()

    def _show_progress_if_busy(self) -> None:
        if self._busy:
            self.progress.show()

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
        self.side_tabs.setCurrentIndex(S.SIDE_TAB.get(self.settings))
        self.reader.point_size = S.FONT_SIZE.get(self.settings)
        self.reader.column_ems = S.COLUMN_EMS.get(self.settings)
        self.set_theme(S.THEME.get(self.settings))
        self.action_snap.setChecked(S.SNAP_WORDS.get(self.settings))
        self.action_trim.setChecked(S.TRIM_PUNCTUATION.get(self.settings))

    def save_state(self) -> None:
        if self.settings is None:
            return
        self._save_position()
        S.WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
        S.WINDOW_STATE.set(self.settings, self.saveState())
        S.SPLITTER_STATE.set(self.settings, self.splitter.saveState())
        S.SIDE_TAB.set(self.settings, self.side_tabs.currentIndex())
        self.settings.sync()

    def _on_writes_pending(self, count: int) -> None:
        # A write takes milliseconds; say "saving" only when one is kept waiting.
        if count == 0:
            self.saving_state.hide()
        elif not self.saving_timer.isActive():
            self.saving_timer.start()

    def _poll_elsewhere(self) -> None:
        if self.library is None or self._polling:
            return
        self._polling = True
        lib = self.library

        def check() -> tuple[bool, bool, list[DocumentSummary] | None]:
            docs, notes = lib.changed_elsewhere()
            return docs, notes, lib.documents() if docs else None

        self.worker.submit(
            "check for changes elsewhere",
            check,
            on_success=self._on_changed_elsewhere,
            on_failure=lambda _exc: setattr(self, "_polling", False),
        )

    def _on_changed_elsewhere(
        self, result: tuple[bool, bool, list[DocumentSummary] | None]
    ) -> None:
        self._polling = False
        docs_changed, notes_changed, docs = result
        if docs is not None:
            self.library_model.set_documents(docs)
            if self.current is not None:
                self.library_panel.select(self.current.id)
            self.status_label.setText(self.tr("The library was changed by another program."))
        if docs_changed or notes_changed:
            self._reread_annotations()

    def _message(self, show: Callable[..., object], title: str, text: str) -> None:
        """A message box (``QMessageBox.warning``, say) whose text (file names, errors)
        is shown as written, never as HTML."""
        show(self, title, literal(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.elsewhere_timer.stop()
        self.save_state()
        # Annotations already made are saved before the window goes; an index build
        # or an export in progress is abandoned (the index is a cache).
        if self.worker.pending_writes:
            self.saving_state.show()
            self.status_label.setText(self.tr("Saving your annotations…"))
        saved = self.worker.shutdown()
        if self.library is not None and saved:
            self.library.close()
        super().closeEvent(event)


def _open_and_sync(data_dir: Path | None) -> tuple[Library, SyncReport, list[DocumentSummary]]:
    """Runs on the worker thread: open the database, bring it up to date, list documents."""
    lib = open_library(data_dir)
    report = lib.sync()
    return lib, report, lib.documents()
