"""A passage's candidate paragraphs read all at once, in numpy: their kept text, the
passage's seeds they hold and the chains of those, the document offsets of the
places found.

At 50x a passage has a few thousand candidates: each step a candidate at a time, in
Python, took most of a lookup's time. (numpy loads with the first lookup: the window
does not import this module when it starts.)

A seed is a run of :data:`~jingdu.study.matching.SEED` kept characters of the passage
(one every SEED characters, as :func:`~jingdu.study.matching.seeds_of` finds them in
one text). A quotation long enough holds two seeds one after the other on nearly
the same diagonal (a *chain*, :func:`~jingdu.study.matching.chained`); a paragraph
that holds none is no quotation of the passage and is not aligned. Here the
candidates' texts are one array of code points; each position's next SEED
characters are one integer (the characters as digits in the base of the passage's
alphabet, a character the passage lacks being 0, which no seed has), so a seed's
places are where that integer is a seed's, and the chains are found by sorting.
Where a candidate's seeds chain plainly (each on its own diagonal: a quotation,
exact or with words changed), its chains are read here too, and only their
stretches are aligned (:func:`~jingdu.study.matching.aligned_regions`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache
from itertools import accumulate, pairwise
from typing import NamedTuple

import numpy as np

from jingdu.search.codes import narrow
from jingdu.study.matching import (
    MAX_GAP,
    NEAR,
    REACH,
    SEED,
    KeptMap,
    Region,
    aligned_regions,
    chained,
    kept_text,
    local_regions,
    seeds_of,
)


def kept_texts(folded: list[str]) -> list[str]:
    """:func:`kept_text` of many texts at once (the thousands of candidates of a
    passage at 50x: a regular expression's pass each took a tenth of a second). The
    texts are joined by line breaks (a paragraph has none) and their characters
    looked up in :func:`_kept_table`."""
    joined = "\n".join(folded)
    codes = _codes(joined, len(folded))
    if codes is None:
        return [kept_text(t) for t in folded]
    kept_codes: bytes = codes[np.take(_kept_table(), codes)].tobytes()
    return kept_codes.decode("utf-16-le").split("\n")


@cache
def _kept_table() -> np.ndarray:
    """Whether :func:`kept_text` keeps each character of the Basic Multilingual Plane
    (made with it, once; line breaks are kept too, as the texts' separator)."""
    every = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, bool)
    table[np.frombuffer(kept_text(every).encode("utf-32-le"), np.uint32)] = True
    table[ord("\n")] = True
    return table


class KeptAt:
    """One text's :class:`KeptMap` read from :func:`kept_maps`' array of many."""

    def __init__(self, at: np.ndarray, first: int, shift: int) -> None:
        self._at, self._first, self._shift = at, first, shift

    def __getitem__(self, k: int) -> int:
        return int(self._at[self._first + k]) + self._shift


def kept_maps(folded: list[str], bases: list[int]) -> list[KeptMap | KeptAt]:
    """:class:`KeptMap` of many texts (text ``n`` starting at offset ``bases[n]``) at
    once: a thousand places found a passage at 50x, a regular expression's pass each
    took a tenth of the lookup."""
    joined = "\n".join(folded)
    codes = _codes(joined, len(folded))
    if codes is None:
        return [KeptMap(t, base) for t, base in zip(folded, bases, strict=True)]
    at = np.flatnonzero(np.take(_kept_table(), codes))  # (a text's line break follows its own)
    starts = [0, *accumulate(len(t) + 1 for t in folded)][:-1]
    firsts = np.searchsorted(at, starts).tolist()
    return [
        KeptAt(at, first, base - start)
        for first, start, base in zip(firsts, starts, bases, strict=True)
    ]


def _codes(joined: str, texts: int) -> np.ndarray | None:
    """The code points of texts joined by line breaks, if all are in
    :func:`_kept_table` (one UTF-16 unit each) and no text has a line break of its own
    (a paragraph has none)."""
    if not texts or joined.count("\n") != texts - 1:
        return None
    return narrow(joined)


def most_held(postings: list[array[int]], least: int) -> list[int]:
    """The paragraphs in ``least`` of the ``postings`` (ascending paragraph numbers) or
    more, the most held first (in C: a probe's postings may hold tens of thousands of
    paragraphs at 50x)."""
    held = [np.frombuffer(p, np.uintc) for p in postings]
    hits = np.bincount(np.concatenate(held)) if held else np.zeros(0, np.int64)
    found = np.flatnonzero(hits >= least)
    return found[np.argsort(-hits[found], kind="stable")].tolist()  # type: ignore[no-any-return]


_LIMIT = 2**62
"""Keys must stay below this (int64): past it, a text at a time (never at MAX_PASSAGE)."""


class Seeded(NamedTuple):
    """A text's seeds, when they hold a chain."""

    seeds: list[tuple[int, int]]
    """(position in the passage, position in the text), sorted: those of
    :func:`~jingdu.study.matching.seeds_of` with another one near (:func:`near_seeds`), the
    seeds that may be in a chain."""
    shared: int
    """Characters the text has in common with the passage, in order, at least: the
    seeds on its most held diagonal (so that an alignment is known to be worth it)."""
    spans: list[tuple[int, int, int, int]] | None = None
    """The stretches its chains give to align (:func:`~jingdu.study.matching.aligned_regions`),
    when its seeds chain plainly (``seeds`` is empty then); None: its seeds are
    chained by :func:`~jingdu.study.matching.local_regions`."""


def chained_seeds(q: str, texts: list[str]) -> dict[int, Seeded]:
    """For each text (by its index in ``texts``) holding a chain of ``q``'s seeds
    (:func:`chained`), its seeds."""
    starts = range(0, len(q) - SEED + 1, SEED)
    if not starts or not texts:
        return {}
    alphabet = sorted(set(q))
    base = len(alphabet) + 1
    sizes_of = np.fromiter(map(len, texts), np.int64, len(texts))
    longest = int(sizes_of.max())
    diagonals = longest + len(q) + 2 * MAX_GAP + 2
    if base**SEED >= _LIMIT or len(texts) * (len(q) + NEAR + 1) * diagonals >= _LIMIT:
        return _one_at_a_time(q, texts)
    big = "\n".join(texts)  # (kept text has no line breaks: no seed crosses one)
    if len(big) < SEED:
        return {}
    codes = np.frombuffer(big.encode("utf-32-le"), dtype=np.uint32)
    digit = np.zeros(0x110000, np.uint16)  # (by code point; 0: not in the passage)
    digit[[ord(ch) for ch in alphabet]] = np.arange(1, base, dtype=np.uint16)
    digits = np.take(digit, codes)
    n = len(codes) - SEED + 1
    seed_keys = np.array([_key(q[k : k + SEED], alphabet, base) for k in starts], np.int64)
    order = np.argsort(seed_keys, kind="stable")
    sorted_keys, sorted_starts = seed_keys[order], np.array(starts, np.int64)[order]
    # Only where a seed's first character is: its next SEED characters as one number.
    opens = np.zeros(base, bool)
    opens[[alphabet.index(q[k]) + 1 for k in starts]] = True
    pos = np.flatnonzero(np.take(opens, digits[:n]))
    keys = np.take(digits, pos).astype(np.int64)
    for t in range(1, SEED):
        keys *= base
        keys += np.take(digits, pos + t)
    lo = np.searchsorted(sorted_keys, keys, "left")
    hit = np.flatnonzero(sorted_keys.take(lo, mode="clip") == keys)
    if not len(hit):
        return {}
    pos, keys, lo = pos[hit], keys[hit], lo[hit]
    many = np.searchsorted(sorted_keys, keys, "right") - lo  # (a run the passage has twice)
    if many.max() > 1:
        pos = np.repeat(pos, many)
        within = np.arange(len(pos)) - np.repeat(np.cumsum(many) - many, many)
        lo = np.repeat(lo, many) + within
    k = sorted_starts[lo]
    bounds = np.r_[0, np.cumsum(sizes_of + 1)]
    text = np.searchsorted(bounds, pos, "right") - 1
    j = pos - bounds[text]
    # Each seed as one number, sorted (by text, then k, then j); a chain is a seed with
    # another one or two seeds on (k + SEED, k + 2 SEED) within MAX_GAP of its diagonal.
    row = text * (len(q) + NEAR + 1) + k
    packed = row * diagonals + (j - k + len(q))  # (the diagonal, >= 0)
    order = np.argsort(packed)
    packed, text, k, j = packed[order], text[order], k[order], j[order]
    # For each seed, how many seeds are near it after and before it (a chain's next or
    # last seed, :func:`~jingdu.study.matching._chains`), the nearest one before, and
    # whether each near one is alone at its step and on the very same diagonal.
    after = np.zeros(len(packed), np.int64)
    before = np.zeros(len(packed), np.int64)
    last_at = np.full(len(packed), -1, np.int64)
    straight = np.ones(len(packed), bool)
    for step in range(SEED, NEAR + 1, SEED):
        for shift, count in ((step, after), (-step, before)):
            ahead = packed + shift * diagonals
            lo = np.searchsorted(packed, ahead - MAX_GAP, "left")
            held = np.searchsorted(packed, ahead + MAX_GAP, "right") - lo
            count += held
            straight &= (held == 0) | ((held == 1) & (packed.take(lo, mode="clip") == ahead))
            if shift < 0:
                last_at = np.where((last_at < 0) & (held > 0), lo, last_at)
    firsts = np.flatnonzero(np.r_[True, text[1:] != text[:-1]])
    sizes = np.diff(np.r_[firsts, len(text)])
    chain = np.logical_or.reduceat(after > 0, firsts)
    # The seeds on one diagonal are that many runs the two texts share, in order.
    runs, on_one = np.unique(text * diagonals + (j - k + len(q)), return_counts=True)
    most = np.maximum.reduceat(on_one, np.flatnonzero(np.r_[True, np.diff(runs // diagonals) != 0]))
    # A seed with no other near it is a chain of its own, which no seed joins and
    # which gives no region (a chain needs two): only the others are handed on. In a
    # text whose near seeds are all on their own diagonals, at most one at each step
    # (a quotation, exact or with words changed), the chains are the runs of seeds
    # on a diagonal, read here: the other texts' seeds go to local_regions.
    near = (after > 0) | (before > 0)
    plain = np.logical_and.reduceat(straight, firsts) & chain
    in_plain = np.repeat(plain, sizes)
    keep = np.repeat(chain & ~plain, sizes) & near
    pairs = list(zip(k[keep].tolist(), j[keep].tolist(), strict=True))
    cuts = [0, *accumulate(np.add.reduceat(keep.astype(np.int64), firsts)[chain].tolist())]
    spans = _chain_spans(len(q), sizes_of, text, k, j, near & in_plain, before, last_at)
    return {
        t: Seeded(pairs[a:b], shared, spans[t] if is_plain else None)
        for t, shared, is_plain, a, b in zip(
            text[firsts[chain]].tolist(),
            (most[chain] * SEED).tolist(),
            plain[chain].tolist(),
            cuts,
            cuts[1:],
            strict=False,
        )
    }


def _chain_spans(
    size: int,
    sizes: np.ndarray,
    text: np.ndarray,
    k: np.ndarray,
    j: np.ndarray,
    linked: np.ndarray,
    before: np.ndarray,
    last_at: np.ndarray,
) -> dict[int, list[tuple[int, int, int, int]]]:
    """The stretches (:func:`~jingdu.study.matching.chain_span`) of the chains of the
    ``linked`` seeds (sorted by text, k, j; each chained to the nearest seed before it,
    ``last_at``, on its diagonal), by text, in the order of their first seeds."""
    seeds = np.flatnonzero(linked)
    if not len(seeds):
        return {}
    root = np.arange(len(text))
    root[seeds] = np.where(before[seeds] > 0, last_at[seeds], seeds)
    while True:  # (each seed to its chain's first: halving the way each time)
        further = root[root[seeds]]
        if np.array_equal(further, root[seeds]):
            break
        root[seeds] = further
    order = seeds[np.lexsort((seeds, root[seeds]))]
    heads = np.flatnonzero(np.r_[True, root[order][1:] != root[order][:-1]])
    first = order[heads]
    last_k = np.maximum.reduceat(k[order], heads)
    low = np.minimum.reduceat(j[order], heads)
    high = np.maximum.reduceat(j[order], heads)
    # chain_span's stretches (``sizes``: the texts' lengths), for all at once.
    spans = list(
        zip(
            np.maximum(k[first] - REACH, 0).tolist(),
            np.minimum(last_k + SEED + REACH, size).tolist(),
            np.maximum(low - REACH, 0).tolist(),
            np.minimum(high + SEED + REACH, sizes[text[first]]).tolist(),
            strict=True,
        )
    )
    which = text[first]
    cuts = [0, *(np.flatnonzero(which[1:] != which[:-1]) + 1).tolist(), len(which)]
    texts = which.tolist()
    return {texts[a]: spans[a:b] for a, b in pairwise(cuts)}


def seeded_regions(a: str, b: str, min_block: int, held: Seeded) -> list[Region]:
    """The regions where ``a`` and ``b`` agree, from ``b``'s seeds (``held``): what
    :func:`~jingdu.study.matching.local_regions` finds with chains of two seeds."""
    if held.spans is not None:
        return aligned_regions(a, b, min_block, held.spans)
    return local_regions(a, b, min_block, 2, held.seeds)


def _key(run: str, alphabet: list[str], base: int) -> int:
    key = 0
    for ch in run:
        key = key * base + alphabet.index(ch) + 1
    return key


def _one_at_a_time(q: str, texts: list[str]) -> dict[int, Seeded]:
    out = {}
    for t, b in enumerate(texts):
        seeds = sorted(seeds_of(q, b))
        if chained(seeds):
            shared = SEED * max(Counter(j - i for i, j in seeds).values())
            out[t] = Seeded(near_seeds(seeds), shared)
    return out


def near_seeds(seeds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The seeds (sorted) with another one on nearly the same diagonal (MAX_GAP) at most
    NEAR on or back in the passage: a chain's seeds are."""
    at = [i for i, _ in seeds]
    return [
        (i, j)
        for i, j in seeds
        if any(
            i != i2 and abs((j2 - i2) - (j - i)) <= MAX_GAP
            for i2, j2 in seeds[bisect_left(at, i - NEAR) : bisect_right(at, i + NEAR)]
        )
    ]
