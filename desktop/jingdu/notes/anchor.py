"""Finding a highlight again after its document's text changed.

The way Hypothesis re-anchors: first where it was, if the quote is still
there; else the exact quote, preferring the occurrence whose surroundings
match and which lies nearest the old place; else the quote's first and last
words with an edit between them; else a fuzzy match of the whole quote scored
on quote, context and position, accepted only above a threshold. Anything
less is an orphan: kept, and listed for the user to review.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

MAX_OCCURRENCES = 2000
MIN_FUZZY_QUOTE = 6
"""Shorter quotes are only ever placed exactly: a fuzzy two-character match means nothing."""
QUOTE_THRESHOLD = 0.80
ACCEPT_THRESHOLD = 0.72


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    method: str
    """``position`` (unchanged), ``exact`` (moved), ``edited`` (head and tail found)
    or ``fuzzy``."""
    score: float


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def _context(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """How well the text around [start, end) matches the stored context (0..1)."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    weights = len(prefix) + len(suffix)
    if not weights:
        return 1.0
    return (
        len(prefix) * _similarity(prefix, before) + len(suffix) * _similarity(suffix, after)
    ) / weights


def _proximity(position: int, expected: int, length: int) -> float:
    return max(0.0, 1.0 - abs(position - expected) / (0.25 * length + 200))


def _occurrences(text: str, needle: str, lo: int = 0, hi: int | None = None) -> list[int]:
    out: list[int] = []
    i = text.find(needle, lo, hi)
    while i >= 0 and len(out) < MAX_OCCURRENCES:
        out.append(i)
        i = text.find(needle, i + 1, hi)
    return out


def place(
    text: str, start: int, end: int, quote: str, prefix: str, suffix: str
) -> Placement | None:
    """Where the highlight (quote and context, last at [start, end)) is in ``text`` now."""
    n = len(text)
    if not quote:
        return None
    if 0 <= start <= end <= n and text[start:end] == quote:
        return Placement(start, end, "position", 1.0)

    # The exact quote: context first (it tells a shifted passage from another
    # use of the same words), then nearness to the old place.
    occurrences = _occurrences(text, quote)
    if occurrences:

        def score(i: int) -> float:
            return 0.6 * _context(text, i, i + len(quote), prefix, suffix) + 0.4 * _proximity(
                i, start, n
            )

        best = max(occurrences, key=lambda i: (score(i), -abs(i - start)))
        return Placement(best, best + len(quote), "exact", score(best))

    if len(quote) < MIN_FUZZY_QUOTE:
        return None
    return _edited(text, start, end, quote, prefix, suffix) or _fuzzy(
        text, start, quote, prefix, suffix
    )


def _edited(
    text: str, start: int, end: int, quote: str, prefix: str, suffix: str
) -> Placement | None:
    """The quote's opening and closing words still there, with an insertion or deletion between."""
    k = min(16, len(quote) // 3)
    if k < 3:
        return None
    head, tail = quote[:k], quote[-k:]
    best: Placement | None = None
    for h in _occurrences(text, head):
        lo, hi = h + len(quote) // 2, h + 2 * len(quote)
        for t in _occurrences(text, tail, lo - k, hi):
            candidate = text[h : t + k]
            sim = _similarity(quote, candidate)
            if sim < 0.6:
                continue
            total = (
                0.5 * sim
                + 0.3 * _context(text, h, t + k, prefix, suffix)
                + 0.2 * _proximity(h, start, len(text))
            )
            if total >= ACCEPT_THRESHOLD and (best is None or total > best.score):
                best = Placement(h, t + k, "edited", total)
    return best


def _fuzzy(text: str, start: int, quote: str, prefix: str, suffix: str) -> Placement | None:
    """The closest approximate match of the whole quote, near the old place first."""
    n = len(text)
    span = 4 * len(quote) + 2000
    for lo, hi in ((max(0, start - span), min(n, start + span)), (0, n)):
        window = text[lo:hi]
        if not window:
            continue
        aligned = fuzz.partial_ratio_alignment(quote, window)
        if aligned is None:
            continue
        sim = aligned.score / 100.0
        if sim < QUOTE_THRESHOLD:
            continue
        s, e = lo + aligned.dest_start, lo + aligned.dest_end
        total = (
            0.6 * sim + 0.25 * _context(text, s, e, prefix, suffix) + 0.15 * _proximity(s, start, n)
        )
        if total >= ACCEPT_THRESHOLD:
            return Placement(s, e, "fuzzy", total)
        if hi - lo == n:
            break
    return None
