"""Keyword-in-context snippets."""

from __future__ import annotations

ELLIPSIS = "…"


def snippet(
    text: str, spans: list[tuple[int, int]], before: int = 24, width: int = 96
) -> tuple[str, int, int]:
    """A window of ``text`` around its first match.

    Args:
        text: the paragraph.
        spans: matches as (start, end) offsets into ``text``.

    Returns:
        (snippet, start, end): the snippet with an ellipsis where it was cut,
        and the offsets in ``text`` of the part between the ellipses.
    """
    first = spans[0][0] if spans else 0
    start = max(0, first - before)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))  # near the end, show more before
    out = text[start:end]
    if start > 0:
        out = ELLIPSIS + out
    if end < len(text):
        out += ELLIPSIS
    return out, start, end
