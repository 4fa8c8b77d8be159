"""The text quotations are matched on, and the alignment that marks what differs.

Folded text (:mod:`jingdu.search.fold`: width, case, 繁→简) with punctuation and
whitespace set aside: a quotation reprinted with other punctuation, a line break or
full-width digits is the same run of characters. Each kept character remembers its
offset in the document, so a match found here points straight into the text.

Alignment is rapidfuzz's (MIT, in C): an LCS alignment of two such texts, read as
*regions* — runs of equal blocks with only small gaps between them — so that a
quotation with a word changed is one region, and the characters outside its equal
blocks are what differs.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from rapidfuzz.distance import Indel

_KEPT = re.compile(r"[^\W_]+")
"""Runs of letters, digits and Han characters: what a quotation is made of."""
_DROPPED = re.compile(r"[\W_]+")

MIN_BLOCK = 3
"""Equal runs shorter than this do not start a region: single characters (的, 发)
match anywhere."""
MAX_GAP = 4
"""A region goes on across a difference this long (on either side): a word changed."""


def kept(folded: str, base: int = 0) -> tuple[str, array[int]]:
    """The letters, digits and Han characters of ``folded``, and for each its offset
    (``base`` plus its index in ``folded``)."""
    parts: list[str] = []
    where: array[int] = array("l")
    for m in _KEPT.finditer(folded):
        parts.append(m.group())
        where.extend(range(base + m.start(), base + m.end()))
    return "".join(parts), where


class KeptMap:
    """Where each kept character of a text is in the document, by its runs: indexing it
    is :func:`kept`'s offsets without an array of every character (made for each place
    found, a thousand a passage in a large library)."""

    def __init__(self, folded: str, base: int = 0) -> None:
        self._kept: list[int] = []  # each run's first kept index
        self._at: list[int] = []  # …and its document offset
        n = 0
        for m in _KEPT.finditer(folded):
            self._kept.append(n)
            self._at.append(base + m.start())
            n += m.end() - m.start()

    def __getitem__(self, k: int) -> int:
        r = bisect_right(self._kept, k) - 1
        return self._at[r] + k - self._kept[r]


def kept_text(folded: str) -> str:
    """The letters, digits and Han characters of ``folded`` (:func:`kept` without the
    offsets: one pass in C)."""
    return _DROPPED.sub("", folded)


def adjacent_pairs(text: str, where: array[int]) -> list[tuple[int, str]]:
    """The pairs of neighbouring kept characters that were neighbours in the text too
    (no punctuation between): the bigrams the search index holds for them."""
    return [(i, text[i : i + 2]) for i in range(len(text) - 1) if where[i + 1] == where[i] + 1]


@dataclass
class Region:
    """Where two kept texts agree: ``a[a0:a1]`` against ``b[b0:b1]``."""

    a0: int
    a1: int
    b0: int
    b1: int
    blocks: list[tuple[int, int, int]] = field(default_factory=list)
    """The equal runs inside: (start in a, start in b, length)."""

    @cached_property
    def matched(self) -> int:
        """The characters the two spans share (read often: set when a region is made,
        by :func:`_widen`)."""
        return sum(n for _, _, n in self.blocks)

    @property
    def similarity(self) -> float:
        """How exactly the two spans agree: 1.0 is the same characters."""
        total = (self.a1 - self.a0) + (self.b1 - self.b0)
        return 2 * self.matched / total if total else 0.0

    def differing(self, side: str) -> list[tuple[int, int]]:
        """The spans of ``side`` ("a" or "b") inside the region that the other lacks."""
        lo, hi = (self.a0, self.a1) if side == "a" else (self.b0, self.b1)
        out, pos = [], lo
        for a, b, n in self.blocks:
            s = a if side == "a" else b
            if s > pos:
                out.append((pos, s))
            pos = s + n
        if pos < hi:
            out.append((pos, hi))
        return out


def regions(
    a: str, b: str, min_block: int = MIN_BLOCK, span: tuple[int, int, int, int] | None = None
) -> list[Region]:
    """The regions where ``a`` and ``b`` agree, in order. ``span``: (a0, a1, b0, b1),
    only ``a[a0:a1]`` and ``b[b0:b1]`` are aligned (each region is then widened past
    them, as far as the two agree)."""
    a0, a1, b0, b1 = span or (0, len(a), 0, len(b))
    out: list[Region] = []
    current: Region | None = None
    for m in Indel.opcodes(a[a0:a1], b[b0:b1]).as_matching_blocks():
        n = m.size
        if not n:
            continue
        x, y = m.a + a0, m.b + b0
        if current is not None and x - current.a1 <= MAX_GAP and y - current.b1 <= MAX_GAP:
            current.blocks.append((x, y, n))  # short blocks too, once a region is open
            current.a1, current.b1 = x + n, y + n
            continue
        if n < min_block:
            continue
        current = Region(x, x + n, y, y + n, [(x, y, n)])
        out.append(current)
    for r in out:  # a region ends on a long block, not on a stray character
        while len(r.blocks) > 1 and r.blocks[-1][2] < min_block:
            r.blocks.pop()
        _widen(r, a, b)
    return out


def _widen(r: Region, a: str, b: str) -> None:
    """Take in equal characters just outside the region (it ends where its last block
    does): the LCS alignment may have matched a region's first character (新 of
    新质生产力) to an earlier one."""
    x, y, n = r.blocks[0]
    while x > 0 and y > 0 and a[x - 1] == b[y - 1]:
        x, y, n = x - 1, y - 1, n + 1
    r.blocks[0] = (x, y, n)
    r.a0, r.b0 = x, y
    x, y, n = r.blocks[-1]
    while x + n < len(a) and y + n < len(b) and a[x + n] == b[y + n]:
        n += 1
    r.blocks[-1] = (x, y, n)
    r.a1, r.b1 = x + n, y + n
    r.__dict__["matched"] = sum(n for _, _, n in r.blocks)  # (set: read often)


SEED = 5
"""Length of the exact runs of ``a`` looked for in ``b`` to anchor a local alignment."""
NEAR = SEED + 2 * MAX_GAP
"""The farthest on in ``a`` a chain's next seed may be."""


def seeds_of(a: str, b: str) -> list[tuple[int, int]]:
    """Where ``a``'s runs of :data:`SEED` characters (every SEED characters) are in ``b``:
    (position in ``a``, position in ``b``)."""
    seeds = []
    for i in range(0, len(a) - SEED + 1, SEED):
        w = a[i : i + SEED]
        j = b.find(w)
        while j != -1:
            seeds.append((i, j))
            j = b.find(w, j + 1)
    return seeds


def chained(seeds: list[tuple[int, int]]) -> bool:
    """Whether two seeds (position in ``a``, in ``b``; sorted) follow one another on
    nearly the same diagonal, as :func:`local_regions` chains them."""
    for n, (k1, j1) in enumerate(seeds):
        for k2, j2 in seeds[n + 1 :]:
            if k2 - k1 > NEAR:
                break
            if k2 > k1 and abs((j2 - k2) - (j1 - k1)) <= MAX_GAP:
                return True
    return False


def local_regions(
    a: str,
    b: str,
    min_block: int = MIN_BLOCK,
    min_seeds: int = 1,
    seeds: list[tuple[int, int]] | None = None,
) -> list[Region]:
    """The regions where ``a`` and ``b`` agree, each aligned where it is: runs of ``a``
    found in ``b`` (every :data:`SEED` characters) are chained along their diagonal,
    and each chain's stretch of both texts is aligned on its own.

    One alignment of the whole of both (:func:`regions`) is global: when a passage's
    quotation stands early in it and late in a long paragraph, matching the rest of
    the passage against the rest of the paragraph's common words may win, and the
    quotation is lost. A chain of fewer than ``min_seeds`` seeds is left out (a long
    quotation holds several, a common word one). ``seeds``: the (position in ``a``,
    position in ``b``) of the seeds, when the caller found them already."""
    if seeds is None:
        seeds = seeds_of(a, b)
    if len({i for i, _ in seeds}) < min_seeds:
        return []
    if len(a) < SEED and a:  # a passage shorter than a seed: found whole, or not
        j = b.find(a)
        while j != -1:
            seeds.append((0, j))
            j = b.find(a, j + 1)
    spans = []
    for chain in _chains(sorted(seeds)):
        if len(chain) < min_seeds:
            continue
        js = [j for _, j in chain]
        spans.append(chain_span(chain[0][0], chain[-1][0], min(js), max(js), len(a), len(b)))
    return aligned_regions(a, b, min_block, spans)


REACH = SEED + 2 * MAX_GAP
"""A chain's stretch of both texts goes this far past its seeds: a seed broken by a
changed word is aligned too."""


def chain_span(
    first: int, last: int, low: int, high: int, a_size: int, b_size: int
) -> tuple[int, int, int, int]:
    """The stretch of both texts a chain of seeds is aligned on: from its ``first`` to
    its ``last`` seed in ``a``, from its ``low``-est to its ``high``-est in ``b``."""
    return (
        max(0, first - REACH),
        min(a_size, last + SEED + REACH),
        max(0, low - REACH),
        min(b_size, high + SEED + REACH),
    )


def aligned_regions(
    a: str, b: str, min_block: int, spans: list[tuple[int, int, int, int]]
) -> list[Region]:
    """The regions of each span (a0, a1, b0, b1) of both texts aligned on its own, in
    order (:func:`local_regions`: each chain's stretch)."""
    found: list[Region] = []
    for span in spans:
        found.extend(regions(a, b, min_block, span))
    if len(found) < 2:
        return found
    # Chains of one quotation (a repeated word started another) give overlapping
    # regions: the one sharing most stands.
    out: list[Region] = []
    for r in sorted(found, key=lambda r: -r.matched):
        if not any(r.a0 < o.a1 and o.a0 < r.a1 and r.b0 < o.b1 and o.b0 < r.b1 for o in out):
            out.append(r)
    out.sort(key=lambda r: (r.a0, r.b0))
    return out


def _chains(seeds: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The seeds (sorted) in chains: each joins the chain it continues — its last seed
    not far back (:data:`NEAR`) on nearly the same diagonal, the nearest diagonal
    and then the earliest chain — or starts one. The seeds come in the order of
    ``a``, so a chain left :data:`NEAR` behind is joined no more and is not read again
    (a long paragraph repeating a common word holds hundreds of one-seed chains)."""
    chains: list[list[tuple[int, int]]] = []
    live: list[list[Any]] = []  # [its last seed's i, its diagonal, the chain], oldest first
    for i, j in seeds:
        d = j - i
        best = None
        least = MAX_GAP + 1
        stale = False
        for c in live:
            step = i - c[0]
            if step > NEAR:
                stale = True
            elif step > 0:
                drift = abs(d - c[1])
                if drift < least:
                    best, least = c, drift
        if stale:
            live = [c for c in live if i - c[0] <= NEAR]
        if best is None:
            chain = [(i, j)]
            chains.append(chain)
            live.append([i, d, chain])
        else:
            best[2].append((i, j))
            best[0], best[1] = i, d
    return chains


class Offsets(Protocol):
    """The document offset of each kept character: an array, a :class:`KeptMap`…"""

    def __getitem__(self, k: int, /) -> int: ...


def to_offsets(spans: list[tuple[int, int]], where: Offsets) -> list[tuple[int, int]]:
    """Spans of kept characters as document offsets (a span covers what lies between
    its first and last character: punctuation inside a changed word goes with it)."""
    return [(where[s], where[e - 1] + 1) for s, e in spans if e > s]
