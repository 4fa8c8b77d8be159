"""A term's postings read whole, into arrays: which index entries hold it, and how often.

Whoosh's matchers hand out postings one Python call at a time (a tenth of a
millisecond per thousand), made for skipping through postings while scoring them.
Jingdu wants every posting of a term at once, to count and rank them in arrays: a
common character is in most of a large library's paragraphs. Each of Whoosh's blocks
is one compressed pickle of the block's paragraph numbers (as differences) and
weights, which Jingdu's writer pickles as arrays (search/grams.py): :func:`read`
decodes each block in a few calls and adds the differences up in C.
"""

from __future__ import annotations

from array import array
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

Postings = tuple[np.ndarray, np.ndarray]
"""Index entry numbers (``int64``) and the term's counts in them (``float32``)."""


def read(reader: Any, field: str, term: str) -> Postings:
    """Every posting of ``term`` in ``field`` in the index ``reader`` reads, deleted
    entries included (the caller's map of entries leaves them out)."""
    text = term.encode("utf-8")
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for leaf, offset in reader.leaf_readers():
        if (field, text) not in leaf:
            continue
        matcher = leaf.postings(field, text)
        while isinstance(matcher, FilterMatcher):  # deletions: see the docstring
            matcher = matcher.child
        for block_ids, block_weights in _blocks(matcher):
            ids.append(block_ids + offset)
            weights.append(block_weights)
    if not ids:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    return np.concatenate(ids), np.concatenate(weights)


def _blocks(matcher: Any) -> Any:
    if not isinstance(matcher, W3LeafMatcher):  # a term with one posting is kept inline
        found = []
        while matcher.is_active():
            found.append((matcher.id(), matcher.weight()))
            matcher.next()
        if found:
            yield (
                np.array([i for i, _ in found], np.int64),
                np.array([w for _, w in found], np.float32),
            )
        return
    while True:
        if matcher._data is None:
            matcher._read_data()
        deltas, weights = matcher._data[0], matcher._data[1]
        n = matcher._blocklength
        block_ids = np.cumsum(_array(deltas, n), dtype=np.int64)
        if weights is None:
            block_weights = np.ones(n, np.float32)
        elif isinstance(weights, float):
            block_weights = np.full(n, weights, np.float32)
        else:
            block_weights = _array(weights, n).astype(np.float32, copy=False)
        yield block_ids, block_weights
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def _array(numbers: Any, n: int) -> np.ndarray:
    """A block's numbers as an array: read in place from the arrays Jingdu's writer
    pickles (search/grams.py), converted from the tuples of a small block."""
    if isinstance(numbers, array):
        return np.frombuffer(numbers, np.dtype(numbers.typecode))
    return np.fromiter(numbers, np.float64 if isinstance(numbers[0], float) else np.int64, n)
