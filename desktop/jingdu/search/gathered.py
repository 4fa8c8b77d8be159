"""A segment's gram postings worked out in arrays, for all its paragraphs at once.

Counting each paragraph's characters and bigrams with a Counter and appending each to
its gram's list took a Python call or two per gram per paragraph: most of a large
library's build. Here the segment's text is one array of code points; its characters
and bigrams are keys, sorted once (stably, so each key's occurrences stay in paragraph
and position order); runs of one key in one paragraph are its postings, their lengths
the counts and their first positions where the bigram first occurs. What it gives is
what :func:`jingdu.search.grams.grams` says a paragraph holds
(``tests/search/test_grams.py`` compares the index with Whoosh's own writer's).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

COUNT_BITS = 16
MAX_COUNT = (1 << COUNT_BITS) - 1
"""A count is kept beside its paragraph number in one integer; counts past this
(a character 65,535 times in one paragraph) are kept as this: BM25 has long stopped
telling such counts apart."""
NO_FIRST = 0xFFFF
"""A posting's first position when none is kept: a character's (a character is found
from its postings alone), or a bigram's first found past 65,534 characters in."""
DOC_SHIFT = 32
"""A posting, packed: ``docnum << DOC_SHIFT | first << COUNT_BITS | count``; its low 32
bits are the value Whoosh keeps for it (search/grams.py's GramFormat)."""

_SECOND = 22
"""A key is a character's code point shifted by this much, plus the next one's plus 1
for a bigram (0 for a character alone): keys sort as the grams' strings do, and so
as their UTF-8 bytes, the order Whoosh's term table wants ("a" < "ab" < "b")."""
_LOW = (1 << _SECOND) - 1


def postings(
    texts: Sequence[str],
    docnums: np.ndarray,
    merged: tuple[list[int], list[int], list[int]] | None = None,
) -> Iterator[tuple[str, np.ndarray]]:
    """Each gram of ``texts`` (paragraphs numbered ``docnums``, ascending) in term order,
    with its postings, packed (:data:`DOC_SHIFT`; ``uint64``, ascending). ``merged``:
    postings from segments Whoosh merges into this one, as (keys, docnums, values)
    (see :func:`key`)."""
    keys, runs = _runs(texts, docnums)
    if merged is not None and merged[0]:
        keys = np.concatenate([keys, np.array(merged[0], np.uint64)])
        extra = np.array(merged[1], np.uint64) << np.uint64(DOC_SHIFT) | np.array(
            merged[2], np.uint64
        )
        runs = np.concatenate([runs, extra])
        order = np.lexsort((runs, keys))
        keys, runs = keys[order], runs[order]
    if not len(keys):
        return
    bounds = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = [0, *bounds.tolist()]
    ends = [*bounds.tolist(), len(keys)]
    for k, s, e in zip(keys[starts].tolist(), starts, ends, strict=True):
        second = (k & _LOW) - 1
        gram = chr(k >> _SECOND) if second < 0 else chr(k >> _SECOND) + chr(second)
        yield gram, runs[s:e]


def key(gram: str) -> int:
    """A gram's sort key (see :data:`_SECOND`)."""
    return ord(gram[0]) << _SECOND | (ord(gram[1]) + 1 if len(gram) > 1 else 0)


def _runs(texts: Sequence[str], docnums: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (gram, paragraph) posting: its key, and its packed posting, sorted by key
    then paragraph."""
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, np.uint64), np.zeros(0, np.uint64)
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
    codes = codes.astype(np.uint64)
    para = np.repeat(np.arange(len(texts)), lengths)
    begins = np.zeros(len(texts), np.int64)
    np.cumsum(lengths[:-1], out=begins[1:])
    pos = np.arange(total) - begins[para]
    pair = np.flatnonzero(para[1:] == para[:-1])  # a bigram starts here: same paragraph
    keys = np.concatenate(
        [
            codes << np.uint64(_SECOND),
            codes[pair] << np.uint64(_SECOND) | (codes[pair + 1] + np.uint64(1)),
        ]
    )
    paras = np.concatenate([para, para[pair]])
    firsts = np.concatenate([np.full(total, NO_FIRST, np.int64), np.minimum(pos[pair], NO_FIRST)])
    order = np.argsort(keys, kind="stable")  # (each key's occurrences stay in text order)
    keys, paras, firsts = keys[order], paras[order], firsts[order]
    new = np.ones(len(keys), bool)
    new[1:] = (keys[1:] != keys[:-1]) | (paras[1:] != paras[:-1])
    at = np.flatnonzero(new)
    counts = np.minimum(np.diff(np.append(at, len(keys))), MAX_COUNT)
    runs = (
        docnums[paras[at]].astype(np.uint64) << np.uint64(DOC_SHIFT)
        | firsts[at].astype(np.uint64) << np.uint64(COUNT_BITS)
        | counts.astype(np.uint64)
    )
    return keys[at], runs
