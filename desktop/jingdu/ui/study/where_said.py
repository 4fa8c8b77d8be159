"""Where else is this said, and the quotations index, in the window: a controller.

It runs the lookups through the Session (a passage's parallels on the searches' lane,
the margin counts and the quotations index on the long jobs' lane, each cancelled when
a newer one makes it stale), shows them in their windows and the reader's margin, and
asks the desk to open a place (``open_requested``). The entries that lead here — the
reader's context menu, the Study menu, the search panel's results, the margin signs —
all end in :meth:`WhereSaid.find` or :meth:`WhereSaid.show_quotes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from jingdu.corpus.document import Document
from jingdu.errors import UserError
from jingdu.library import Library
from jingdu.search.results import Hit
from jingdu.study.parallels import Found, ParallelsError, paragraph_counts, parallels
from jingdu.study.quotes import Quote, quotes
from jingdu.ui.common.messages import reason_text, user_text
from jingdu.ui.common.worker import LONG, SEARCH, Job, checkpoint
from jingdu.ui.reader.view import ReaderView
from jingdu.ui.search.panel import SearchPanel
from jingdu.ui.session import Session
from jingdu.ui.study.margin_signs import MarginSigns

if TYPE_CHECKING:
    from jingdu.ui.notes.annotating import Annotating
    from jingdu.ui.study.parallels_window import ParallelsWindow
    from jingdu.ui.study.quotes_window import QuotesWindow


def parallels_error_text(exc: ParallelsError) -> str:
    """Why a passage cannot be looked up, in the interface's language."""
    texts = {
        "empty": lambda: QCoreApplication.translate(
            "WhereSaid", "Select a passage first: there is nothing to look up."
        ),
        "range": lambda: QCoreApplication.translate(
            "WhereSaid", "%1–%2 is not a passage of this document (it has %3 characters)."
        ),
        "too_long": lambda: QCoreApplication.translate(
            "WhereSaid", "The passage has %1 characters; at most %2 are looked up."
        ),
        "too_short": lambda: QCoreApplication.translate(
            "WhereSaid", "The passage has %1 characters to match; at least %2 are needed."
        ),
    }
    return reason_text(texts, exc)


def _texts(lib: Library, docs: set[str]) -> dict[str, str]:
    return {d: lib.document(d).text for d in docs}


class WhereSaid(QObject):
    open_requested = Signal(str, int, int)
    """Open this place (document, start, end) in the reader, the desk in front."""
    counted = Signal(str)
    """The margin signs of this document are shown (for tests and screenshots)."""
    found = Signal()
    """A lookup's result (or its message) is in the parallels window."""

    def __init__(
        self,
        session: Session,
        annotating: Annotating,
        reader: ReaderView,
        search_panel: SearchPanel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session, self.annotating, self.reader = session, annotating, reader
        self.desk = parent
        self.signs = MarginSigns(reader)
        self.parallels_window: ParallelsWindow | None = None
        self.quotes_window: QuotesWindow | None = None
        self._lookup: Job | None = None
        self._counting: Job | None = None
        self._search_ready = False
        self._add_search_entry(search_panel)
        self.signs.clicked.connect(lambda s, e: self.find(self.signs.doc_id, s, e))
        session.documents_changed.connect(self._on_documents_changed)

    @property
    def library(self) -> Library | None:
        return self.session.library

    # -- a passage's parallels -----------------------------------------------------------

    def find_here(self) -> None:
        """The passage in hand: the highlight, else the selection, else the paragraph at
        the caret."""
        doc = self.annotating.current()
        if doc is None:
            return
        target, sel = self.annotating.target(), self.annotating.selection
        if target is not None:
            self.find(doc.id, target.start, target.end)
        elif sel is not None:
            self.find(doc.id, *sel)
        else:
            caret = self.reader.pmap.to_offset(self.reader.textCursor().position())
            para = next((p for p in doc.paragraphs if p.start <= caret < p.end), None)
            if para is None:
                para = next((p for p in doc.paragraphs if p.start >= caret), None)
            if para is not None:
                self.find(doc.id, para.start, para.end)

    def find(self, doc_id: str, start: int, end: int) -> None:
        """Look up the parallels of ``doc_id[start:end]`` and show them."""
        lib = self.library
        if lib is None:
            return
        window = self._parallels_window()
        try:
            doc = lib.document(doc_id)
        except UserError as exc:  # (the document went meanwhile)
            window.set_message(user_text(exc))
            return
        window.looking(doc.title, doc.text[start:end])
        window.show()
        window.raise_()
        if self._lookup is not None:
            self._lookup.cancel()

        def look() -> tuple[Found, Document, dict[str, str]]:
            found = parallels(lib, doc_id, start, end)
            return found, doc, _texts(lib, {p.doc for p in found.parallels})

        self._lookup = self.session.run(
            "find parallels",
            look,
            on_success=self._on_found,
            on_failure=self._on_lookup_failed,
            lane=SEARCH,
        )

    def _on_found(self, result: tuple[Found, Document, dict[str, str]]) -> None:
        self._lookup = None
        if self.parallels_window is not None:
            self.parallels_window.show_found(*result)
        self.found.emit()

    def _on_lookup_failed(self, exc: BaseException) -> None:
        self._lookup = None
        if isinstance(exc, ParallelsError):
            text = parallels_error_text(exc)
        elif isinstance(exc, UserError):
            text = user_text(exc)
        else:
            self.session.report("find parallels", exc)
            text = ""
        if self.parallels_window is not None:
            self.parallels_window.set_message(text)
        self.found.emit()

    def _parallels_window(self) -> ParallelsWindow:
        if self.parallels_window is None:
            from jingdu.ui.study.parallels_window import ParallelsWindow

            self.parallels_window = ParallelsWindow(self.desk)
            self.parallels_window.open_requested.connect(self.open_requested)
        return self.parallels_window

    # -- the quotations index -------------------------------------------------------------

    def show_quotes(self) -> None:
        lib = self.library
        if lib is None:
            return
        if self.quotes_window is None:
            from jingdu.ui.study.quotes_window import QuotesWindow

            self.quotes_window = QuotesWindow(self.desk)
            self.quotes_window.open_requested.connect(self.open_requested)
        window = self.quotes_window
        window.loading()
        window.show()
        window.raise_()

        def collect() -> tuple[list[Quote], dict[str, str]]:
            found = quotes(lib, 1, checkpoint)
            return found, _texts(lib, {o.doc for q in found for o in q.occurrences})

        self.session.run(
            "quotations index",
            collect,
            on_success=lambda result: window.set_quotes(*result),
            on_failure=lambda exc: self._on_quotes_failed(window, exc),
            lane=LONG,
        )

    def _on_quotes_failed(self, window: QuotesWindow, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            self.session.report("quotations index", exc)
        window.set_message(user_text(exc) if isinstance(exc, UserError) else "")

    # -- the margin signs -----------------------------------------------------------------

    def search_ready(self) -> None:
        """The index is open: the document shown gets its signs."""
        self._search_ready = True
        doc = self.annotating.current()
        if doc is not None:
            self.document_shown(doc)

    def document_shown(self, doc: Document) -> None:
        """Count the parallels of the document's paragraphs, in the background."""
        if self._counting is not None:
            self._counting.cancel()
            self._counting = None
        if doc.id != self.signs.doc_id:
            self.signs.clear()
        lib = self.library
        if lib is None or not self._search_ready:
            return
        ends = {p.start: p.end for p in doc.paragraphs}
        self._counting = self.session.run(
            "count parallels",
            paragraph_counts,
            lib,
            doc.id,
            checkpoint,
            on_success=lambda counts: self._on_counted(doc.id, counts, ends),
            on_failure=self._on_count_failed,
            lane=LONG,
        )

    def _on_counted(self, doc_id: str, counts: dict[int, int], ends: dict[int, int]) -> None:
        self._counting = None
        current = self.annotating.current()
        if current is not None and current.id == doc_id:
            self.signs.set_counts(doc_id, counts, ends)
            self.counted.emit(doc_id)

    def _on_count_failed(self, exc: BaseException) -> None:
        self._counting = None
        if not isinstance(exc, UserError):  # the signs are a help: a failure is logged only
            self.session.report("count parallels", exc)

    def _on_documents_changed(self, _docs: object) -> None:
        doc = self.annotating.current()
        if doc is not None:
            self.document_shown(doc)

    # -- from the search panel -------------------------------------------------------------

    def _add_search_entry(self, panel: SearchPanel) -> None:
        """A right click on a search result offers its parallels and the index."""
        view = panel.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def menu_at(pos: QPoint) -> None:
            menu = self.search_menu(panel, pos)
            if menu is not None:
                menu.exec(view.viewport().mapToGlobal(pos))

        view.customContextMenuRequested.connect(menu_at)

    def search_menu(self, panel: SearchPanel, pos: QPoint) -> QMenu | None:
        from jingdu.ui.search.model import HIT_ROLE

        index = panel.view.indexAt(pos)
        hit = index.data(HIT_ROLE) if index.isValid() else None
        menu = QMenu(panel.view)
        if isinstance(hit, Hit):
            menu.addAction(
                self.tr("&Where else is this said"),
                lambda: self.find(hit.doc, hit.start, hit.end),
            )
        menu.addAction(self.tr("&Quotations index…"), self.show_quotes)
        return menu

    def close(self) -> None:
        for window in (self.parallels_window, self.quotes_window):
            if window is not None:
                window.close()
