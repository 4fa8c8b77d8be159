"""Library search in the window: preparing the index, one search at a time, opening hits.

Part of :class:`jingdu.ui.main_window.MainWindow`, split out by feature (the window
was 1,200 lines); the attributes used here are built in ``MainWindow._build``.
"""

# The widgets and state used here are built in MainWindow._build; naming each for mypy
# would repeat that method, so attribute checks are off in these parts of the window.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from jingdu.errors import UserError
from jingdu.notes.model import Highlight
from jingdu.search.engine import Hit, SearchResults
from jingdu.search.query import QueryError, unspaced
from jingdu.ui.common.side_panel import SEARCH_TAB
from jingdu.ui.common.worker import LONG, checkpoint
from jingdu.ui.search.panel import query_error_text

SEARCH_LIMIT = 200
"""Passages fetched per search; the total is always exact."""


class SearchMixin(QMainWindow):
    _search_wanted: str | None
    _search_running: bool
    _search_ready: bool

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
        results = found[0]
        self.search_panel.set_results(*found)
        alternative = unspaced(results.query) if results.total == 0 else None
        if alternative is None or self.library is None:
            self.search_shown.emit()
            return
        # A phrase with spaces found nothing (the texts seldom have them): count the
        # phrase without. That is part of this search, so a newer query waits for it.
        self._search_running = True
        lib = self.library
        self.worker.submit(
            "search without spaces",
            lambda: lib.search(alternative, None, 0).total,
            on_success=lambda n: self._on_unspaced_counted(results.query, alternative, n),
            on_failure=lambda _exc: self._on_unspaced_counted(results.query, alternative, None),
            lane=LONG,
        )

    def _on_unspaced_counted(self, query: str, alternative: str, total: int | None) -> None:
        self._search_running = False
        if self._search_wanted is not None:
            self._run_search()
            return
        if total is not None:  # an index that failed now says so on the next search
            self.search_panel.offer_unspaced(query, alternative, total)
        self.search_shown.emit()

    def _on_search_error(self, exc: BaseException) -> None:
        self._search_running = False
        if self._search_wanted is not None:
            self._run_search()
            return
        if not isinstance(exc, UserError):
            raise exc
        self.search_panel.set_results(None)
        text = query_error_text(exc) if isinstance(exc, QueryError) else str(exc)
        self.search_panel.set_message(text)
        self.search_shown.emit()

    def _on_search_hit_activated(self, hit: Hit | Highlight) -> None:
        if isinstance(hit, Highlight):
            self.open_highlight(hit)
            self.reader.setFocus()
            return
        first = hit.matches[0] if hit.matches else (hit.start, hit.end)
        self.open_document(hit.doc, mark=first)
        self.reader.setFocus()
