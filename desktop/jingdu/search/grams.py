"""The index's one searched field: each paragraph's characters and bigrams, with how
often each occurs and where each bigram first occurs, written a term at a time.

A paragraph that contains a string contains all of that string's bigrams, so the
paragraphs holding a query's rarest bigram are a superset of its matches (the check
that follows removes the rest). A one-character term, and a two-character one whose
characters differ, need no check at all: its postings are exactly the paragraphs that
hold it, and their weights are its counts there (two occurrences of such a bigram
cannot overlap, so the count is ``str.count``'s). Counts in the index let a common
term be ranked without reading its paragraphs' text, and first positions let a longer
one be found, or ruled out, in most of them without reading it (search/engine.py).

Whoosh's writer moves each posting through its pool, a sort and its field writer
one Python call at a time: six microseconds a posting, over a minute for the
twelve million postings of a fifteen-million-character library (``/tmp`` runs of
``benchmarks/search.py``). :class:`GramWriter` keeps the segment's paragraphs, works
out their postings in arrays at commit (search/gathered.py) and hands Whoosh's field
writer whole blocks: the files Whoosh's own writer makes, made in a fraction of the
time (``tests/search/test_grams.py`` compares the two).
"""

from __future__ import annotations

import pickle
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from operator import add, sub
from typing import Any, NamedTuple

import numpy as np
from whoosh.analysis import Token, Tokenizer
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.compat import dumps
from whoosh.formats import Frequency
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort, unpack_uint
from whoosh.util.numeric import length_to_byte

from jingdu.search import gathered
from jingdu.search.gathered import COUNT_BITS, DOC_SHIFT, MAX_COUNT, NO_FIRST

GRAMS = "grams"
"""The field's name in the schema."""
BLOCK = 1024
"""Postings in a block. Whoosh's default, 128, suits skipping through postings;
Jingdu reads a term's postings whole (search/postings.py), and each block costs a
few Python calls to read. Any reader of the index reads blocks of any size."""
SMALL_BLOCK = 16
"""Blocks of at most this many postings are stored uncompressed."""
_NO_LENGTH = length_to_byte(0)
"""What Whoosh records as a block's and a term's lengths when it is given none."""


class Grams(NamedTuple):
    """What the field holds for one paragraph."""

    counts: Counter[str]
    """How often each character and each bigram occurs."""
    firsts: dict[str, int]
    """Where each bigram first occurs."""


def bigrams(text: str) -> set[str]:
    """Every distinct pair of adjacent characters, punctuation and spaces included."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def grams(text: str) -> Grams:
    """How often each character and each pair of adjacent characters occurs in ``text``,
    and where each pair first occurs (what the field holds for a paragraph)."""
    pairs = list(map(add, text, text[1:]))
    counts = Counter(text)
    counts.update(pairs)
    # Built backwards, so that each pair's first position is the last one written (in C).
    firsts = dict(zip(reversed(pairs), range(len(pairs) - 1, -1, -1), strict=True))
    return Grams(counts, firsts)


def value(count: int, first: int) -> int:
    """A posting's value (GramFormat's): its count and its first position, in one
    32-bit number."""
    return min(first, NO_FIRST) << COUNT_BITS | min(count, MAX_COUNT)


class GramFormat(Frequency):  # type: ignore[misc]
    """Whoosh's Frequency postings, whose value also keeps where the gram first occurs
    in the paragraph (see :class:`Grams`): its high 16 bits; the count is the low ones.
    Named in the schema, which Whoosh saves with the index."""

    def word_values(self, value_: str, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        # What GramTokenizer's tokens would give, without a token per occurrence.
        found = grams(value_)
        for gram, n in found.counts.items():
            yield (
                gram,
                n,
                float(n) * self.field_boost,
                pack_uint(value(n, found.firsts.get(gram, NO_FIRST))),
            )

    def decode_frequency(self, valuestring: bytes) -> int:
        return int(unpack_uint(valuestring)[0] & MAX_COUNT)

    def decode_weight(self, valuestring: bytes) -> float:
        return float(self.decode_frequency(valuestring) * self.field_boost)


class GramTokenizer(Tokenizer):  # type: ignore[misc]
    """The field's analyzer, named in the schema (which Whoosh saves with the index):
    every character and every bigram, once per occurrence. Neither writer calls it
    (:class:`GramFormat` and :class:`GramWriter` work the grams out themselves); it says
    what the field holds to whatever else of Whoosh reads the schema."""

    def __call__(
        self, value: str, positions: bool = False, chars: bool = False, **kwargs: Any
    ) -> Iterator[Token]:
        token = Token(positions, chars, **kwargs)
        for gram in [*value, *map(add, value, value[1:])]:
            token.text = gram
            token.boost = 1.0
            yield token


class GramWriter:
    """Adds paragraphs to a Whoosh segment writer; their bigrams are gathered here and
    written with the segment when the writer commits."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.postings = 0
        """How many occurrences of grams are held (twice the characters): the caller
        commits when memory should be given back."""
        self._texts: list[str] = []
        self._docnums = array("Q")
        self._merged: tuple[list[int], list[int], list[int]] = ([], [], [])
        """Gram postings of segments Whoosh merges into this one: keys, docnums, values."""
        fieldwriter = writer.fieldwriter
        whooshs = fieldwriter.add_postings

        def add_postings(schema: Any, lengths: Any, items: Iterable[Any]) -> None:
            whooshs(schema, lengths, self._others(items))
            self._write(fieldwriter, schema[GRAMS])

        fieldwriter.add_postings = add_postings

    def add(self, text: str, **fields: Any) -> None:
        """Add a paragraph: ``fields`` as Whoosh's ``add_document`` takes them, ``text``
        what its grams are (see :func:`grams`; they are worked out at commit, for all
        the segment's paragraphs at once: search/gathered.py)."""
        self._docnums.append(self.writer.docnum)
        self.writer.add_document(**fields)
        self._texts.append(text)
        self.postings += 2 * len(text)

    def _others(self, items: Iterable[Any]) -> Iterator[Any]:
        """Whoosh's postings of the other fields; its gram postings (from segments it
        merges into this one) are kept to be written with the new ones."""
        keys, docnums, values = self._merged
        for item in items:
            if item[0] != GRAMS:
                yield item
                continue
            keys.append(gathered.key(item[1].decode("utf-8")))
            docnums.append(item[2])
            values.append(unpack_uint(item[4])[0])

    def _write(self, fieldwriter: Any, field: Any) -> None:
        docnums = np.array(self._docnums, np.uint64)
        found = gathered.postings(self._texts, docnums, self._merged)
        self._texts, self._docnums, self._merged = [], array("Q"), ([], [], [])
        started = False
        for gram, postings in found:  # in term order, as Whoosh's table wants
            if not started:
                fieldwriter.start_field(GRAMS, field)
                compression = fieldwriter._postwriter._compression
                field_id = pack_ushort(fieldwriter._fieldid)
                started = True
            info = _write_postings(fieldwriter._postfile, postings, compression)
            fieldwriter._tindex.add(field_id + gram.encode("utf-8"), info)
        if started:
            fieldwriter.finish_field()


def _write_postings(out: Any, postings: np.ndarray, compression: int) -> bytes:
    """Write a term's postings as Whoosh's W3 postings writer writes Frequency postings
    (tests/search/test_grams.py reads them back with Whoosh), and return its entry of
    the term table (W3TermInfo's bytes).

    Whoosh's writer takes some forty Python calls a term and several a posting; a large
    library has hundreds of thousands of terms, most with a posting or two, and this
    was most of a build's time. The lengths stay unknown (Jingdu scores with the
    paragraph store's): as Whoosh records a posting given none.
    """
    start = out.tell()
    out.write(WHOOSH3_HEADER_MAGIC)
    total, top = 0, 0
    for s in range(0, len(postings), BLOCK):
        block = postings[s : s + BLOCK]
        if len(block) > SMALL_BLOCK:
            ids, data, high, added = _large_block(block)
        else:
            ids, data, high, added = _small_block(block.tolist())
        total += added
        top = max(top, high)
        # Most terms of a large vocabulary have a posting or two: compressing their few
        # bytes costs more than storing them (each block says how it is stored).
        level = compression if len(block) > SMALL_BLOCK else 0
        if level:
            data = zlib.compress(data, level)
        info = dumps((len(block), ids[-1], float(high), level, 0, _NO_LENGTH), 2)
        length = len(info) + len(data)
        out.write_int(-length if s + BLOCK >= len(postings) else length)  # < 0: the last
        out.write(info)
        out.write(data)
    extent = out.tell() - start
    first_id, last_id = int(postings[0]) >> DOC_SHIFT, int(postings[-1]) >> DOC_SHIFT
    stats: bytes = W3TermInfo._struct.pack(
        False, float(total), len(postings), 0, _NO_LENGTH, float(top), first_id, last_id
    )
    extents: bytes = pack_long(start) + pack_int(extent)
    return stats + extents


def _small_block(block: list[int]) -> tuple[list[int], bytes, int, int]:
    """A block of a few postings, as Whoosh pickles one: tuples of Python numbers
    (smaller than arrays, and as quick to read, for a posting or two)."""
    ids = [p >> DOC_SHIFT for p in block]
    values = array("I", [p & 0xFFFFFFFF for p in block])
    counts = array("I", [p & MAX_COUNT for p in block])
    deltas = tuple(map(sub, ids, [0, *ids[:-1]]))
    data = dumps((deltas, _weights(counts, lambda: tuple(map(float, counts))), _values(values)), 2)
    return ids, data, max(counts), sum(counts)


def _large_block(block: Any) -> tuple[list[int], bytes, int, int]:
    """A block of many postings, with its numbers as arrays (pickled as their bytes):
    Whoosh's matchers read them as they read tuples, and search/postings.py turns them
    into numpy arrays without a Python call per posting (a tuple of a thousand numbers
    is a thousand objects to unpickle and convert)."""
    both = np.asarray(block, np.uint64)
    ids = (both >> DOC_SHIFT).astype(np.int64)
    values = array("I", (both & 0xFFFFFFFF).astype(np.uint32).tobytes())
    counts = array("I", (both & MAX_COUNT).astype(np.uint32).tobytes())
    steps = np.diff(ids, prepend=0)
    kind = "H" if int(steps.max()) <= 0xFFFF else "I"
    deltas = array(kind, steps.astype(np.dtype(kind)).tobytes())
    weights = _weights(counts, lambda: array("f", np.asarray(counts, np.float32).tobytes()))
    data = dumps((deltas, weights, _values(values)), pickle.HIGHEST_PROTOCOL)
    return [int(ids[-1])], data, max(counts), sum(counts)


def _weights(counts: array[int], listed: Any) -> Any:
    """A block's weights as Whoosh's ``_mini_weights`` keeps them: None if all are 1.0,
    one float if all are alike, else ``listed()``."""
    first = counts[0]
    if counts.count(first) == len(counts):
        return None if first == 1 else float(first)
    return listed()


def _values(values: array[int]) -> bytes:
    """The postings' values (:func:`value`), as Whoosh keeps fixed-size ones: big-endian
    uints, joined."""
    if sys.byteorder == "little":
        values = array("I", values)
        values.byteswap()
    return values.tobytes()
