"""How wide Latin letters are in this document's typeface, learned from its lines.

A line's width counts a Chinese character as one em and a Latin letter, digit or
space as half of one. Typefaces differ: in a manual set in DejaVu beside a
Chinese face, a Latin character is about 0.43 em, so a full line of English
measured 59 ems where a full line of Chinese measured 51, the column was
learned from the English, and every full Chinese line looked short (a
paragraph end). This pass measures the Latin width from the lines that were
wrapped (they fill the column) and measures every line again with it.
"""

from __future__ import annotations

import itertools
from statistics import quantiles

from jingdu.corpus.lines import Line, full_width
from jingdu.corpus.reflow import is_code
from jingdu.corpus.text import ends_sentence, han_count, narrow_count, width

MIN_WRAPPED = 30
"""Wrapped lines with Latin text needed before the width is trusted."""
MAX_SPREAD = 0.12
"""Their estimates must agree this closely (the middle half, in ems per character)."""
MIN_CHANGE = 0.04
"""A Latin width this close to the default half em changes nothing."""


def _split(text: str) -> tuple[float, int]:
    """(width of the wide characters, how many narrow ones): a narrow one counts half."""
    narrow = narrow_count(text)
    return width(text) - 0.5 * narrow, narrow


def latin_width(lines: list[Line]) -> float | None:
    """The width of a narrow character in this document's lines, in ems, or None when
    the lines do not say it clearly."""
    pure = [
        round(ln.width)
        for ln in lines
        if len(ln.text) >= 8 and han_count(ln.text) >= 0.85 * len(ln.text)
    ]
    if len(pure) < 10:
        return None
    column = full_width(pure)
    estimates = []
    for ln, nxt in itertools.pairwise(lines):
        text = ln.text
        if nxt.blank_before or len(text) < 20 or ends_sentence(text) or is_code(text):
            continue  # a paragraph's last line, or a line that need not fill the column
        wide, narrow = _split(text)
        if narrow >= 8 and wide + 0.5 * narrow >= 0.8 * column:
            estimates.append((column - wide) / narrow)
    if len(estimates) < MIN_WRAPPED:
        return None
    q1, q2, q3 = quantiles(estimates, n=4)
    if q3 - q1 > MAX_SPREAD or abs(q2 - 0.5) < MIN_CHANGE or not 0.3 <= q2 <= 0.8:
        return None
    return q2


def calibrate(lines: list[Line]) -> None:
    """Measure every line again with the document's own Latin width (in place)."""
    narrow = latin_width(lines)
    if narrow is None:
        return
    for ln in lines:
        wide, n = _split(ln.text)
        ln.width = wide + narrow * n
