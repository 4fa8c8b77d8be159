"""Page furniture: running heads and feet, and folios.

Furniture is what recurs in the same place on many pages. A line is a running head
(or foot) when it sits among the first (last) lines of a page, in the top
(bottom) band, set apart from the text, and the same words (digits aside) stand
at the same height on other pages; alternating heads (journal name on odd pages,
article title on even) are two such groups. A folio is a number that rises with
the page: ``v - page`` is the same on several pages. Looks alone decide nothing —
a lone ``3`` or a repeated sentence in the middle of a page is text.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

from jingdu.importing.pdf_chars import Line, Page
from jingdu.importing.pdf_notes import note_mark

BAND = 0.18
"""Heads and feet sit within this share of the page height from its edge."""
EDGE_LINES = 3
"""…and among this many lines from the top or bottom."""
RUN = 4
"""A running head's pages are at most this far apart (a page or two may go without)."""
APART = 1.4
"""A running head stands at least this many line pitches from the text."""

_NUMBER = re.compile(r"\d+")
_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_FOLIO_REST = re.compile(r"^[\s\-—–－―·•.．/／|第页頁()（）\[\]［］〔〕<>〈〉《》Ppage]*$")


_Edge = tuple[Page, Line, str, list[Line]]
"""A line that could be furniture: its page, itself, its band, the lines inward of it."""


def find(pages: list[Page], pitch: float, body: float) -> dict[int, tuple[Line, str]]:
    """The furniture lines: ``id(line) -> (line, reason)``."""
    edges = list(_edges(pages))
    found: dict[int, tuple[Line, str]] = {}
    for ln, _, _ in _folios(edges):
        found[id(ln)] = (ln, "folio")
    # Twice: the outer line of a two-line head stands apart once the inner one is known.
    for _ in range(2):
        heads: dict[tuple[str, str], list[tuple[Page, Line, float]]] = defaultdict(list)
        for page, ln, band, inward in edges:
            if id(ln) not in found and _apart(ln, inward, found, pitch, body):
                heads[(band, _signature(ln.text))].append((page, ln, ln.bottom))
        for (band, _), group in heads.items():
            for cluster in _by_height(group):
                for _, ln, _ in _running(cluster):
                    found[id(ln)] = (ln, _head_reason(band))
    # A place that holds furniture on some pages holds it on the others too, whatever it
    # says there (a section's running head, the one odd page of a short article).
    slots = [(band, ln.bottom, ln.size) for _, ln, band, _ in edges if id(ln) in found]
    for _, ln, band, inward in edges:
        if id(ln) in found or not _apart(ln, inward, found, pitch, body):
            continue
        for b, y, size in slots:
            if (
                b == band
                and abs(ln.bottom - y) <= max(1.0, 0.1 * size)
                and abs(ln.size - size) <= 0.05 * size
            ):
                found[id(ln)] = (ln, "folio" if _folio_shaped(ln.text) else _head_reason(band))
                break
    return found


def _apart(
    ln: Line, inward: list[Line], found: dict[int, tuple[Line, str]], pitch: float, body: float
) -> bool:
    """Set apart from the text: the next line inward (furniture aside) is farther than
    the line's own leading by a margin. A footnote (同上。) may recur at one height too,
    so a line that starts like one is never a head."""
    if note_mark(ln.text):
        return False
    # Furniture inward counts as the margin only for small type: body lines at the top
    # of a page must stand apart from the text by themselves.
    small = ln.size < body * 0.92
    nxt = next((x for x in inward if not (small and id(x) in found)), None)
    if nxt is None:
        return True
    return abs(ln.bottom - nxt.bottom) >= APART * pitch * min(1.0, ln.size / body)


def _running(cluster: list[tuple[Page, Line, float]]) -> list[tuple[Page, Line, float]]:
    """The members of a cluster that run on: each has another within ``RUN`` pages. A
    running head stands on every page (or every other) while it runs; the same words at
    the same height fifty pages apart are the text saying something twice."""
    pages = sorted({p.index for p, _, _ in cluster})
    near = {a for a, b in itertools.pairwise(pages) if b - a <= RUN} | {
        b for a, b in itertools.pairwise(pages) if b - a <= RUN
    }
    return [e for e in cluster if e[0].index in near]


def _head_reason(band: str) -> str:
    return "running head" if band == "top" else "running foot"


def _edges(pages: list[Page]) -> Iterator[_Edge]:
    for page in pages:
        lines = page.lines
        for k, ln in enumerate(lines[:EDGE_LINES]):
            if ln.top >= page.bottom + page.height * (1 - BAND):
                yield page, ln, "top", [x for x in lines[k + 1 :] if x.bottom < ln.bottom - 1]
        tail = lines[-EDGE_LINES:]
        for k, ln in enumerate(tail):
            if ln.bottom <= page.bottom + page.height * BAND:
                above = lines[len(lines) - len(tail) + k - 1 :: -1]
                yield page, ln, "bottom", [x for x in above if x.bottom > ln.bottom + 1]


def _numbers(text: str) -> list[int]:
    found = [int(m.group()) for m in _NUMBER.finditer(text) if len(m.group()) <= 5]
    bare = re.sub(r"[\s\-—–－―·•.．/／|]", "", text).lower()
    if not found and bare and _ROMAN.match(bare):
        found.append(_roman(bare))
    return found


def _roman(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def _folio_shaped(text: str) -> bool:
    """A page number and its trimmings: ``— 3 —``, ``3 / 223``, ``第3页``, ``iv``."""
    if len(text) > 16:
        return False
    rest = _NUMBER.sub("", text)
    bare = re.sub(r"[\s\-—–－―·•.．/／|]", "", text).lower()
    return (rest != text and bool(_FOLIO_REST.match(rest))) or bool(bare and _ROMAN.match(bare))


def _folios(edges: list[_Edge]) -> Iterator[tuple[Line, str, int]]:
    """Folio-shaped lines whose number rises with the page (``number - page`` is the same
    on two pages or more), wherever they sit: the first page often prints its folio
    elsewhere. Numbers inside running heads are left to the heads' recurrence."""
    bare: dict[int, list[tuple[Page, Line, str]]] = defaultdict(list)
    for page, ln, band, _ in edges:
        if _folio_shaped(ln.text):
            for v in _numbers(ln.text):
                bare[v - page.index].append((page, ln, band))
    for offset, group in bare.items():
        if len({p.index for p, _, _ in group}) >= 2:
            for _, ln, band in group:
                yield ln, band, offset


def _by_height(
    entries: list[tuple[Page, Line, float]],
) -> Iterator[list[tuple[Page, Line, float]]]:
    """Entries at (about) the same height on their pages, as clusters."""
    entries = sorted(entries, key=lambda e: e[2])
    cluster: list[tuple[Page, Line, float]] = []
    for e in entries:
        if cluster and e[2] - cluster[0][2] > max(2.0, 0.3 * e[1].size):
            yield cluster
            cluster = []
        cluster.append(e)
    if cluster:
        yield cluster


def _signature(text: str) -> str:
    """What stays the same from page to page: the words, with any number as ``#``."""
    return _NUMBER.sub("#", re.sub(r"\s+", "", text))
