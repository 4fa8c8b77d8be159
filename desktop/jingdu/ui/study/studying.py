"""The concordance and counts windows beside the desk: made on first use, fed by the
reader's menu (索引此词), the search panel and the Study menu; a line they open shows
its passage in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # each window's module loads when it is first opened
    from jingdu.ui.session import Session
    from jingdu.ui.study.concordance_window import ConcordanceWindow
    from jingdu.ui.study.counts_window import CountsWindow


class Studying(QObject):
    open_requested = Signal(str, int, int)
    """Show this passage (document, start, end) in the reader, the desk in front."""
    shown = Signal(object)
    """A study window shows what was asked (its lines, its chart, or a message)."""

    def __init__(self, session: Session, desk: QWidget) -> None:
        super().__init__(desk)
        self.session, self.desk = session, desk
        self.concordance: ConcordanceWindow | None = None
        self.counts: CountsWindow | None = None

    def show_concordance(self, query: str = "") -> None:
        if self.session.library is None:
            return
        if self.concordance is None:
            from jingdu.ui.study.concordance_window import ConcordanceWindow

            self.concordance = ConcordanceWindow(self.session)
            self.concordance.open_requested.connect(self.open_requested)
            self.concordance.counts_requested.connect(self.show_counts)
            self.concordance.shown.connect(lambda: self.shown.emit(self.concordance))
            self.session.documents_changed.connect(self._on_documents_changed)
        if query:
            self.concordance.show_query(query)
        else:
            self.concordance.show()
            self.concordance.raise_()
            self.concordance.edit.setFocus()

    def show_counts(self, terms: str = "") -> None:
        if self.session.library is None:
            return
        if self.counts is None:
            from jingdu.ui.study.counts_window import CountsWindow

            self.counts = CountsWindow(self.session)
            self.counts.shown.connect(lambda: self.shown.emit(self.counts))
        if terms:
            self.counts.show_terms(terms)
        else:
            self.counts.show()
            self.counts.raise_()
            self.counts.edit.setFocus()

    def _on_documents_changed(self, _docs: object) -> None:
        """The lines' offsets may be stale: the shown concordance is made again."""
        if self.concordance is not None and self.concordance.isVisible():
            self.concordance.run_now()

    def close(self) -> None:
        for window in (self.concordance, self.counts):
            if window is not None:
                window.close()
