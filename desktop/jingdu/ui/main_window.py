"""The reading desk: library left, the reader in the centre, outline and search right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jingdu.corpus.document import Document
from jingdu.library import DocumentSummary, Library, SyncReport
from jingdu.notes.model import Highlight
from jingdu.search.results import Hit
from jingdu.ui.appearance import Appearance
from jingdu.ui.common.about import show_about
from jingdu.ui.common.commands import Commands
from jingdu.ui.common.plain import literal
from jingdu.ui.common.reading_fonts import reading_family
from jingdu.ui.common.status import StatusParts
from jingdu.ui.common.worker import Worker
from jingdu.ui.companions import Companions
from jingdu.ui.desk_commands import DeskCommands
from jingdu.ui.importing.flow import ImportFlow
from jingdu.ui.library.changes import LibraryChanges
from jingdu.ui.library.document_actions import DocumentActions
from jingdu.ui.library.model import LibraryModel
from jingdu.ui.library.panel import LibraryPanel
from jingdu.ui.library.restore_offer import offer_restore
from jingdu.ui.notes.annotating import Annotating
from jingdu.ui.notes.context_menu import ReaderMenu
from jingdu.ui.notes.selection_bar import SelectionBar
from jingdu.ui.reader.find_bar import FindBar
from jingdu.ui.reader.reading import Reading
from jingdu.ui.reader.view import ReaderView
from jingdu.ui.search.searching import Searching
from jingdu.ui.session import Session
from jingdu.ui.side_panel import SEARCH_TAB, SidePanel
from jingdu.ui.study.studying import Studying
from jingdu.ui.study.where_said import WhereSaid


class MainWindow(QMainWindow):
    library_loaded = Signal()
    document_shown = Signal(str)
    search_ready = Signal()
    search_shown = Signal()
    """Search results (or a message) are on screen for the latest query."""

    def __init__(self, data_dir: Path | None, worker: Worker | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.session = Session(data_dir, worker, self)
        self.worker = self.session.worker
        # The platform adds the application's display name (精读 Jingdu) to every title.
        self.setWindowTitle("")
        self.resize(1280, 820)
        self._build()
        self.import_flow = ImportFlow(self, self.worker, lambda: self.library)
        self.document_actions = DocumentActions(self, self.session)
        self.reading = Reading(
            self.session,
            self.reader,
            self.find_bar,
            self.outline_view,
            self.outline_model,
            self.library_panel,
            self,
        )
        self.annotating = Annotating(
            self.session,
            self.reader,
            self.selection_bar,
            self.doc_notes,
            lambda: self.current,
            self,
        )
        self.reader_menu = ReaderMenu(self.annotating)
        self.changes = LibraryChanges(
            self,
            self.session,
            self.reading,
            self.library_model,
            self.library_panel,
            self.import_flow,
            self.document_actions,
        )
        self.searching = Searching(self.session, self.search_panel, self.search_state, self)
        self.companions = Companions(self.session, self.annotating, self)
        self.studying = Studying(self.session, self)
        self.where_said = WhereSaid(
            self.session, self.annotating, self.reader, self.search_panel, self
        )
        self.commands = Commands(self, self.reader)
        self.appearance = Appearance(
            self,
            self.session,
            self.reading,
            (self.splitter, self.side_tabs, self.search_panel),
            self.commands,
        )
        table = DeskCommands(self)
        self.commands.build(table.menus(self))
        table.help_key(self)
        self._connect_signals()
        self.reader.family = reading_family()

    @property
    def library(self) -> Library | None:
        return self.session.library

    @property
    def settings(self) -> QSettings | None:
        return self.session.settings

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

        self.selection_bar = SelectionBar(self.reader.viewport())
        self.side_dock = SidePanel(self)
        self.side_tabs, self.search_panel = self.side_dock.tabs, self.side_dock.search_panel
        self.outline_view, self.outline_model = (
            self.side_dock.outline_view,
            self.side_dock.outline_model,
        )
        self.doc_notes = self.side_dock.doc_notes
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
        self.resizeDocks([self.side_dock], [340], Qt.Orientation.Horizontal)

        self.status = StatusParts(self.statusBar(), self.worker)
        self.status_label, self.search_state = self.status.message, self.status.search
        self.saving_state = self.status.saving

    def _connect_signals(self) -> None:
        self.reading.shown.connect(self._on_document_shown)
        self.reading.history_changed.connect(self._on_history_changed)
        self.reader.notes.leaving.connect(self.reading.remember_place)  # a followed note
        self.searching.ready.connect(self.search_ready)
        self.searching.shown.connect(self.search_shown)
        self.searching.hit_chosen.connect(self._on_search_hit_activated)
        self.searching.focus_wanted.connect(self.focus_search)
        self.session.message.connect(self.status_label.setText)
        self.session.failed.connect(
            lambda text: self._message(QMessageBox.warning, self.tr("Jingdu"), text)
        )
        self.annotating.counts_read.connect(self.library_model.update_counts)
        self.companions.open_requested.connect(self._on_browser_open)
        self.companions.desk_wanted.connect(self.activate)
        self.reader_menu.search_requested.connect(self.search)
        self.reader_menu.index_requested.connect(self.studying.show_concordance)
        self.search_panel.index_requested.connect(self.studying.show_concordance)
        self.studying.open_requested.connect(self._on_place_open)
        self.reader_menu.parallels_requested.connect(self.where_said.find)
        self.where_said.open_requested.connect(self._on_place_open)
        self.reading.shown.connect(self.where_said.document_shown)
        self.searching.ready.connect(self.where_said.search_ready)

    # -- start-up -------------------------------------------------------------------------

    def start(self, open_doc: str | None = None, open_file: Path | None = None) -> None:
        """Open the library in the background; the window is usable meanwhile.
        ``open_file`` (``jingdu FILE``, "Open with 精读") is imported if it is new, and
        its document opened either way (the import recognises a known text)."""
        self.reading.pending_open = open_doc
        if open_file is not None:
            self.library_loaded.connect(
                lambda: self.import_flow.start([open_file], summary=False),
                Qt.ConnectionType.SingleShotConnection,
            )
        self.status_label.setText(self.tr("Opening the library…"))
        self.search_state.setText(self.tr("Search: waiting"))
        self.session.open(on_opened=self._on_library_opened, on_failed=self._on_library_failed)
        # The reading font loads while the library opens, not as the document appears.
        QTimer.singleShot(0, self.reader.warm_up)

    def _on_library_opened(self, report: SyncReport, docs: list[DocumentSummary]) -> None:
        lib = self.session.library
        assert lib is not None
        self.appearance.restore_state()
        self.library_model.set_documents(docs)
        self.status_label.setText(self.tr("%n document(s)", "", len(docs)))
        warnings = [
            self.tr(
                "The disk is full: the library is open for reading only, and nothing can be "
                "changed until there is space. Your annotations can still be exported."
            )
            if w == lib.read_only
            else w
            for w in [*lib.warnings, *report.warnings]
        ]
        if warnings:
            self._message(QMessageBox.warning, self.tr("Library"), "\n".join(warnings))
        self.reading.open_first(docs)
        self.library_loaded.emit()
        self.appearance.check_font()
        if self.current is not None or not docs:
            self.searching.prepare()
        else:
            # The index and the saved paragraphs load once the first document is on
            # screen and painted (the paint is queued before this timer), so that
            # typesetting and painting it do not share the interpreter with them:
            # reading the paragraphs holds the interpreter's lock in long stretches.
            self.document_shown.connect(
                lambda _id: QTimer.singleShot(0, self.searching.prepare),
                Qt.ConnectionType.SingleShotConnection,
            )

    def _on_library_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("The library could not be opened."))
        if offer_restore(self, self.data_dir, exc):
            self.start(self.reading.pending_open)

    # -- reading --------------------------------------------------------------------------

    def open_document(self, doc_id: str, mark: tuple[int, int] | None = None) -> None:
        """Show a document; ``mark`` scrolls to and marks a passage (code points)."""
        self.reading.open_document(doc_id, mark)

    @property
    def current(self) -> Document | None:
        """The document on screen."""
        doc: Document | None = self.reading.current
        return doc

    def _on_document_shown(self, doc: Document) -> None:
        self.annotating.document_shown()
        self.setWindowTitle(doc.title)
        said = [*doc.authors[:3], self.tr("%1 characters").replace("%1", f"{doc.chars:,}")]
        self.status_label.setText(" · ".join(said))
        self.document_shown.emit(doc.id)

    # -- the annotation windows ------------------------------------------------------------

    def open_highlight(self, h: Highlight) -> None:
        """Show a highlight in its document (from the browser or search), in hand."""
        self.open_document(h.doc, mark=None if h.orphan else (h.start, h.end))
        self.annotating.hold(h)

    def focus_search(self) -> None:
        self.side_dock.show_tab(SEARCH_TAB)

    def search(self, query: str) -> None:
        """Run a library search now, as if typed (for --search, the context menu)."""
        self.searching.search(query)

    def _on_search_hit_activated(self, hit: Hit | Highlight) -> None:
        if isinstance(hit, Highlight):
            self.open_highlight(hit)
        else:
            self.open_document(
                hit.doc, mark=hit.matches[0] if hit.matches else (hit.start, hit.end)
            )
        self.reader.setFocus()

    def _on_place_open(self, doc_id: str, start: int, end: int) -> None:
        """A place another window lists (a parallel, a quotation): shown and marked."""
        self.open_document(doc_id, mark=(start, end))
        self.activate()
        self.reader.setFocus()

    def _on_browser_open(self, h: Highlight) -> None:
        self.open_highlight(h)
        self.activate()

    def activate(self) -> None:
        """Bring the reading desk to the front (over the browser, say)."""
        self.raise_()
        self.activateWindow()

    # -- going about ----------------------------------------------------------------------

    def _on_history_changed(self, back: bool, forward: bool) -> None:
        self.commands["back"].setEnabled(back)
        self.commands["forward"].setEnabled(forward)

    def set_full_screen(self, on: bool) -> None:
        """F11: the reader alone on the whole screen (focus mode); again to come back."""
        self.library_panel.setVisible(not on)
        if on:
            self._side_was_shown = self.side_dock.isVisible()
            self.side_dock.hide()
            self.showFullScreen()
        else:
            self.side_dock.setVisible(getattr(self, "_side_was_shown", True))
            self.showNormal()
        self.reader.setFocus()

    def show_about(self) -> None:
        show_about(self, str(self.data_dir or ""))

    # -- busy state, window state ---------------------------------------------------------

    def _message(self, show: Callable[..., object], title: str, text: str) -> None:
        """A message box (``QMessageBox.warning``, say) whose text (file names, errors)
        is shown as written, never as HTML."""
        show(self, title, literal(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.elsewhere_timer.stop()
        self.appearance.save_state()
        self.companions.close()
        self.studying.close()
        self.where_said.close()
        # Annotations already made are saved before the window goes; an index build
        # or an export in progress is abandoned (the index is a cache).
        if self.worker.pending_writes:
            self.saving_state.show()
            self.status_label.setText(self.tr("Saving your annotations…"))
        saved = self.worker.shutdown()
        if self.library is not None and saved:
            self.library.close()
        super().closeEvent(event)
