"""The study half of the :class:`jingdu.library.Library`: the concordance, the counts,
and the charts kept for the briefing note (see :mod:`jingdu.study`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jingdu.catalog import DocumentSummary
    from jingdu.progress import Progress
    from jingdu.search.engine import SearchEngine
    from jingdu.study.concordance import Concordance
    from jingdu.study.counts import Counts
    from jingdu.study.figures import Figure


class StudyTools:
    """Mixed into Library, which provides the documents and the search engine."""

    data_dir: Path

    def resolve(self, ref: str) -> str:
        raise NotImplementedError

    def documents(self) -> list[DocumentSummary]:
        raise NotImplementedError

    def search_engine(self, progress: Progress | None = None) -> SearchEngine:
        raise NotImplementedError

    def _writable(self) -> None:
        raise NotImplementedError

    def concordance(
        self,
        query: str,
        doc: str | None = None,
        limit: int | None = None,
        sort: str = "document",
    ) -> Concordance:
        """Every occurrence of ``query`` in the library (or ``doc``), in context; see
        :mod:`jingdu.study.concordance`. Raises QueryError, NotFoundError (an unknown
        document) or NoOccurrences."""
        from jingdu.study.concordance import concordance

        doc_id = self.resolve(doc) if doc is not None else None
        order = [d.id for d in self.documents()]
        return concordance(self.search_engine(), query, doc_id, limit, sort=sort, order=order)

    def counts(self, terms: list[str], collocates: int = 20) -> Counts:
        """Occurrences of each term per document and per source, and the words that
        occur with it; see :mod:`jingdu.study.counts`."""
        from jingdu.study.counts import counts

        return counts(self.search_engine(), terms, collocates)

    def add_figure(self, figure: Figure) -> str:
        """Add a chart of the counts to the briefing note (it prints in every export
        until taken out); returns its name."""
        from jingdu.study.figures import add_figure

        self._writable()
        return add_figure(self.data_dir, figure)

    def figures(self) -> list[tuple[str, Figure]]:
        """The charts added to the briefing note, oldest first, with their names."""
        from jingdu.study.figures import saved_figures

        return saved_figures(self.data_dir)

    def remove_figures(self, names: list[str] | None = None) -> int:
        """Take charts (all, or those named) out of the briefing note."""
        from jingdu.study.figures import remove_figures

        self._writable()
        return remove_figures(self.data_dir, names)
