"""A term's postings read whole, into arrays: which index entries hold it, and how often.

Whoosh's matchers hand out postings one Python call at a time (a tenth of a
millisecond per thousand), made for skipping through postings while scoring them.
Jingdu wants every posting of a term at once, to count and rank them in arrays: a
common character is in most of a large library's paragraphs. Each of Whoosh's blocks
is one compressed pickle of the block's paragraph numbers (as differences), weights
and values, the first pickled as an array by Jingdu's writer and the last Whoosh's
bytes (search/grams.py): :func:`read` decodes each block in a few calls and adds the
differences up in C. The values hold the counts and first positions.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Any, NamedTuple

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.system import unpack_uint

from jingdu.search.gathered import COUNT_BITS, MAX_COUNT


class Postings(NamedTuple):
    """A term's postings, as arrays in index order."""

    ids: np.ndarray
    """Index entry numbers (``int64``)."""
    counts: np.ndarray
    """The term's count in each (``float32``)."""
    firsts: np.ndarray
    """Where a bigram first occurs in each (``int64``; NO_FIRST if not kept)."""


def read(reader: Any, field: str, term: str) -> Postings:
    """Every posting of ``term`` in ``field`` in the index ``reader`` reads, deleted
    entries included (the caller's map of entries leaves them out)."""
    text = term.encode("utf-8")
    ids: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for leaf, offset in reader.leaf_readers():
        if (field, text) not in leaf:
            continue
        matcher = leaf.postings(field, text)
        while isinstance(matcher, FilterMatcher):  # deletions: see the docstring
            matcher = matcher.child
        for block_ids, block_values in _blocks(matcher):
            ids.append(block_ids + offset)
            values.append(block_values)
    if not ids:
        return Postings(np.zeros(0, np.int64), np.zeros(0, np.float32), np.zeros(0, np.int64))
    both = np.concatenate(values).astype(np.int64)
    counts = (both & MAX_COUNT).astype(np.float32)
    return Postings(np.concatenate(ids), counts, both >> COUNT_BITS)


def _blocks(matcher: Any) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Each block's entry numbers and values (GramFormat's: count and first position)."""
    if not isinstance(matcher, W3LeafMatcher):  # a term with one posting is kept inline
        found = []
        while matcher.is_active():
            found.append((matcher.id(), unpack_uint(matcher.value())[0]))
            matcher.next()
        if found:
            yield (
                np.array([i for i, _ in found], np.int64),
                np.array([v for _, v in found], np.uint32),
            )
        return
    while True:
        if matcher._data is None:
            matcher._read_data()
        deltas, values = matcher._data[0], matcher._data[2]
        n = matcher._blocklength
        yield np.cumsum(_array(deltas, n), dtype=np.int64), np.frombuffer(values, ">u4")
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def _array(numbers: Any, n: int) -> np.ndarray:
    """A block's entry numbers (as differences): read in place from the arrays Jingdu's
    writer pickles (search/grams.py), converted from the tuples of a small block."""
    if isinstance(numbers, array):
        return np.frombuffer(numbers, np.dtype(numbers.typecode))
    return np.fromiter(numbers, np.int64, n)
