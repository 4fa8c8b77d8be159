"""A printed table of contents (目录): pages whose lines are headings of the document
followed by page numbers.

The reader builds the outline from the headings themselves (and the PDF's
bookmarks), so the printed contents would only repeat it as a page of text with
leader dots, and its entries would be taken for headings. A page is the contents
only when the document proves it: most of its lines end in a page number (after
leader dots, or with the number set apart at the right), and most of those
entries' titles are printed again as lines on later pages. A page of figures
with numbers at the right, or a price list, fails the second test.
"""

from __future__ import annotations

import re

from jingdu.importing.pdf_chars import Line, Page
from jingdu.importing.pdf_headings import norm

ENTRIES = 0.6
"""At least this share of a page's lines are entries, and of its entries are found later."""
MIN_ENTRIES = 4
_FOLIO = r"(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})"
_LEADERS = re.compile(rf"(?:\s*[.．·…‧⋯_]\s*){{3,}}\s*{_FOLIO}?\s*$")
_ONLY_FOLIO = re.compile(rf"^\s*{_FOLIO}\s*$")
_HEADS = re.compile(r"^\s*(?:目\s*录|目\s*次|contents|table of contents)\s*$", re.I)


def find(pages: list[Page]) -> list[Line]:
    """The lines of a printed table of contents: on each page that is one, from its
    first entry (or the 目录 over it) down; a title above stays."""
    out: list[Line] = []
    for p in _pages(pages):
        lines = sorted(p.lines, key=lambda ln: -ln.bottom)
        first = next(i for i, ln in enumerate(lines) if _entries([ln], p.lines))
        if first and _HEADS.match(lines[first - 1].text):
            first -= 1
        out += lines[first:]
    return out


def _pages(pages: list[Page]) -> list[Page]:
    """The pages that are a printed table of contents."""
    later_lines: list[str] = []  # keyed only once a page looks like contents
    starts = _page_starts(pages)
    found: list[Page] = []
    for p in pages:
        entries = _entries(p.lines)
        lines = [ln for ln in p.lines if not _ONLY_FOLIO.match(ln.text)]
        if len(entries) < MIN_ENTRIES or len(entries) < ENTRIES * len(lines):
            continue
        later_lines = later_lines or [norm(ln.text) for q in pages for ln in q.lines]
        after = set(later_lines[starts[p.index + 1] :]) if p.index + 1 < len(pages) else set()
        proven = sum(1 for t in entries if t and t in after)
        if proven >= ENTRIES * len(entries):
            found.append(p)
    return found


def _page_starts(pages: list[Page]) -> dict[int, int]:
    out, n = {}, 0
    for p in pages:
        out[p.index] = n
        n += len(p.lines)
    out[len(pages)] = n
    return out


def _entries(lines: list[Line], page: list[Line] | None = None) -> list[str]:
    """The titles of the entries among ``lines`` (of the ``page``): a line with leader
    dots (and maybe its page number), or a line with a page number beside it on the
    same baseline."""
    out: list[str] = []
    folios = [o for o in (page or lines) if _ONLY_FOLIO.match(o.text)]
    for ln in lines:
        if _ONLY_FOLIO.match(ln.text):
            continue
        m = _LEADERS.search(ln.spaced)
        if m:
            out.append(norm(ln.spaced[: m.start()]))
            continue
        beside = any(abs(o.bottom - ln.bottom) < 0.3 * ln.size and o.x0 > ln.x1 for o in folios)
        if beside:
            out.append(norm(ln.text))
    return out
