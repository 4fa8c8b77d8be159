"""Whoosh's commit, made faster for Jingdu's many short paragraphs.

Two costs dominate a commit of new articles (measured with cProfile on 100
ten-thousand-character articles, 1.2 million postings):

- Whoosh's posting pool spills runs to disk past its memory limit and merges
  them back: 4x slower than keeping them in memory, as this pool does. It sorts
  each 20,000 postings as they come and the sorted pieces together at the end
  (``list.sort`` finds the runs and merges them in C).
- For every posting, the field writer reads the paragraph's length back from the
  length column on disk, one byte at a time through three layers of Python
  (``doc_field_length``: a third of the commit). :class:`_Lengths` reads each
  field's column once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.writing import PostingPool, SegmentWriter

CHUNK = 20_000


class ChunkedPool(PostingPool):  # type: ignore[misc]
    def __init__(self, tempstore: Any, segment: Any) -> None:
        super().__init__(tempstore, segment, limitmb=1 << 20)
        self.current: list[Any] = []
        self._sorted: list[list[Any]] = []

    def add(self, item: Any) -> None:
        self.fieldnames.add(item[0])
        self.current.append(item)
        if len(self.current) >= CHUNK:
            self.current.sort()
            self._sorted.append(self.current)
            self.current = []

    def items(self, maxfiles: int = 128) -> Iterator[Any]:
        everything = [item for piece in self._sorted for item in piece]
        everything.extend(self.current)
        self._sorted, self.current = [], []
        everything.sort()
        return iter(everything)


class _Lengths:
    """A per-document reader whose field lengths come from memory, each field's length
    column read once (for the segment being written, whose paragraphs are few)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._fields: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        lengths = self._fields.get(fieldname)
        if lengths is None:
            read = self._reader.doc_field_length
            lengths = [read(n, fieldname, default) for n in range(self._reader.doc_count_all())]
            self._fields[fieldname] = lengths
        if 0 <= docnum < len(lengths):
            return lengths[docnum]
        return int(self._reader.doc_field_length(docnum, fieldname, default))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def install(writer: Any) -> Any:
    """Give a fresh segment writer the in-memory pool and lengths read once (left as it
    is otherwise)."""
    if isinstance(writer, SegmentWriter) and hasattr(writer, "_tempstorage"):
        writer.pool = ChunkedPool(writer._tempstorage, writer.newsegment)
        reader = writer.per_document_reader
        writer.per_document_reader = lambda: _Lengths(reader())
    return writer
