"""Where a selection starts and ends: tidied edges, and optionally whole words.

A drag in Chinese text easily takes a stray comma or half a word; the reader
passes every selection through here before it becomes a highlight.
"""

from __future__ import annotations

from jingdu.search import segment

BLANK = frozenset(" \t\n\u3000\xa0")
EDGE = BLANK | frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』…—·,.;:?!\"'()[]")

CONTEXT = 16
"""Characters of context each side given to jieba: enough to segment the edge words."""


def tidy(text: str, start: int, end: int, punctuation: bool = True) -> tuple[int, int] | None:
    """A selection without blank space (and, unless ``punctuation`` is False, without
    punctuation) at its ends; None if nothing is left."""
    strip = EDGE if punctuation else BLANK
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return (start, end) if start < end else None


def snap_to_words(
    text: str, start: int, end: int, punctuation: bool = True
) -> tuple[int, int] | None:
    """Tidy, then widen each end to the jieba word it cuts through (新质生产|力 → 新质生产力).

    Without the segmenter loaded yet (it loads in the background at start-up), the
    selection is only tidied: a highlight never waits a second for jieba.
    """
    tidied = tidy(text, start, end, punctuation)
    if tidied is None or not segment.is_ready():
        return tidied
    start, end = tidied
    lo = max(0, start - CONTEXT)
    hi = min(len(text), end + CONTEXT)
    # Segment each edge's neighbourhood on its own: long selections stay cheap.
    for s, e in _spans(text, lo, min(hi, start + CONTEXT)):
        if s < start < e:
            start = s
    for s, e in _spans(text, max(lo, end - CONTEXT), hi):
        if s < end < e:
            end = e
    return start, end


def _spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + s, lo + e) for _w, s, e in segment.words(text[lo:hi])]
