"""Splitting a compilation booklet into its pieces.

A compilation (001 in the bundled corpus) lost its article titles in
extraction. What survives is the shape: an opening report, a run of quotations
each closed by a source line (——2024 年 1 月 31 日，习近平在…), then
commentaries and essays each closed by a signature line.
"""

from __future__ import annotations

import re
from collections import Counter

from jingdu.corpus.structure import Para

_MIN_BYLINES = 3
_SPEAKER = re.compile(r"，\s*([\u4e00-\u9fff]{2,4}?)在")


def split_pieces(paras: list[Para]) -> list[list[Para]]:
    """The pieces of a compilation, or ``[paras]`` when the source is one article."""
    bylines = [i for i, p in enumerate(paras) if p.byline]
    if len(bylines) < _MIN_BYLINES:
        return [paras]
    cuts: set[int] = set()
    for i in bylines:
        # A piece ends after its signature, and after a date line that follows it.
        if i + 1 < len(paras) and not paras[i + 1].byline:
            cuts.add(i + 1)
    q_start, q_end = _quotation_run(paras)
    if q_start >= 0:
        cuts.update({q_start, q_end + 1})
    cuts.update(_unsigned_boundaries(paras, sorted(cuts)))
    bounds = sorted(c for c in cuts if 0 < c < len(paras))
    pieces, prev = [], 0
    for c in bounds:
        pieces.append(paras[prev:c])
        prev = c
    pieces.append(paras[prev:])
    return [p for p in pieces if any(x.kind != "signature" for x in p)]


def _unsigned_boundaries(paras: list[Para], cuts: list[int]) -> set[int]:
    """Where a piece without a signature ends: its successor numbers its sections from 一 again.

    The successor's introduction is taken to be the one paragraph before its 一、
    heading, the commonest shape in the booklet.
    """
    out: set[int] = set()
    highest = 0
    for i, p in enumerate(paras):
        if i in cuts:
            highest = 0
        if p.kind != "heading" or p.level != 1:
            continue
        n = _section_number(p.text)
        if n == 1 and highest >= 2:
            start = i - 1 if i > 0 and paras[i - 1].kind == "body" else i
            out.add(start)
            highest = 1
        elif n:
            highest = max(highest, n)
    return out


_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def _section_number(text: str) -> int:
    return _CN_DIGITS.get(text[:1], 0) if len(text) == 1 or text[1:2] in "、.．" else 0


def _quotation_run(paras: list[Para]) -> tuple[int, int]:
    """First and last paragraph of the longest run of quotations, or (-1, -1)."""
    cites = [i for i, p in enumerate(paras) if p.kind == "signature" and p.text.startswith("——")]
    if len(cites) < 3:
        return -1, -1
    best: tuple[int, int] = (-1, -1)
    run_start = cites[0]
    for a, b in zip(cites, [*cites[1:], None], strict=True):
        if b is None or b - a > 4:
            if best[0] < 0 or a - run_start > best[1] - best[0]:
                best = (run_start, a)
            if b is not None:
                run_start = b
    first, last = best
    while first > 0 and paras[first - 1].kind == "quote":
        first -= 1
    return first, last


def quotation_title(piece: list[Para]) -> str:
    """A title for a run of quotations: whose words they are, and how many."""
    cites = [p.text for p in piece if p.kind == "signature" and p.text.startswith("——")]
    speakers = Counter(m.group(1) for t in cites if (m := _SPEAKER.search(t)))
    who = speakers.most_common(1)[0][0] if speakers else ""
    return f"{who}重要论述摘编（{len(cites)} 则）"


def is_quotation_piece(piece: list[Para]) -> bool:
    kinds = Counter(p.kind for p in piece)
    return kinds["quote"] > 0 and kinds["quote"] >= kinds["body"]
