"""Reading order on a page: two columns, or pieces of one line.

Lines are split where a wide gap runs through them (see :mod:`pdf_chars`), so
that two columns printed side by side stay apart. A page is in two columns when
a gutter that no body line crosses runs down it, with many lines on either side.
It is then read column by column between the lines that span both (a title,
notes set full width), and the right column's lines are moved onto the left
one's place so that indents and line ends mean the same in both. Elsewhere,
pieces that share a baseline are one line again (a table row, a contents entry
and its page number).
"""

from __future__ import annotations

from jingdu.importing.pdf_chars import Line

MIN_LINES = 4
"""Each column holds at least this many body lines, and…"""
SHARE = 0.25
"""…this share of them."""


def reading_order(lines: list[Line], body: float) -> list[Line]:
    """``lines`` (top to bottom, left to right) in the order they are read."""
    gutter = _gutter(lines, body)
    if gutter is None:
        return _rejoin(lines)
    left = [ln for ln in lines if ln.x1 <= gutter]
    right = [ln for ln in lines if ln.x0 >= gutter]
    if not left or not right:
        return _rejoin(lines)
    shift = min(ln.x0 for ln in right) - min(ln.x0 for ln in left)
    out: list[Line] = []
    band_left: list[Line] = []
    band_right: list[Line] = []
    for ln in lines:
        if ln.x1 <= gutter:
            band_left.append(ln)
        elif ln.x0 >= gutter:
            ln.x0 -= shift
            ln.x1 -= shift
            band_right.append(ln)
        else:  # spans both columns: the bands above it are read first
            out += band_left + band_right + [ln]
            band_left, band_right = [], []
    return out + band_left + band_right


def _gutter(lines: list[Line], body: float) -> float | None:
    """The x of the gap between two columns, or None for a page in one column: a place
    no body line crosses, with a column's worth of lines on each side."""
    main = [ln for ln in lines if abs(ln.size - body) <= 0.1 * body and len(ln.text) >= 4]
    if len(main) < 2 * MIN_LINES:
        return None
    lo, hi = min(ln.x0 for ln in main), max(ln.x1 for ln in main)
    mid = (lo + hi) / 2
    if sum(1 for ln in main if ln.x0 < mid < ln.x1) > len(main) / 2:
        return None  # most lines run across the middle: one column (the common case, quickly)
    for g in sorted({ln.x1 + 0.5 for ln in main}):
        if not lo + 0.3 * (hi - lo) <= g <= lo + 0.7 * (hi - lo):
            continue
        if any(ln.x0 < g < ln.x1 for ln in main):
            continue
        left = sum(1 for ln in main if ln.x1 <= g)
        if min(left, len(main) - left) >= max(MIN_LINES, SHARE * len(main)):
            return g
    return None


def _rejoin(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.page == ln.page
            and abs(prev.bottom - ln.bottom) <= 0.3 * min(prev.size, ln.size)
            and ln.x0 > prev.x1
        ):
            out[-1] = _joined(prev, ln)
        else:
            out.append(ln)
    return out


def _joined(a: Line, b: Line) -> Line:
    """Two pieces of one row as one line, a space between them."""
    shift = len(a.text) + 1
    main = a if len(a.text) >= len(b.text) else b
    return Line(
        a.page,
        f"{a.text} {b.text}",
        a.x0,
        b.x1,
        min(a.bottom, b.bottom),
        max(a.top, b.top),
        main.size,
        main.font,
        a.bold and b.bold,
        a.marks + [(s + shift, e + shift) for s, e in b.marks],
        a.gaps + [g + shift for g in b.gaps],
        a.cjk + b.cjk,
    )
