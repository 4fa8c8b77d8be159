"""Library search in the window: preparing the index, one search at a time, opening hits.

A controller: it prepares the index and runs searches through the Session (on the
long-jobs lane, so annotating is never kept waiting), shows their results in the
search panel, and asks the desk to open a hit (``hit_chosen``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from jingdu.errors import UserError
from jingdu.library import Library
from jingdu.notes.model import Highlight
from jingdu.search import segment
from jingdu.search.query import QueryError, unspaced
from jingdu.search.results import SearchResults
from jingdu.ui.common.messages import user_text
from jingdu.ui.common.worker import LONG, SEARCH, checkpoint
from jingdu.ui.search.panel import SearchPanel, query_error_text
from jingdu.ui.session import Session

SEARCH_LIMIT = 200
"""Passages fetched per search; the total is always exact."""


class Searching(QObject):
    ready = Signal()
    """The index is open: searches run from now on."""
    _searchable = Signal()
    """From the worker thread: a first index is being built, and searches run meanwhile."""
    shown = Signal()
    """Search results (or a message) are on screen for the latest query."""
    hit_chosen = Signal(object)
    """A passage (a Hit) or an annotation (a Highlight) to open."""
    focus_wanted = Signal()
    """Show the search panel and put the cursor in its query."""
    _progress = Signal(int, int, str)
    """From the worker thread: progress of the index build."""

    def __init__(
        self, session: Session, panel: SearchPanel, state: QLabel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.session, self.search_panel, self.search_state = session, panel, state
        self._search_ready = False
        self._search_running = False
        self._search_wanted: str | None = None
        panel.query_changed.connect(self._on_search_query_changed)
        panel.hit_activated.connect(self.hit_chosen)
        self._progress.connect(self._on_progress)
        self._searchable.connect(self._on_searchable)
        self._building = False

    @property
    def is_ready(self) -> bool:
        """The index is open: a search runs at once."""
        return self._search_ready

    @property
    def library(self) -> Library | None:
        return self.session.library

    def prepare(self, *_: object) -> None:
        """Open (or build) the index in the background; progress shows in the status bar."""
        if self.library is None or self._search_ready:
            return
        self.search_state.setText(self.tr("Search: preparing…"))
        emit = self._progress.emit

        def progress(done: int, total: int, what: str) -> None:  # on the worker
            checkpoint()  # closing the window stops the build here
            emit(done, total, what)

        self.session.run(
            "prepare search",
            self.library.search_engine,
            progress,
            self._searchable.emit,
            on_success=self._on_search_prepared,
            on_failure=self._on_search_failed,
            lane=LONG,
        )

    def _on_searchable(self) -> None:
        self._search_ready = self._building = True
        self.search_state.setText(self.tr("Search: ready, building the index…"))
        if self._search_wanted is not None and not self._search_running:
            self._run_search()

    def _on_search_prepared(self, _engine: object) -> None:
        self._search_ready, self._building = True, False
        self.search_state.setText(self.tr("Search: ready"))
        self.ready.emit()
        if self._search_wanted is not None:
            self._run_search()
        # Searching does not need jieba; the reader's double-click and snap-to-words do.
        self.session.run("start jieba", segment.tokenizer, lane=LONG)

    def _on_search_failed(self, exc: BaseException) -> None:
        self._search_ready = self._building = False
        self.search_state.setText(self.tr("Search: unavailable"))
        self.search_panel.set_message(user_text(exc))
        if not isinstance(exc, UserError):
            self.session.report("prepare search", exc)

    def _on_progress(self, done: int, total: int, _what: str) -> None:
        if not total:
            return
        percent = str(100 * done // total)
        if self._building:  # searching already, by reading every paragraph
            text = self.tr("Search: ready, building the index… %1%").replace("%1", percent)
        else:
            text = self.tr("Building the search index… %1%").replace("%1", percent)
        self.search_state.setText(text)

    # -- library search -------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Run a library search now, as if typed (for --search, the context menu)."""
        self.focus_wanted.emit()
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
            self.shown.emit()
            return
        if not self._search_ready or self.library is None:
            self._search_wanted = query
            self.search_panel.set_message(self.tr("Search is starting…"))
            return
        self._search_running = True
        lib = self.library

        def both() -> tuple[SearchResults, list[Highlight]]:
            return lib.search(query, None, SEARCH_LIMIT), lib.search_annotations(query)

        self.session.run(
            "search",
            both,
            on_success=self._on_search_done,
            on_failure=self._on_search_error,
            lane=SEARCH,
        )

    def _on_search_done(self, found: tuple[SearchResults, list[Highlight]]) -> None:
        self._search_running = False
        if self._search_wanted is not None:
            self._run_search()  # newer text arrived meanwhile: this result is already stale
            return
        results = found[0]
        self.search_panel.set_results(*found)
        alternative = unspaced(results.query) if results.total == 0 else None
        if alternative is None or self.library is None:
            self.shown.emit()
            return
        # A phrase with spaces found nothing (the texts seldom have them): count the
        # phrase without. That is part of this search, so a newer query waits for it.
        self._search_running = True
        lib = self.library
        self.session.run(
            "search without spaces",
            lambda: lib.search(alternative, None, 0).total,
            on_success=lambda n: self._on_unspaced_counted(results.query, alternative, n),
            on_failure=lambda _exc: self._on_unspaced_counted(results.query, alternative, None),
            lane=SEARCH,
        )

    def _on_unspaced_counted(self, query: str, alternative: str, total: int | None) -> None:
        self._search_running = False
        if self._search_wanted is not None:
            self._run_search()
            return
        if total is not None:  # an index that failed now says so on the next search
            self.search_panel.offer_unspaced(query, alternative, total)
        self.shown.emit()

    def _on_search_error(self, exc: BaseException) -> None:
        self._search_running = False
        if self._search_wanted is not None:
            self._run_search()
            return
        self.search_panel.set_results(None)
        if not isinstance(exc, UserError):
            self.session.report("search", exc)
        text = query_error_text(exc) if isinstance(exc, QueryError) else user_text(exc)
        self.search_panel.set_message(text)
        self.shown.emit()
