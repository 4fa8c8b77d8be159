"""The concordance: every occurrence of a term or query across the library, in context.

Occurrences are the search engine's own (the paragraphs a search counts, and in each
the spans :meth:`Query.spans` finds in the folded text), so the concordance and search
always agree. Folding keeps every character in its place, so a span in the folded
paragraph is the same span in the paragraph as written, and the paragraph's start
makes it an offset into the document's text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jingdu.errors import UserError
from jingdu.search.query import parse
from jingdu.study.dates import document_dates

if TYPE_CHECKING:
    from jingdu.search.engine import SearchEngine

CONTEXT = 30
"""Characters of context on each side of a match (within its paragraph)."""
SORTS: dict[str, Callable[[Line], Any]] = {}
"""How lines may be ordered, by name (filled below the Line class)."""


class NoOccurrences(UserError):
    """The query is fine but occurs nowhere (in the library, or the document asked)."""

    def __init__(self, query: str, doc: str | None) -> None:
        where = f"document {doc}" if doc else "the library"
        super().__init__(f"“{query}” does not occur in {where}")
        self.query, self.doc = query, doc


@dataclass(frozen=True)
class Line:
    """One occurrence: ``start``/``end`` are code-point offsets into the document's text."""

    doc: str
    start: int
    end: int
    left: str
    match: str
    right: str
    title: str = ""
    source: str = ""
    date: str = ""
    """The document's own date (see :mod:`jingdu.study.dates`), or ""."""
    section: str = ""
    """The innermost section heading the occurrence sits under, or ""."""
    order: int = 0
    """The occurrence's place in library order (documents as listed, then offset)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "left": self.left,
            "match": self.match,
            "right": self.right,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "section": self.section,
        }


def _left_key(line: Line) -> tuple[str, int]:
    # Sorting by the left context reads it from the match outwards, as a
    # concordancer does: lines whose preceding words agree come together.
    return line.left[::-1], line.order


SORTS.update(
    {
        "document": lambda line: line.order,
        "left": _left_key,
        "right": lambda line: (line.right, line.order),
        "date": lambda line: (line.date == "", line.date, line.order),
    }
)


@dataclass
class Concordance:
    query: str
    total: int
    """Every occurrence in the library (or the document asked), however many are listed."""
    lines: list[Line]
    per_doc: dict[str, int] = field(default_factory=dict)
    """Occurrences by document (all of them, not only those listed)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "lines": [line.to_dict() for line in self.lines],
            "documents": self.per_doc,
        }


def _one_line(text: str) -> str:
    """Context shown on one line: line breaks and tabs as spaces."""
    return text.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def concordance(
    engine: SearchEngine,
    query: str,
    doc: str | None = None,
    limit: int | None = None,
    width: int = CONTEXT,
    sort: str = "document",
    order: list[str] | None = None,
) -> Concordance:
    """Every occurrence of ``query`` (the search language) in the library or in ``doc``.

    Args:
        engine: the opened search engine (``Library.search_engine()``).
        query: a term, a phrase, or any query search takes.
        doc: a document id (already resolved), or None for the whole library.
        limit: list at most this many lines (``total`` counts them all).
        width: characters of context on each side.
        sort: one of :data:`SORTS`, applied before ``limit``.
        order: document ids in library order (default: the index's order).

    Raises:
        QueryError: the query is empty, too long or has too many terms.
        NoOccurrences: it occurs nowhere.
    """
    if sort not in SORTS:
        raise UserError(f"cannot sort by {sort!r}; one of {', '.join(SORTS)}")
    q = parse(query)
    matched = engine.matching(q, doc)
    store = engine.store
    dates = document_dates(store)
    rank = {d: n for n, d in enumerate(order or store.docs)}
    far = len(rank)
    # Every occurrence as a small tuple first, in library order; Line objects (and their
    # contexts) only for those listed when no other order needs them all: a common
    # term has 100,000 occurrences in a large library.
    found: list[tuple[int, str, int, int, int, int]] = []
    per_doc: dict[str, int] = {}
    for n, entry in enumerate(matched):
        spans = q.spans(entry.folded)
        per_doc[entry.doc] = per_doc.get(entry.doc, 0) + len(spans)
        place = rank.get(entry.doc, far)
        found += [(place, entry.doc, entry.start + s, n, s, e) for s, e in spans]
    if not found:
        raise NoOccurrences(query, doc)
    found.sort()
    total = len(found)
    if sort == "document" and limit is not None:
        found = found[:limit]

    def line(k: int, item: tuple[int, str, int, int, int, int]) -> Line:
        entry, s, e = matched[item[3]], item[4], item[5]
        raw, base = entry.raw, entry.start
        return Line(
            entry.doc,
            base + s,
            base + e,
            _one_line(raw[max(0, s - width) : s]),
            _one_line(raw[s:e]),
            _one_line(raw[e : e + width]),
            store.docs[entry.doc].title,
            store.docs[entry.doc].source,
            dates.get(entry.doc, ""),
            entry.headings[-1] if entry.headings else "",
            k,
        )

    lines = [line(k, item) for k, item in enumerate(found)]
    if sort != "document":
        lines.sort(key=SORTS[sort])
    if limit is not None:
        lines = lines[:limit]
    return Concordance(query, total, lines, per_doc)
