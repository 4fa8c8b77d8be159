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
from dataclasses import dataclass, field

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

    @property
    def matched(self) -> int:
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


def regions(a: str, b: str, min_block: int = MIN_BLOCK) -> list[Region]:
    """The regions where ``a`` and ``b`` agree, in order."""
    blocks = [(m.a, m.b, m.size) for m in Indel.opcodes(a, b).as_matching_blocks() if m.size]
    out: list[Region] = []
    current: Region | None = None
    for x, y, n in blocks:
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
        x, y, n = r.blocks[-1]
        r.a1, r.b1 = x + n, y + n
        _widen(r, a, b)
    return out


def _widen(r: Region, a: str, b: str) -> None:
    """Take in equal characters just outside the region: the LCS alignment may have
    matched a region's first character (新 of 新质生产力) to an earlier one."""
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


def to_offsets(spans: list[tuple[int, int]], where: array[int]) -> list[tuple[int, int]]:
    """Spans of kept characters as document offsets (a span covers what lies between
    its first and last character: punctuation inside a changed word goes with it)."""
    return [(where[s], where[e - 1] + 1) for s, e in spans if e > s]
