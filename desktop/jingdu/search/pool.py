"""Whoosh's posting pool, sorted in small pieces so that the window never freezes.

Whoosh sorts every posting of a commit with one ``sorted()`` call: for 100 new
articles that is 1.2 million tuples compared in C for about two seconds while
the GIL is held, and the window's thread cannot run (measured: a 2 s freeze in
``benchmarks/import_window.py``). This pool sorts each 20,000 postings as they
come (a few milliseconds each) and merges the sorted pieces with ``heapq.merge``,
Python code that hands the GIL over as it goes. Everything stays in memory, as
with Whoosh's own pool under its memory limit: no runs spill to disk.
"""

from __future__ import annotations

import gc
import heapq
from collections.abc import Iterator
from contextlib import contextmanager
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
        self.current.sort()
        pieces = [*self._sorted, self.current]
        self._sorted, self.current = [], []
        return heapq.merge(*pieces)


def install(writer: Any) -> Any:
    """Give a fresh segment writer the chunked pool (left as it is otherwise)."""
    if isinstance(writer, SegmentWriter) and hasattr(writer, "_tempstorage"):
        writer.pool = ChunkedPool(writer._tempstorage, writer.newsegment)
    return writer


@contextmanager
def no_collection() -> Iterator[None]:
    """Run a commit without the cyclic garbage collector: its full passes over the
    million short-lived posting tuples hold the GIL for a few hundred milliseconds
    (the window froze); the tuples hold no cycles, and are freed by reference counting."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
